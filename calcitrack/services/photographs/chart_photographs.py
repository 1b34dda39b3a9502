"""Photographs that arrive with a whole chart (an import, the demo clinic): each must name a
lesion of the chart, a visit of it by its date, and the lesion must be shown at that visit."""

from __future__ import annotations

from calcitrack.domain.entities import PatientChart
from calcitrack.domain.errors import Problem
from calcitrack.services.photographs.photograph_rules import MAX_CAPTION_CHARS, lesion_shown_at


def chart_photograph_problems(chart: PatientChart, *, images: bool = True) -> list[Problem]:
    """Every problem of ``chart.photographs``, by ``photographs[i].<field>`` (``images``: each
    must carry its prepared image and thumbnail)."""
    problems: list[Problem] = []
    visits = {v.visit_date: v for v in chart.visits}
    lesions = {le.label: le for le in chart.lesions}
    for i, photo in enumerate(chart.photographs):
        at = f"photographs[{i}]"
        visit = visits.get(photo.visit_date)
        lesion = lesions.get(photo.lesion_label)
        if visit is None:
            problems.append(
                Problem(
                    f"{at}.visit_date",
                    f"the patient has no visit on {photo.visit_date.isoformat()}",
                )
            )
        if lesion is None:
            problems.append(
                Problem(f"{at}.lesion", f"the patient has no lesion {photo.lesion_label!r}")
            )
        elif visit is not None and not lesion_shown_at(lesion, visit):
            problems.append(
                Problem(
                    f"{at}.lesion",
                    f"lesion {lesion.label} was not active at the visit of "
                    f"{visit.visit_date.isoformat()}",
                )
            )
        if photo.caption is not None and len(photo.caption) > MAX_CAPTION_CHARS:
            problems.append(
                Problem(f"{at}.caption", f"is longer than {MAX_CAPTION_CHARS} characters")
            )
        if images and not (photo.image and photo.thumbnail):
            problems.append(Problem(f"{at}.data", "the photograph has no image"))
    return problems
