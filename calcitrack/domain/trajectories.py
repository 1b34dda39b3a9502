"""Trajectories: every series the dashboard draws, taken from one PatientChart (DOMAIN.md §0–§4).

Pure data, no drawing: the same series feed the Qt canvas, the PDF and the tests. Every point
carries its date and a short hover text. Rules kept here, so that no chart can break them:
- lesion area is the ellipse estimate π/4·L·W in mm² and says so; the burden of a visit is the
  total area of the active lesions measured at that visit, beside the sum of longest diameters;
- DAS28-ESR and DAS28-CRP are separate series, never one line (§0.2); a DAS28 computed from its
  components wins over a typed one, which is used only when the components are missing;
- every lab series is in one display unit (the unit most often entered), with the reference
  range of the reporting lab when known, else the typical range of §4.2.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Literal

from calcitrack.domain import derived_labs, labs, lesions, scores
from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import (
    Das28Variant,
    Frequency,
    LesionStatus,
    ProcedureType,
    Route,
    Side,
)
from calcitrack.domain.entities import LabResult, MedicationPeriod, Patient, PatientChart, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.rom import ROM_REFERENCES, joints_near

AREA_LABEL = "Area (ellipse estimate), mm²"
EventKind = Literal["start", "stop", "increase", "decrease", "change"]
MarkerKind = Literal["regimen_start", "surgery", "procedure", "imaging"]
SURGERY = frozenset({ProcedureType.EXCISION, ProcedureType.DEBRIDEMENT, ProcedureType.CURETTAGE})
FREQUENCY_TEXT: Mapping[Frequency, str] = MappingProxyType({
    Frequency.QD: "QD", Frequency.BID: "BID", Frequency.TID: "TID", Frequency.QID: "QID",
    Frequency.QW: "weekly", Frequency.Q2W: "q2w", Frequency.Q4W: "q4w",
    Frequency.QMONTH: "monthly", Frequency.ONCE: "once", Frequency.PRN: "PRN",
})  # fmt: skip


@dataclass(frozen=True)
class Point:
    day: date
    value: float
    text: str


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    unit: str
    points: tuple[Point, ...] = ()

    def __len__(self) -> int:
        return len(self.points)

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(p.day for p in self.points)

    @property
    def values(self) -> tuple[float, ...]:
        return tuple(p.value for p in self.points)


@dataclass(frozen=True)
class LesionMark:
    """A lesion ulcerated or infected at a visit, placed on that lesion's area."""

    lesion: str
    kind: Literal["ulcerated", "infected"]
    day: date
    area_mm2: float
    text: str


@dataclass(frozen=True)
class RomSeries:
    joint: str
    movement: str
    side: Side
    reference_deg: float | None
    reference_source: str
    series: Series


@dataclass(frozen=True)
class LabSeries:
    """One lab trend in one display unit, with its reference band (either bound may be open)
    and, for Ca×P and eGFR, the decision threshold of §0.6 instead of a range."""

    code: str
    name: str
    unit: str
    unit_text: str
    series: Series
    ref_low: float | None = None
    ref_high: float | None = None
    ref_text: str = ""
    threshold: float | None = None
    threshold_text: str = ""

    @property
    def label(self) -> str:
        return f"{self.name}, {self.unit_text}"


@dataclass(frozen=True)
class DoseStep:
    """One dose between two dates; ``stop`` is the first day off it (None while current)."""

    start: date
    stop: date | None
    text: str
    short_text: str
    dose_text: str
    hover: str


@dataclass(frozen=True)
class MedicationEvent:
    day: date
    kind: EventKind
    text: str


@dataclass(frozen=True)
class MedicationTrack:
    key: str
    name: str
    steps: tuple[DoseStep, ...]
    events: tuple[MedicationEvent, ...]


@dataclass(frozen=True)
class Marker:
    day: date
    kind: MarkerKind
    label: str
    text: str


@dataclass(frozen=True)
class Trajectories:
    burden: Series
    sum_longest: Series
    lesion_labels: tuple[str, ...]
    lesion_area: Mapping[str, Series]
    lesion_depth: Mapping[str, Series]
    lesion_marks: tuple[LesionMark, ...]
    pain: Series
    rom_joints: tuple[str, ...]
    rom: tuple[RomSeries, ...]
    das28: Mapping[Das28Variant, Series]
    cdai: Series
    sdai: Series
    labs: tuple[LabSeries, ...]
    medications: tuple[MedicationTrack, ...]
    markers: tuple[Marker, ...]
    first_day: date | None
    last_day: date | None


def grouped(value: float) -> str:
    """A whole number with a space between thousands: 9425.3 → "9 425"."""
    return f"{round(value):,}".replace(",", " ")


def number(value: float) -> str:
    """A measured value for reading: three significant digits, whole numbers from 100."""
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.3g}"


def trajectories(chart: PatientChart, *, regimen_start: date | None = None) -> Trajectories:
    """Every series of the dashboard from ``chart``; ``regimen_start`` adds its marker (and
    widens the span when it comes before the first visit)."""
    visits = sorted(chart.visits, key=lambda v: v.visit_date)
    by_day: dict[date, list[LabResult]] = defaultdict(list)
    for result in sorted(chart.labs, key=lambda r: r.collected_on):
        by_day[result.collected_on].append(result)
    lesion = _lesion_series(chart, visits)
    joints = joints_near(le.body_site for le in chart.lesions if le.body_site in BODY_SITES)
    das28, cdai, sdai = _activity_series(visits, by_day)
    markers = _markers(chart, regimen_start)
    tracks = _medication_tracks(chart.medications)
    first, last = _span(chart, visits, markers)
    return Trajectories(
        **lesion,
        pain=Series("pain", "Pain NRS", "/10", tuple(
            Point(v.visit_date, float(v.pain_nrs), f"Pain NRS {v.pain_nrs}/10 on {v.visit_date}")
            for v in visits if v.pain_nrs is not None
        )),
        rom_joints=joints,
        rom=_rom_series(visits, joints),
        das28=das28, cdai=cdai, sdai=sdai,
        labs=_lab_series(chart.patient, by_day),
        medications=tracks, markers=markers, first_day=first, last_day=last,
    )  # fmt: skip


# ------------------------------------------------------------------------------- lesions


def _lesion_series(chart: PatientChart, visits: Sequence[Visit]) -> dict[str, object]:
    ended = {
        le.label: le.status_changed_on
        for le in chart.lesions
        if le.status is not LesionStatus.ACTIVE and le.status_changed_on is not None
    }
    order = [le.label for le in chart.lesions]
    area: dict[str, list[Point]] = defaultdict(list)
    depth: dict[str, list[Point]] = defaultdict(list)
    marks: list[LesionMark] = []
    burden: list[Point] = []
    longest: list[Point] = []
    for visit in visits:
        day = visit.visit_date
        active = [
            m for m in visit.lesion_measurements
            if ended.get(m.lesion_label) is None or day < ended[m.lesion_label]  # type: ignore[operator]
        ]  # fmt: skip
        if not active:
            continue
        for m in active:
            label, value = m.lesion_label, m.area_mm2
            if label not in order:
                order.append(label)
            flags = [k for k, on in (("ulcerated", m.ulcerated), ("infected", m.infected)) if on]
            text = f"{label}: {grouped(value)} mm² (ellipse) on {day}"
            area[label].append(Point(day, value, f"{text}; {', '.join(flags)}" if flags else text))
            if m.depth_mm is not None:
                text = f"{label}: depth {m.depth_mm:g} mm on {day}"
                depth[label].append(Point(day, m.depth_mm, text))
            marks.extend(
                LesionMark(label, kind, day, value, f"{label}: {kind} on {day}")  # type: ignore[arg-type]
                for kind in flags
            )
        count = f"{len(active)} lesion{'s' if len(active) != 1 else ''}"
        total = lesions.burden_mm2(m.area_mm2 for m in active)
        burden.append(
            Point(day, total, f"Burden: {grouped(total)} mm² (ellipse, {count}) on {day}")
        )
        sld = lesions.sum_longest_diameters_mm(m.longest_mm for m in active)
        longest.append(Point(day, sld, f"Sum of longest diameters: {sld:g} mm ({count}) on {day}"))
    return {
        "burden": Series("burden", "Total area (active lesions)", "mm²", tuple(burden)),
        "sum_longest": Series("sum_longest", "Sum of longest diameters", "mm", tuple(longest)),
        "lesion_labels": tuple(label for label in order if label in area),
        "lesion_area": MappingProxyType({
            label: Series(f"area:{label}", label, "mm²", tuple(area[label]))
            for label in order if label in area
        }),
        "lesion_depth": MappingProxyType({
            label: Series(f"depth:{label}", label, "mm", tuple(depth[label]))
            for label in order if label in depth
        }),
        "lesion_marks": tuple(marks),
    }  # fmt: skip


# ------------------------------------------------------------------------- ROM and scores


def _rom_series(visits: Sequence[Visit], joints: Sequence[str]) -> tuple[RomSeries, ...]:
    found: dict[tuple[str, str, Side], list[Point]] = defaultdict(list)
    for visit in visits:
        for m in visit.rom:
            if m.joint in joints:
                ref = ROM_REFERENCES.get((m.joint, m.movement))
                normal = f" (normal {ref.normal_deg:g}°)" if ref else ""
                label = _rom_label(m.joint, m.movement, m.side)
                text = f"{label}: {m.degrees:g}°{normal} on {visit.visit_date}"
                found[(m.joint, m.movement, m.side)].append(
                    Point(visit.visit_date, m.degrees, text)
                )
    keys = list(ROM_REFERENCES)
    rank = {key: i for i, key in enumerate(keys)}
    result = []
    for joint, movement, side in sorted(
        found, key=lambda k: (rank.get((k[0], k[1]), len(keys)), k[0], k[1], k[2] is not Side.RIGHT)
    ):
        ref = ROM_REFERENCES.get((joint, movement))
        label = _rom_label(joint, movement, side)
        series = Series(
            f"rom:{joint}:{movement}:{side.value}",
            label,
            "°",
            tuple(found[(joint, movement, side)]),
        )
        result.append(RomSeries(joint, movement, side, ref.normal_deg if ref else None,
                                ref.source if ref else "", series))  # fmt: skip
    return tuple(result)


def _rom_label(joint: str, movement: str, side: Side) -> str:
    return f"{joint.capitalize()} {movement.replace('_', ' ')} {side.label[0]}"


def _latest(results: Iterable[LabResult], code: str) -> LabResult | None:
    found = [r for r in results if r.analyte == code]
    return found[-1] if found else None


def _safe(compute: Callable[..., float], *args: object) -> float | None:
    """A score, or None when a component is out of range (nothing is drawn from it)."""
    try:
        return compute(*args)
    except DomainValidationError:
        return None


def _activity_series(
    visits: Sequence[Visit], by_day: Mapping[date, list[LabResult]]
) -> tuple[Mapping[Das28Variant, Series], Series, Series]:
    das28: dict[Das28Variant, list[Point]] = {Das28Variant.CRP: [], Das28Variant.ESR: []}
    cdai: list[Point] = []
    sdai: list[Point] = []
    for visit in visits:
        day, tjc, sjc = visit.visit_date, visit.tender_joints_28, visit.swollen_joints_28
        ptga, evga = visit.patient_global_mm, visit.evaluator_global_mm
        esr, crp = _latest(by_day.get(day, ()), "esr"), _latest(by_day.get(day, ()), "crp")
        computed: dict[Das28Variant, float | None] = {}
        if tjc is not None and sjc is not None and ptga is not None:
            if crp is not None:
                computed[Das28Variant.CRP] = _safe(
                    scores.das28_crp_from, tjc, sjc, crp.value, crp.unit, ptga
                )
            if esr is not None:
                esr_mm_h = _safe(labs.convert, esr.value, esr.unit, "mm/h", "esr")
                computed[Das28Variant.ESR] = _safe(scores.das28_esr, tjc, sjc, esr_mm_h, ptga)
            if evga is not None:
                globals_0_10 = (ptga / 10, evga / 10)
                value = _safe(scores.cdai, tjc, sjc, *globals_0_10)
                if value is not None:
                    text = f"CDAI {value:.1f} ({scores.cdai_category(value)}) on {day}"
                    cdai.append(Point(day, value, text))
                if crp is not None:
                    value = _safe(scores.sdai_from, tjc, sjc, *globals_0_10, crp.value, crp.unit)
                    if value is not None:
                        text = f"SDAI {value:.1f} ({scores.sdai_category(value)}) on {day}"
                        sdai.append(Point(day, value, text))
        for variant, points in das28.items():
            typed = visit.das28_recorded if visit.das28_recorded_variant is variant else None
            value = computed.get(variant)
            if value is not None:
                how = "computed"
                if typed is not None and scores.das28_entry_disagrees(typed, value):
                    how += f"; typed {typed:.2f} differs by > 0.1"
            elif typed is not None:
                value, how = typed, "as recorded"
            else:
                continue
            category = scores.das28_category(value)
            text = f"{variant.label} {value:.2f} ({category}, {how}) on {day}"
            points.append(Point(day, value, text))
    series = {
        variant: Series(f"das28:{variant.value}", variant.label, "", tuple(points))
        for variant, points in das28.items()
        if points
    }
    return (
        MappingProxyType(series),
        Series("cdai", "CDAI", "", tuple(cdai)),
        Series("sdai", "SDAI", "", tuple(sdai)),
    )


# ------------------------------------------------------------------------------------ labs

_UNIT_TEXT = {"mg2/dL2": "mg²/dL²", "mL/min/{1.73_m2}": "mL/min/1.73 m²", "umol/L": "µmol/L"}
_SHORT = {"calcium_corrected": "Corrected calcium", "calcium_total": "Calcium (total)",
          "phosphate": "Phosphate", "ca_p_product": "Ca × P", "crp": "CRP", "esr": "ESR",
          "egfr": "eGFR"}  # fmt: skip
Raw = tuple[date, float, str, str]
"""A lab value before conversion: day, value, unit, how it was obtained."""


def _lab_series(patient: Patient, by_day: Mapping[date, list[LabResult]]) -> tuple[LabSeries, ...]:
    raw: dict[str, list[Raw]] = defaultdict(list)
    for day, results in by_day.items():
        for code in ("phosphate", "crp", "esr", "calcium_total"):
            if (found := _latest(results, code)) is not None:
                raw[code].append((day, found.value, found.unit, _entered(found)))
        for code, derived, recorded in (
            (
                "calcium_corrected",
                derived_labs.corrected_calcium(results, day),
                "calcium_corrected",
            ),
            ("ca_p_product", derived_labs.calcium_phosphate(results, day), None),
            ("egfr", derived_labs.egfr(results, patient, day), "egfr"),
        ):
            typed = _latest(results, recorded) if recorded else None
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


def _entered(result: LabResult) -> str:
    return f"entered {number(result.value)} {_UNIT_TEXT.get(result.unit, result.unit)}"


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
        threshold_text = f"> {threshold:g} mg²/dL²: metastatic calcification described [R26]"
    elif code == "egfr":
        threshold = derived_labs.EGFR_COLCHICINE_LOW_DOSE_BELOW
        threshold_text = f"< {threshold:g}: colchicine label starts at 0.3 mg/day [R41]"
    points = []
    for day, value, entered_unit, how in raw:
        shown = value if entered_unit == unit else labs.convert(value, entered_unit, unit, code)
        note = how if entered_unit != unit or not how.startswith("entered") else ""
        flag = labs.out_of_range(shown, low, high) if threshold is None else None
        parts = ", ".join(p for p in (flag and f"{flag}", note) if p)
        text = (
            f"{_SHORT[code]} {number(shown)} {unit_text}{f' ({parts})' if parts else ''} on {day}"
        )
        points.append(Point(day, shown, text))
    series = Series(f"lab:{code}", _SHORT[code], unit_text, tuple(points))
    return LabSeries(code, _SHORT[code], unit, unit_text, series, low, high, ref_text,
                     threshold, threshold_text)  # fmt: skip


def _reference(
    analyte: str, unit: str, patient: Patient, by_day: Mapping[date, list[LabResult]]
) -> tuple[float | None, float | None, str]:
    """The reporting lab's latest range, else the typical range of §4.2, else none."""
    if analyte not in labs.ANALYTES:
        return None, None, ""
    for day in sorted(by_day, reverse=True):
        result = _latest(by_day[day], analyte)
        if result is not None and (result.ref_low is not None or result.ref_high is not None):
            low, high = (None if b is None else labs.convert(b, result.unit, unit, analyte)
                         for b in (result.ref_low, result.ref_high))  # fmt: skip
            return low, high, f"lab range {_range_text(low, high)} {_UNIT_TEXT.get(unit, unit)}"
    entry = labs.ANALYTES[analyte]
    typical = entry.typical_range or entry.typical_range_by_sex.get(patient.sex.value)
    if typical is not None:
        low, high, range_unit = typical
        low, high = (None if b is None else labs.convert(b, range_unit, unit, analyte)
                     for b in (low, high))  # fmt: skip
        return low, high, f"typical adult range {_range_text(low, high)} {unit} (§4.2)"
    if analyte == "esr" and by_day and patient.sex.value in ("female", "male"):
        age = patient.age_on(max(by_day))
        if age >= 18:
            high = labs.esr_upper_limit_miller(age, patient.sex.value)
            return None, high, f"upper limit {high:g} mm/h (Miller, age {age}) [R31]"
    return None, None, ""


def _range_text(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"{number(low)}–{number(high)}"
    return f"≤ {number(high)}" if high is not None else f"≥ {number(low or 0.0)}"


# ----------------------------------------------------------------------------- medications


def _medication_tracks(periods: Sequence[MedicationPeriod]) -> tuple[MedicationTrack, ...]:
    grouped_periods: dict[str, list[MedicationPeriod]] = defaultdict(list)
    for period in sorted(periods, key=lambda p: p.start_on):
        key = period.drug_name.lower() if period.drug == "other" else period.drug
        grouped_periods[key].append(period)
    return tuple(_track(key, items) for key, items in grouped_periods.items())


def dose_texts(period: MedicationPeriod) -> tuple[str, str, str]:
    """ "60 mg BID", "60 mg", "60": the dose as written on a timeline step, longest first."""
    dose = f"{period.dose:g}"
    amount = f"{dose} {period.dose_unit.label}"
    route = "" if period.route is Route.ORAL else f" {period.route.name}"
    return f"{amount}{route} {FREQUENCY_TEXT[period.frequency]}", amount, dose


def _daily(period: MedicationPeriod) -> float | None:
    per_day = period.frequency.doses_per_day
    return None if per_day is None else period.dose * per_day


def _change(before: MedicationPeriod, after: MedicationPeriod) -> EventKind:
    if before.dose_unit is not after.dose_unit:
        return "change"
    old, new = _daily(before), _daily(after)
    if old is None or new is None:
        if before.frequency is not after.frequency:
            return "change"
        old, new = before.dose, after.dose
    return "increase" if new > old else "decrease" if new < old else "change"


def _reason(text: str) -> str:
    text = " ".join(text.split())
    return f": {text[:70].rstrip()}…" if len(text) > 70 else (f": {text}" if text else "")


def _track(key: str, periods: list[MedicationPeriod]) -> MedicationTrack:
    name = periods[0].drug_name
    steps, events = [], []
    previous: MedicationPeriod | None = None
    for period in periods:
        full, short, dose = dose_texts(period)
        until = f"until {period.stop_on}" if period.stop_on else "ongoing"
        steps.append(DoseStep(period.start_on, period.stop_on, full, short, dose,
                              f"{name} {full}, {period.start_on} – {until}"))  # fmt: skip
        day = period.start_on
        if previous is not None and previous.stop_on == day:
            kind = _change(previous, period)
            verb = {"increase": "increased to", "decrease": "reduced to"}.get(kind, "changed to")
            events.append(
                MedicationEvent(
                    day, kind, f"{name} {verb} {full} on {day}{_reason(period.start_reason)}"
                )
            )
        else:
            if previous is not None and previous.stop_on is not None:
                events.append(_stop(name, previous))
            events.append(
                MedicationEvent(
                    day, "start", f"{name} started {full} on {day}{_reason(period.start_reason)}"
                )
            )
        previous = period
    if previous is not None and previous.stop_on is not None:
        events.append(_stop(name, previous))
    return MedicationTrack(key, name, tuple(steps), tuple(events))


def _stop(name: str, period: MedicationPeriod) -> MedicationEvent:
    day = period.stop_on
    assert day is not None
    return MedicationEvent(day, "stop", f"{name} stopped on {day}{_reason(period.stop_reason)}")


# ------------------------------------------------------------------------- markers, span


def _markers(chart: PatientChart, regimen_start: date | None) -> tuple[Marker, ...]:
    found = []
    if regimen_start is not None:
        found.append(Marker(regimen_start, "regimen_start", "Regimen start",
                            f"Regimen start on {regimen_start}"))  # fmt: skip
    for p in chart.procedures:
        kind: MarkerKind = "surgery" if p.procedure_type in SURGERY else "procedure"
        where = p.lesion_label or p.body_site.replace("_", " ")
        text = (
            f"{p.procedure_type.label}, {where} on {p.procedure_date} ({p.outcome.label.lower()})"
        )
        found.append(Marker(p.procedure_date, kind, p.procedure_type.label, text))
    for study in chart.imaging:
        where = study.lesion_label or study.body_site.replace("_", " ")
        text = f"{study.modality.label}, {where} on {study.study_date}"
        found.append(Marker(study.study_date, "imaging", study.modality.label, text))
    return tuple(sorted(found, key=lambda m: m.day))


def _span(
    chart: PatientChart, visits: Sequence[Visit], markers: Sequence[Marker]
) -> tuple[date | None, date | None]:
    """The follow-up: from the first visit to the latest dated record (a regimen start before
    the first visit widens it); with no visits, the span of whatever is recorded."""
    dated = [r.collected_on for r in chart.labs] + [m.day for m in markers]
    for period in chart.medications:
        dated += [period.start_on] + ([period.stop_on] if period.stop_on else [])
    if not visits:
        return (min(dated), max(dated)) if dated else (None, None)
    first, last = visits[0].visit_date, visits[-1].visit_date
    regimen = [m.day for m in markers if m.kind == "regimen_start"]
    first = min([first, *regimen])
    later = [d for d in dated if d > last]
    return first, max([last, *later]) if later else last
