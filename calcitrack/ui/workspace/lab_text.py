"""Lab units and reference ranges as the lab tables say them: "µmol/L", "8.5–10.5 mg/dL",
"the typical adult range 2.5–4.5 mg/dL [R29][R33]"; and the verdict against a range."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from calcitrack.domain.laboratory.lab_reference import Flag, ReferenceRange
from calcitrack.ui.workspace.visit_table_model import format_number

_UNIT_LABELS = {
    "umol/L": QT_TRANSLATE_NOOP("LabText", "µmol/L"),
    "mg/(24.h)": QT_TRANSLATE_NOOP("LabText", "mg/24 h"),
    "mmol/(24.h)": QT_TRANSLATE_NOOP("LabText", "mmol/24 h"),
    "mL/min/{1.73_m2}": QT_TRANSLATE_NOOP("LabText", "mL/min/1.73 m²"),
    "[IU]/mL": QT_TRANSLATE_NOOP("LabText", "IU/mL"),
    "{titer}": QT_TRANSLATE_NOOP("LabText", "titre 1:n"),
}
"""How the UCUM units that are not plain to read are shown, in English (shown translated)."""


def unit_label(unit: str) -> str:
    """A UCUM unit as a person reads it ("umol/L" → "µmol/L")."""
    shown = _UNIT_LABELS.get(unit)
    return QCoreApplication.translate("LabText", str(shown)) if shown is not None else unit


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
    span = range_text(found.low, found.high, found.unit)
    if found.kind == "lab":
        text = QCoreApplication.translate("LabText", "the reporting lab's range {range}")
    else:
        text = QCoreApplication.translate("LabText", "the {source} {range}")
    text = text.format(source=found.shown_source, range=span)
    return f"{text} {found.citation}" if found.citation else text


def verdict_text(flag: Flag, reference: str) -> str:
    """ "High: above the reporting lab's range …", "Low: below …", "Within …"."""
    if flag == "high":
        text = QCoreApplication.translate("LabText", "High: above {reference}")
    elif flag == "low":
        text = QCoreApplication.translate("LabText", "Low: below {reference}")
    else:
        text = QCoreApplication.translate("LabText", "Within {reference}")
    return text.format(reference=reference)
