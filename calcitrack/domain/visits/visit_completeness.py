"""Incomplete visits: active lesions left unmeasured at a visit (DOMAIN.md §0.3).

Derived from what is stored, never stored itself: a visit is **incomplete** when a lesion active on
its date (first seen on or before it, not resolved or excised by then) has no measurement at that
visit. A lesion found resolved or excised at the visit is not active on that day, so a status
change answers for it. The burden of an incomplete visit is the sum of the areas of the lesions
that were measured: a partial total, which must never be read as a drop (see
``calcitrack.domain.review.burden_comparison`` for a comparison that stays honest). A visit that
measured no lesion while one was active has **no** burden (None, "not measured"), never 0: a 0 would
read as a cure (``measured_totals``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from calcitrack.domain import lesions as lesion_math
from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import Lesion, Visit
from calcitrack.i18n.catalogue import _


def resolved_by(lesion: Lesion, day: date) -> bool:
    """Resolved or excised on or before ``day`` (an undated status change counts as before)."""
    if lesion.status is LesionStatus.ACTIVE:
        return False
    return lesion.status_changed_on is None or lesion.status_changed_on <= day


def active_on(lesion: Lesion, day: date) -> bool:
    """First seen on or before ``day`` and not resolved or excised by then."""
    return lesion.first_seen_on <= day and not resolved_by(lesion, day)


def unmeasured_at(lesions: Iterable[Lesion], visit: Visit) -> tuple[str, ...]:
    """The labels of the lesions active on the visit date with no measurement at ``visit``, in
    the chart's order: empty for a complete visit."""
    measured = {m.lesion_label for m in visit.lesion_measurements}
    return tuple(
        lesion.label
        for lesion in lesions
        if active_on(lesion, visit.visit_date) and lesion.label not in measured
    )


def measured_totals(lesions: Sequence[Lesion], visit: Visit) -> tuple[float | None, float | None]:
    """The burden (mm², ellipse areas) and the sum of longest diameters (mm) of the lesions
    measured at ``visit``; (None, None) when it measured none while a lesion was active (not
    known, never 0). With no lesion active and none measured both are a true 0."""
    found = visit.lesion_measurements
    if not found and unmeasured_at(lesions, visit):
        return None, None
    return (
        lesion_math.burden_mm2(m.area_mm2 for m in found),
        lesion_math.sum_longest_diameters_mm(m.longest_mm for m in found),
    )


def active_count(lesions: Iterable[Lesion], day: date) -> int:
    return sum(1 for lesion in lesions if active_on(lesion, day))


def join_labels(labels: Sequence[str]) -> str:
    """"L2, L3, L4": the labels as the screens and the PDF list them (the separator in the
    current language: Arabic writes "،")."""
    # TRANSLATORS: between two lesion labels in a list ("L2, L3").
    return _(", ").join(labels)


def not_measured_text(unmeasured: Sequence[str]) -> str:
    """"L3, L4 not measured" ("" for a complete visit)."""
    if not unmeasured:
        return ""
    return _("{lesions} not measured").format(lesions=join_labels(unmeasured))


def incomplete_text(unmeasured: Sequence[str]) -> str:
    """"incomplete: L3, L4 not measured" ("" for a complete visit)."""
    if not unmeasured:
        return ""
    return _("incomplete: {lesions}").format(lesions=not_measured_text(unmeasured))
