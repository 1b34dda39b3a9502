"""The LOINC code of a lab result as entered: a LOINC code names its property, mass
([Mass/volume]) or substance ([Moles/volume]) concentration, so the code must match the unit the
value was typed in. 88 umol/L under 2160-0 "Creatinine [Mass/volume]" would contradict its own
code; a result with no code of its unit's kind gets none (its value and unit still say what it
is). Used by every export (the research CSV, FHIR)."""

from __future__ import annotations

from calcitrack.domain.entities import LabResult
from calcitrack.domain.laboratory.lab_units import ANALYTES


def is_molar(unit: str) -> bool:
    """A UCUM substance-concentration unit (mmol/L, umol/L, pmol/L, nmol/L, mmol/(24.h)...)."""
    return "mol/" in unit


def loinc_of(result: LabResult) -> str | None:
    """The LOINC code of ``result`` for the unit it was entered in: the molar code for a molar
    unit, the mass code otherwise; None for an analyte CalciTrack does not know, or one with no
    code of that kind (an analyte whose only code is molar has it as both ``loinc`` and
    ``loinc_molar``)."""
    analyte = ANALYTES.get(result.analyte)
    if analyte is None:
        return None
    if is_molar(result.unit):
        return analyte.loinc_molar
    return None if analyte.loinc == analyte.loinc_molar else analyte.loinc
