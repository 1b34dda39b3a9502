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
from calcitrack.i18n.catalogue import _, ngettext
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
            print(_("note: {note}").format(note=note))
        if not anchors:
            print(_("note: {file} holds no anchor for this database").format(file=path))
        given += anchors
    return given


def verify_beyond_chain(service: AuditService, anchors: Sequence[NotedAnchor]) -> int:
    """The replay, then the anchors; EXIT_FAILED if either finds something."""
    replayed = _replay(service.replay())
    return max(replayed, _anchors(service.check_anchors(anchors)))


def _anchors(report: AnchorReport) -> int:
    for note in report.notes:
        print(_("note: {note}").format(note=note))
    lost = [p for p in report.problems if not p.fails]
    for problem in lost[:ANCHORS_SHOWN]:
        print(_("note: {note}").format(note=problem.describe()))
    if len(lost) > ANCHORS_SHOWN:
        more = len(lost) - ANCHORS_SHOWN
        print(ngettext("note: … and {count} more anchor lost with the restore",
                       "note: … and {count} more anchors lost with the restore",
                       more).format(count=more))  # fmt: skip
    if report.checked == 0:
        print(_("no anchor noted outside the database for it: a trail cut short, or rewritten "
                "with every hash recomputed, would not show (this workstation's log: {file})")
              .format(file=report.own_log))  # fmt: skip
        return EXIT_OK
    if report.ok:
        held = report.checked - len(lost)
        print(ngettext(
            "{count} anchor noted outside the database is still in the trail ({own} from this "
            "workstation's log {file})",
            "{count} anchors noted outside the database are still in the trail ({own} from this "
            "workstation's log {file})",
            held).format(count=held, own=report.own_anchors, file=report.own_log))  # fmt: skip
        return EXIT_OK
    failed = [p for p in report.problems if p.fails]
    print(ngettext(
        "{failed} of {count} anchors noted outside the database are no longer in the trail:",
        "{failed} of {count} anchors noted outside the database are no longer in the trail:",
        len(failed)).format(failed=len(failed), count=report.checked))  # fmt: skip
    for problem in failed[:ANCHORS_SHOWN]:
        print(f"  {problem.describe()}")
    if len(failed) > ANCHORS_SHOWN:
        print("  " + _("… and {count} more").format(count=len(failed) - ANCHORS_SHOWN))
    return EXIT_FAILED


def _replay(report: ReplayReport) -> int:
    for note in report.notes():
        print(_("note: {note}").format(note=note))
    if report.ok:
        print(_("replayed {entries} changes against {rows} audited rows: every audited row holds "
                "what the trail says").format(entries=report.entries,
                                              rows=report.rows_checked))  # fmt: skip
        return EXIT_OK
    count = len(report.differences)
    print(ngettext(
        "replayed {entries} changes against {rows} audited rows: {count} difference between the "
        "trail and the data (rows changed without CalciTrack):",
        "replayed {entries} changes against {rows} audited rows: {count} differences between the "
        "trail and the data (rows changed without CalciTrack):",
        count).format(entries=report.entries, rows=report.rows_checked, count=count))  # fmt: skip
    for difference in report.differences[:SHOWN]:
        print(f"  {difference.describe()}")
    if count > SHOWN:
        print("  " + _("… and {count} more").format(count=count - SHOWN))
    return EXIT_FAILED
