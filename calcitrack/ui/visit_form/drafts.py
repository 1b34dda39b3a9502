"""The visit form's draft: every section's state and the header as one JSON payload, and the way
back from it. The draft store (``draft_store.py``) keeps it on disk; the form decides when."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from calcitrack.domain.errors import DomainValidationError
from calcitrack.ui.common.typed_text import typed_text

if TYPE_CHECKING:
    from calcitrack.ui.visit_form.draftable import DraftableForm

log = logging.getLogger(__name__)

DRAFT_FORMAT = 2
"""2 added ``losses`` (what an earlier recovery could not put back, not yet acknowledged) and
each medication change's ``period`` (the period it names, as text); format 1 reads the same."""
READABLE_FORMATS = (1, 2)
#: Restored in this order: the weight first (it is part of every section's context), the lesions
#: before the range of motion (their sites choose its joints).
RESTORE_ORDER = ("vitals", "lesions", "rom", "scores", "labs", "medications")
SECTION_TITLES = {
    "vitals": str(QT_TRANSLATE_NOOP("VisitFormDrafts", "Vitals and weight")),
    "lesions": str(QT_TRANSLATE_NOOP("VisitFormDrafts", "Lesions")),
    "rom": str(QT_TRANSLATE_NOOP("VisitFormDrafts", "Range of motion")),
    "scores": str(QT_TRANSLATE_NOOP("VisitFormDrafts", "Pain and disease activity")),
    "labs": str(QT_TRANSLATE_NOOP("VisitFormDrafts", "Labs")),
    "medications": str(QT_TRANSLATE_NOOP("VisitFormDrafts", "Medications")),
}
"""The sections by their captions, in English (shown translated)."""
_BROKEN = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    IndexError,
    OverflowError,
    DomainValidationError,
)


def draft_payload(form: DraftableForm) -> dict[str, Any]:
    visit = form.editing
    return {
        "format": DRAFT_FORMAT,
        "mrn": form.chart.patient.mrn,
        "visit_id": visit.id if visit else None,
        "visit_date": form.visit_date().isoformat(),
        "header": form.header.state(),
        "notes": typed_text(form.notes_edit),
        "sections": {name: section.state() for name, section in form.sections.items()},
        "set_aside": form.set_aside.state(),
        "losses": form.restore_losses.state(),
        # What the form opened on, so that a draft recovered after someone else saved the
        # visit is carried over onto the new version, not written over it (visit_form_rebase).
        "visit_version": visit.version if visit else None,
        "base": _typed(getattr(form, "loaded_payload", None)),
    }


def _typed(payload: dict[str, Any] | None) -> dict[str, Any] | None:
    if payload is None:
        return None
    return {part: payload[part] for part in ("header", "notes", "sections") if part in payload}


def restore_payload(form: DraftableForm, payload: dict[str, Any]) -> list[str]:
    """Put a draft back into the form; returns what could not be put back as typed, in words a
    nurse reads (a part that cannot be read is named, not fatal; the log names the part and the
    kind of error, never a value)."""
    lost = [str(each) for each in payload.get("losses") or () if isinstance(each, str)]
    if payload.get("format", 1) not in READABLE_FORMATS:
        lost.append(
            QCoreApplication.translate(
                "VisitFormDrafts",
                "This unsaved visit was kept by a newer version of CalciTrack: check every "
                "section against what you typed."
            )
        )
    try:
        lost += form.header.restore_state(payload["header"])
    except _BROKEN as error:
        log.warning("the draft's header could not be restored: %s", type(error).__name__)
        lost.append(
            QCoreApplication.translate(
                "VisitFormDrafts",
                "The visit's date, type, clinician and next visit due could not be read from "
                "the unsaved visit (that part of the file is damaged): check them."
            )
        )
    notes = payload.get("notes", "")
    if isinstance(notes, str):
        form.notes_edit.setPlainText(notes)
    else:
        lost.append(
            QCoreApplication.translate(
                "VisitFormDrafts",
                "The notes could not be read from the unsaved visit: type them again.",
            )
        )
    form.push_context()
    states = payload.get("sections") or {}
    for name in RESTORE_ORDER:
        if name == "rom":
            form.rom.set_sites(form.lesions.site_codes())
        if name not in states:
            continue
        lost += _restore_section(form, name, states[name])
        if name == "vitals":
            form.push_context()
    try:
        form.set_aside.restore_state(payload.get("set_aside") or [])
    except _BROKEN as error:
        log.warning("the draft's set-aside values could not be restored: %s", type(error).__name__)
        lost.append(
            QCoreApplication.translate(
                "VisitFormDrafts",
                "The list of your values that someone else changed too could not be read from "
                "the unsaved visit: compare the form with what you typed."
            )
        )
    return list(dict.fromkeys(lost))


def _restore_section(form: DraftableForm, name: str, state: Any) -> list[str]:
    section = form.sections[name]
    before = section.state()
    try:
        if not isinstance(state, dict):
            raise TypeError(type(state).__name__)
        return list(section.restore_state(state))
    except _BROKEN as error:
        log.warning("the draft's %s could not be restored: %s", name, type(error).__name__)
        try:
            section.restore_state(before)
        except _BROKEN:
            log.warning("the %s section could not be set back either", name)
        title = QCoreApplication.translate("VisitFormDrafts", SECTION_TITLES[name])
        if form.editing:
            return [
                QCoreApplication.translate(
                    "VisitFormDrafts",
                    "{section}: this part of the unsaved visit could not be read (that part of "
                    "the file is damaged). The section shows the visit as saved: type it again."
                ).format(section=title)
            ]
        return [
            QCoreApplication.translate(
                "VisitFormDrafts",
                "{section}: this part of the unsaved visit could not be read (that part of the "
                "file is damaged). The section shows nothing from the draft: type it again."
            ).format(section=title)
        ]
