"""The research export fills a new or empty folder, or nothing: a folder that is not empty, a
file, a missing parent or a place that cannot be written is refused naming it and why, with
nothing written; a failure half-way leaves neither the folder nor the temporary one beside it;
what is written is private."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.research.research_columns import ROM, VISITS
from calcitrack.domain.research.research_tables import Cell, ResearchTables, Table
from calcitrack.reports.exports.research_csv import (
    ResearchFolderError,
    write_research_csv,
    write_tables,
)
from calcitrack.services.demo.demo_clinic import demo_charts
from tests.support.research_export import FILES

MADE_ON = date(2026, 12, 6)


def _write(folder: Path) -> None:
    write_research_csv(demo_charts(), ClinicSettings(), folder, pseudonymise=False,
                       made_on=MADE_ON)


def _listing(base: Path) -> list[str]:
    return sorted(str(p.relative_to(base)) for p in base.rglob("*"))


def test_a_folder_that_is_not_empty_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "study"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", "utf-8")
    before = _listing(tmp_path)
    with pytest.raises(ResearchFolderError, match="not empty") as refused:
        _write(folder)
    assert str(folder) in str(refused.value)
    assert _listing(tmp_path) == before


@pytest.mark.parametrize("place", ["a file", "a missing parent", "an unwritable place"])
def test_a_place_that_cannot_take_the_folder_is_refused(tmp_path: Path, place: str) -> None:
    (tmp_path / "plain.txt").write_text("x", "utf-8")
    folder, reason = {
        "a file": (tmp_path / "plain.txt", "is a file, not a folder"),
        "a missing parent": (tmp_path / "missing" / "study", "does not exist"),
        "an unwritable place": (Path("/proc/study"), "cannot write in that folder"),
    }[place]
    before = _listing(tmp_path)
    with pytest.raises(ResearchFolderError, match=reason):
        _write(folder)
    assert _listing(tmp_path) == before


def test_an_empty_folder_is_filled(tmp_path: Path) -> None:
    folder = tmp_path / "study"
    folder.mkdir()
    _write(folder)
    assert {p.name for p in folder.iterdir()} == FILES
    assert _listing(tmp_path) == sorted(["study", *(f"study/{name}" for name in FILES)])


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_files_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "study"
    _write(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o600}


def test_a_failure_half_way_leaves_nothing_behind(tmp_path: Path) -> None:
    good: tuple[Cell, ...] = ("P0001", "visits", 1, date(2025, 1, 2))
    bad = ("P0001", "visits", 2, object())  # no table holds such a value: the writer stops
    header = ("study_id", "redcap_repeat_instrument", "redcap_repeat_instance", "vis_date")
    tables = ResearchTables(
        (Table(VISITS, header, (good,)), Table(ROM, header, (good, bad))),  # type: ignore[arg-type]  # the bad value on purpose
        pseudonymised=False, patients=1,
    )
    with pytest.raises(TypeError):
        write_tables(tables, tmp_path / "study", made_on=MADE_ON)
    assert _listing(tmp_path) == [], "neither the folder nor a temporary one beside it"
