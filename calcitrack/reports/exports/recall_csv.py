"""The recall list as CSV: the overdue patients with contact-free identifiers only (MRN, name,
the next visit due, days overdue). Formula injection is neutralised as in every CSV CalciTrack
writes (``reports.interop.spreadsheet_cells``); UTF-8 with a byte-order mark, written privately
and atomically."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from calcitrack.domain.worklist import Worklist
from calcitrack.private_files import atomic_private
from calcitrack.reports.interop.spreadsheet_cells import neutralised

COLUMNS = ("mrn", "family_name", "given_name", "next_visit_due", "days_overdue")


def write_recall_csv(worklist: Worklist, path: Path) -> int:
    """Write the overdue patients of ``worklist`` to ``path`` (replaced if it exists); returns
    how many were written."""
    rows = worklist.overdue
    with atomic_private(path) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            for row in rows:
                writer.writerow(
                    neutralised(cell)
                    for cell in (row.mrn, row.family_name, row.given_name, row.day.isoformat(),
                                 worklist.days_overdue(row))
                )
            out.flush()
        finally:
            out.detach()  # the raw file is closed (and renamed into place) by atomic_private
    return len(rows)
