"""A pseudonymised research export holds no name, MRN, lesion label, person or free text in any
file; every date of a patient moves back by one offset of 1 to 364 days (so every interval is the
original's), everything else is the identified export's value; two exports deal different study
IDs and offsets; the dictionary and the README say what was done and that it is still personal
data."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import UnderlyingDisease
from calcitrack.domain.entities import PatientChart
from calcitrack.reports.exports.research_csv import write_research_csv
from calcitrack.services.demo.demo_clinic import demo_charts
from tests.support.research_export import TABLES, read_export

MADE_ON = date(2026, 12, 6)


def _write(folder: Path, charts: list[PatientChart], pseudonymise: bool) -> Path:
    write_research_csv(charts, ClinicSettings(), folder, pseudonymise=pseudonymise,
                       made_on=MADE_ON)
    return folder


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    charts = demo_charts()
    base = tmp_path_factory.mktemp("pseudo")
    return {
        "identified": _write(base / "identified", charts, False),
        "first": _write(base / "first", charts, True),
        "second": _write(base / "second", charts, True),
    }


def _identifying(charts: list[PatientChart]) -> set[str]:
    found: set[str] = set()
    for c in charts:
        p = c.patient
        found |= {p.mrn, p.family_name, p.given_name}
        found |= {lesion.label for lesion in c.lesions} | {lesion.notes for lesion in c.lesions}
        found |= {v.clinician for v in c.visits} | {v.notes for v in c.visits}
        found |= {m.start_reason for m in c.medications} | {m.stop_reason for m in c.medications}
        found |= {s.findings for s in c.imaging} | {s.reader or "" for s in c.imaging}
        found |= {x.notes for x in c.procedures} | {x.operator or "" for x in c.procedures}
        found |= {x.complications or "" for x in c.procedures}
    coded = {disease.label for disease in UnderlyingDisease}  # a reason "Systemic lupus…"
    return {text for text in found if text and text not in coded}


def test_no_identifying_text_is_in_any_file(exports: dict[str, Path]) -> None:
    secrets = _identifying(demo_charts())
    assert len(secrets) > 50  # the demo clinic has plenty to leak
    for path in sorted(exports["first"].iterdir()):
        content = path.read_text("utf-8-sig")
        leaked = sorted(s for s in secrets if s in content)
        assert not leaked, f"{path.name}: {leaked[:5]}"
    identified = "".join(p.read_text("utf-8-sig") for p in exports["identified"].iterdir())
    assert sum(s in identified for s in secrets) > 50, "the identified export does hold them"


def _dates(folder: Path) -> set[str]:
    _header, rows = read_export(folder)["data_dictionary"]
    return {r["Variable / Field Name"] for r in rows
            if r["Text Validation Type OR Show Slider Number"] == "date_ymd"}


def _by_disease(folder: Path) -> dict[str, str]:
    """study_id by underlying disease (one patient per disease in the demo clinic)."""
    _header, rows = read_export(folder)["patients"]
    return {row["underlying_disease"]: row["study_id"] for row in rows}


def _offsets(exports: dict[str, Path], which: str) -> dict[str, int]:
    """Each patient's shift in days (by disease), checked to be the same for every date of every
    table, and every other value checked equal to the identified export's."""
    dates = _dates(exports["identified"])
    original, shifted = read_export(exports["identified"]), read_export(exports[which])
    ids, pids = _by_disease(exports[which]), _by_disease(exports["identified"])
    offsets: dict[str, int] = {}
    for disease, study_id in ids.items():
        seen: set[int] = set()
        for table in TABLES:
            header, new_rows = shifted[table]
            old_rows = [r for r in original[table][1] if r["study_id"] == pids[disease]]
            mine = [r for r in new_rows if r["study_id"] == study_id]
            assert len(mine) == len(old_rows), table
            for new, old in zip(mine, old_rows, strict=True):
                for name in header:
                    if name == "study_id" or name == "dates_shifted":
                        continue
                    if name in dates and old[name]:
                        delta = date.fromisoformat(old[name]) - date.fromisoformat(new[name])
                        seen.add(delta.days)
                    else:
                        assert new[name] == old[name], (table, name)
        assert len(seen) == 1, f"{disease}: one offset for every date, got {seen}"
        offsets[disease] = seen.pop()
    return offsets


def test_every_date_moves_by_the_patient_s_one_offset_and_nothing_else_changes(
    exports: dict[str, Path],
) -> None:
    offsets = _offsets(exports, "first")
    assert len(offsets) == 5
    assert all(1 <= days <= 364 for days in offsets.values()), offsets


def test_every_interval_is_the_original_s(exports: dict[str, Path]) -> None:
    charts = {c.patient.underlying_disease.value: c for c in demo_charts()}
    ids = _by_disease(exports["first"])
    _header, visits = read_export(exports["first"])["visits"]
    for disease, chart in charts.items():
        days = [date.fromisoformat(r["vis_date"]) for r in visits if r["study_id"] == ids[disease]]
        original = [v.visit_date for v in chart.visits]
        assert [b - a for a, b in pairwise(days)] == [b - a for a, b in pairwise(original)]
        assert days[0] < original[0] and original[0] - days[0] <= timedelta(days=364)


def test_two_exports_deal_different_ids_and_offsets(exports: dict[str, Path]) -> None:
    first, second = _offsets(exports, "first"), _offsets(exports, "second")
    assert first != second  # 5 offsets alike by chance: 1 in 364**5
    ids = _by_disease(exports["first"])
    assert sorted(ids.values()) == [f"S{n:04d}" for n in range(1, 6)]
    _header, rows = read_export(exports["first"])["patients"]
    assert [r["study_id"] for r in rows] == sorted(r["study_id"] for r in rows)
    assert [r["dates_shifted"] for r in rows] == ["1"] * 5


def test_the_identifying_columns_are_gone_and_the_dictionary_says_why(
    exports: dict[str, Path],
) -> None:
    tables = read_export(exports["first"])
    columns = {name for header, _rows in tables.values() for name in header}
    for gone in ("mrn", "family_name", "given_name", "les_label", "vis_clinician", "vis_notes",
                 "img_reader", "img_findings", "prc_operator", "prc_notes", "med_stop_reason",
                 "asm_rule", "flg_title"):
        assert gone not in columns
    _header, dictionary = tables["data_dictionary"]
    by_name = {r["Variable / Field Name"]: r for r in dictionary}
    note = by_name["export_note"]
    assert note["Field Type"] == "descriptive"
    for words in ("moved back", "not derived from the MRN", "still personal data",
                  "not anonymous", "not HIPAA Safe Harbor", "Photographs are never exported"):
        assert words in note["Field Label"], words
    for name in _dates(exports["first"]):
        assert "Shifted back" in by_name[name]["Field Annotation"], name
    readme = (exports["first"] / "README.txt").read_text("utf-8")
    for words in ("PSEUDONYMISED", "still personal data", "Safe", "Photographs are not exported"):
        assert words in readme, words


def test_a_drug_name_typed_outside_the_formulary_is_dropped(tmp_path: Path) -> None:
    """The name of a drug outside the formulary is what the user typed (it could name a person
    or a trial): the pseudonymised export keeps the drug's code, never that text."""
    chart = demo_charts()[0]
    typed = "Compounded by Dr Oakfield"
    extra = dataclasses.replace(chart.medications[0], drug="other", drug_name=typed, atc=None)
    chart = dataclasses.replace(chart, medications=(*chart.medications, extra))
    _write(tmp_path / "identified", [chart], False)
    _write(tmp_path / "pseudo", [chart], True)
    assert typed in (tmp_path / "identified" / "medication_periods.csv").read_text("utf-8-sig")
    table = (tmp_path / "pseudo" / "medication_periods.csv").read_text("utf-8-sig")
    assert typed not in table and "med_drug_name" not in table
    assert ",other," in table
