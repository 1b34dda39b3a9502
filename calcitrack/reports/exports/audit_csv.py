"""The audit trail as CSV for a spreadsheet, with formula injection neutralised.

A cell a spreadsheet would run as a formula (a name typed as ``=HYPERLINK(...)``) gets a leading
apostrophe: ``calcitrack.reports.interop.spreadsheet_cells`` (shared with the recall list and the
research tables; ``neutralised`` and ``FORMULA_STARTS`` are re-exported here). The file is UTF-8
with a byte-order mark so that spreadsheets read accented names correctly. It is written privately
(0600, POSIX) and atomically: a failure leaves the file that was there, or none.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from calcitrack.domain.audit_trail.audit import AuditEntry, canonical_time
from calcitrack.private_files import atomic_private
from calcitrack.reports.interop.spreadsheet_cells import FORMULA_STARTS, neutralised

__all__ = ["COLUMNS", "FORMULA_STARTS", "neutralised", "write_audit_csv", "write_rows"]

COLUMNS = (
    "entry",
    "occurred_at_utc",
    "user",
    "action",
    "table",
    "record",
    "patient_mrn",
    "changes",
    "hash",
    "prev_hash",
)


def write_rows(entries: Iterable[AuditEntry], out: TextIO) -> int:
    """Write the header and one row per entry to ``out`` (opened with ``newline=""``); returns
    the number of entries written."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for entry in entries:
        writer.writerow(
            [
                neutralised(cell)
                for cell in (
                    entry.id,
                    canonical_time(entry.occurred_at),
                    entry.actor_username,
                    entry.action,
                    entry.table_name,
                    entry.record_id,
                    entry.patient_mrn,
                    entry.changes_json,
                    entry.hash,
                    entry.prev_hash,
                )
            ]
        )
        count += 1
    return count


def write_audit_csv(entries: Iterable[AuditEntry], path: Path) -> int:
    """Write the entries to ``path`` (replaced if it exists); returns how many were written."""
    with atomic_private(path) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            count = write_rows(entries, out)
            out.flush()
        finally:
            out.detach()  # the raw file is closed (and renamed into place) by atomic_private
    return count
