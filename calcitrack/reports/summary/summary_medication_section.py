"""The medications section: what was taken on the visit date (dose, frequency, route, since when,
mg/day and mg/kg/day where relevant, and why) and the changes made at this visit."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.medications.drugs import drug_label
from calcitrack.i18n.catalogue import N_, _
from calcitrack.reports.summary.pdf_direction import Paragraph
from calcitrack.reports.summary.pdf_styles import esc, styles
from calcitrack.reports.summary.summary_medications import MedicationChange, MedicationRow
from calcitrack.reports.summary.summary_tables import (
    DASH,
    SHORT_ROWS,
    data_table,
    day,
    figure,
    heading,
    num,
)
from calcitrack.reports.summary.visit_summary_data import VisitSummaryData

VERBS = {
    "start": N_("Started"),
    "stop": N_("Stopped"),
    "increase": N_("Dose increased"),
    "decrease": N_("Dose reduced"),
    "change": N_("Changed"),
}


def dose_text(period: MedicationPeriod) -> str:
    """ "60 mg twice daily"."""
    return _("{dose} {unit} {frequency}").format(
        dose=figure(period.dose), unit=period.dose_unit.label, frequency=period.frequency.label
    )


def _per_kg(row: MedicationRow) -> str:
    reading = row.reading
    if reading is None:
        return DASH
    per_kg = reading.mg_per_kg_per_day
    if per_kg is None:
        return esc(_("no weight"))
    return num(per_kg, 2 if per_kg >= 0.1 else 3)


def _row(row: MedicationRow) -> list[str]:
    p = row.period
    since = day(row.course_start)
    if p.start_on != row.course_start:
        this_dose = esc(_("this dose {day}")).format(day=day(p.start_on))
        since += f"<br/><font size='6.8'>{this_dose}</font>"
    name = f"<b>{esc(drug_label(p.drug, p.drug_name))}</b>"
    if row.calcinosis_directed:
        directed = esc(_("calcinosis-directed"))
        name += f"<br/><font size='6.8' color='#5A5A5A'>{directed}</font>"
    return [
        name,
        esc(dose_text(p)),
        esc(p.route.label),
        since,
        DASH if row.daily_mg is None else figure(round(row.daily_mg, 2), "mg"),
        _per_kg(row),
        esc(p.start_reason) or DASH,
    ]


def _change_name(change: MedicationChange) -> str:
    """The drug's name in the reader's language (the catalogue's; a typed name as typed)."""
    period = change.after or change.before
    return change.name if period is None else drug_label(period.drug, period.drug_name)


def _change(change: MedicationChange) -> list[str]:
    before = DASH if change.before is None else esc(dose_text(change.before))
    after = DASH if change.after is None else esc(dose_text(change.after))
    return [f"<b>{esc(_change_name(change))}</b>", esc(_(VERBS[change.kind])), before, after,
            esc(change.reason) or esc(_("no reason recorded"))]  # fmt: skip


def medication_section(data: VisitSummaryData) -> list[Flowable]:
    s = styles()
    summary = data.medications
    title = _("Medications on {day}").format(day=day(data.day))
    flowables: list[Flowable] = [*heading(esc(title), keep=len(summary.rows) <= SHORT_ROWS)]
    if summary.rows:
        flowables.append(
            data_table(
                (_("Drug"), _("Dose"), _("Route"), _("Since"), "mg/day", "mg/kg/day",
                 _("Reason started")),
                [_row(r) for r in summary.rows], (0.19, 0.15, 0.08, 0.1, 0.08, 0.1, 0.3),
                right=(4, 5),
            )
        )
        weight = summary.weight
        if weight is not None:
            if weight.weight_kg is not None:
                text = _("mg/kg/day uses {weight}: {note}.").format(
                    weight=num(weight.weight_kg, 1, "kg"), note=weight.note
                )
            else:
                text = _("mg/kg/day not computed: {note}.").format(note=weight.note)
            flowables.append(Paragraph(esc(text), s.note))
    else:
        flowables.append(
            Paragraph(esc(_("No medications recorded as taken on this date.")), s.missing)
        )
    flowables += heading(esc(_("Changes made at this visit")), 2,
                         keep=len(summary.changes) <= SHORT_ROWS)  # fmt: skip
    if summary.changes:
        flowables.append(
            data_table((_("Drug"), _("Change"), _("Before"), _("After"), _("Reason")),
                       [_change(c) for c in summary.changes], (0.16, 0.13, 0.17, 0.17, 0.37))
        )  # fmt: skip
    else:
        flowables.append(Paragraph(
            esc(_("No medication started, stopped or changed at this visit.")), s.missing
        ))  # fmt: skip
    if len(summary.rows) <= SHORT_ROWS and len(summary.changes) <= SHORT_ROWS:
        # The section ends the text, and the charts start on a new page: kept on one page, so
        # that its last lines ("Changes made at this visit" and one line) never stand alone on
        # a page of their own. A longer section splits, its table header repeated.
        kept = [f for f in flowables[1:] if not isinstance(f, CondPageBreak)]  # one page
        return [flowables[0], KeepTogether(kept)]
    return flowables
