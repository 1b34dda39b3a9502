"""The response assessment and the flags as rich text for the response panel.

Pure formatting of ``calcitrack.domain.review.assessment_types`` values: every number carries its
unit, every flag its reason, triggers and source, and the decision-support note is always present.

Written for a narrow panel (about 300 px beside the charts at 1280 × 800): the tables have few
columns, a number never breaks from its unit or across lines (digits grouped with a no-break
space, no-break spaces before units, a word joiner after the slash of a unit so that "mg/day"
stays whole; "a → b" breaks only after the arrow), and
``assessment_html`` puts the flags right after the category and its rule, before the numbers and
the per-lesion table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.flags import Flag, Severity, decision_support_note, severity_label
from calcitrack.domain.review.assessment_types import (
    LesionChange,
    ResponseAssessment,
    ResponseCategory,
)
from calcitrack.domain.review.burden_comparison import BurdenComparison
from calcitrack.domain.review.imaging_evidence import imaging_readings_text, imaging_row_label
from calcitrack.domain.trajectory.eular_das28 import EularDas28
from calcitrack.domain.visits.visit_completeness import incomplete_text
from calcitrack.ui.common.number_text import grouped_number, in_window_digits
from calcitrack.ui.common.window_locale import shown_date

CATEGORY_COLOURS = {
    ResponseCategory.IMPROVED: "#1b7837",
    ResponseCategory.STABLE: "#4d4d4d",
    ResponseCategory.PROGRESSED: "#b2182b",
    ResponseCategory.NOT_ASSESSABLE: "#7f6000",
}
SEVERITY_COLOURS = {
    Severity.CONTRAINDICATION: "#b2182b",
    Severity.WARNING: "#b35806",
    Severity.REVIEW: "#2c5aa0",
}
CHANGE_COLOURS = {  # the lesion map's colours (Okabe–Ito), so text and map agree
    LesionChange.SMALLER: "#0072B2",
    LesionChange.STABLE: "#5F5F5F",
    LesionChange.LARGER: "#D55E00",
    LesionChange.NEW: "#B86E00",
    LesionChange.RESOLVED: "#0072B2",
    LesionChange.NOT_MEASURED: "#5F5F5F",
}
_MUTED = "color:#555"
_INCOMPLETE = "color:#7f6000"
PARTIAL_TOTAL = str(
    QT_TRANSLATE_NOOP("AssessmentHtml", "partial total: the lesions measured at this visit only")
)
NONE_MEASURED = str(QT_TRANSLATE_NOOP("AssessmentHtml", "no lesion measured at this visit"))
"""Why a burden is incomplete, in English (shown translated)."""
_GROUP = "\u00a0"
"""Digit grouping: a no-break space, so "47 658" never breaks across lines (Qt's HTML reader
turns a narrow no-break space into a plain, breakable one)."""


_JOIN = "\u2060"
"""A word joiner after the slash of a unit: Qt breaks a line after a slash ("180 mg/ day")."""
_UNIT_SLASH = re.compile(r"(?<=[^\W\d_]|²)/(?=\w)")


def _tr(text: str) -> str:
    """``text`` (marked where it is written) in the window's language."""
    return QCoreApplication.translate("AssessmentHtml", text)


def _labelled(label: str) -> str:
    """A label before its value ("Baseline:")."""
    return QCoreApplication.translate("AssessmentHtml", "{label}:").format(label=label)


def _listed(items: Iterable[str]) -> str:
    """Recorded names one after the other ("R thigh, L hip")."""
    return QCoreApplication.translate("AssessmentHtml", ", ").join(items)


def _unit(unit: str) -> str:
    """A unit kept on one line: "mg/⁠kg/⁠day" (a word joiner after each slash)."""
    return _UNIT_SLASH.sub("/" + _JOIN, unit)


def _num(value: float | None, unit: str = "", digits: int = 0) -> str:
    """A number with its unit, never broken across lines (no-break spaces, word joiners)."""
    if value is None:
        return "—"
    text = grouped_number(value, digits)
    return f"{text}\u00a0{_unit(unit)}" if unit else text


def _pct(value: float | None) -> str:
    """A change in per cent, signed as the window writes a change ("+5 %", "−17 %"): a true minus
    sign (U+2212) in every language, never the hyphen-minus Python writes nor the locale's own
    negative sign, as the rest of the window writes a negative change; a change that rounds to
    zero is "+0 %"; in the window locale's digits ("−١٧ %")."""
    if value is None:
        return "—"
    whole = f"{abs(value):.0f}"
    sign = "−" if value < 0 and whole != "0" else "+"
    return f"{sign}{in_window_digits(whole)}\u00a0%"


def _deg(value: float | None) -> str:
    return "—" if value is None else in_window_digits(f"{value:.0f}") + "°"


def _span(before: str, after: str) -> str:
    """"before → after", breakable only after the arrow."""
    return f"{before}\u00a0→ {after}"


_DATE_SLASH = re.compile(r"(?<=[\d\u200f])/(?=\u200f?\d)")
"""A slash between the parts of a date ("16‏/01‏/2023", "١٦‏/٠١‏/٢٠٢٣", "16/01/2023")."""


def _whole_dates(text: str) -> str:
    """Every date in ``text`` kept on one line: a word joiner either side of each slash (Qt
    breaks a line after a slash: "16‏/" at the end of one line, "2023‏/01" on the next). The
    Arabic date's own right-to-left marks keep its parts in order."""
    return _DATE_SLASH.sub(f"{_JOIN}/{_JOIN}", text)


def _day(day: date | None) -> str:
    return _whole_dates(shown_date(day)) if day else "—"


def _change(value: float | None, compared: BurdenComparison | None) -> str:
    """A change of burden, and what it was computed on when that is not every lesion."""
    if compared is None or not (basis := compared.basis()):
        return _pct(value)
    if value is None and not compared.comparable:
        basis = QCoreApplication.translate(
            "AssessmentHtml", "no lesion measured at both; {basis}"
        ).format(basis=basis)
    return f"{_pct(value)} <span style='{_INCOMPLETE}'>({escape(basis)})</span>"


def _burden(a: ResponseAssessment) -> str:
    """The burden at baseline and now; a partial total said so, none measured said so."""
    text = f"{_num(a.burden_baseline_mm2, 'mm²')} → {_num(a.burden_current_mm2, 'mm²')}"
    if a.unmeasured:
        why = _tr(PARTIAL_TOTAL if a.burden_current_mm2 is not None else NONE_MEASURED)
        text += f" <span style='{_INCOMPLETE}'>({why})</span>"
    return text


def _longest(a: ResponseAssessment) -> str:
    """The sum of longest diameters at baseline and now, on the lesions the burden's change was
    computed on (``baseline_comparison``) and saying so when that is not every lesion."""
    compared = a.baseline_comparison
    if compared is None or compared.complete:
        return f"{_num(a.sum_longest_baseline_mm, 'mm')} → {_num(a.sum_longest_current_mm, 'mm')}"
    basis = compared.basis()
    if not compared.comparable:
        why = QCoreApplication.translate(
            "AssessmentHtml", "(no lesion measured at both; {basis})"
        ).format(basis=escape(basis))
        return f"— <span style='{_INCOMPLETE}'>{why}</span>"
    why = QCoreApplication.translate(
        "AssessmentHtml", "(only the lesions measured at both: {basis})"
    ).format(basis=escape(basis))
    return (
        f"{_num(compared.longest_before_mm, 'mm')} → {_num(compared.longest_after_mm, 'mm')} "
        f"<span style='{_INCOMPLETE}'>{why}</span>"
    )


def _visit_day(a: ResponseAssessment) -> str:
    text = _day(a.visit.visit_date if a.visit else None)
    if a.unmeasured:
        text += f" <span style='{_INCOMPLETE}'>— {escape(incomplete_text(a.unmeasured))}</span>"
    return text


def _rows(rows: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='{_MUTED};padding-right:10px'>{escape(k)}</td><td>{v}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"


def _months(months: float | None) -> str:
    if months is None:
        return "—"
    return QCoreApplication.translate("AssessmentHtml", "{months} months").format(
        months=in_window_digits(f"{months:.1f}")
    )


_GROUPED = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_BEFORE_UNIT = re.compile(
    r"(?<=\d) (?=(?:mm²|mm|m²|%|°|mg|mL|g/|kg|mmol|µmol|/min|mmHg|months)(?![\w]))"
)


def _text(text: str) -> str:
    """Recorded or rule text, escaped, its numbers and units kept whole ("13 862 mm²", "180
    mg/day" and "60 kg" never break)."""
    return escape(_whole_dates(_unit(_BEFORE_UNIT.sub("\u00a0", _GROUPED.sub(_GROUP, text)))))


def category_badge(category: ResponseCategory) -> str:
    colour = CATEGORY_COLOURS[category]
    return (
        f"<span style='background:{colour};color:white;font-weight:bold;padding:2px 6px'>"
        f"&nbsp;{escape(category.label.upper())}&nbsp;</span>"
    )


def assessment_html(
    a: ResponseAssessment, flags: Sequence[Flag], eular: Sequence[EularDas28] = ()
) -> str:
    """The response panel's text: the category and the rule that decided it, then the flags,
    then the numbers behind the category, the lesions and range of motion, what is missing, the
    EULAR response of the DAS28 (when it applies) and the decision-support note."""
    heading = QCoreApplication.translate("AssessmentHtml", "Safety and review flags")
    return (
        f"{verdict_html(a)}<p style='margin:6px 0 0 0'><b>{heading}</b></p>"
        f"{flags_html(flags)}<hr>{details_html(a)}{eular_html(eular)}{decision_support_html()}"
    )


EULAR_COLOURS = {"good": "#1b7837", "moderate": "#b35806", "none": "#4d4d4d"}


def eular_html(lines: Sequence[EularDas28]) -> str:
    """Each EULAR response line: its title, the response (or "not assessable", amber) and the
    baseline and assessed DAS28 used, or why not; nothing when there is no line."""
    if not lines:
        return ""
    heading = QCoreApplication.translate("AssessmentHtml", "DAS28 (rheumatoid arthritis)")
    parts = [f"<p style='margin:6px 0 0 0'><b>{heading}</b></p>"]
    for line in lines:
        colour = EULAR_COLOURS.get(line.response or "", "#7f6000")
        parts.append(
            f"<p style='margin:2px 0'><b>{_labelled(escape(line.title()))}</b> "
            f"<span style='color:{colour};font-weight:bold'>{escape(line.headline())}</span>"
            f" — {_text(line.detail())}</p>"
        )
    return "".join(parts)


def verdict_html(a: ResponseAssessment) -> str:
    """The category and the rule that decided it."""
    return (
        f"<p style='margin:0'>{category_badge(a.category)}</p>"
        f"<p style='margin:4px 0'>{_text(a.rule)}</p>"
    )


def response_html(a: ResponseAssessment) -> str:
    """The response block: category and rule, baseline, regimen, dose, burden, lesions, pain,
    range of motion."""
    return verdict_html(a) + details_html(a)


def details_html(a: ResponseAssessment) -> str:
    """The numbers behind the category: baseline, regimen, dose, burden, lesions, pain, range of
    motion, and what is missing."""
    parts: list[str] = []
    regimen = a.regimen
    dose = a.diltiazem
    none = QCoreApplication.translate("AssessmentHtml", "none")
    regimen_text = regimen.description or _listed(regimen.drugs) or QCoreApplication.translate(
        "AssessmentHtml", "none recorded"
    )
    baseline = (
        f"{_day(a.baseline.visit_date if a.baseline else None)}"
        f" <span style='{_MUTED}'>({escape(a.baseline_rule)})</span>"
    )
    rows = [
        (QCoreApplication.translate("AssessmentHtml", "Assessed visit"), _visit_day(a)),
        (QCoreApplication.translate("AssessmentHtml", "Baseline visit"), baseline),
        (QCoreApplication.translate("AssessmentHtml", "Regimen"), escape(regimen_text)),
        (QCoreApplication.translate("AssessmentHtml", "Time on regimen"),
         _months(regimen.months_on(a.assessed_on))),
    ]
    if dose is not None:
        per_kg = (_num(dose.mg_per_kg_per_day, "mg/kg/day", 2)
                  if dose.mg_per_kg_per_day is not None else "—")
        dose_row = QCoreApplication.translate("AssessmentHtml", "{drug} dose").format(
            drug=dose.drug_name
        )
        rows.append((dose_row,
                     f"{_num(dose.mg_per_day, 'mg/day')} · {per_kg}"
                     f" <span style='{_MUTED}'>({escape(dose.note)})</span>"))
    rows += [
        (QCoreApplication.translate("AssessmentHtml", "Burden (ellipse area)"), _burden(a)),
        (imaging_row_label(), _text(imaging_readings_text(a))),
        (QCoreApplication.translate("AssessmentHtml", "Change from baseline"),
         _change(a.change_from_baseline_pct, a.baseline_comparison)),
        (QCoreApplication.translate("AssessmentHtml", "Change from previous visit"),
         _change(a.change_from_previous_pct, a.previous_comparison)),
        (QCoreApplication.translate("AssessmentHtml", "Sum of longest diameters"), _longest(a)),
        (QCoreApplication.translate("AssessmentHtml", "New lesions"),
         escape(_listed(a.new_lesions)) or none),
        (QCoreApplication.translate("AssessmentHtml", "Resolved lesions"),
         escape(_listed(a.resolved_lesions)) or none),
        (QCoreApplication.translate("AssessmentHtml", "Ulcerated now"),
         escape(_listed(a.ulcerated_lesions)) or none),
        (QCoreApplication.translate("AssessmentHtml", "New ulceration"),
         escape(_listed(a.new_ulceration)) or none),
        (QCoreApplication.translate("AssessmentHtml", "Pain NRS"),
         f"{_num(a.pain_baseline)} → {_num(a.pain_current)}"),
    ]
    parts.append(_whole_dates(_rows(rows)))
    if a.lesions:
        parts.append(_lesion_table(a))
    if a.rom:
        parts.append(_rom_table(a))
    if a.missing:
        items = "".join(f"<li>{escape(m)}</li>" for m in a.missing)
        missing = QCoreApplication.translate("AssessmentHtml", "Missing")
        parts.append(
            f"<p style='margin:4px 0 0 0'><b>{missing}</b></p><ul>{_whole_dates(items)}</ul>"
        )
    return "".join(parts)


def _head(*names: str) -> str:
    """Column headings that may wrap at a space (Qt never wraps a ``th``)."""
    return "".join(
        f"<td style='padding-right:8px;font-weight:bold'>{escape(h)}</td>" for h in names
    )


def _lesion_table(a: ResponseAssessment) -> str:
    """Lesion (its site and state below, muted), change, area baseline → now: three columns."""
    body = []
    for le in a.lesions:
        site = BODY_SITES[le.body_site].name if le.body_site in BODY_SITES else le.body_site
        states = _listed(
            name for name, on in (
                (QCoreApplication.translate("AssessmentHtml", "ulcerated"), le.ulcerated),
                (QCoreApplication.translate("AssessmentHtml", "extrusion"), le.extrusion),
                (QCoreApplication.translate("AssessmentHtml", "infected"), le.infected),
            ) if on
        )
        sided = QCoreApplication.translate("AssessmentHtml", "{site} ({side})").format(
            site=site, side=le.laterality.label
        )
        where = QCoreApplication.translate("AssessmentHtml", " · ").join(
            p for p in (sided, states) if p
        )
        colour = CHANGE_COLOURS[le.change]
        change = escape(le.change.value)
        if le.change_pct is not None:
            change += f" {_pct(le.change_pct)}"
        body.append(
            f"<tr><td style='padding-right:8px'>{escape(le.label)}<br>"
            f"<span style='{_MUTED};font-size:small'>{escape(where)}</span></td>"
            f"<td style='color:{colour};padding-right:8px'>{change}</td>"
            f"<td align='right'>"
            f"{_span(_num(le.baseline_area_mm2), _num(le.current_area_mm2))}</td></tr>"
        )
    head = _head(
        QCoreApplication.translate("AssessmentHtml", "Lesion"),
        QCoreApplication.translate("AssessmentHtml", "Change"),
        "mm²",
    )
    heading = QCoreApplication.translate("AssessmentHtml", "Lesions")
    return (
        f"<p style='margin:6px 0 2px 0'><b>{heading}</b></p>"
        f"<table cellspacing='0' cellpadding='1'><tr>{head}</tr>"
        f"{''.join(body)}</table>"
    )


def _rom_table(a: ResponseAssessment) -> str:
    rows = []
    for r in a.rom:
        movement = f"{r.joint} {r.movement.replace('_', ' ')} ({r.side.label})"
        change = "" if r.change_deg is None else f" ({r.change_deg:+.0f}°)"
        rows.append(
            f"<tr><td style='padding-right:8px'>{escape(movement.capitalize())}</td>"
            f"<td style='padding-right:8px'>"
            f"{_span(_deg(r.baseline_deg), _deg(r.current_deg))}{change}</td>"
            f"<td align='right'>{_deg(r.normal_deg)}</td></tr>"
        )
    head = _head(
        QCoreApplication.translate("AssessmentHtml", "Movement"),
        QCoreApplication.translate("AssessmentHtml", "Baseline → now (change)"),
        QCoreApplication.translate("AssessmentHtml", "Normal"),
    )
    heading = QCoreApplication.translate("AssessmentHtml", "Range of motion")
    return (
        f"<p style='margin:6px 0 2px 0'><b>{heading}</b></p>"
        f"<table cellspacing='0' cellpadding='1'><tr>{head}</tr>{''.join(rows)}</table>"
    )


def flag_html(flag: Flag) -> str:
    colour = SEVERITY_COLOURS[flag.severity]
    triggers = "".join(f"<li>{_text(t)}</li>" for t in flag.triggers)
    source = QCoreApplication.translate("AssessmentHtml", "Source: {source}").format(
        source=escape(flag.source)
    )
    return (
        f"<p style='margin:6px 0 0 0'><span style='color:{colour};font-weight:bold'>"
        f"{escape(severity_label(flag.severity).upper())}</span> "
        f"<b>{_whole_dates(escape(flag.title))}</b></p>"
        f"<p style='margin:0'>{_text(flag.reason)}</p>"
        f"<ul style='margin-top:0;margin-bottom:0'>{triggers}</ul>"
        f"<p style='margin:0;{_MUTED}'>{source}</p>"
    )


def flags_html(flags: Sequence[Flag]) -> str:
    if not flags:
        none = QCoreApplication.translate("AssessmentHtml", "No safety or review flags.")
        return f"<p style='{_MUTED}'>{none}</p>"
    return "".join(flag_html(f) for f in flags)


def decision_support_html() -> str:
    return f"<p style='{_MUTED};font-style:italic'>{escape(decision_support_note())}</p>"
