"""Which photographs of each lesion a summary sets side by side: the lesion's first photograph
(its baseline) and its latest up to a day (its current one)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from calcitrack.domain.entities import LesionPhotograph


@dataclass(frozen=True)
class PhotographPair:
    """A lesion's baseline photograph and its current one (None when the lesion has only the
    one photograph up to the day, or all were taken at one visit)."""

    lesion_label: str
    baseline: LesionPhotograph
    current: LesionPhotograph | None

    @property
    def photographs(self) -> tuple[LesionPhotograph, ...]:
        return (self.baseline,) if self.current is None else (self.baseline, self.current)


def photograph_pairs(
    photographs: Iterable[LesionPhotograph], day: date
) -> tuple[PhotographPair, ...]:
    """Per lesion photographed on or before ``day``: the first photograph of its earliest visit
    and the last of its latest visit (when that is a later visit), lesions in the order of their
    first photograph, then by label."""
    taken: dict[str, list[LesionPhotograph]] = {}
    ordered = sorted(
        (p for p in photographs if p.visit_date <= day),
        key=lambda p: (p.visit_date, p.id if p.id is not None else 0),
    )
    for photo in ordered:
        taken.setdefault(photo.lesion_label, []).append(photo)
    pairs = [
        PhotographPair(
            label,
            photos[0],
            photos[-1] if photos[-1].visit_date > photos[0].visit_date else None,
        )
        for label, photos in taken.items()
    ]
    pairs.sort(key=lambda pair: (pair.baseline.visit_date, pair.lesion_label))
    return tuple(pairs)
