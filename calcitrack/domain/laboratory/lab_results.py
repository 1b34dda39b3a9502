"""Lab results as entered: the value and unit as reported, plus the value in the canonical unit."""

from __future__ import annotations

from datetime import date

from calcitrack.domain.entities import LabResult
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import labs


def entered(
    analyte: str,
    collected_on: date,
    value: float,
    unit: str,
    ref_low: float | None = None,
    ref_high: float | None = None,
) -> LabResult:
    """A LabResult normalised to its analyte's canonical unit (DOMAIN.md §0.1).

    An unknown analyte or unit leaves the normalised value empty instead of raising, so that
    validation can report it with every other problem (validation.validate_lab).
    """
    try:
        normalised: float | None = labs.normalise(value, unit, analyte)
        canonical: str | None = labs.analyte(analyte).canonical_unit
    except DomainValidationError:
        normalised, canonical = None, None
    return LabResult(analyte, collected_on, value, unit, normalised, canonical, ref_low, ref_high)
