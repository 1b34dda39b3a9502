"""The response assessment and every flag, worded as the response panel words them (category and
its rule, baseline and how it was chosen, regimen and dose, burden, new and resolved lesions;
each flag with its reason, triggering values and source), the EULAR response of the DAS28 from
the baseline visit to this one (``eular_das28``, where it applies) and the decision-support note."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from calcitrack.domain.flags import Flag, severity_label
from calcitrack.domain.review.assessment import RULES_VERSION
from calcitrack.domain.review.assessment_types import ResponseAssessment, ResponseCategory
from calcitrack.domain.review.imaging_evidence import imaging_readings_text, imaging_row_label
from calcitrack.domain.trajectory.eular_das28 import eular_das28
from calcitrack.domain.visits.visit_completeness import incomplete_text
from calcitrack.i18n.catalogue import _, current_language
from calcitrack.i18n.formats import number
from calcitrack.i18n.languages import Language
from calcitrack.reports.summary.pdf_direction import (
    Paragraph,
    h_align,
    isolated,
    ordered,
    right_to_left,
)
from calcitrack.reports.summary.pdf_fonts import BOLD
from calcitrack.reports.summary.pdf_styles import (
    BOX_FILL,
    CATEGORY_COLOURS,
    FRAME_WIDTH,
    RULE,
    SEVERITY_COLOURS,
    esc,
    hex_of,
    styles,
)
from calcitrack.reports.summary.summary_lesion_section import (
    NONE_MEASURED,
    compared_longest,
    compared_pct,
)
from calcitrack.reports.summary.summary_tables import CELL_FONT, DASH, day, heading, key_values, num
from calcitrack.reports.summary.visit_summary_data import VisitSummaryData

NOT_ASSESSABLE_PREFIX = "Not assessable: "


def _names(labels: tuple[str, ...]) -> str:
    return esc(_(", ").join(labels)) if labels else esc(_("none"))


def _badge_and_rule(a: ResponseAssessment) -> Table:
    s = styles()
    colour = CATEGORY_COLOURS[a.category]
    badge_style = s.cell_head.clone("badge", textColor=colors.white, fontName=BOLD, fontSize=9,
                                    leading=11, alignment=1)  # fmt: skip
    badge = Paragraph(esc(a.category.label.upper()), badge_style)
    rule = a.rule
    if a.category is ResponseCategory.NOT_ASSESSABLE and a.reason:  # in the assessment's language
        label = esc(_("Response not assessable:"))
        text = f"<b>{label}</b> " + esc(f"{a.reason}.")
    elif a.category is ResponseCategory.NOT_ASSESSABLE and rule.startswith(NOT_ASSESSABLE_PREFIX):
        label = esc(_("Response not assessable:"))
        text = f"<b>{label}</b> " + esc(rule[len(NOT_ASSESSABLE_PREFIX):])
    else:
        text = esc(rule)
    row = ordered([badge, Paragraph(text, s.body)])
    b, t = (1, 0) if right_to_left() else (0, 1)  # the badge's column, the text's
    table = Table([row], colWidths=ordered([96, FRAME_WIDTH - 96]), hAlign=h_align())
    table.setStyle(TableStyle([
        CELL_FONT,
        ("BACKGROUND", (b, 0), (b, 0), colour),
        ("VALIGN", (b, 0), (b, 0), "MIDDLE"), ("VALIGN", (t, 0), (t, 0), "TOP"),
        ("RIGHTPADDING" if right_to_left() else "LEFTPADDING", (t, 0), (t, 0), 8),
        ("BOX", (0, 0), (-1, -1), 0.6, colour),
    ]))  # fmt: skip
    return table


def _burden(a: ResponseAssessment) -> str:
    """The burden at baseline and now; a partial total said so, none measured said so."""
    text = _("{before} → {after}").format(
        before=num(a.burden_baseline_mm2, unit="mm²"), after=num(a.burden_current_mm2, unit="mm²")
    )
    if not a.unmeasured:
        return text
    partial = _("partial") if a.burden_current_mm2 is not None else _(NONE_MEASURED)
    return _("{burden} ({partial}: {unmeasured})").format(
        burden=text, partial=partial, unmeasured=esc(incomplete_text(a.unmeasured))
    )


def _facts(a: ResponseAssessment) -> Table:
    regimen = a.regimen
    months = regimen.months_on(a.assessed_on)
    baseline = day(a.baseline.visit_date) if a.baseline else esc(_("none"))
    if a.baseline_rule:
        baseline += f" <font color='#5A5A5A'>({esc(a.baseline_rule)})</font>"
    pairs: list[tuple[str, str]] = [
        (_("Baseline visit"), baseline),
        (_("Regimen"),
         esc(regimen.description or _(", ").join(regimen.drugs) or _("none recorded"))),
        (_("Time on regimen"), DASH if months is None else _months(months)),
    ]
    dose = a.diltiazem
    if dose is not None:
        per_kg = DASH if dose.mg_per_kg_per_day is None else num(dose.mg_per_kg_per_day, 2)
        pairs.append((_("{drug} dose").format(drug=dose.drug_name),
                      f"{num(dose.mg_per_day, unit='mg/day')} · {isolated(per_kg + ' mg/kg/day')} "
                      f"<font color='#5A5A5A'>({esc(dose.note)})</font>"))  # fmt: skip
    pairs += [
        (_("Burden (ellipse area)"), _burden(a)),
        (imaging_row_label(), esc(imaging_readings_text(a))),
        (_("Change from baseline"),
         compared_pct(a.change_from_baseline_pct, a.baseline_comparison)),
        (_("Change from previous visit"),
         compared_pct(a.change_from_previous_pct, a.previous_comparison)),
        (_("Sum of longest diameters"), compared_longest(a)),
        (_("New lesions since baseline"), _names(a.new_lesions)),
        (_("Resolved or excised"), _names(a.resolved_lesions)),
        (_("Ulcerated now"), _names(a.ulcerated_lesions)),
        (_("New ulceration"), _names(a.new_ulceration)),
        (_("Pain NRS, baseline → now"),
         _("{before} → {after}").format(
             before=DASH if a.pain_baseline is None else number(a.pain_baseline, 0),
             after=DASH if a.pain_current is None else number(a.pain_current, 0))),
    ]  # fmt: skip
    return key_values(pairs, columns=2, label_share=0.43)


def flag_block(flag: Flag) -> KeepTogether:
    s = styles()
    colour = hex_of(SEVERITY_COLOURS[flag.severity])
    parts: list[Flowable] = [
        Paragraph(f"<font color='{colour}'>{esc(severity_label(flag.severity).upper())}</font> · "
                  f"{esc(flag.title)}", s.flag_title),
        Paragraph(esc(flag.reason), s.body),
    ]
    parts += [Paragraph(esc(t), s.bullet, bulletText="•") for t in flag.triggers]
    parts.append(Paragraph(esc(_("Source: {source}").format(source=flag.source)), s.small))
    return KeepTogether(parts)


def decision_support(settings_version: int) -> Table:
    s = styles()
    # the flags' decision-support note, after "Decision support." named once, in bold
    note = _("Not a diagnosis or an order: check it against the full record before acting. "
             "Not validated for calcinosis of every cause.")
    versions = _("Rules version {rules}; clinic settings version {settings}.").format(
        rules=isolated(str(RULES_VERSION)), settings=number(settings_version, 0)
    )
    named = esc(_("Decision support."))
    text = (
        f"<b>{named}</b> {esc(note)} "
        f"<font color='#5A5A5A'>{esc(versions)}</font>"
    )
    box = Table([[Paragraph(text, s.body)]], colWidths=[FRAME_WIDTH], hAlign=h_align())
    box.setStyle(TableStyle([
        CELL_FONT,
        ("BACKGROUND", (0, 0), (-1, -1), BOX_FILL), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))  # fmt: skip
    return box


def _months(months: float) -> str:
    if current_language() is Language.ENGLISH:
        return f"{months:.1f} months"
    return _("{months} months").format(months=number(months, 1))


EULAR_COLOURS = {"good": "#1B7837", "moderate": "#B35806", "none": "#4D4D4D"}
"""The response panel's colours; "not assessable" is amber (#7F6000)."""


def eular_section(data: VisitSummaryData) -> list[Flowable]:
    """The EULAR response lines, each naming the baseline visit, DAS28 and variant used (or why
    it is not assessable); nothing for a patient they do not apply to."""
    response = data.assessment.response
    lines = eular_das28(data.chart, response.baseline, response.visit)
    if not lines:
        return []
    s = styles()
    flowables = heading(esc(_("DAS28 (rheumatoid arthritis)")), 2, keep=True)
    for line in lines:
        colour = EULAR_COLOURS.get(line.response or "", "#7F6000")
        flowables.append(Paragraph(
            f"<b>{esc(line.title())}:</b> <font color='{colour}'><b>{esc(line.headline())}</b>"
            f"</font> — {esc(line.detail())}", s.body,
        ))  # fmt: skip
    return flowables


def assessment_section(data: VisitSummaryData) -> list[Flowable]:
    s = styles()
    assessment = data.assessment
    a = assessment.response
    flowables: list[Flowable] = [
        *heading(esc(_("Response assessment")), keep=True),
        _badge_and_rule(a),
        Paragraph("", s.small),
        _facts(a),
    ]
    if a.missing:
        flowables += heading(esc(_("Missing")), 2, keep=True)
        flowables += [Paragraph(esc(m), s.bullet, bulletText="•") for m in a.missing]
    flowables += eular_section(data)
    flags = assessment.flags
    flowables += heading(esc(_("Safety and review flags ({count})").format(
        count=number(len(flags), 0))), keep=True)  # fmt: skip
    if flags:
        flowables += [flag_block(f) for f in flags]
    else:
        flowables.append(Paragraph(esc(_("No safety or review flags.")), s.missing))
    flowables += [Paragraph("", s.small), decision_support(assessment.settings_version)]
    return flowables
