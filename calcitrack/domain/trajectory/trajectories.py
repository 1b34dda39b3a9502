"""Trajectories: every series the dashboard draws, taken from one PatientChart (DOMAIN.md §0–§4).

Here: the assembly (``trajectories``), the lesion, pain, ROM and disease-activity series, the
event markers and the follow-up span. The values are in trajectory_types, the lab series in
trajectory_labs and the medication tracks in trajectory_medications; every name of those that
callers used from here is still exported here. Rules kept here, so that no chart can break them:
- lesion area is the ellipse estimate π/4·L·W in mm² and says so; the burden of a visit is the
  total area of the active lesions measured at that visit, beside the sum of longest diameters;
  a visit that left an active lesion unmeasured (incomplete, domain/visit_completeness) has its
  totals in ``burden_incomplete`` and ``sum_longest_incomplete``, never on the line of the
  complete visits, where a partial total would read as a drop;
- DAS28-ESR and DAS28-CRP are separate series, never one line (§0.2); a DAS28 computed from its
  components wins over a typed one, which is used only when the components are missing;
- every lab series is in one display unit, with a reference range (see trajectory_labs).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import TypedDict

from calcitrack.domain import lesions, scores
from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import Das28Variant, LesionStatus, ProcedureType, Side
from calcitrack.domain.entities import LabResult, PatientChart, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.number_text import grouped
from calcitrack.domain.rom import ROM_REFERENCES, joints_near
from calcitrack.domain.rule_text import Arg, Day, Number, joined, message, ngettext, render
from calcitrack.domain.trajectory.trajectory_labs import Raw, lab_series, latest, number
from calcitrack.domain.trajectory.trajectory_medications import (
    FREQUENCY_TEXT,
    dose_texts,
    medication_tracks,
)
from calcitrack.domain.trajectory.trajectory_types import (
    AREA_LABEL,
    DoseStep,
    EventKind,
    LabSeries,
    LesionMark,
    LesionMarkKind,
    Marker,
    MarkerKind,
    MedicationEvent,
    MedicationTrack,
    Point,
    RomSeries,
    Series,
    Trajectories,
)
from calcitrack.domain.trajectory.visit_das28 import visit_das28
from calcitrack.domain.visits.visit_completeness import active_count, incomplete_text, unmeasured_at
from calcitrack.i18n.catalogue import N_, _

__all__ = [
    "AREA_LABEL",
    "FREQUENCY_TEXT",
    "SURGERY",
    "DoseStep",
    "EventKind",
    "LabSeries",
    "LesionMark",
    "Marker",
    "MarkerKind",
    "MedicationEvent",
    "MedicationTrack",
    "Point",
    "Raw",
    "RomSeries",
    "Series",
    "Trajectories",
    "dose_texts",
    "grouped",
    "number",
    "trajectories",
]

SURGERY = frozenset({ProcedureType.EXCISION, ProcedureType.DEBRIDEMENT, ProcedureType.CURETTAGE})


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
    tracks = medication_tracks(chart.medications)
    first, last = _span(chart, visits, markers)
    return Trajectories(
        **lesion,
        pain=Series("pain", _("Pain NRS"), "/10", tuple(
            Point(v.visit_date, float(v.pain_nrs), render(message(
                N_("Pain NRS {pain}/10 on {day}"), pain=Number(v.pain_nrs, "d"),
                day=Day(v.visit_date),
            )))
            for v in visits if v.pain_nrs is not None
        )),
        rom_joints=joints,
        rom=_rom_series(visits, joints),
        das28=das28, cdai=cdai, sdai=sdai,
        labs=lab_series(chart.patient, by_day),
        medications=tracks, markers=markers, first_day=first, last_day=last,
    )  # fmt: skip


# ------------------------------------------------------------------------------- lesions


class _LesionSeries(TypedDict):
    """The lesion fields of Trajectories (``_lesion_series``)."""

    burden: Series
    sum_longest: Series
    burden_incomplete: Series
    sum_longest_incomplete: Series
    lesion_labels: tuple[str, ...]
    lesion_area: Mapping[str, Series]
    lesion_depth: Mapping[str, Series]
    lesion_marks: tuple[LesionMark, ...]


_MARK_TEXT: Mapping[LesionMarkKind, str] = {
    "ulcerated": N_("ulcerated"),
    "infected": N_("infected"),
}


def _lesion_series(chart: PatientChart, visits: Sequence[Visit]) -> _LesionSeries:
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
    partial_burden: list[Point] = []
    partial_longest: list[Point] = []
    for visit in visits:
        day = visit.visit_date
        active = [
            m for m in visit.lesion_measurements
            if ended.get(m.lesion_label) is None or day < ended[m.lesion_label]
        ]  # fmt: skip
        if not active:
            continue
        for m in active:
            label, value = m.lesion_label, m.area_mm2
            if label not in order:
                order.append(label)
            marked: tuple[tuple[LesionMarkKind, bool], ...] = (
                ("ulcerated", m.ulcerated),
                ("infected", m.infected),
            )
            flags = [k for k, on in marked if on]
            when = Day(day)
            area[label].append(Point(day, value, render(
                message(N_("{label}: {area} mm² (ellipse) on {day}; {flags}"), label=label,
                        area=grouped(value), day=when,
                        flags=joined(N_(", "), [_(_MARK_TEXT[k]) for k in flags]))
                if flags
                else message(N_("{label}: {area} mm² (ellipse) on {day}"), label=label,
                             area=grouped(value), day=when)
            )))  # fmt: skip
            if m.depth_mm is not None:
                text = render(message(N_("{label}: depth {depth} mm on {day}"), label=label,
                                      depth=Number(m.depth_mm), day=when))  # fmt: skip
                depth[label].append(Point(day, m.depth_mm, text))
            marks.extend(
                LesionMark(label, kind, day, value, render(message(
                    N_("{label}: {mark} on {day}"), label=label, mark=_(_MARK_TEXT[kind]), day=when
                )))
                for kind in flags
            )
        unmeasured = unmeasured_at(chart.lesions, visit)
        count: Arg = ngettext("{count} lesion", "{count} lesions", len(active))
        if unmeasured:
            count = message(
                N_("{measured} of {count} active lesions; {incomplete}"),
                measured=Number(len(active), "d"),
                count=Number(active_count(chart.lesions, day), "d"),
                incomplete=incomplete_text(unmeasured),
            )
        total = lesions.burden_mm2(m.area_mm2 for m in active)
        sld = lesions.sum_longest_diameters_mm(m.longest_mm for m in active)
        (partial_burden if unmeasured else burden).append(Point(day, total, render(message(
            N_("Burden: {area} mm² (ellipse, {count}) on {day}"), area=grouped(total),
            count=count, day=Day(day),
        ))))  # fmt: skip
        (partial_longest if unmeasured else longest).append(Point(day, sld, render(message(
            N_("Sum of longest diameters: {sum} mm ({count}) on {day}"), sum=Number(sld),
            count=count, day=Day(day),
        ))))  # fmt: skip
    return {
        "burden": Series("burden", _("Total area (active lesions)"), "mm²", tuple(burden)),
        "sum_longest": Series("sum_longest", _("Sum of longest diameters"), "mm", tuple(longest)),
        "burden_incomplete": Series(
            "burden_incomplete",
            _("Total area, incomplete visit: not every active lesion measured"), "mm²",
            tuple(partial_burden),
        ),
        "sum_longest_incomplete": Series(
            "sum_longest_incomplete",
            _("Sum of longest diameters, incomplete visit: not every active lesion measured"),
            "mm", tuple(partial_longest),
        ),
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
                label = _rom_label(m.joint, m.movement, m.side)
                args: dict[str, Arg] = {
                    "label": label, "degrees": Number(m.degrees), "day": Day(visit.visit_date)
                }
                text = render(
                    message(N_("{label}: {degrees}° (normal {normal}°) on {day}"),
                            normal=Number(ref.normal_deg), **args)
                    if ref
                    else message(N_("{label}: {degrees}° on {day}"), **args)
                )
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


_ROM_SIDE_LABELS = {
    # TRANSLATORS: a range-of-motion line on the chart: the joint's movement ("Hip flexion") and
    # the patient's right side, short. The right and left texts must differ at a glance, so do
    # not shorten the side to a letter that both words start with (Arabic أيمن/أيسر)
    Side.RIGHT: N_("{movement} R"),
    # TRANSLATORS: as "{movement} R", for the patient's left side
    Side.LEFT: N_("{movement} L"),
}


def _rom_label(joint: str, movement: str, side: Side) -> str:
    """ "Hip flexion R": the joint and movement in the current language (``rom``), and the
    side in its translated short form (never the translated word's first letter: Arabic right
    and left both begin with أ)."""
    ref = ROM_REFERENCES.get((joint, movement))
    name = ref.label if ref else f"{joint.capitalize()} {movement.replace('_', ' ')}"
    return _(_ROM_SIDE_LABELS[side]).format(movement=name)


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
        crp = latest(by_day.get(day, ()), "crp")
        if tjc is not None and sjc is not None and ptga is not None and evga is not None:
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
        for found in visit_das28(visit, by_day.get(day, ())):
            how = "computed" if found.computed else "as recorded"
            if found.typed_disagrees:
                how += f"; typed {found.typed:.2f} differs by > 0.1"
            category = scores.das28_category(found.value)
            text = f"{found.variant.label} {found.value:.2f} ({category}, {how}) on {day}"
            das28[found.variant].append(Point(day, found.value, text))
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


# ------------------------------------------------------------------------- markers, span


def _markers(chart: PatientChart, regimen_start: date | None) -> tuple[Marker, ...]:
    found = []
    if regimen_start is not None:
        found.append(Marker(regimen_start, "regimen_start", "Regimen start",
                            f"Regimen start on {regimen_start}"))  # fmt: skip
    for p in chart.procedures:
        kind: MarkerKind = "surgery" if p.procedure_type in SURGERY else "procedure"
        where = ", ".join(p.lesion_labels) or p.body_site.replace("_", " ")
        text = (
            f"{p.procedure_type.label}, {where} on {p.procedure_date} ({p.outcome.label.lower()})"
        )
        found.append(Marker(p.procedure_date, kind, p.procedure_type.label, text))
    for study in chart.imaging:
        where = ", ".join(study.lesion_labels) or study.body_site.replace("_", " ")
        text = f"{study.modality.label}, {where} on {study.study_date}"
        if study.verdict is not None:  # the reader's comparison with the previous study
            text += f": {study.verdict.label.lower()}"
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
