"""Any text and any number survive the research CSV: written by the real writer, read back with
``csv.DictReader``, a text comes back as it was, with one leading apostrophe only when it started
a formula (= + - @, tab, CR, LF, pipe, NUL, full-width ＝ ＋ － ＠); a number comes back as the
same number and is never given an apostrophe (``-31.2`` stays a number)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from calcitrack.domain.research.research_columns import VISITS
from calcitrack.domain.research.research_tables import Cell, ResearchTables, Table
from calcitrack.reports.exports.research_csv import write_tables
from calcitrack.reports.interop.research_rows import cell, positional
from calcitrack.reports.interop.spreadsheet_cells import FORMULA_STARTS
from tests.support.research_export import read_csv

HEADER = ("study_id", "redcap_repeat_instrument", "redcap_repeat_instance", "vis_notes",
          "vis_weight_kg", "vis_pain_nrs")


def _round_trip(text: str, number: float, count: int) -> dict[str, str]:
    row: tuple[Cell, ...] = ("P0001", "visits", 1, text, number, count)
    tables = ResearchTables((Table(VISITS, HEADER, (row,)),), pseudonymised=False, patients=1)
    with tempfile.TemporaryDirectory() as base:
        folder = Path(base) / "out"
        write_tables(tables, folder, made_on=date(2026, 12, 6))
        header, rows = read_csv(folder / "visits.csv")
    assert header == list(HEADER)
    [read] = rows
    return read


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(),
    number=st.floats(allow_nan=False, allow_infinity=False),
    count=st.integers(min_value=-(10**12), max_value=10**12),
)
@example(text="=HYPERLINK(\"http://x\")", number=-31.2, count=-3)
@example(text="\uff1dSUM(A1)", number=-0.0, count=0)
@example(text="@cmd", number=1e-300, count=1)
@example(text="+1", number=1e-05, count=2)
@example(text="line one\nline two, \"quoted\"", number=31.2, count=7)
@example(text="'already quoted", number=-1e300, count=-1)
@example(text="Ørsted – 東京 ✓", number=0.1 + 0.2, count=10)
def test_text_and_numbers_come_back(text: str, number: float, count: int) -> None:
    read = _round_trip(text, number, count)
    formula = text.startswith(FORMULA_STARTS)
    assert read["vis_notes"] == ("'" + text if formula else text)
    assert float(read["vis_weight_kg"]) == number  # exactly the number written
    assert "e" not in read["vis_weight_kg"].lower()  # REDCap's number validation: no exponent
    assert read["vis_weight_kg"] == positional(number)
    assert read["vis_pain_nrs"] == str(count) and int(read["vis_pain_nrs"]) == count
    assert not read["vis_weight_kg"].startswith("'")


def test_cells_of_every_kind() -> None:
    assert [cell(v) for v in (None, True, False, 0, -31.2, date(2025, 3, 4), "-x", "x")] == [
        "", "1", "0", "0", "-31.2", "2025-03-04", "'-x", "x",
    ]
