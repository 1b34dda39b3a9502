"""Lab series of the trajectory dashboard (DOMAIN.md §0.6, §4): calcium, phosphate, Ca × P, CRP,
ESR and eGFR, one LabSeries each.

Every lab series is in one display unit (the unit most often entered), with the reference range
of the reporting lab when known, else the typical range of §4.2; Ca × P and eGFR carry the
decision threshold of §0.6 instead. A value computed from its components (corrected calcium,
Ca × P, eGFR) wins over a reported one, which is used only when the components are missing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from calcitrack.domain.entities import LabResult, Patient
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import derived_labs, lab_reference, labs
from calcitrack.domain.trajectory.trajectory_types import LabSeries, Point, Series
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import N_, _

_UNIT_TEXT = {"mg2/dL2": "mg²/dL²", "mL/min/{1.73_m2}": "mL/min/1.73 m²", "umol/L": "µmol/L"}
_SHORT = {"calcium_corrected": N_("Corrected calcium"), "calcium_total": N_("Calcium (total)"),
          "phosphate": N_("Phosphate"), "ca_p_product": N_("Ca × P"), "crp": "CRP", "esr": "ESR",
          "egfr": "eGFR"}  # fmt: skip
"""The series' names in English (marked; written in the reader's language in a point's text)."""
Raw = tuple[date, float, str, str]
"""A lab value before conversion: day, value, unit, how it was obtained ("entered", "computed",
"as reported")."""
_HOW = {"computed": N_("computed"), "as reported": N_("as reported")}


def number(value: float) -> str:
    """A measured value for reading: three significant digits, whole numbers from 100."""
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.3g}"


def _shown(value: float) -> str:
    """``number(value)`` in the reader's language ("1,36" in Portuguese); English as it was."""
    return formats.as_written(value, number(value))


def _shown_g(value: float) -> str:
    """``f"{value:g}"`` in the reader's language."""
    return formats.as_written(value, f"{value:g}")


def latest(results: Iterable[LabResult], code: str) -> LabResult | None:
    """The last of ``results`` for analyte ``code`` (in the order given), or None."""
    found = [r for r in results if r.analyte == code]
    return found[-1] if found else None


def lab_series(patient: Patient, by_day: Mapping[date, list[LabResult]]) -> tuple[LabSeries, ...]:
    """The lab series drawn from ``by_day`` (results by collection day, in entry order)."""
    raw: dict[str, list[Raw]] = defaultdict(list)
    for day, results in by_day.items():
        for code in ("phosphate", "crp", "esr", "calcium_total"):
            if (found := latest(results, code)) is not None:
                raw[code].append((day, found.value, found.unit, "entered"))
        for code, derived, recorded in (
            (
                "calcium_corrected",
                derived_labs.corrected_calcium(results, day),
                "calcium_corrected",
            ),
            ("ca_p_product", derived_labs.calcium_phosphate(results, day), None),
            ("egfr", derived_labs.egfr(results, patient, day), "egfr"),
        ):
            typed = latest(results, recorded) if recorded else None
            if derived.value is not None:
                raw[code].append((day, derived.value, derived.unit, "computed"))
            elif typed is not None:
                raw[code].append((day, typed.value, typed.unit, "as reported"))
    calcium = "calcium_corrected" if raw["calcium_corrected"] else "calcium_total"
    result = []
    for code in (calcium, "phosphate", "ca_p_product", "crp", "esr", "egfr"):
        if raw[code]:
            result.append(_one_lab(code, raw[code], patient, by_day))
    return tuple(result)


def _how_text(how: str, value: float, unit: str) -> str:
    """How a value was obtained, in the reader's language: "entered 2.4 mmol/L", "computed"."""
    if how == "entered":
        return _("entered {value} {unit}").format(
            value=_shown(value), unit=_UNIT_TEXT.get(unit, unit)
        )
    return _(_HOW[how])


def _one_lab(
    code: str, raw: list[Raw], patient: Patient, by_day: Mapping[date, list[LabResult]]
) -> LabSeries:
    analyte = "calcium_total" if code == "calcium_corrected" else code
    canonical = labs.ANALYTES[code].canonical_unit if code in labs.ANALYTES else raw[0][2]
    counts = Counter(unit for _, _, unit, _ in raw)
    unit = max(counts, key=lambda u: (counts[u], u == canonical))
    unit_text = _UNIT_TEXT.get(unit, unit)
    low, high, ref_text = _reference(analyte, unit, patient, by_day)
    threshold, threshold_text = None, ""
    if code == "ca_p_product":
        threshold = labs.CA_P_PRODUCT_ALERT_MG2_DL2
        threshold_text = _(
            "> {threshold} mg²/dL²: metastatic calcification described [R26]"
        ).format(threshold=_shown_g(threshold))
    elif code == "egfr":
        threshold = derived_labs.EGFR_COLCHICINE_LOW_DOSE_BELOW
        threshold_text = _("< {threshold}: colchicine label starts at {dose} mg/day [R41]").format(
            threshold=_shown_g(threshold), dose=_shown_g(0.3)
        )
    points = []
    for day, value, entered_unit, how in raw:
        shown = value if entered_unit == unit else labs.convert(value, entered_unit, unit, code)
        kept = entered_unit != unit or how != "entered"  # an entry in the series' own unit: no note
        note = _how_text(how, value, entered_unit) if kept else ""
        flag = labs.out_of_range(shown, low, high) if threshold is None else None
        parts = _(", ").join(p for p in (flag and _(flag), note) if p)
        name, amount = _(_SHORT[code]), _shown(shown)
        text = (
            _("{name} {value} {unit} ({notes}) on {day}") if parts
            else _("{name} {value} {unit} on {day}")
        ).format(name=name, value=amount, unit=unit_text, notes=parts,
                 day=formats.sentence_day(day))  # fmt: skip
        points.append(Point(day, shown, text))
    series = Series(f"lab:{code}", _SHORT[code], unit_text, tuple(points))
    return LabSeries(code, _SHORT[code], unit, unit_text, series, low, high, ref_text,
                     threshold, threshold_text)  # fmt: skip


def _reference(
    analyte: str, unit: str, patient: Patient, by_day: Mapping[date, list[LabResult]]
) -> tuple[float | None, float | None, str]:
    """The reporting lab's latest range, else the range of §4.2 (``lab_reference``), else none."""
    if analyte not in labs.ANALYTES:
        return None, None, ""
    for day in sorted(by_day, reverse=True):
        result = latest(by_day[day], analyte)
        if result is not None and (result.ref_low is not None or result.ref_high is not None):
            low, high = (None if b is None else labs.convert(b, result.unit, unit, analyte)
                         for b in (result.ref_low, result.ref_high))  # fmt: skip
            return low, high, _("lab range {range} {unit}").format(
                range=_range_text(low, high), unit=_UNIT_TEXT.get(unit, unit)
            )
    age = patient.age_on(max(by_day)) if by_day else None
    typical = lab_reference.typical_reference(analyte, patient.sex.value, age)
    if typical is None:
        return None, None, ""
    try:
        typical = typical.in_unit(unit)
    except DomainValidationError:  # drawn in a unit §4.2 does not give for this analyte
        return None, None, ""
    low, high = typical.low, typical.high
    if typical.kind == "miller":
        return None, high, _("upper limit {limit} mm/h (Miller, age {age}) [R31]").format(
            limit="" if high is None else _shown_g(high), age=age
        )
    citation = f" {typical.citation}" if typical.citation else ""
    return low, high, f"{typical.shown_source} {_range_text(low, high)} {unit}{citation}"


def _range_text(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"{_shown(low)}–{_shown(high)}"
    return f"≤ {_shown(high)}" if high is not None else f"≥ {_shown(low or 0.0)}"
