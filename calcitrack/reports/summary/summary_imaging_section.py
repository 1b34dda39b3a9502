"""The imaging and procedures section: every imaging study and every procedure recorded up to the
visit date (the chart is cut to that day), oldest first.

A study: date, modality, region, the lesions it shows, the report's finding, the reader and the
reader's verdict against the previous comparable study (same region and modality); a study read
as more calcification that counts in this visit's response assessment says so (the window of
``calcitrack.domain.review.imaging_evidence``). A procedure: date, type, region, the lesions
treated, operator, outcome (with its notes) and complications.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from calcitrack.domain.codes import ImagingVerdict, Laterality
from calcitrack.domain.entities import ImagingStudy, Procedure
from calcitrack.domain.review.imaging_evidence import site_text
from calcitrack.i18n.catalogue import N_, _
from calcitrack.reports.summary.pdf_direction import Paragraph
from calcitrack.reports.summary.pdf_styles import esc, styles
from calcitrack.reports.summary.summary_tables import DASH, SHORT_ROWS, data_table, day, heading
from calcitrack.reports.summary.visit_summary_data import VisitSummaryData

MUTED_SMALL = "<font size='6.8' color='#5A5A5A'>{}</font>"
IMAGING_NOTE = N_(
    "Every imaging study recorded up to this visit. The verdict is the reader's comparison with "
    "the previous comparable study (same region and modality); a study read as more "
    "calcification after the baseline and up to this visit makes the response progressed."
)
IMAGING_HEADER = (N_("Date"), N_("Modality"), N_("Region"), N_("Lesions"), N_("Finding"),
                  N_("Reader"), N_("Verdict"))  # fmt: skip
PROCEDURE_HEADER = (N_("Date"), N_("Procedure"), N_("Region"), N_("Lesions treated"),
                    N_("Operator"), N_("Outcome"), N_("Complications"))  # fmt: skip


def _region(body_site: str, laterality: Laterality | None) -> str:
    text = site_text(body_site, laterality)
    return esc(text[:1].upper() + text[1:])


def _or_dash(value: str | None) -> str:
    return esc(value) if value else DASH


def _verdict(study: ImagingStudy, counted: bool) -> str:
    if study.verdict is None:
        return esc(_("not stated"))
    text = esc(study.verdict.label)
    if study.verdict is ImagingVerdict.MORE:
        text = f"<b>{text}</b>"
        if counted:
            text += "<br/>" + MUTED_SMALL.format(esc(_("counts in the response")))
    return text


def _study_row(study: ImagingStudy, counted: bool) -> list[str]:
    return [
        day(study.study_date),
        esc(study.modality.label),
        _region(study.body_site, study.laterality),
        esc(_(", ").join(study.lesion_labels)) or DASH,
        _or_dash(study.findings),
        _or_dash(study.reader),
        _verdict(study, counted),
    ]


def _procedure_row(p: Procedure) -> list[str]:
    outcome = esc(p.outcome.label)
    if p.notes:
        outcome += "<br/>" + MUTED_SMALL.format(esc(p.notes))
    return [
        day(p.procedure_date),
        esc(p.procedure_type.label),
        _region(p.body_site, p.laterality),
        esc(_(", ").join(p.lesion_labels)) or DASH,
        _or_dash(p.operator),
        outcome,
        _or_dash(p.complications),
    ]


def imaging_section(data: VisitSummaryData) -> list[Flowable]:
    """The imaging studies, then the procedures, each a table or a line saying there is none."""
    s = styles()
    studies = sorted(data.chart.imaging, key=lambda st: st.study_date)
    procedures = sorted(data.chart.procedures, key=lambda p: p.procedure_date)
    counted = data.assessment.response.imaging_more
    flowables: list[Flowable] = [
        *heading(esc(_("Imaging and procedures up to {day}").format(day=day(data.day))),
                 keep=True),
        *heading(esc(_("Imaging studies")), 2, keep=len(studies) <= SHORT_ROWS),
    ]
    if studies:
        flowables += [
            Paragraph(esc(_(IMAGING_NOTE)), s.note),
            data_table([_(h) for h in IMAGING_HEADER],
                       [_study_row(st, st in counted) for st in studies],
                       (0.1, 0.09, 0.12, 0.12, 0.33, 0.11, 0.13)),
        ]  # fmt: skip
    else:
        flowables.append(
            Paragraph(esc(_("No imaging study recorded up to this visit.")), s.missing)
        )
    flowables += heading(esc(_("Procedures")), 2, keep=len(procedures) <= SHORT_ROWS)
    if procedures:
        flowables.append(
            data_table([_(h) for h in PROCEDURE_HEADER], [_procedure_row(p) for p in procedures],
                       (0.1, 0.15, 0.12, 0.13, 0.11, 0.23, 0.16))
        )  # fmt: skip
    else:
        flowables.append(
            Paragraph(esc(_("No procedure recorded up to this visit.")), s.missing)
        )
    return flowables
