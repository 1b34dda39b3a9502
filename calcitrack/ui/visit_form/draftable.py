"""What the draft and reload helpers (``drafts``, ``rebase``) ask of the visit form.

They name these protocols, never the form's class: the form imports the helpers and the helpers do
not import the form, so the modules stand in a line. ``VisitFormView`` satisfies ``DraftableForm``
as it is (the type checker holds it to that wherever the form hands itself to a helper).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtWidgets import QPlainTextEdit

from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.visits.visit_changes import VisitContent
from calcitrack.domain.visits.visit_entry import VisitEntry


class HeaderState(Protocol):
    """The form's header (date, type, clinician, next visit due) as a draft keeps it."""

    def state(self) -> dict[str, Any]: ...

    def restore_state(self, state: dict[str, Any]) -> list[str]: ...


class LesionSites(Protocol):
    """The lesion section as the drafts use it: its sites and each lesion's status."""

    def site_codes(self) -> list[str]: ...

    def set_status(self, label: str, status: LesionStatus) -> None: ...


class RomSites(Protocol):
    """The range-of-motion section: the joints next to the active lesions."""

    def set_sites(self, site_codes: Iterable[str]) -> None: ...


class SetAside(Protocol):
    """The list of the nurse's own values a reload could not carry over."""

    def show_changes(self, changes: Sequence[FieldChange]) -> None: ...

    def state(self) -> list[list[str]]: ...

    def restore_state(self, state: Sequence[Sequence[str]]) -> None: ...


class Losses(Protocol):
    """What a draft could not put back, listed above the form until acknowledged."""

    def show_losses(self, losses: Sequence[str]) -> None: ...

    def state(self) -> list[str]: ...


class DraftableForm(Protocol):
    """The visit form as its draft is written from it and put back into it."""

    @property
    def chart(self) -> PatientChart: ...

    @property
    def editing(self) -> Visit | None: ...

    @property
    def header(self) -> HeaderState: ...

    @property
    def notes_edit(self) -> QPlainTextEdit: ...

    @property
    def sections(self) -> dict[str, Any]: ...

    @property
    def set_aside(self) -> SetAside: ...

    @property
    def restore_losses(self) -> Losses: ...

    @property
    def loaded_payload(self) -> dict[str, Any]: ...

    @property
    def lesions(self) -> LesionSites: ...

    @property
    def rom(self) -> RomSites: ...


    def visit_date(self) -> date: ...

    def push_context(self) -> None: ...

    def entry(self) -> VisitEntry: ...

    def draft_payload(self) -> dict[str, Any]: ...

    def content_of(self, payload: dict[str, Any]) -> VisitContent:
        """What saving the form would store if it held ``payload``."""
        ...
