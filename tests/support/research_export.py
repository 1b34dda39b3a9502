"""Reading a research export back as a person's script would: every CSV with ``csv.DictReader``
(UTF-8 with its byte-order mark), the README as text."""

from __future__ import annotations

import csv
from pathlib import Path

TABLES = (
    "patients", "visits", "lesion_measurements", "rom", "labs", "medication_periods", "imaging",
    "procedures", "assessments", "assessment_flags",
)
FILES = {f"{name}.csv" for name in TABLES} | {"data_dictionary.csv", "README.txt"}


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def read_export(folder: Path) -> dict[str, tuple[list[str], list[dict[str, str]]]]:
    """Each table (and ``data_dictionary``) by name: its header and its rows."""
    return {
        path.stem: read_csv(path) for path in sorted(folder.iterdir()) if path.suffix == ".csv"
    }


def num(value: float | int | None) -> str:
    return "" if value is None else repr(value)


def dec(value: float | None) -> str:
    """A decimal column's cell: always a float's repr (55 is written 55.0)."""
    return "" if value is None else repr(float(value))


def text(value: object) -> str:
    return "" if value is None else str(value)


def yes(value: bool) -> str:
    return "1" if value else "0"
