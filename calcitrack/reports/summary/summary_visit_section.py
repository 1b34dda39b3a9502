"""The summary's opening and its clinical sections: the visit (date, type, clinician, vitals,
weight, notes, sign-off), pain and disease activity, and range of motion."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from calcitrack.domain.rom import ROM_REFERENCES
from calcitrack.domain.signed_content import invalid_signature
from calcitrack.i18n.catalogue import _, current_language, ngettext
from calcitrack.i18n.formats import number
from calcitrack.i18n.languages import Language
from calcitrack.reports.summary.pdf_direction import Paragraph, isolated
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
    text = _(
        "{invalid}: this visit's record was changed after it was signed, without an amendment. "
        "What this summary shows is not what the physician signed."
    ).format(invalid=invalid_signature().upper())
    return Paragraph(f'<font color="{hex_of(HIGH)}">{esc(text)}</font>', styles().flag_title)


def _missing(text: str) -> Paragraph:
    return Paragraph(esc(text), styles().missing)


def opening(data: VisitSummaryData) -> list[Flowable]:
    s = styles()
    patient, visit = data.chart.patient, data.visit
    disease = patient.underlying_disease.label
    if patient.disease_diagnosed_on:
        disease = _("{disease} since {day}").format(
            disease=disease, day=day(patient.disease_diagnosed_on)
        )
    calcinosis = _("{type} calcinosis cutis").format(type=patient.calcinosis_type.label.lower())
    if patient.calcinosis_onset_on:
        calcinosis = _("{calcinosis} since {day}").format(
            calcinosis=calcinosis, day=day(patient.calcinosis_onset_on)
        )
    count = len(data.chart.visits)
    age = patient.age_on(visit.visit_date)
    years = ngettext("{sex}, {age} year at the visit", "{sex}, {age} years at the visit", age)
    facts = _("{age_at_visit} · {disease} · {calcinosis} · visit {count} of the follow-up").format(
        age_at_visit=years.format(sex=patient.sex.label, age=number(age, 0)),
        disease=disease, calcinosis=calcinosis, count=number(count, 0),
    )
    title = _("{type} visit of {day}").format(
        type=esc(visit.visit_type.label), day=day(visit.visit_date)
    )
    return [Paragraph(title, s.title), Paragraph(esc(facts), s.subtitle)]


def _weight(data: VisitSummaryData) -> str:
    visit = data.visit
    if visit.weight_kg:
        return num(visit.weight_kg, 1, "kg")
    if data.earlier_weight is not None:
        kg, on = data.earlier_weight
        return _("not recorded at this visit (latest earlier: {weight} on {day})").format(
            weight=num(kg, 1, "kg"), day=day(on)
        )
    return _("not recorded (no weight on or before this visit)")


def _bp(data: VisitSummaryData) -> str:
    v = data.visit
    if v.systolic_bp_mmhg is None and v.diastolic_bp_mmhg is None:
        return _("not recorded")
    systolic = number(v.systolic_bp_mmhg, 0) if v.systolic_bp_mmhg else DASH
    diastolic = number(v.diastolic_bp_mmhg, 0) if v.diastolic_bp_mmhg else DASH
    return isolated(f"{systolic}/{diastolic} mmHg")


def visit_section(data: VisitSummaryData) -> list[Flowable]:
    s = styles()
    v = data.visit
    previous = data.previous
    not_recorded = _("not recorded")
    heart_rate = (
        isolated(f"{number(v.heart_rate_bpm, 0)}/min") if v.heart_rate_bpm else not_recorded
    )
    pairs = [
        (_("Visit date"), day(v.visit_date)),
        (_("Visit type"), esc(v.visit_type.label)),
        (_("Clinician"), esc(v.clinician) or not_recorded),
        (_("Previous visit"), day(previous.visit_date) if previous else _("none (first visit)")),
        (_("Weight"), _weight(data)),
        (_("Height"), num(v.height_cm, 0, "cm") if v.height_cm else not_recorded),
        (_("Blood pressure"), _bp(data)),
        (_("Heart rate"), heart_rate),
        (_("Next visit due"), day(v.next_visit_due_on) if v.next_visit_due_on else _("not set")),
        (_("Sign-off"), esc(sign_off_text(data.request.sign_off))),
    ]
    flowables: list[Flowable] = [*heading(esc(_("Visit")), keep=True),
                                 key_values(pairs, columns=2)]  # fmt: skip
    if data.request.sign_off.invalid:
        flowables.append(_invalid_signature())
    flowables += heading(esc(_("Notes")), 2)
    if v.notes.strip():
        flowables.append(Paragraph(esc(v.notes.strip()), s.body))
    else:
        flowables.append(_missing(_("No notes recorded at this visit.")))
    return flowables


def _joint_counts(tender: int | None, swollen: int | None) -> str:
    if tender is None and swollen is None:
        return _("not recorded")
    return isolated(f"{DASH if tender is None else number(tender, 0)} / "
                    f"{DASH if swollen is None else number(swollen, 0)}")  # fmt: skip


def activity_section(data: VisitSummaryData) -> list[Flowable]:
    v = data.visit
    response = data.assessment.response

    def mm(value: float | None) -> str:
        if value is None:
            return _("not recorded")
        return isolated(f"{figure(value)} mm (0–100)") if _foreign() else f"{value:g} mm (0–100)"

    def out_of_ten(value: int | None) -> str:
        return isolated(f"{DASH if value is None else number(value, 0)}/10")

    pain = _("not recorded") if v.pain_nrs is None else out_of_ten(v.pain_nrs)
    if v.pain_nrs is not None and response.baseline is not None:
        pain = _("{pain} (baseline {day}: {baseline_pain})").format(
            pain=pain, day=day(response.baseline.visit_date),
            baseline_pain=out_of_ten(response.pain_baseline),
        )
    pairs = [
        (_("Pain NRS"), pain),
        (_("Tender / swollen joints (28)"),
         _joint_counts(v.tender_joints_28, v.swollen_joints_28)),
        (_("Patient global"), mm(v.patient_global_mm)),
        (_("Evaluator global"), mm(v.evaluator_global_mm)),
    ]  # fmt: skip
    flowables: list[Flowable] = [
        *heading(esc(_("Pain and disease activity")), keep=True),
        key_values(pairs, columns=2, label_share=0.42),
        Spacer(1, 5),
    ]
    if not data.scores:
        flowables.append(
            _missing(_("No DAS28, CDAI or SDAI at this visit (needs joint counts, the globals "
                       "and ESR or CRP of the visit date)."))
        )
        return flowables
    rows: list[list[Cell]] = [
        [
            para(f"<b>{esc(r.name)}</b>"),
            DASH if r.value is None else num(r.value, 2),
            esc(r.category or DASH),
            esc(r.how) + (f"<br/><i>{esc(r.note)}</i>" if r.note else ""),
        ]
        for r in data.scores
    ]
    flowables.append(
        data_table((_("Score"), _("Value"), _("Category"), _("Components and source")), rows,
                   (0.13, 0.08, 0.11, 0.68), right=(1,))
    )
    return flowables


def rom_section(data: VisitSummaryData) -> list[Flowable]:
    s = styles()
    response = data.assessment.response
    flowables: list[Flowable] = [
        *heading(esc(_("Range of motion")), keep=len(response.rom) <= SHORT_ROWS)
    ]
    changes = response.rom
    if not changes:
        flowables.append(_missing(_("No range of motion recorded at this visit.")))
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
            share = _percent(r.current_deg / r.normal_deg * 100)
        change = DASH if r.change_deg is None else _change_deg(r.change_deg)
        not_measured = _("not measured")
        rows.append([
            esc(f"{r.joint.capitalize()} {r.movement.replace('_', ' ')}"),
            esc(r.side.label),
            not_measured if r.current_deg is None else _degrees(r.current_deg),
            DASH if r.normal_deg is None else _degrees(r.normal_deg),
            share,
            not_measured if r.baseline_deg is None else _degrees(r.baseline_deg),
            change,
            esc(_(", ").join(r.near_lesions)) or DASH,
            esc(reference.source if reference else _("no reference")),
        ])  # fmt: skip
    base = (_("Baseline\n{day}").format(day=day(baseline.visit_date)) if baseline is not None
            else _("Baseline"))  # fmt: skip
    flowables.append(
        data_table(
            (_("Movement"), _("Side"), _("Now"), _("Normal"), _("%\u00a0of\nnormal"), base,
             _("Change\nfrom\nbaseline"), _("Lesions nearby"), _("Normal reference")),
            rows, (0.14, 0.06, 0.07, 0.075, 0.075, 0.115, 0.09, 0.165, 0.21), right=(2, 3, 4, 5, 6),
        )
    )
    if baseline is None:
        flowables.append(
            Paragraph(esc(_("No baseline visit to compare with: {why}").format(why=_why(data))),
                      s.note)
        )
    return flowables


def _why(data: VisitSummaryData) -> str:
    missing = data.assessment.response.missing
    return missing[0] if missing else _("none chosen.")


def _foreign() -> bool:
    """The summary is written in another language than English (whose numbers stay as they
    always were printed)."""
    return current_language() is not Language.ENGLISH


def _degrees(value: float) -> str:
    return isolated(f"{figure(value)}°") if _foreign() else f"{figure(value)}°"


def _percent(value: float) -> str:
    if not _foreign():
        return f"{value:.0f} %"
    return isolated(f"{number(value, 0)}\u00a0%")


def _change_deg(value: float) -> str:
    if not _foreign():
        return minus(f"{value:+.0f}°")
    sign = "+" if round(value) >= 0 else "-"
    return isolated(minus(f"{sign}{number(abs(value), 0)}°"))
