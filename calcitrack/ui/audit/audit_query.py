"""What the audit viewer asks of the audit service, without Qt: the filters, the listing (one
more than the limit, to know whether there are more), the CSV export recorded in the trail as the
command line records it, and the words for the outcome (translated, context ``AuditQuery``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from calcitrack.domain.audit_trail.audit import AuditAction, AuditEntry
from calcitrack.reports.exports.audit_csv import write_audit_csv
from calcitrack.ui.audit.audit_verification import Verifiable
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.common.window_locale import shown_date

ENTRY_LIMIT = 2000
"""At most this many entries are listed; the export has no limit."""
PATIENT = str(QT_TRANSLATE_NOOP("AuditQuery", "Patient MRN"))
USER = str(QT_TRANSLATE_NOOP("AuditQuery", "User"))
FROM = str(QT_TRANSLATE_NOOP("AuditQuery", "From"))
TO = str(QT_TRANSLATE_NOOP("AuditQuery", "To"))
"""The filters' names in English: the keys of the filters, shown translated (``filter_name``)
as messages name them."""


def filter_name(name: str) -> str:
    """A filter's name (``PATIENT``, ``USER``, ``FROM``, ``TO``) as the user reads it."""
    return QCoreApplication.translate("AuditQuery", name)


def about_filter(name: str, reason: str) -> str:
    """A refusal of a filter in words: "From: 2026-11-21 is after To (…)"."""
    return QCoreApplication.translate("AuditQuery", "{filter}: {reason}").format(
        filter=filter_name(name), reason=reason
    )


class AuditTrail(Verifiable, Protocol):
    """What the viewer needs of the trail (``services.audit_service.AuditService`` in the
    application; the ui does not import the services that reach the store): the checks of Verify
    and these."""

    def entries(
        self,
        patient_mrn: str | None = None,
        user: str | None = None,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        *,
        newest_first: bool = False,
        limit: int | None = None,
    ) -> list[AuditEntry]: ...

    def record(
        self,
        action: AuditAction | str,
        *,
        table_name: str | None = None,
        record_id: int | str | None = None,
        patient_mrn: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None: ...


@dataclass(frozen=True)
class AuditFilters:
    """What to list; None is "any"."""

    patient_mrn: str | None = None
    user: str | None = None
    since: date | None = None
    until: date | None = None
    newest_first: bool = True

    def problem(self) -> tuple[str, str] | None:
        """(filter name, reason) when the filters cannot be meant as given; else None."""
        if self.since is not None and self.until is not None and self.since > self.until:
            return FROM, QCoreApplication.translate(
                "AuditQuery", "{since} is after To ({until}): no day is in between"
            ).format(since=shown_date(self.since), until=shown_date(self.until))
        return None

    def not_found_field(self, message: str) -> str:
        """The filter an unknown-MRN-or-user refusal of the service is about."""
        if self.patient_mrn is None:
            return USER
        if self.user is None:
            return PATIENT
        return PATIENT if "MRN" in message else USER

    def export_details(self) -> dict[str, str]:
        """The filters given, as the command line records them with an export."""
        given = (
            ("mrn", self.patient_mrn),
            ("user", self.user),
            ("since", self.since),
            ("until", self.until),
        )
        return {name: str(value) for name, value in given if value is not None}


def read_entries(service: AuditTrail, filters: AuditFilters, limit: int) -> list[AuditEntry]:
    """Up to ``limit + 1`` entries in the order asked: one more than shown says there are more."""
    return service.entries(
        filters.patient_mrn,
        filters.user,
        filters.since,
        filters.until,
        newest_first=filters.newest_first,
        limit=limit + 1,
    )


def count_text(found: int, limit: int, *, newest_first: bool) -> str:
    """ "312 entries", or that the limit cut the list (``found`` > ``limit``)."""
    if found > limit:
        shown = (
            QCoreApplication.translate(
                "AuditQuery", "Showing the newest {limit} of more; narrow the filters"
            )
            if newest_first
            else QCoreApplication.translate(
                "AuditQuery", "Showing the oldest {limit} of more; narrow the filters"
            )
        )
        return shown.format(limit=in_window_digits(str(limit)))
    if found == 0:
        return QCoreApplication.translate("AuditQuery", "No entries match the filters")
    return entries_text(found)


def entries_text(count: int) -> str:
    """ "1 entry", "312 entries" (English's plural is irregular: two texts)."""
    shown = in_window_digits(str(count))
    if count == 1:
        return QCoreApplication.translate("AuditQuery", "{count} entry").format(count=shown)
    return QCoreApplication.translate("AuditQuery", "{count} entries").format(count=shown)


# ------------------------------------------------------------------ export


def suggested_file_name(filters: AuditFilters, day: date) -> str:
    """``audit-trail-<MRN>-<day>.csv`` (the MRN only when filtered by patient, made safe)."""
    mrn = re.sub(r"[^A-Za-z0-9._-]", "_", filters.patient_mrn or "").strip(".")
    return f"audit-trail{'-' + mrn if mrn else ''}-{day.isoformat()}.csv"


def csv_path(chosen: str) -> Path:
    """The chosen file, ``.csv`` added when it has no such suffix."""
    path = Path(chosen).expanduser()
    return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")


def path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be written, or None."""
    if path.is_dir():
        return QCoreApplication.translate(
            "AuditQuery", "{path} is a folder; give a file name such as audit.csv"
        ).format(path=path)
    if not path.parent.is_dir():
        return QCoreApplication.translate(
            "AuditQuery", "The folder {folder} does not exist"
        ).format(folder=path.parent)
    return None


def write_export(service: AuditTrail, filters: AuditFilters, path: Path) -> int:
    """Write every entry matching the filters (chain order, no limit) to ``path`` and record the
    export in the trail; returns how many entries were written."""
    entries = service.entries(filters.patient_mrn, filters.user, filters.since, filters.until)
    count = write_audit_csv(entries, path)
    service.record(
        AuditAction.EXPORT,
        table_name="audit_log",
        patient_mrn=filters.patient_mrn,
        details={
            "format": "csv",
            "file": path.name,
            "entries": count,
            "filters": filters.export_details(),
        },
    )
    return count
