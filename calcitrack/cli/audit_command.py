"""``calcitrack audit``: check the audit trail's hash chain, export entries as CSV.

    calcitrack audit verify [--anchor ID:HASH ...] [--anchor-file FILE ...]
    calcitrack audit export --csv FILE [--mrn MRN] [--user USERNAME] [--since D] [--until D]

``verify`` exits 0 when the chain is intact and 1 when it is broken, naming the first broken
entry, when the replay or an anchor finds something (cli/audit_verify.py), or when a signed
visit changed after it was signed, naming each one. ``export`` writes the entries matching
every filter given (days are the workstation's calendar days, both included) and records the
export itself in the trail.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from calcitrack.bootstrap import Clinic
from calcitrack.cli import output_paths
from calcitrack.cli.audit_verify import anchors_given, verify_beyond_chain
from calcitrack.cli.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE, UserError
from calcitrack.cli.signature_report import verify_signatures
from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.i18n.catalogue import _
from calcitrack.reports.exports.audit_csv import write_audit_csv
from calcitrack.services.audit_service import AuditService


def run(args: argparse.Namespace, clinic: Clinic) -> int:
    service = AuditService(clinic.context())
    if args.audit_command == "verify":
        anchors = anchors_given(args, service)  # files read first: a bad one stops here
        chain = max(_verify(service), verify_beyond_chain(service, anchors))
        return max(chain, verify_signatures(clinic.context()))
    return _export(args, service)


def _verify(service: AuditService) -> int:
    result = service.verify()
    if result.ok:
        print(_("audit trail intact: {count} entries").format(count=result.checked))
        if result.last_id is not None:
            print(_("newest entry #{id}, hash {hash} (note it: entries removed after it would "
                    "not show otherwise)").format(id=result.last_id, hash=result.last_hash))
        return EXIT_OK
    where = f" ({result.first_broken.describe()})" if result.first_broken else ""
    print(_("audit trail broken at entry #{id}{where}: {reason}").format(
        id=result.first_broken_id, where=where, reason=result.reason))  # fmt: skip
    print(_("the {count} entries before it are intact").format(count=result.checked))
    return EXIT_FAILED


def _export(args: argparse.Namespace, service: AuditService) -> int:
    path: Path = output_paths.checked_file("--csv", args.csv, "audit.csv")
    if args.since and args.until and args.since > args.until:
        raise UserError(_("--since is after --until: no day is in between"), EXIT_USAGE)
    entries = service.entries(
        patient_mrn=args.mrn, user=args.user, since=args.since, until=args.until
    )
    try:
        count = write_audit_csv(entries, path)
    except OSError as exc:
        raise UserError(_("--csv {file}: cannot write it ({reason})").format(
            file=path, reason=output_paths.os_reason(exc))) from None  # fmt: skip
    filters = {
        name: str(value)
        for name, value in (
            ("mrn", args.mrn),
            ("user", args.user),
            ("since", args.since),
            ("until", args.until),
        )
        if value is not None
    }
    service.record(
        AuditAction.EXPORT,
        table_name="audit_log",
        patient_mrn=args.mrn,
        details={"format": "csv", "file": path.name, "entries": count, "filters": filters},
    )
    print(_("exported {count} audit entries to {file}").format(count=count, file=path))
    return EXIT_OK
