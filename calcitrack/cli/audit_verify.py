"""``calcitrack audit verify`` beyond the hash chain: the trail replayed against the rows, and the
chain checked against its anchors (noted outside the database).

    calcitrack audit verify [--anchor ID:HASH ...] [--anchor-file FILE ...]

Both print what they found and return EXIT_FAILED when something differs (the caller prints the
chain's own check first).
"""

from __future__ import annotations

import argparse

from calcitrack.cli.exits import EXIT_FAILED, EXIT_OK
from calcitrack.domain.audit_replay import ReplayReport
from calcitrack.services.audit_service import AuditService

SHOWN = 200
"""Differences printed at most (the count says how many more)."""


def verify_beyond_chain(args: argparse.Namespace, service: AuditService) -> int:
    return _replay(service.replay())


def _replay(report: ReplayReport) -> int:
    head = f"replayed {report.entries} changes against {report.rows_checked} audited rows"
    for note in report.notes():
        print(f"note: {note}")
    if report.ok:
        print(f"{head}: every audited row holds what the trail says")
        return EXIT_OK
    count = len(report.differences)
    print(
        f"{head}: {count} difference{'s' if count != 1 else ''} between the trail and the data "
        "(rows changed without CalciTrack):"
    )
    for difference in report.differences[:SHOWN]:
        print(f"  {difference.describe()}")
    if count > SHOWN:
        print(f"  … and {count - SHOWN} more")
    return EXIT_FAILED
