"""The lesions section: one row per lesion (site, size, depth, ellipse area, state flags, change
from the previous visit and from baseline), the totals beside the lesion map, new and resolved
or excised lesions named, and the "not validated" note of DOMAIN.md §8.4."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from calcitrack.domain.review.assessment_types import ResponseAssessment
from calcitrack.domain.review.burden_comparison import BurdenComparison
from calcitrack.domain.visits.visit_completeness import incomplete_text, not_measured_text
from calcitrack.i18n.catalogue import N_, _
from calcitrack.i18n.formats import number
from calcitrack.reports.summary.pdf_charts import ChartSet, lesion_map_figure
from calcitrack.reports.summary.pdf_direction import (
    Paragraph,
    h_align,
    isolated,
    ordered,
    right_to_left,
)
from calcitrack.reports.summary.pdf_styles import FRAME_WIDTH, esc, styles
from calcitrack.reports.summary.summary_lesions import LesionRow, RowStatus
from calcitrack.reports.summary.summary_tables import (
    CELL_FONT,
    DASH,
    SHORT_ROWS,
    data_table,
    day,
    figure,
    heading,
    key_values,
    num,
    pct,
)
from calcitrack.reports.summary.visit_summary_data import VisitSummaryData

UNVALIDATED_NOTE = N_(
    "Not validated: lesion area is an ellipse estimate (π/4 × longest × width, mm²); area, "
    "burden (the sum of the areas of the lesions measured) and lesion counts are commonly used "
    "but are not validated outcome measures for calcinosis [R7][R9]."
)


def _size(row: LesionRow) -> str:
    m = row.current
    return DASH if m is None else isolated(f"{figure(m.longest_mm)} × {figure(m.width_mm)}")


def _status(row: LesionRow) -> str:
    if row.ended_on:
        return f"<b>{row.status.value} {esc(row.ended_on)}</b>"
    parts = []
    if row.new_at_visit:
        parts.append("<b>" + esc(_("new at this visit")) + "</b>")
    elif row.new_since_baseline:
        parts.append("<b>" + esc(_("new since baseline")) + "</b>")
    if row.status is RowStatus.NOT_MEASURED:
        parts.append(esc(_("not measured at this visit")))
    if row.states:
        parts.append(esc(_(", ").join(row.states)))
    return esc(_("; ")).join(parts) or DASH


def _versus(row: LesionRow, which: str, data: VisitSummaryData) -> str:
    before = row.previous if which == "previous" else row.baseline
    change = row.change_previous_pct if which == "previous" else row.change_baseline_pct
    if row.current is None:
        return DASH
    if which == "previous" and data.previous is None:
        return esc(_("first visit"))
    if which == "baseline" and data.assessment.response.baseline is None:
        return esc(_("no baseline"))
    if before is None:
        new = row.new_at_visit if which == "previous" else row.new_since_baseline
        return esc(_("new")) if new else esc(_("not measured then"))
    was = esc(_("from {area}")).format(area=num(before.area_mm2))
    return f"{pct(change)}<br/><font size='6.8' color='#5A5A5A'>{was}</font>"


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
    return esc(_(", ").join(labels)) if labels else esc(_("none"))


def compared_pct(value: float | None, compared: BurdenComparison | None) -> str:
    """A change of burden, with what it was computed on when that is not every lesion."""
    basis = "" if compared is None else compared.basis(_("at this visit"))
    if not basis:
        return pct(value)
    return f"{pct(value)} <font color='#7F6000'>({esc(basis)})</font>"


NONE_MEASURED = N_("no lesion measured at this visit")


def compared_longest(a: ResponseAssessment) -> str:
    """The sum of longest diameters at baseline and now, on the lesions the change of burden was
    computed on (``baseline_comparison``), saying so when that is not every lesion."""
    compared = a.baseline_comparison
    if compared is None or compared.complete:
        return _("{before} → {after}").format(
            before=num(a.sum_longest_baseline_mm, unit="mm"),
            after=num(a.sum_longest_current_mm, unit="mm"),
        )
    basis = esc(compared.basis("at this visit"))
    if not compared.comparable:
        why = esc(_("(no lesion measured at both; {basis})")).format(basis=basis)
        return f"{DASH} <font color='#7F6000'>{why}</font>"
    change = _("{before} → {after}").format(
        before=num(compared.longest_before_mm, unit="mm"),
        after=num(compared.longest_after_mm, unit="mm"),
    )
    why = esc(_("(only the lesions measured at both: {basis})")).format(basis=basis)
    return f"{change} <font color='#7F6000'>{why}</font>"


def _partial_total(value: float | None, unit: str, unmeasured: bool) -> str:
    """A total of this visit: "880 mm² (partial)", or none at all when nothing was measured."""
    if not unmeasured:
        return num(value, unit=unit)
    if value is None:
        return f"{DASH} ({esc(_(NONE_MEASURED))})"
    return esc(_("{total} (partial)")).format(total=num(value, unit=unit))


def incomplete_note(data: VisitSummaryData) -> str:
    """"Incomplete visit: L3, L4 not measured. …" ("" for a complete visit)."""
    unmeasured = data.assessment.response.unmeasured
    if not unmeasured:
        return ""
    text = not_measured_text(unmeasured)
    return _(
        "Incomplete visit: {unmeasured}. The burden is the total of the lesions measured at this "
        "visit; a change of burden compares only the lesions measured at both visits."
    ).format(unmeasured=text)


def _totals(data: VisitSummaryData, width: float = FRAME_WIDTH) -> Table:
    lesions = data.lesions
    response = data.assessment.response
    baseline = response.baseline
    previous = data.previous
    unmeasured = response.unmeasured
    measured = number(lesions.measured_count, 0)
    if unmeasured:
        measured += f" — <b>{esc(incomplete_text(unmeasured))}</b>"
    pairs = [
        (_("Active lesions"), number(lesions.active_count, 0)),
        (_("Measured at this visit"), measured),
        (_("Burden (sum of ellipse areas)"),
         _partial_total(lesions.burden_mm2, "mm²", bool(unmeasured))),
        (_("Sum of longest diameters"),
         _partial_total(lesions.sum_longest_mm, "mm", bool(unmeasured))),
        (_("Change from previous ({day})").format(day=day(previous.visit_date)) if previous
         else _("Change from previous"),
         compared_pct(response.change_from_previous_pct, response.previous_comparison)),
        (_("Change from baseline ({day})").format(day=day(baseline.visit_date)) if baseline
         else _("Change from baseline"),
         compared_pct(response.change_from_baseline_pct, response.baseline_comparison)
         if baseline else esc(_("no baseline"))),
        (_("New at this visit"), _names(lesions.new_at_visit)),
        (_("New since baseline"), _names(lesions.new_since_baseline) if baseline else DASH),
        (_("Resolved or excised"), _names(lesions.ended)),
    ]  # fmt: skip
    return key_values(pairs, columns=1, label_share=0.5, width=width)


def lesion_section(data: VisitSummaryData, charts: ChartSet) -> list[Flowable]:
    s = styles()
    flowables: list[Flowable] = [
        *heading(esc(_("Lesions")), keep=len(data.lesions.rows) <= SHORT_ROWS)
    ]
    if not data.lesions.rows and not data.map_lesions:
        flowables.append(
            Paragraph(esc(_("No lesions recorded on or before this visit.")), s.missing)
        )
        return flowables
    if data.lesions.rows:
        previous, baseline = data.previous, data.assessment.response.baseline
        flowables += [
            data_table(
                (_("Lesion"), _("Site"), _("Size\nL × W, mm"), _("Depth,\nmm"),
                 _("Area*,\nmm²"), _("State"),
                 _("vs previous") + (f"\n{day(previous.visit_date)}" if previous else ""),
                 _("vs baseline") + (f"\n{day(baseline.visit_date)}" if baseline else "")),
                _rows(data), (0.14, 0.13, 0.11, 0.07, 0.08, 0.17, 0.15, 0.15),
                right=(2, 3, 4, 6, 7),
            ),
        ]
    else:
        flowables.append(
            Paragraph(esc(_("No lesion active or measured at this visit.")), s.missing)
        )
    if note := incomplete_note(data):
        flowables.append(Paragraph(f"<b>{esc(note)}</b>", s.note))
    flowables.append(Paragraph("* " + esc(_(UNVALIDATED_NOTE)), s.note))
    flowables += heading(esc(_("Totals and lesion map")), 2)
    if data.map_lesions:
        slot = charts.add(lesion_map_figure(data.map_lesions))
        caption = Paragraph(
            esc(_("Lesion map: change since the baseline visit; marker area grows with lesion "
                  "area (ellipse estimate, not validated).")), s.small,
        )  # fmt: skip
        left = FRAME_WIDTH - slot.width - 12
        column = Table([[_totals(data, left)], [caption]], colWidths=[left], hAlign=h_align())
        column.setStyle(TableStyle([
        CELL_FONT,
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (0, 1), 8),
        ]))  # fmt: skip
        layout = Table([ordered([column, slot])], colWidths=ordered([left + 12, slot.width]),
                       hAlign=h_align())  # fmt: skip
        line = ("LINEAFTER", (0, 0), (0, 0)) if right_to_left() else ("LINEBEFORE", (1, 0), (1, 0))
        layout.setStyle(TableStyle([
        CELL_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            (*line, 0.25, colors.HexColor("#C9D1D9")),
        ]))  # fmt: skip
        flowables[-1:] = [KeepTogether([flowables[-1], layout])]
    else:
        flowables.append(_totals(data))
    return flowables

