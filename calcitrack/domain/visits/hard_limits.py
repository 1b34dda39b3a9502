"""Hard limits: values no patient can have, refused wherever they come in (form, service, import).

Only what is physically impossible is refused here, never what is merely unusual (that is the
soft, confirmable side: plausibility.py, with the clinic's settings). Each limit says why in words
a nurse can check, with its source:

- **Range of motion above 180°.** A goniometer reads each motion from the neutral zero position;
  one motion of one joint cannot pass the straight line through it (a half circle, 180°). The
  largest normal values are 180° (shoulder flexion and abduction [R21]). Hip flexion 200° is a
  typing slip. (Below: −90°, an extension deficit, as before: ``rom.MIN_DEGREES``.)
- **ESR above 200 mm/h.** The Westergren reference method lets the red cells settle in a 200 mm
  column for one hour [R80]: they cannot fall further than the column.
- **Haemoglobin above 40 g/dL.** Whole blood holds less haemoglobin than its own red cells, and
  inside them it is 34 ± 2 g/dL, near 37 g/dL the limit of its solubility [R81]. A value in g/L
  typed as g/dL (130 for 13.0) lands here.
- Every lab value below zero (validation.validate_lab, as before).

Limits are in the analyte's canonical unit (lab_units.py); a value is compared after conversion,
so 2100 mm/h and 2100 in any other accepted unit are refused alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from calcitrack.domain.entities import LabResult, RomMeasurement
from calcitrack.domain.errors import DomainValidationError, Problem, shown_number
from calcitrack.domain.laboratory import labs
from calcitrack.domain.rom import MAX_DEGREES, ROM_REFERENCES
from calcitrack.i18n.catalogue import N_, _


@dataclass(frozen=True)
class LabMaximum:
    analyte: str
    maximum: float
    """In the analyte's canonical unit."""
    unit: str
    why: str
    """Why no patient can have more, with its source (in English, marked: translated where
    shown)."""


LAB_MAXIMA: Mapping[str, LabMaximum] = MappingProxyType(
    {
        m.analyte: m
        for m in (
            LabMaximum(
                "esr", 200, "mm/h",
                N_("the Westergren method lets red cells settle in a 200 mm column for one hour, "
                   "so they cannot fall further [R80]"),
            ),
            LabMaximum(
                "haemoglobin", 40, "g/dL",
                N_("blood holds less haemoglobin than its own red cells, and inside them it is "
                   "about 34 g/dL, near 37 g/dL the limit of its solubility [R81] (g/L typed as "
                   "g/dL?)"),
            ),
        )
    }
)


def rom_problem(r: RomMeasurement) -> Problem | None:
    """``degrees`` above what one joint motion can reach, or None."""
    value: object = r.degrees  # typed float, but may come from anywhere: checked here
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return None  # not a number: validation says so
    if value <= MAX_DEGREES:
        return None
    reference = ROM_REFERENCES.get((r.joint, r.movement))
    reason = _(
        "{value}° is impossible: one joint motion, measured from the neutral zero position, "
        "cannot pass {maximum}° (the largest normal values are 180° [R21])"
    ).format(value=shown_number(value), maximum=shown_number(MAX_DEGREES))
    if reference:
        reason += _("; its normal reference is {normal}°").format(
            normal=shown_number(reference.normal_deg)
        )
    return Problem("degrees", reason)


def lab_problem(lab: LabResult) -> Problem | None:
    """``value`` above what the analyte can physically take, or None (an unknown analyte or
    unit, or a value that is not a number, is validation's to report)."""
    limit = LAB_MAXIMA.get(lab.analyte)
    if limit is None:
        return None
    try:
        value = labs.normalise(lab.value, lab.unit, lab.analyte)
    except DomainValidationError:
        return None
    if value <= limit.maximum:
        return None
    shown = f"{shown_number(lab.value)} {lab.unit}"
    if lab.unit != limit.unit:
        shown += f" ({shown_number(float(format(value, '.4g')))} {limit.unit})"
    return Problem(
        "value",
        _("{value} is impossible: above {maximum} — {why}").format(
            value=shown, maximum=f"{shown_number(limit.maximum)} {limit.unit}", why=_(limit.why)
        ),
    )
