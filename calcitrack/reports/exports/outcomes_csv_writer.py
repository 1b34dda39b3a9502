"""The clinic outcomes CSV written to a file (calcitrack.reports.outcomes.outcomes_csv's rows).

Text cells are neutralised against formula injection as the audit trail's CSV does
(``audit_csv.neutralised``); numbers are written as numbers (a ``'`` before ``-25.0`` would turn
every percentage into text). UTF-8 with a byte-order mark, written privately (0600) and
atomically: a failure leaves the file that was there, or none.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from calcitrack.domain.outcomes.outcomes_types import OutcomesReport
from calcitrack.private_files import atomic_private
from calcitrack.reports.exports.audit_csv import neutralised
from calcitrack.reports.outcomes.outcomes_csv import COLUMNS, Cell, outcomes_rows


def cell_text(cell: Cell) -> str | int | float:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return neutralised(cell)
    return cell


def write_outcomes_csv(
    report: OutcomesReport, path: Path, *, before_publish: Callable[[], object] | None = None
) -> int:
    """Write ``report`` to ``path`` (replaced if it exists); returns the rows written after the
    header. ``before_publish`` (the audit entry) runs when the file is written, before it is
    renamed into place; if it raises, no file appears."""
    rows = outcomes_rows(report)
    with atomic_private(Path(path), before_replace=before_publish) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            writer.writerows([cell_text(cell) for cell in row] for row in rows)
            out.flush()
        finally:
            out.detach()  # the raw file is closed (and renamed into place) by atomic_private
    return len(rows)
