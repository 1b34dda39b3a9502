"""The lesions section: one row per lesion (site, size, depth, ellipse area, state flags, change
from the previous visit and from baseline), the totals beside the lesion map, new and resolved
or excised lesions named, and the "not validated" note of DOMAIN.md §8.4."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from calcitrack.domain.review.assessment_types import ResponseAssessment
from calcitrack.domain.review.burden_comparison import BurdenComparison
from calcitrack.domain.visits.visit_completeness import incomplete_text
from calcitrack.reports.summary.pdf_charts import ChartSet, lesion_map_figure
from calcitrack.reports.summary.pdf_direction import Paragraph
from calcitrack.reports.summary.pdf_styles import FRAME_WIDTH, esc, styles
from calcitrack.reports.summary.summary_lesions import LesionRow, RowStatus
from calcitrack.reports.summary.summary_tables import (
    CELL_FONT,
    DASH,
    SHORT_ROWS,
    data_table,
    figure,
    heading,
    key_values,
    num,
    pct,
)
from calcitrack.reports.summary.visit_summary_data import VisitSummaryData

UNVALIDATED_NOTE = (
    "Not validated: lesion area is an ellipse estimate (π/4 × longest × width, mm²); area, "
    "burden (the sum of the areas of the lesions measured) and lesion counts are commonly used "
    "but are not validated outcome measures for calcinosis [R7][R9]."
)


def _size(row: LesionRow) -> str:
    m = row.current
    return DASH if m is None else f"{figure(m.longest_mm)} × {figure(m.width_mm)}"


def _status(row: LesionRow) -> str:
    if row.ended_on:
        return f"<b>{row.status.value} {esc(row.ended_on)}</b>"
    parts = []
    if row.new_at_visit:
        parts.append("<b>new at this visit</b>")
    elif row.new_since_baseline:
        parts.append("<b>new since baseline</b>")
    if row.status is RowStatus.NOT_MEASURED:
        parts.append("not measured at this visit")
    if row.states:
        parts.append(", ".join(row.states))
    return "; ".join(parts) or DASH


def _versus(row: LesionRow, which: str, data: VisitSummaryData) -> str:
    before = row.previous if which == "previous" else row.baseline
    change = row.change_previous_pct if which == "previous" else row.change_baseline_pct
    if row.current is None:
        return DASH
    if which == "previous" and data.previous is None:
        return "first visit"
    if which == "baseline" and data.assessment.response.baseline is None:
        return "no baseline"
    if before is None:
        new = row.new_at_visit if which == "previous" else row.new_since_baseline
        return "new" if new else "not measured then"
    return f"{pct(change)}<br/><font size='6.8' color='#5A5A5A'>from {num(before.area_mm2)}</font>"


def _rows(data: VisitSummaryData) -> list[list[str]]:
    out = []
    for row in data.lesions.rows:
        m = row.current
        out.append([
            f"<b>{esc(row.label)}</b>",
            esc(row.site),
            _size(row),
            DASH if m is None or m.depth_mm is None else figure(m.depth_mm),
            DASH if m is None else num(m.area_mm2),
            _status(row),
            _versus(row, "previous", data),
            _versus(row, "baseline", data),
        ])  # fmt: skip
    return out


def _names(labels: tuple[str, ...]) -> str:
    return esc(", ".join(labels)) if labels else "none"


def compared_pct(value: float | None, compared: BurdenComparison | None) -> str:
    """A change of burden, with what it was computed on when that is not every lesion."""
    basis = "" if compared is None else compared.basis("at this visit")
    if not basis:
        return pct(value)
    return f"{pct(value)} <font color='#7F6000'>({esc(basis)})</font>"


NONE_MEASURED = "no lesion measured at this visit"


def compared_longest(a: ResponseAssessment) -> str:
    """The sum of longest diameters at baseline and now, on the lesions the change of burden was
    computed on (``baseline_comparison``), saying so when that is not every lesion."""
    compared = a.baseline_comparison
    if compared is None or compared.complete:
        return (
            f"{num(a.sum_longest_baseline_mm, unit='mm')} → "
            f"{num(a.sum_longest_current_mm, unit='mm')}"
        )
    basis = esc(compared.basis("at this visit"))
    if not compared.comparable:
        return f"{DASH} <font color='#7F6000'>(no lesion measured at both; {basis})</font>"
    return (
        f"{num(compared.longest_before_mm, unit='mm')} → "
        f"{num(compared.longest_after_mm, unit='mm')} "
        f"<font color='#7F6000'>(only the lesions measured at both: {basis})</font>"
    )


def _partial_total(value: float | None, unit: str, unmeasured: bool) -> str:
    """A total of this visit: "880 mm² (partial)", or none at all when nothing was measured."""
    if not unmeasured:
        return num(value, unit=unit)
    if value is None:
        return f"{DASH} ({NONE_MEASURED})"
    return f"{num(value, unit=unit)} (partial)"


def incomplete_note(data: VisitSummaryData) -> str:
    """"Incomplete visit: L3, L4 not measured. …" ("" for a complete visit)."""
    unmeasured = data.assessment.response.unmeasured
    if not unmeasured:
        return ""
    text = incomplete_text(unmeasured).removeprefix("incomplete: ")
    return (
        f"Incomplete visit: {text}. The burden is the total of the lesions measured at this "
        "visit; a change of burden compares only the lesions measured at both visits."
    )


def _totals(data: VisitSummaryData, width: float = FRAME_WIDTH) -> Table:
    lesions = data.lesions
    response = data.assessment.response
    baseline = response.baseline
    previous = data.previous
    unmeasured = response.unmeasured
    measured = str(lesions.measured_count)
    if unmeasured:
        measured += f" — <b>{esc(incomplete_text(unmeasured))}</b>"
    pairs = [
        ("Active lesions", str(lesions.active_count)),
        ("Measured at this visit", measured),
        ("Burden (sum of ellipse areas)",
         _partial_total(lesions.burden_mm2, "mm²", bool(unmeasured))),
        ("Sum of longest diameters",
         _partial_total(lesions.sum_longest_mm, "mm", bool(unmeasured))),
        (f"Change from previous ({previous.visit_date})" if previous else "Change from previous",
         compared_pct(response.change_from_previous_pct, response.previous_comparison)),
        (f"Change from baseline ({baseline.visit_date})" if baseline else "Change from baseline",
         compared_pct(response.change_from_baseline_pct, response.baseline_comparison)
         if baseline else "no baseline"),
        ("New at this visit", _names(lesions.new_at_visit)),
        ("New since baseline", _names(lesions.new_since_baseline) if baseline else DASH),
        ("Resolved or excised", _names(lesions.ended)),
    ]  # fmt: skip
    return key_values(pairs, columns=1, label_share=0.5, width=width)


def lesion_section(data: VisitSummaryData, charts: ChartSet) -> list[Flowable]:
    s = styles()
    flowables: list[Flowable] = [*heading("Lesions", keep=len(data.lesions.rows) <= SHORT_ROWS)]
    if not data.lesions.rows and not data.map_lesions:
        flowables.append(
            Paragraph("No lesions recorded on or before this visit.", s.missing)
        )
        return flowables
    if data.lesions.rows:
        previous, baseline = data.previous, data.assessment.response.baseline
        flowables += [
            data_table(
                ("Lesion", "Site", "Size\nL × W, mm", "Depth,\nmm", "Area*,\nmm²", "State",
                 "vs previous" + (f"\n{previous.visit_date}" if previous else ""),
                 "vs baseline" + (f"\n{baseline.visit_date}" if baseline else "")),
                _rows(data), (0.14, 0.13, 0.11, 0.07, 0.08, 0.17, 0.15, 0.15),
                right=(2, 3, 4, 6, 7),
            ),
        ]
    else:
        flowables.append(Paragraph("No lesion active or measured at this visit.", s.missing))
    if note := incomplete_note(data):
        flowables.append(Paragraph(f"<b>{esc(note)}</b>", s.note))
    flowables.append(Paragraph("* " + esc(UNVALIDATED_NOTE), s.note))
    flowables += heading("Totals and lesion map", 2)
    if data.map_lesions:
        slot = charts.add(lesion_map_figure(data.map_lesions))
        caption = Paragraph(
            "Lesion map: change since the baseline visit; marker area grows with lesion area "
            "(ellipse estimate, not validated).", s.small,
        )  # fmt: skip
        left = FRAME_WIDTH - slot.width - 12
        column = Table([[_totals(data, left)], [caption]], colWidths=[left], hAlign="LEFT")
        column.setStyle(TableStyle([
        CELL_FONT,
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (0, 1), 8),
        ]))  # fmt: skip
        layout = Table([[column, slot]], colWidths=[left + 12, slot.width], hAlign="LEFT")
        layout.setStyle(TableStyle([
        CELL_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("LINEBEFORE", (1, 0), (1, 0), 0.25, colors.HexColor("#C9D1D9")),
        ]))  # fmt: skip
        flowables[-1:] = [KeepTogether([flowables[-1], layout])]
    else:
        flowables.append(_totals(data))
    return flowables

