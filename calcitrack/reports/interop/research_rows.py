"""The research tables and their data dictionary as CSV rows of text cells.

Numbers are written as Python writes them back exactly (the shortest digits of a float: ``-31.2``
stays ``-31.2``, never a quoted text; in positional notation, ``0.00001`` not ``1e-05``, which
REDCap's ``number`` validation would refuse), integers as digits, dates ISO ``YYYY-MM-DD``,
booleans ``1`` / ``0`` (REDCap's yesno), nothing recorded as an empty cell. Only text cells are
neutralised against formula injection (``spreadsheet_cells``): a leading apostrophe on a number
would break every numeric column and REDCap's ``number`` validation.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from calcitrack.domain.research.research_dictionary import HEADERS, dictionary_rows
from calcitrack.domain.research.research_tables import Cell, Table
from calcitrack.reports.interop.spreadsheet_cells import neutralised


def cell(value: Cell) -> str:
    """The text of one cell (``TypeError`` for a value no table holds)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return positional(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return neutralised(value)
    raise TypeError(f"a research table cannot hold {type(value).__name__}")


def positional(value: float) -> str:
    """``repr``'s shortest round-trip digits, written without an exponent."""
    text = repr(value)
    if "e" not in text and "E" not in text:
        return text
    return format(Decimal(text), "f")


def table_rows(table: Table) -> Iterator[list[str]]:
    """The header, then one row of cells per observation."""
    yield list(table.header)
    for row in table.rows:
        yield [cell(value) for value in row]


def dictionary_csv_rows(pseudonymised: bool) -> Iterator[list[str]]:
    """REDCap's 18 headers, then one row per variable."""
    yield list(HEADERS)
    for row in dictionary_rows(pseudonymised):
        yield [neutralised(value) for value in row]
