"""Reloading a visit someone else saved while the nurse was editing it, without losing her typing.

The form's state (its draft payload) is merged three ways: what the form held when it opened
(``base``), what she typed (``mine``) and the form freshly loaded with the visit as stored now
(``theirs``). Every field she did not touch shows the stored value; every field only she changed
keeps hers; a field both changed shows the stored value, and hers is listed above the form
(``SetAsideBox``) so that she decides. Rows of a list (labs, medication changes, new lesions) are
merged as a whole list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.visits.record_changes import not_carried_over
from calcitrack.domain.visits.visit_changes import (
    VisitContent,
    entry_content,
    stored_visit_content,
    visit_items,
)
from calcitrack.ui.common.notice_box import AMBER, NoticeBox
from calcitrack.ui.visit_form.drafts import restore_payload

if TYPE_CHECKING:
    from calcitrack.ui.visit_form.draftable import DraftableForm

#: Parts of a section's state that name stored rows (ids, versions), not what was typed: a save
#: by someone else replaces them, so they are neither compared nor carried over.
VOLATILE = frozenset({"ids", "loaded"})
#: The payload's parts that hold what was typed.
TYPED = ("header", "notes", "sections")
_MISSING: Any = object()


def merge_payload(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]
) -> dict[str, Any]:
    """``theirs`` (a payload of the form loaded with the stored visit) with the nurse's typing
    carried over (see the module's docstring)."""
    merged = dict(theirs)
    for part in TYPED:
        value = merge_states(base.get(part, _MISSING), mine.get(part, _MISSING), theirs.get(part))
        if value is not _MISSING:
            merged[part] = value
    return merged


def merge_states(base: Any, mine: Any, theirs: Any) -> Any:
    if _same(mine, base):
        return theirs
    if _same(theirs, base) or _same(theirs, mine):
        return _carried(mine, theirs)
    if isinstance(base, dict) and isinstance(mine, dict) and isinstance(theirs, dict):
        out: dict[str, Any] = {}
        for key in [*theirs, *(k for k in mine if k not in theirs)]:
            if key in VOLATILE:
                out[key] = theirs.get(key)
                continue
            value = merge_states(
                base.get(key, _MISSING), mine.get(key, _MISSING), theirs.get(key, _MISSING)
            )
            if value is not _MISSING:
                out[key] = value
        return out
    return theirs  # both changed it, differently: the stored value (hers is set aside)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _same(a: Any, b: Any) -> bool:
    return _plain(a) == _plain(b)


def _carried(mine: Any, theirs: Any) -> Any:
    """Her part of the state with the stored rows it names (``VOLATILE``) as the form loaded
    them now: the rows her copy named are gone (the other save wrote them anew). A part of the
    state takes them from the same part of ``theirs`` (the ESR and CRP as stored now, with the
    reporting lab's range); a row of a list has none to pair with and names no stored row."""
    if isinstance(mine, dict):
        other = theirs if isinstance(theirs, dict) else {}
        return {
            k: other.get(k, {} if k == "loaded" else None)
            if k in VOLATILE
            else _carried(v, other.get(k))
            for k, v in mine.items()
        }
    if isinstance(mine, list):
        return [_carried(v, None) for v in mine]
    return mine


class SetAsideBox(NoticeBox):
    """Above the form after a reload: what she typed that the stored visit changed too, with the
    value the form shows now, until she dismisses it or the visit is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.changes: tuple[FieldChange, ...] = ()
        super().__init__(
            "set_aside",
            AMBER,
            accessible_name=QCoreApplication.translate(
                "SetAsideBox", "Your values not carried over"
            ),
            button=QCoreApplication.translate("SetAsideBox", "Done"),
            button_tip=QCoreApplication.translate(
                "SetAsideBox", "Hide this list: you have dealt with these values"
            ),
            parent=parent,
        )

    def show_changes(self, changes: Sequence[FieldChange]) -> None:
        """``FieldChange(before=what the form shows now, after=what she had typed)``."""
        self.changes = tuple(changes)
        if not self.changes:
            self.clear()
            return
        self.show_list(
            self.tr(
                "<b>Someone else changed these too.</b> The form shows their values; type yours "
                "again where yours should stand:"
            ),
            (
                self.tr("{field}: yours <b>{yours}</b>, now <b>{now}</b>").format(
                    field=_html(c.label), yours=_html(c.after), now=_html(c.before)
                )
                for c in self.changes
            ),
        )

    def clear(self) -> None:
        self.changes = ()
        super().clear()

    def state(self) -> list[list[str]]:
        return [[c.key, c.label, c.before, c.after] for c in self.changes]

    def restore_state(self, state: Sequence[Sequence[str]]) -> None:
        self.show_changes([FieldChange(*map(str, row)) for row in state if len(row) == 4])


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def read_content(form: DraftableForm) -> VisitContent | None:
    """The edited visit as the form's chart holds it: what the nurse started from."""
    visit = form.editing
    if visit is None or visit.id is None:
        return None
    return stored_visit_content(form.chart, visit.id)


def typed_content(form: DraftableForm) -> VisitContent:
    """What saving the form now would store."""
    return entry_content(form.entry(), form.chart)


def carry_over(form: DraftableForm, previous: DraftableForm) -> list[FieldChange]:
    """Put what was typed in ``previous`` (opened on an older version of the visit) into
    ``form`` (just opened on the visit as stored now); returns, and lists above the form, what
    could not be carried over. What could not be put back at all (a medication change of a
    period stopped meanwhile…) is said above the form too (``LossBox``)."""
    mine = previous.draft_payload()
    merged = merge_payload(previous.loaded_payload, mine, form.loaded_payload)
    merged["losses"] = previous.restore_losses.state()
    form.restore_losses.show_losses(restore_payload(form, merged))
    read = read_content(previous)
    left: list[FieldChange] = []
    if read is not None:
        left = not_carried_over(
            visit_items(read),
            visit_items(typed_content(previous)),
            visit_items(typed_content(form)),
        )
    form.set_aside.show_changes(left)
    return left


def typed_on_older_version(form: DraftableForm, payload: dict[str, Any]) -> bool:
    """A draft of an edit typed on a version of the visit that someone else has saved over
    since (and that says what the form held when it opened)."""
    visit = form.editing
    version = payload.get("visit_version")
    return (
        visit is not None
        and isinstance(version, int)
        and version != visit.version
        and isinstance(payload.get("base"), dict)
    )


def recover_onto(form: DraftableForm, payload: dict[str, Any]) -> list[FieldChange]:
    """Recover a draft typed on an older version of the visit into ``form`` (opened on the
    visit as stored now) the way a reload does: carried over where it does not collide, the
    rest listed above the form."""
    base = payload["base"]
    read, yours = form.content_of(base), form.content_of(payload)
    merged = merge_payload(base, payload, form.loaded_payload)
    merged["losses"] = payload.get("losses") or []
    form.restore_losses.show_losses(restore_payload(form, merged))
    left = not_carried_over(
        visit_items(read), visit_items(yours), visit_items(typed_content(form))
    ) + [FieldChange(*map(str, row)) for row in payload.get("set_aside") or [] if len(row) == 4]
    form.set_aside.show_changes(_unique(left))
    return left


def _unique(changes: Sequence[FieldChange]) -> list[FieldChange]:
    seen: dict[str, FieldChange] = {}
    for change in changes:
        seen.setdefault(change.key, change)
    return list(seen.values())
