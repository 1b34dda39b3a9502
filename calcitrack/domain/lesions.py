"""Lesion size arithmetic (DOMAIN.md §0.3, §0.4, §1.5).

Not a validated calcinosis measure: the area is an ellipse estimate from two diameters and must
always be labelled as such on screens and reports (§8.4).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from calcitrack.domain.errors import DomainValidationError, check_number, shown_number
from calcitrack.i18n.catalogue import _


def check_measurements(longest_mm: float, width_mm: float, depth_mm: float | None = None) -> None:
    """Check one visit's measurements of a lesion (§0.3).

    The longest diameter and the width must be > 0 mm, and the width, the perpendicular diameter,
    cannot exceed the longest. The depth is optional and may be 0 (flat lesion).
    """
    longest = check_number("longest_mm", longest_mm, minimum=0, exclusive_minimum=True, unit="mm")
    width = check_number("width_mm", width_mm, minimum=0, exclusive_minimum=True, unit="mm")
    if width > longest:
        raise DomainValidationError(
            "width_mm",
            _(
                "is the perpendicular, shorter diameter: must not exceed the longest diameter "
                "({longest} mm), got {width} mm"
            ).format(longest=shown_number(longest), width=shown_number(width)),
        )
    if depth_mm is not None:
        check_number("depth_mm", depth_mm, minimum=0, unit="mm")


def ellipse_area_mm2(longest_mm: float, width_mm: float) -> float:
    """Ellipse area estimate π/4 · L · W in mm² (§0.3), L the longest diameter, W the width."""
    check_measurements(longest_mm, width_mm)
    return math.pi / 4.0 * float(longest_mm) * float(width_mm)


def burden_mm2(areas: Iterable[float]) -> float:
    """Burden: the sum of the areas (mm²) of the active lesions; 0 for none (§0.3).

    The caller picks the active lesions; each area must be ≥ 0 (field ``areas[i]``).
    """
    return math.fsum(
        check_number(f"areas[{i}]", area, minimum=0, unit="mm²") for i, area in enumerate(areas)
    )


def sum_longest_diameters_mm(diameters_mm: Iterable[float]) -> float:
    """The sum of longest diameters (mm), shown beside the burden (§0.3)."""
    return math.fsum(
        check_number(f"diameters_mm[{i}]", d, minimum=0, unit="mm")
        for i, d in enumerate(diameters_mm)
    )


def percent_change(baseline: float, current: float) -> float | None:
    """Change from baseline in percent: (current − baseline) / baseline × 100 (§0.4).

    Returns ``None`` when the baseline is 0 (no burden to compare against, e.g. a first lesion
    appearing): never divides by zero. The caller treats a new lesion as progression (§0.4).
    """
    before = check_number("baseline", baseline, minimum=0)
    now = check_number("current", current, minimum=0)
    if before == 0:
        return None
    return (now - before) / before * 100.0
