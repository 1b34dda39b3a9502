"""The live line under the visit form's lesions: today's burden so far and its change from the
previous visit, computed only on the lesions measured at both and saying so ("−12 % from previous
visit, 1 of 4 lesions measured at both; L2, L3, L4 not measured today").

Pure text from the form's values (calcitrack.domain.review.burden_comparison); the lesion section
(``lesion_entry_panel.py``) shows it."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject

from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import Lesion, LesionMeasurement, Visit
from calcitrack.domain.lesions import burden_mm2
from calcitrack.domain.review.burden_comparison import compare_burden
from calcitrack.domain.visits.visit_completeness import active_on, resolved_by
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.visit_form.section import FormContext
from calcitrack.ui.visit_form.sections.lesion_entry_rows import format_mm2


class LesionBurdenText(QObject):
    """The context of this module's texts; the counted ones are its methods (Qt's lupdate reads
    a count, "%n", only in a class's ``tr``)."""

    def burden(self, *, today: bool, total: str, measured: int, active: int) -> str:
        """Today's (or this visit's) burden so far: ``measured`` of ``active`` lesions."""
        text = (
            self.tr(
                "Burden today: {total} mm² (ellipse, {measured} of %n active lesion(s) measured)",
                "",
                active,
            )
            if today
            else self.tr(
                "Burden at this visit: {total} mm² (ellipse, {measured} of %n active lesion(s) "
                "measured)",
                "",
                active,
            )
        )
        return text.format(total=total, measured=in_window_digits(str(measured)))


def _lesions_as_typed(
    context: FormContext, statuses: Mapping[str, LesionStatus], new: Sequence[Lesion]
) -> list[Lesion]:
    """The chart's lesions with the statuses chosen in the form, and the new ones."""
    day = context.visit_date
    found = []
    for lesion in context.chart.lesions:
        status = statuses.get(lesion.label)
        if status is not None and status is not LesionStatus.ACTIVE:
            lesion = dataclasses.replace(lesion, status=status, status_changed_on=day)
        elif status is LesionStatus.ACTIVE and resolved_by(lesion, day):
            lesion = dataclasses.replace(lesion, status=status, status_changed_on=None)
        found.append(lesion)
    return found + list(new)


def previous_visit(context: FormContext) -> Visit | None:
    """The latest visit before the form's date (not the visit being edited)."""
    earlier = [
        v
        for v in context.chart.visits
        if v.visit_date < context.visit_date
        and (context.visit_id is None or v.id != context.visit_id)
    ]
    return max(earlier, key=lambda v: v.visit_date, default=None)


def burden_text(
    context: FormContext,
    measurements: Sequence[LesionMeasurement],
    statuses: Mapping[str, LesionStatus],
    new: Sequence[Lesion] = (),
) -> str:
    """What the line under the lesions says (see the module docstring)."""
    day = context.visit_date
    today = day == context.today
    lesions = _lesions_as_typed(context, statuses, new)
    active = sum(1 for lesion in lesions if active_on(lesion, day))
    if not measurements:
        if not active:
            return ""
        return (
            QCoreApplication.translate(
                "LesionBurdenText", "No lesion measured today yet ({active} active)."
            )
            if today
            else QCoreApplication.translate(
                "LesionBurdenText", "No lesion measured at this visit yet ({active} active)."
            )
        ).format(active=in_window_digits(str(active)))
    total = burden_mm2(m.area_mm2 for m in measurements)
    text = LesionBurdenText().burden(
        today=today, total=format_mm2(total), measured=len(measurements), active=active
    )
    previous = previous_visit(context)
    if previous is None:
        return QCoreApplication.translate("LesionBurdenText", "{burden}.").format(burden=text)
    visit = Visit(patient_id=context.chart.patient.id, visit_date=day,
                  lesion_measurements=tuple(measurements))  # fmt: skip
    compared = compare_burden(lesions, previous, visit)
    change = compared.describe(
        QCoreApplication.translate("LesionBurdenText", "from previous visit ({day})").format(
            day=shown_date(previous.visit_date)
        ),
        later_name=QCoreApplication.translate("LesionBurdenText", "today")
        if today
        else QCoreApplication.translate("LesionBurdenText", "at this visit"),
    )
    return QCoreApplication.translate("LesionBurdenText", "{burden} · {change}.").format(
        burden=text, change=change
    )
