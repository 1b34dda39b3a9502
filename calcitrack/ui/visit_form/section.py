"""What every section of the visit form shares: the context it needs and the protocol it keeps.

The visit form (``visit_form.py``) owns the sections, gives each the context (patient, chart, the
visit date and this visit's weight), collects their values into one ``VisitEntry``, keeps their
``state()`` as the draft on disk, and routes validation problems to them with paths relative to
the section (``labs[0].value`` reaches the labs section as ``[0].value`` when the form strips the
prefix it owns; see each section's docstring).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.errors import Problem

JsonState = dict[str, Any]
"""A section's contents as plain JSON types (kept in the draft file)."""


@dataclass(frozen=True)
class FormContext:
    chart: PatientChart
    visit_date: date
    today: date
    weight_kg: float | None = None
    visit_id: int | None = None
    """The visit being edited, or None for a new one."""
    settings: ClinicSettings = field(default_factory=ClinicSettings.defaults)
    """The clinic's settings in force (the dose limits the medication section checks)."""


class FormSection(Protocol):
    """A QWidget section of the visit form (the Qt signal ``changed`` fires on every edit)."""

    def set_context(self, context: FormContext) -> None: ...

    def state(self) -> JsonState: ...

    def restore_state(self, state: JsonState) -> list[str]:
        """Put back a draft's state; returns what could not be put back as typed, each in words
        a nurse reads (the part, what was typed, why). Never puts another value in its place."""
        ...

    def input_problems(self) -> list[Problem]:
        """What only the form sees, with the form's own paths: a number field whose text is not
        a number ("1l0"), half a lesion size (``visit_form_routing`` routes them back here)."""
        ...

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Mark exactly these problems (clearing earlier marks); fields are section-relative."""
        ...
