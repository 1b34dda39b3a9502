"""Lab units and reference ranges as the lab tables say them: "µmol/L", "8.5–10.5 mg/dL",
"the typical adult range 2.5–4.5 mg/dL [R29][R33]"."""

from __future__ import annotations

from calcitrack.domain.laboratory.lab_reference import ReferenceRange
from calcitrack.ui.workspace.visit_table_model import format_number

_UNIT_LABELS = {
    "umol/L": "µmol/L",
    "mg/(24.h)": "mg/24 h",
    "mmol/(24.h)": "mmol/24 h",
    "mL/min/{1.73_m2}": "mL/min/1.73 m²",
    "[IU]/mL": "IU/mL",
    "{titer}": "titre 1:n",
}


def unit_label(unit: str) -> str:
    """A UCUM unit as a person reads it ("umol/L" → "µmol/L")."""
    return _UNIT_LABELS.get(unit, unit)


def range_text(low: float | None, high: float | None, unit: str) -> str:
    if low is not None and high is not None:
        span = f"{format_number(low)}–{format_number(high)}"
    elif high is not None:
        span = f"≤ {format_number(high)}"
    else:
        span = f"≥ {format_number(low)}"
    return f"{span} {unit_label(unit)}"


def reference_text(found: ReferenceRange) -> str:
    """The range as the tooltips say it: "the typical adult range 2.5–4.5 mg/dL [R29][R33]"."""
    whose = "reporting lab's range" if found.kind == "lab" else found.source
    text = f"the {whose} {range_text(found.low, found.high, found.unit)}"
    return f"{text} {found.citation}" if found.citation else text
