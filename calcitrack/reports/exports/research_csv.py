"""Write a research export: one CSV per table, the REDCap data dictionary and a README, into a
new or empty folder.

Everything is written into a private temporary folder beside the target and renamed into place
last, so a failure (a full disk, a value no table can hold) leaves nothing half-written: the
target stays missing or empty and the temporary folder is removed. One that a killed export left
(with patient tables in it) is removed by the next export writing beside it, and named in what
that export returns (``export_staging``). Files are 0600 in a 0700 folder (POSIX), CSV as UTF-8
with a byte-order mark (``newline=""``), as the other CSVs.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.research.research_tables import ResearchTables, research_tables
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.output_paths import new_folder_problem
from calcitrack.private_files import open_private
from calcitrack.reports.exports.export_staging import (
    Leftover,
    make_staging,
    remove_leftovers,
)
from calcitrack.reports.interop.research_readme import (
    DICTIONARY_FILE,
    README_FILE,
    counted,
    readme_text,
)
from calcitrack.reports.interop.research_rows import dictionary_csv_rows, table_rows


class ResearchFolderError(Exception):
    """The folder cannot take the export; ``str()`` names it and says why."""


@dataclass(frozen=True)
class WrittenExport:
    folder: Path
    files: tuple[tuple[str, int], ...]
    """Each file written and its number of data rows (0 for the README)."""
    patients: int
    pseudonymised: bool
    removed: tuple[Leftover, ...] = ()
    """Temporary folders of exports that did not finish, removed before this one was written."""

    def lines(self) -> list[str]:
        """What was written, for a person: one line per file."""
        return [
            f"  {name}" + (f"  ({counted(rows, 'row')})" if name.endswith(".csv") else "")
            for name, rows in self.files
        ]

    def removed_lines(self) -> list[str]:
        """What was removed beside the folder, for a person: one line per folder."""
        return [leftover.line() for leftover in self.removed]


def write_research_csv(
    charts: Sequence[PatientChart],
    settings: ClinicSettings,
    folder: Path,
    *,
    pseudonymise: bool,
    made_on: date,
    before_publish: Callable[[], object] | None = None,
) -> WrittenExport:
    """The tables of ``charts`` in ``folder`` (missing or empty); ``ResearchFolderError`` for a
    folder that cannot take them, ``OSError`` when writing fails (nothing left behind).
    ``before_publish`` (the audit entries) runs once every file is written, before the folder is
    renamed into place; if it raises, no folder appears."""
    problem = new_folder_problem(folder)
    if problem is not None:  # before the tables are built: a refusal costs nothing
        raise ResearchFolderError(problem.text())
    with using(Language.ENGLISH, "latn"):  # a file for other programs: locale-free, as always
        tables = research_tables(charts, settings, pseudonymise=pseudonymise)
    return write_tables(tables, folder, made_on=made_on, before_publish=before_publish)


def write_tables(
    tables: ResearchTables, folder: Path, *, made_on: date,
    before_publish: Callable[[], object] | None = None,
) -> WrittenExport:
    """Write ``tables`` (and their dictionary and README) in ``folder``, as above."""
    problem = new_folder_problem(folder)
    if problem is not None:
        raise ResearchFolderError(problem.text())
    removed = remove_leftovers(folder.parent)
    staging = make_staging(folder)
    try:
        files = _write_all(tables, staging.data, made_on)
        if before_publish is not None:
            before_publish()
        _move_into_place(staging.data, folder)
    finally:
        shutil.rmtree(staging.root, ignore_errors=True)  # the marker (and any tables) with it
    return WrittenExport(folder, files, tables.patients, tables.pseudonymised, removed)


def _write_all(tables: ResearchTables, temp: Path, made_on: date) -> tuple[tuple[str, int], ...]:
    files: list[tuple[str, int]] = []
    for table in tables.tables:
        name = f"{table.form.name}.csv"
        _write_csv(temp / name, table_rows(table))
        files.append((name, len(table.rows)))
    rows = list(dictionary_csv_rows(tables.pseudonymised))
    _write_csv(temp / DICTIONARY_FILE, rows)
    files.append((DICTIONARY_FILE, len(rows) - 1))
    with open_private(temp / README_FILE, "x", encoding="utf-8") as out:
        out.write(readme_text(tables, made_on))
        out.flush()
        os.fsync(out.fileno())
    files.append((README_FILE, 0))
    return tuple(files)


def _write_csv(path: Path, rows: Iterable[list[str]]) -> None:
    with open_private(path, "xb") as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            csv.writer(out).writerows(rows)
            out.flush()
            os.fsync(raw.fileno())
        finally:
            out.detach()  # the raw file is closed by its own block


def _move_into_place(temp: Path, folder: Path) -> None:
    """Rename ``temp`` to ``folder``; an empty ``folder`` is replaced (a non-empty one never:
    the rename refuses it)."""
    try:
        os.replace(temp, folder)
    except OSError:
        if not (folder.is_dir() and not any(folder.iterdir())):
            raise
        folder.rmdir()  # Windows does not rename over an empty folder
        os.replace(temp, folder)
