"""``calcitrack audit verify`` beyond the hash chain: the trail replayed against the rows, and the
chain checked against its anchors (noted outside the database).

    calcitrack audit verify [--anchor ID:HASH ...] [--anchor-file FILE ...]

Both print what they found and return EXIT_FAILED when something differs (the caller prints the
chain's own check first).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from calcitrack.cli.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UserError
from calcitrack.domain.audit_trail.anchor_check import AnchorFileError, AnchorReport, NotedAnchor
from calcitrack.domain.audit_trail.audit_replay import ReplayReport
from calcitrack.services.audit_service import AuditService

SHOWN = 200
"""Differences printed at most (the count says how many more)."""
ANCHORS_SHOWN = 20


def anchors_given(args: argparse.Namespace, service: AuditService) -> list[NotedAnchor]:
    """The anchors of ``--anchor`` and ``--anchor-file``, read before anything is checked (a
    file that cannot be read is a usage error)."""
    given = [NotedAnchor(anchor, "--anchor") for anchor in getattr(args, "anchor", None) or []]
    for path in getattr(args, "anchor_file", None) or []:
        try:
            anchors, notes = service.anchors_in_file(path)
        except AnchorFileError as exc:
            raise UserError(f"--anchor-file {exc}", EXIT_USAGE) from None
        for note in notes:
            print(f"note: {note}")
        if not anchors:
            print(f"note: {path} holds no anchor for this database")
        given += anchors
    return given


def verify_beyond_chain(service: AuditService, anchors: Sequence[NotedAnchor]) -> int:
    """The replay, then the anchors; EXIT_FAILED if either finds something."""
    replayed = _replay(service.replay())
    return max(replayed, _anchors(service.check_anchors(anchors)))


def _anchors(report: AnchorReport) -> int:
    for note in report.notes:
        print(f"note: {note}")
    lost = [p for p in report.problems if not p.fails]
    for problem in lost[:ANCHORS_SHOWN]:
        print(f"note: {problem.describe()}")
    if len(lost) > ANCHORS_SHOWN:
        print(f"note: … and {len(lost) - ANCHORS_SHOWN} more anchors lost with the restore")
    if report.checked == 0:
        print(
            "no anchor noted outside the database for it: a trail cut short, or rewritten with "
            f"every hash recomputed, would not show (this workstation's log: {report.own_log})"
        )
        return EXIT_OK
    if report.ok:
        held = report.checked - len(lost)
        noted = "1 anchor noted outside the database is" if held == 1 else (
            f"{held} anchors noted outside the database are"
        )
        print(
            f"{noted} still in the trail ({report.own_anchors} from this workstation's log "
            f"{report.own_log})"
        )
        return EXIT_OK
    failed = [p for p in report.problems if p.fails]
    print(
        f"{len(failed)} of {report.checked} anchors noted outside the database are no longer in "
        "the trail:"
    )
    for problem in failed[:ANCHORS_SHOWN]:
        print(f"  {problem.describe()}")
    if len(failed) > ANCHORS_SHOWN:
        print(f"  … and {len(failed) - ANCHORS_SHOWN} more")
    return EXIT_FAILED


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
