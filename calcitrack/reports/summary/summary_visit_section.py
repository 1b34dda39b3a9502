"""The summary's opening and its clinical sections: the visit (date, type, clinician, vitals,
weight, notes, sign-off), pain and disease activity, and range of motion."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from calcitrack.domain.rom import ROM_REFERENCES
from calcitrack.domain.signed_content import INVALID_SIGNATURE
from calcitrack.reports.summary.pdf_direction import Paragraph
from calcitrack.reports.summary.pdf_page import sign_off_text
from calcitrack.reports.summary.pdf_styles import HIGH, esc, hex_of, styles
from calcitrack.reports.summary.summary_tables import (
    DASH,
    SHORT_ROWS,
    Cell,
    data_table,
    day,
    figure,
    heading,
    key_values,
    minus,
    num,
    para,
)
from calcitrack.reports.summary.visit_summary_data import VisitSummaryData


def _invalid_signature() -> Paragraph:
    """The warning next to the sign-off of a visit changed after it was signed."""
    text = (
        f"{INVALID_SIGNATURE.upper()}: this visit's record was changed after it was signed, "
        "without an amendment. What this summary shows is not what the physician signed."
    )
    return Paragraph(f'<font color="{hex_of(HIGH)}">{esc(text)}</font>', styles().flag_title)


def _missing(text: str) -> Paragraph:
    return Paragraph(esc(text), styles().missing)


def opening(data: VisitSummaryData) -> list[Flowable]:
    s = styles()
    patient, visit = data.chart.patient, data.visit
    disease = patient.underlying_disease.label
    if patient.disease_diagnosed_on:
        disease += f" since {patient.disease_diagnosed_on.isoformat()}"
    calcinosis = f"{patient.calcinosis_type.label.lower()} calcinosis cutis"
    if patient.calcinosis_onset_on:
        calcinosis += f" since {patient.calcinosis_onset_on.isoformat()}"
    count = len(data.chart.visits)
    facts = (
        f"{patient.sex.label}, {patient.age_on(visit.visit_date)} years at the visit · {disease}"
        f" · {calcinosis} · visit {count} of the follow-up"
    )
    return [
        Paragraph(f"{esc(visit.visit_type.label)} visit of {visit.visit_date.isoformat()}",
                  s.title),
        Paragraph(esc(facts), s.subtitle),
    ]


def _weight(data: VisitSummaryData) -> str:
    visit = data.visit
    if visit.weight_kg:
        return num(visit.weight_kg, 1, "kg")
    if data.earlier_weight is not None:
        kg, on = data.earlier_weight
        return f"not recorded at this visit (latest earlier: {num(kg, 1, 'kg')} on {day(on)})"
    return "not recorded (no weight on or before this visit)"


def _bp(data: VisitSummaryData) -> str:
    v = data.visit
    if v.systolic_bp_mmhg is None and v.diastolic_bp_mmhg is None:
        return "not recorded"
    return f"{v.systolic_bp_mmhg or DASH}/{v.diastolic_bp_mmhg or DASH} mmHg"


def visit_section(data: VisitSummaryData) -> list[Flowable]:
    s = styles()
    v = data.visit
    previous = data.previous
    pairs = [
        ("Visit date", day(v.visit_date)),
        ("Visit type", esc(v.visit_type.label)),
        ("Clinician", esc(v.clinician) or "not recorded"),
        ("Previous visit", day(previous.visit_date) if previous else "none (first visit)"),
        ("Weight", _weight(data)),
        ("Height", num(v.height_cm, 0, "cm") if v.height_cm else "not recorded"),
        ("Blood pressure", _bp(data)),
        ("Heart rate", f"{v.heart_rate_bpm}/min" if v.heart_rate_bpm else "not recorded"),
        ("Next visit due", day(v.next_visit_due_on) if v.next_visit_due_on else "not set"),
        ("Sign-off", esc(sign_off_text(data.request.sign_off))),
    ]
    flowables: list[Flowable] = [*heading("Visit", keep=True), key_values(pairs, columns=2)]
    if data.request.sign_off.invalid:
        flowables.append(_invalid_signature())
    flowables += heading("Notes", 2)
    if v.notes.strip():
        flowables.append(Paragraph(esc(v.notes.strip()), s.body))
    else:
        flowables.append(_missing("No notes recorded at this visit."))
    return flowables


def _joint_counts(tender: int | None, swollen: int | None) -> str:
    if tender is None and swollen is None:
        return "not recorded"
    return f"{DASH if tender is None else tender} / {DASH if swollen is None else swollen}"


def activity_section(data: VisitSummaryData) -> list[Flowable]:
    v = data.visit
    response = data.assessment.response

    def mm(value: float | None) -> str:
        return "not recorded" if value is None else f"{value:g} mm (0–100)"

    pain = "not recorded" if v.pain_nrs is None else f"{v.pain_nrs}/10"
    if v.pain_nrs is not None and response.baseline is not None:
        base = response.pain_baseline
        pain += f" (baseline {response.baseline.visit_date}: {DASH if base is None else base}/10)"
    pairs = [
        ("Pain NRS", pain),
        ("Tender / swollen joints (28)", _joint_counts(v.tender_joints_28, v.swollen_joints_28)),
        ("Patient global", mm(v.patient_global_mm)),
        ("Evaluator global", mm(v.evaluator_global_mm)),
    ]  # fmt: skip
    flowables: list[Flowable] = [
        *heading("Pain and disease activity", keep=True),
        key_values(pairs, columns=2, label_share=0.42),
        Spacer(1, 5),
    ]
    if not data.scores:
        flowables.append(
            _missing("No DAS28, CDAI or SDAI at this visit (needs joint counts, the globals "
                     "and ESR or CRP of the visit date).")
        )
        return flowables
    rows: list[list[Cell]] = [
        [
            para(f"<b>{esc(r.name)}</b>"),
            DASH if r.value is None else f"{r.value:.2f}",
            esc(r.category or DASH),
            esc(r.how) + (f"<br/><i>{esc(r.note)}</i>" if r.note else ""),
        ]
        for r in data.scores
    ]
    flowables.append(
        data_table(("Score", "Value", "Category", "Components and source"), rows,
                   (0.13, 0.08, 0.11, 0.68), right=(1,))
    )
    return flowables


def rom_section(data: VisitSummaryData) -> list[Flowable]:
    s = styles()
    response = data.assessment.response
    flowables: list[Flowable] = [
        *heading("Range of motion", keep=len(response.rom) <= SHORT_ROWS)
    ]
    changes = response.rom
    if not changes:
        flowables.append(_missing("No range of motion recorded at this visit."))
        return flowables
    baseline = response.baseline
    rank = {key: i for i, key in enumerate(ROM_REFERENCES)}
    ordered = sorted(
        changes, key=lambda r: (rank.get((r.joint, r.movement), 99), r.joint, r.movement,
                                r.side.value != "right"),
    )  # fmt: skip
    rows = []
    for r in ordered:
        reference = ROM_REFERENCES.get((r.joint, r.movement))
        share = DASH
        if r.current_deg is not None and r.normal_deg:
            share = f"{r.current_deg / r.normal_deg * 100:.0f} %"
        change = DASH if r.change_deg is None else minus(f"{r.change_deg:+.0f}°")
        rows.append([
            esc(f"{r.joint.capitalize()} {r.movement.replace('_', ' ')}"),
            esc(r.side.label),
            "not measured" if r.current_deg is None else f"{figure(r.current_deg)}°",
            DASH if r.normal_deg is None else f"{r.normal_deg:g}°",
            share,
            "not measured" if r.baseline_deg is None else f"{figure(r.baseline_deg)}°",
            change,
            esc(", ".join(r.near_lesions)) or DASH,
            esc(reference.source if reference else "no reference"),
        ])  # fmt: skip
    base = f"Baseline\n{baseline.visit_date}" if baseline is not None else "Baseline"
    flowables.append(
        data_table(
            ("Movement", "Side", "Now", "Normal", "% of\nnormal", base, "Change\nfrom\nbaseline",
             "Lesions nearby", "Normal reference"),
            rows, (0.14, 0.06, 0.07, 0.075, 0.075, 0.115, 0.09, 0.165, 0.21), right=(2, 3, 4, 5, 6),
        )
    )
    if baseline is None:
        flowables.append(
            Paragraph("No baseline visit to compare with: " + esc(_why(data)), s.note)
        )
    return flowables


def _why(data: VisitSummaryData) -> str:
    missing = data.assessment.response.missing
    return missing[0] if missing else "none chosen."
