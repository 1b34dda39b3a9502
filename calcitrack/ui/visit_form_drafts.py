"""The visit form's draft: every section's state and the header as one JSON payload, and the way
back from it. The draft store (``draft_store.py``) keeps it on disk; the form decides when."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from calcitrack.ui.visit_form import VisitFormView

log = logging.getLogger(__name__)

DRAFT_FORMAT = 1
#: Restored in this order: the weight first (it is part of every section's context), the lesions
#: before the range of motion (their sites choose its joints).
RESTORE_ORDER = ("vitals", "lesions", "rom", "scores", "labs", "medications")
_BROKEN = (KeyError, TypeError, ValueError, AttributeError)


def draft_payload(form: VisitFormView) -> dict[str, Any]:
    visit = form.editing
    return {
        "format": DRAFT_FORMAT,
        "mrn": form.chart.patient.mrn,
        "visit_id": visit.id if visit else None,
        "visit_date": form.visit_date().isoformat(),
        "header": form.header.state(),
        "notes": form.notes_edit.toPlainText(),
        "sections": {name: section.state() for name, section in form.sections.items()},
        "set_aside": form.set_aside.state(),
        # What the form opened on, so that a draft recovered after someone else saved the
        # visit is carried over onto the new version, not written over it (visit_form_rebase).
        "visit_version": visit.version if visit else None,
        "base": _typed(getattr(form, "loaded_payload", None)),
    }


def _typed(payload: dict[str, Any] | None) -> dict[str, Any] | None:
    if payload is None:
        return None
    return {part: payload[part] for part in ("header", "notes", "sections") if part in payload}


def restore_payload(form: VisitFormView, payload: dict[str, Any]) -> None:
    """Put a draft back into the form; a part that cannot be read is skipped, not fatal (the log
    names the part and the kind of error, never a value)."""
    try:
        form.header.restore_state(payload["header"])
        form.notes_edit.setPlainText(str(payload.get("notes", "")))
    except _BROKEN as error:
        log.warning("the draft's header could not be restored: %s", type(error).__name__)
    form.push_context()
    states = payload.get("sections") or {}
    for name in RESTORE_ORDER:
        if name == "rom":
            form.rom.set_sites(form.lesions.site_codes())
        if name not in states:
            continue
        try:
            form.sections[name].restore_state(states[name])
        except _BROKEN as error:
            log.warning("the draft's %s could not be restored: %s", name, type(error).__name__)
        if name == "vitals":
            form.push_context()
    try:
        form.set_aside.restore_state(payload.get("set_aside") or [])
    except _BROKEN as error:
        log.warning("the draft's set-aside values could not be restored: %s", type(error).__name__)
