"""What makes a photograph's place valid: the visit is the patient's, the lesion hers and shown
at the visit, the caption not too long. Pure (no database): the interchange reader uses it too."""

from __future__ import annotations

from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import Lesion, PatientChart, Visit
from calcitrack.domain.errors import Problem

MAX_CAPTION_CHARS = 2000


def photograph_problems(
    chart: PatientChart, visit_id: int, lesion_label: str, caption: str | None
) -> list[Problem]:
    """What is wrong with attaching a photograph of ``lesion_label`` at the visit ``visit_id``
    of ``chart``: the visit must be the patient's, the lesion hers and active at the visit (or
    measured at it), the caption at most ``MAX_CAPTION_CHARS`` characters."""
    problems: list[Problem] = []
    visit = next((v for v in chart.visits if v.id == visit_id), None)
    if visit is None:
        problems.append(Problem("visit", "is not a visit of this patient"))
    lesion = next((le for le in chart.lesions if le.label == lesion_label), None)
    if lesion is None:
        problems.append(Problem("lesion", f"the patient has no lesion {lesion_label!r}"))
    elif visit is not None and not lesion_shown_at(lesion, visit):
        problems.append(
            Problem(
                "lesion",
                f"lesion {lesion.label} was not active at the visit of "
                f"{visit.visit_date.isoformat()} (first seen {lesion.first_seen_on.isoformat()}"
                + (
                    f", {lesion.status.value} {lesion.status_changed_on.isoformat()})"
                    if lesion.status_changed_on is not None
                    else ")"
                ),
            )
        )
    if caption is not None and len(caption) > MAX_CAPTION_CHARS:
        problems.append(
            Problem(
                "caption",
                f"is {len(caption)} characters long; at most {MAX_CAPTION_CHARS} are kept",
            )
        )
    return problems


def lesion_shown_at(lesion: Lesion, visit: Visit) -> bool:
    """Whether a photograph of ``lesion`` at ``visit`` makes sense: measured at it, or active
    on its day (first seen by then, not yet resolved or excised before it)."""
    if any(m.lesion_label == lesion.label for m in visit.lesion_measurements):
        return True
    if lesion.first_seen_on > visit.visit_date:
        return False
    ended_on = lesion.status_changed_on if lesion.status is not LesionStatus.ACTIVE else None
    return ended_on is None or ended_on >= visit.visit_date
