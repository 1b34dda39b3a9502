"""The labs section: each result as recorded and normalised, its reference range and flag, the
derived values of the day (corrected calcium, Ca × P, eGFR) with their formula and inputs, and
mineral metabolism as the safety flag reads it (``domain.laboratory.mineral_metabolism``: one
rule)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from calcitrack.domain.laboratory.derived_labs import CA_P_PRODUCT, CORRECTED_CALCIUM, EGFR
from calcitrack.domain.laboratory.mineral_metabolism import MineralReading, mineral_hint
from calcitrack.i18n.catalogue import _
from calcitrack.reports.summary.pdf_direction import Paragraph
from calcitrack.reports.summary.pdf_styles import esc, styles
from calcitrack.reports.summary.summary_labs import LabRow, unit_text
from calcitrack.reports.summary.summary_tables import (
    DASH,
    SHORT_ROWS,
    data_table,
    day,
    figure,
    flag_markup,
    heading,
)
from calcitrack.reports.summary.visit_summary_data import VisitSummaryData

DIGITS = {CORRECTED_CALCIUM: 2, CA_P_PRODUCT: 1, EGFR: 0}
"""Decimals printed for each derived value."""


def _row(row: LabRow, show_day: bool) -> list[str]:
    r = row.result
    recorded = figure(r.value, unit_text(r.unit))
    normalised = DASH
    if row.normalised_value is not None:
        normalised = figure(round(row.normalised_value, 3), unit_text(row.normalised_unit))
    name = esc(row.name) + (f"<br/><font size='6.8'>{day(r.collected_on)}</font>"
                            if show_day else "")  # fmt: skip
    reference = esc(row.range_text) or esc(_("no range known"))
    if row.note:
        reference += f"<br/><i>{esc(row.note)}</i>"
    return [name, recorded, normalised, reference, flag_markup(row.flag)]


def _mineral(readings: tuple[MineralReading, ...]) -> list[Flowable]:
    """Mineral metabolism in words, from what the safety flag reads up to the visit."""
    s = styles()
    if not readings:
        return []
    abnormal = [r for r in readings if r.abnormal]
    if abnormal:
        verdict = esc(_("{hint} [R7][R26][R60], raised as a safety flag:")).format(
            hint=f"<b>{esc(mineral_hint())}</b>"
        )
    else:
        verdict = esc(_("Within range, no mineral-metabolism flag:"))
    return [*heading(esc(_("Mineral metabolism")), 2, keep=True),
            Paragraph(verdict, s.body.clone("verdict-keep", keepWithNext=1)),
            *(Paragraph(esc(r.text), s.bullet, bulletText="•") for r in readings)]  # fmt: skip


def lab_section(data: VisitSummaryData) -> list[Flowable]:
    s = styles()
    summary = data.labs
    flowables: list[Flowable] = [
        *heading(esc(_("Laboratory")), keep=len(summary.rows) <= SHORT_ROWS)
    ]
    if not summary.rows:
        flowables.append(
            Paragraph(esc(_("No labs recorded on or before this visit.")), s.missing)
        )
        return flowables
    if not summary.at_visit:
        when = _(", ").join(day(d) for d in summary.collected_on)
        text = _("No labs collected at this visit. The most recent earlier results, collected "
                 "on {days}, are shown for reference.").format(days=when)  # fmt: skip
        flowables.append(Paragraph(esc(text), s.missing.clone("missing-keep", keepWithNext=1)))
    show_day = len(summary.collected_on) > 1
    flowables.append(
        data_table(
            (_("Analyte"), _("As recorded"), _("Normalised"), _("Reference range"), _("Flag")),
            [_row(r, show_day) for r in summary.rows], (0.3, 0.13, 0.13, 0.34, 0.1),
            right=(1, 2),
        )
    )
    for collected_on, derived in summary.derived:
        title = _("Derived values")
        if show_day or not summary.at_visit:
            title = _("Derived values ({day})").format(day=day(collected_on))
        flowables += heading(esc(title), 2, keep=True)
        rows = []
        for d in derived:
            if d.value is None:
                value, detail = esc(_("not computed")), esc(d.note)
            else:
                value = figure(round(d.value, DIGITS.get(d.code, 2)), unit_text(d.unit))
                detail = esc(d.inputs)
                if d.flag_text:
                    detail += f"<br/><b>{esc(d.flag_text)}</b>"
                elif d.note:
                    detail += f"<br/><i>{esc(d.note)}</i>"
            detail += f"<br/><font color='#5A5A5A'>{esc(d.formula)}</font>"
            rows.append([esc(d.name), value, detail, flag_markup(d.flag)])
        flowables.append(
            data_table((_("Derived value"), _("Value"), _("Inputs, formula and source"),
                        _("Flag")), rows,
                       (0.19, 0.17, 0.55, 0.09), right=(1,))
        )
    flowables += _mineral(summary.mineral)
    return flowables
