"""Audit entries in words for the audit viewer (no widgets: Qt's translation only).

An entry's changes are JSON (domain/audit_trail/audit.py): for an update ``{field: [old, new]}`` of
the changed fields, for a create the new values, for a delete the old values, for an event its
details. They are shown one field a line, ``family_name: Cadório → Cadório-Silva`` for an update and
``family_name: Cadório`` otherwise, under a heading that says which ("Values when deleted:"); the
table gets the same lines joined on one line. Field names are kept as stored (they are the CSV
export's names too); ``version`` comes last and is left out of the one-line summary when anything
else changed.

The words are translated (context ``AuditChangesText``); the field names, values and the
action's label (the domain's, through gettext) are shown as they are.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from calcitrack.domain.audit_trail.audit import AuditAction, AuditEntry, VerifyResult
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.common.window_locale import shown_date

NOTHING = "—"
"""How a missing value (null) or a missing cell is shown."""
ARROW = " → "
SUMMARY_CHARS = 240
"""The one-line summary is cut (with "…") after this many characters; the detail pane has all."""

_HEADINGS = {
    AuditAction.CREATE.value: str(QT_TRANSLATE_NOOP("AuditChangesText", "Created with:")),
    AuditAction.UPDATE.value: str(QT_TRANSLATE_NOOP("AuditChangesText", "Changed:")),
    AuditAction.DELETE.value: str(QT_TRANSLATE_NOOP("AuditChangesText", "Values when deleted:")),
}
_EVENT_HEADING = str(QT_TRANSLATE_NOOP("AuditChangesText", "Details:"))


def local_time_text(moment: datetime) -> str:
    """``2026-11-20 10:31:15`` in the workstation's time zone; the date as the window writes
    dates (``shown_date``: an ISO date inside an Arabic sentence would read turned round)."""
    local = moment.astimezone()
    return f"{shown_date(local.date())} {in_window_digits(local.strftime('%H:%M:%S'))}"


def action_label(code: str) -> str:
    """The action's label ("Changed" for ``update``); an unknown code (a newer CalciTrack's) as
    stored."""
    try:
        return AuditAction(code).label
    except ValueError:
        return code


def record_text(entry: AuditEntry) -> str:
    """``patients #12``, ``audit_log`` for an event about a table, ``—`` for neither."""
    if entry.table_name and entry.record_id:
        return f"{entry.table_name} #{entry.record_id}"
    return entry.table_name or (f"#{entry.record_id}" if entry.record_id else NOTHING)


def value_text(value: Any) -> str:
    """One JSON value for people: null as ``—``, booleans as yes/no, a file's digest shortened,
    line breaks as ``⏎``, anything nested as compact JSON."""
    if value is None:
        return NOTHING
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditChangesText", "yes")
            if value
            else QCoreApplication.translate("AuditChangesText", "no")
        )
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\n", " ⏎ ") if value else '""'
    if isinstance(value, dict) and set(value) == {"bytes", "sha256"}:
        return QCoreApplication.translate(
            "AuditChangesText", "{count} bytes (sha256 {digest}…)"
        ).format(count=in_window_digits(str(value["bytes"])), digest=str(value["sha256"])[:12])
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "), sort_keys=True)
    if isinstance(value, int | float):  # as stored ("8.0"), with the window's decimal mark
        return in_window_digits(str(value))
    return str(value)


def _is_pair(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2


def _fields(changes: dict[str, Any]) -> list[str]:
    return sorted(changes, key=lambda name: (name == "version", name))


def change_lines(entry: AuditEntry) -> list[str]:
    """Every field of the entry's changes, one a line (see the module's docstring)."""
    changes = _changes(entry)
    if not isinstance(changes, dict):
        return [value_text(changes)] if changes not in (None, [], "") else []
    update = entry.action == AuditAction.UPDATE.value
    lines = []
    for name in _fields(changes):
        value = changes[name]
        if update and _is_pair(value):
            lines.append(f"{name}: {value_text(value[0])}{ARROW}{value_text(value[1])}")
        else:
            lines.append(f"{name}: {value_text(value)}")
    return lines


def changes_summary(entry: AuditEntry, limit: int = SUMMARY_CHARS) -> str:
    """The change lines on one line, ``; `` between them, ``version`` left out when anything else
    is listed, cut with ``…`` after ``limit`` characters."""
    lines = change_lines(entry)
    if len(lines) > 1:
        lines = [line for line in lines if not line.startswith("version: ")]
    text = "; ".join(lines)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def heading(entry: AuditEntry) -> str:
    """What the lines are: "Changed:", "Created with:", "Values when deleted:" or "Details:"."""
    return QCoreApplication.translate(
        "AuditChangesText", _HEADINGS.get(entry.action, _EVENT_HEADING)
    )


def detail_text(entry: AuditEntry) -> str:
    """The detail pane's text: who did what when, every change line, the entry's hashes."""
    who = entry.actor_username or QCoreApplication.translate("AuditChangesText", "no user")
    title = (
        QCoreApplication.translate(
            "AuditChangesText", "Entry #{id} · {when} · {who} · {action} {record} · patient {mrn}"
        )
        if entry.patient_mrn
        else QCoreApplication.translate(
            "AuditChangesText", "Entry #{id} · {when} · {who} · {action} {record}"
        )
    ).format(
        id=entry.id, when=local_time_text(entry.occurred_at), who=who,
        action=action_label(entry.action), record=record_text(entry), mrn=entry.patient_mrn,
    )
    lines = change_lines(entry)
    body = (
        [heading(entry), *(f"  {line}" for line in lines)]
        if lines
        else [QCoreApplication.translate("AuditChangesText", "No details.")]
    )
    hashes = [
        QCoreApplication.translate("AuditChangesText", "Hash:          {hash}").format(
            hash=entry.hash
        ),
        QCoreApplication.translate("AuditChangesText", "Previous hash: {hash}").format(
            hash=entry.prev_hash
        ),
    ]
    return "\n".join([title, "", *body, "", *hashes])


def verify_text(result: VerifyResult) -> str:
    """ "Audit trail intact: 312 entries. Newest entry #312, hash …" or where the chain is broken,
    in words."""
    if result.ok:
        if result.last_id is None:
            return QCoreApplication.translate(
                "AuditChangesText", "Audit trail intact: {count} entries."
            ).format(count=in_window_digits(str(result.checked)))
        return QCoreApplication.translate(
            "AuditChangesText",
            "Audit trail intact: {count} entries. Newest entry #{id}, hash {hash}.",
        ).format(
            count=in_window_digits(str(result.checked)), id=result.last_id, hash=result.last_hash
        )
    broken = result.first_broken
    if broken is None:
        return QCoreApplication.translate(
            "AuditChangesText",
            "Audit trail broken at entry #{id}: {reason}. The {count} entries before it are "
            "intact.",
        ).format(
            id=result.first_broken_id,
            reason=result.reason,
            count=in_window_digits(str(result.checked)),
        )
    return QCoreApplication.translate(
        "AuditChangesText",
        "Audit trail broken at entry #{id} ({when}, {action} {record}): {reason}. The {count} "
        "entries before it are intact.",
    ).format(
        id=result.first_broken_id, when=local_time_text(broken.occurred_at),
        action=action_label(broken.action), record=record_text(broken), reason=result.reason,
        count=result.checked,
    )


def _changes(entry: AuditEntry) -> Any:
    try:
        return entry.changes
    except ValueError:  # not JSON: an entry edited behind the application's back
        return entry.changes_json
