"""Audit entries in words for the audit viewer (pure Python, no Qt).

An entry's changes are JSON (domain/audit_trail/audit.py): for an update ``{field: [old, new]}`` of
the changed fields, for a create the new values, for a delete the old values, for an event its
details. They are shown one field a line, ``family_name: Cadório → Cadório-Silva`` for an update and
``family_name: Cadório`` otherwise, under a heading that says which ("Values when deleted:"); the
table gets the same lines joined on one line. Field names are kept as stored (they are the CSV
export's names too); ``version`` comes last and is left out of the one-line summary when anything
else changed.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from calcitrack.domain.audit_trail.audit import AuditAction, AuditEntry, VerifyResult

NOTHING = "—"
"""How a missing value (null) or a missing cell is shown."""
ARROW = " → "
SUMMARY_CHARS = 240
"""The one-line summary is cut (with "…") after this many characters; the detail pane has all."""

_HEADINGS = {
    AuditAction.CREATE.value: "Created with:",
    AuditAction.UPDATE.value: "Changed:",
    AuditAction.DELETE.value: "Values when deleted:",
}
_EVENT_HEADING = "Details:"


def local_time_text(moment: datetime) -> str:
    """``2026-11-20 10:31:15`` in the workstation's time zone."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


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
        return "yes" if value else "no"
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\n", " ⏎ ") if value else '""'
    if isinstance(value, dict) and set(value) == {"bytes", "sha256"}:
        return f"{value['bytes']} bytes (sha256 {str(value['sha256'])[:12]}…)"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "), sort_keys=True)
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
    return _HEADINGS.get(entry.action, _EVENT_HEADING)


def detail_text(entry: AuditEntry) -> str:
    """The detail pane's text: who did what when, every change line, the entry's hashes."""
    who = entry.actor_username or "no user"
    about = f" · patient {entry.patient_mrn}" if entry.patient_mrn else ""
    title = (
        f"Entry #{entry.id} · {local_time_text(entry.occurred_at)} · {who} · "
        f"{action_label(entry.action)} {record_text(entry)}{about}"
    )
    lines = change_lines(entry)
    body = [heading(entry), *(f"  {line}" for line in lines)] if lines else ["No details."]
    return "\n".join(
        [title, "", *body, "", f"Hash:          {entry.hash}", f"Previous hash: {entry.prev_hash}"]
    )


def verify_text(result: VerifyResult) -> str:
    """ "Audit trail intact: 312 entries. Newest entry #312, hash …" or where the chain is broken,
    in words."""
    if result.ok:
        anchor = (
            f" Newest entry #{result.last_id}, hash {result.last_hash}."
            if result.last_id is not None
            else ""
        )
        return f"Audit trail intact: {result.checked} entries.{anchor}"
    broken = result.first_broken
    where = (
        f" ({local_time_text(broken.occurred_at)}, {action_label(broken.action)} "
        f"{record_text(broken)})"
        if broken is not None
        else ""
    )
    return (
        f"Audit trail broken at entry #{result.first_broken_id}{where}: {result.reason}. "
        f"The {result.checked} entries before it are intact."
    )


def _changes(entry: AuditEntry) -> Any:
    try:
        return entry.changes
    except ValueError:  # not JSON: an entry edited behind the application's back
        return entry.changes_json
