"""The PDF visit summary: one visit of one patient, as it stood on the visit date, on A4 pages
with the clinic's header, "Page x of y" and the sign-off in the footer, the tables of the visit,
the response assessment with every flag, and the same charts as the screen, as vector graphics.

Pure and database-free: a :class:`VisitSummaryRequest` in, PDF bytes out (so a batch can build
summaries in worker processes). The steps:

1. ``visit_summary_data.gather``: the chart cut to the visit date, one assessment, one
   trajectories result, the rows of every section;
2. the platypus story (``summary_*_section``), with a fixed-size slot per chart;
3. ``doc.build`` with the page canvas of ``pdf_page``;
4. the figures rendered once into one PDF (``pdf_charts``) and stamped into their slots
   (``pdf_stamp``), which also sets the document information from the request.

The story ends with the sources the summary cites (``summary_sources_section``).

Only the visit date and the page count are logged: never the patient's name.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from pathlib import Path

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
)

from calcitrack.domain.trajectory.trajectory_types import Trajectories
from calcitrack.domain.visit_summary_request import VisitSummaryRequest
from calcitrack.i18n.catalogue import N_, _, current_language
from calcitrack.private_files import write_private
from calcitrack.reports.charts.figure_lock import FIGURE_LOCK
from calcitrack.reports.summary.pdf_charts import ChartSet, dashboard_figures
from calcitrack.reports.summary.pdf_direction import Paragraph
from calcitrack.reports.summary.pdf_fonts import REGULAR, register_fonts
from calcitrack.reports.summary.pdf_page import PageInfo, canvas_maker
from calcitrack.reports.summary.pdf_stamp import stamp_charts
from calcitrack.reports.summary.pdf_styles import (
    BOTTOM_MARGIN,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TOP_MARGIN,
    esc,
    styles,
)
from calcitrack.reports.summary.rtl_text import require_support
from calcitrack.reports.summary.summary_assessment_section import assessment_section
from calcitrack.reports.summary.summary_imaging_section import imaging_section
from calcitrack.reports.summary.summary_lab_section import lab_section
from calcitrack.reports.summary.summary_lesion_section import UNVALIDATED_NOTE, lesion_section
from calcitrack.reports.summary.summary_medication_section import medication_section
from calcitrack.reports.summary.summary_photograph_section import photograph_section
from calcitrack.reports.summary.summary_sources_section import sources_section
from calcitrack.reports.summary.summary_tables import day as printed_day
from calcitrack.reports.summary.summary_tables import heading
from calcitrack.reports.summary.summary_visit_section import (
    activity_section,
    opening,
    rom_section,
    visit_section,
)
from calcitrack.reports.summary.visit_summary_data import VisitSummaryData, gather

__all__ = ["build_visit_summary", "document_title", "write_visit_summary"]

log = logging.getLogger(__name__)

CHART_HEADING_PT = 64.0
"""Room kept above a chart on its page for the section heading and its note."""
SHORT_TITLES = {
    "burden": N_("lesion burden"),
    "depth": N_("depth"),
    "pain": N_("pain"),
    "rom": N_("range of motion"),
    "das28": N_("disease activity"),
    "labs": N_("laboratory"),
    "medications": N_("medications"),
}


def document_title(request: VisitSummaryRequest) -> str:
    """The document's title (its information, not printed): the MRN and the ISO date."""
    return _("Visit summary — {mrn} — {day}").format(
        mrn=request.chart.patient.mrn, day=request.visit_date.isoformat()
    )


def chart_title(panels: list[str]) -> str:
    """ "Lesion burden, depth and pain": the names of the panels of one chart."""
    names = [_(SHORT_TITLES[p]) for p in panels]
    if len(names) == 1:
        title = names[0]
    else:
        title = _("{names} and {last}").format(names=_(", ").join(names[:-1]), last=names[-1])
    return title[:1].upper() + title[1:]


def _chart_section(data: VisitSummaryData, charts: ChartSet) -> list[Flowable]:
    s = styles()
    trajectories: Trajectories = data.trajectories
    figures, skipped = dashboard_figures(
        trajectories, data.day, FRAME_WIDTH / 72, (FRAME_HEIGHT - CHART_HEADING_PT) / 72
    )
    flowables: list[Flowable] = [
        PageBreak(),
        *heading(esc(_("Trajectories up to {day}").format(day=printed_day(data.day)))),
        Paragraph(
            esc(_("The charts of the Overview tab, drawn from the chart as it stood on the visit "
                  "date (nothing recorded later is shown).")) + " " + esc(_(UNVALIDATED_NOTE)),
            s.note,
        ),
    ]  # fmt: skip
    if skipped:
        flowables.append(Paragraph(esc(skipped), s.missing))
    if not figures:
        flowables.append(
            Paragraph(esc(_("Nothing to chart: no measurements, scores, labs or medications "
                            "recorded up to this visit.")), s.missing)
        )
    for panels, figure in figures:
        title = chart_title(list(panels))
        flowables.append(KeepTogether([Paragraph(esc(title), s.h2), charts.add(figure)]))
    return flowables


def _story(data: VisitSummaryData, charts: ChartSet) -> list[Flowable]:
    story = [
        *opening(data),
        *visit_section(data),
        *assessment_section(data),
        *lesion_section(data, charts),
        *photograph_section(data),
        *imaging_section(data),
        *activity_section(data),
        *rom_section(data),
        *lab_section(data),
        *medication_section(data),
        *_chart_section(data, charts),
    ]
    return [*story, *sources_section(story, charts.figures)]


def _page_info(data: VisitSummaryData) -> PageInfo:
    request = data.request
    patient = data.chart.patient
    return PageInfo(
        clinic_name=request.clinic.shown_name,  # the unset default in the PDF's language
        logo=request.clinic.logo,
        patient_name=f"{patient.family_name.upper()}, {patient.given_name}",
        mrn=patient.mrn,
        date_of_birth=patient.date_of_birth,
        age_years=patient.age_on(data.day),
        visit_date=data.day,
        generated_at=request.generated_at,
        app_version=request.app_version,
        sign_off=request.sign_off,
        chain_anchor=request.chain_anchor.short() if request.chain_anchor else "",
    )


def _layout(story: list[Flowable], data: VisitSummaryData) -> bytes:
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, title=document_title(data.request),
        author="CalciTrack", invariant=1, initialFontName=REGULAR,
    )  # fmt: skip
    frame = Frame(MARGIN_X, BOTTOM_MARGIN, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="summary", frames=[frame])])
    doc.build(story, canvasmaker=canvas_maker(_page_info(data)))
    return out.getvalue()


def build_visit_summary(request: VisitSummaryRequest) -> bytes:
    """The PDF summary of the visit on ``request.visit_date``.

    Raises LookupError (naming the MRN and the date) when the chart has no visit on that date.
    """
    register_fonts()
    if current_language().right_to_left:
        require_support()
    data = gather(request)
    charts = ChartSet()
    with FIGURE_LOCK:  # the story draws the figures; the window may be drawing on another thread
        document = _layout(_story(data, charts), data)
        rendered = charts.render() if charts.figures else None
    info = {
        "/Title": document_title(request),
        "/Author": "CalciTrack",
        "/Subject": _("Calcinosis cutis visit summary (decision support)"),
        "/Creator": f"CalciTrack {request.app_version}",
        "/Producer": "CalciTrack (ReportLab, pypdf, Matplotlib)",
    }
    if request.chain_anchor is not None:  # the whole anchor, for audit verify --anchor
        info["/CalciTrackAuditAnchor"] = request.chain_anchor.text()
    pdf = stamp_charts(document, rendered, charts.placements, info, request.generated_at)
    log.info("Visit summary of the visit of %s built: %d bytes", data.day.isoformat(), len(pdf))
    return pdf


def write_visit_summary(request: VisitSummaryRequest, path: Path) -> None:
    """Build the summary and write it to ``path`` privately (0600) and atomically: a temporary
    file in the same folder, flushed to disk, then renamed over ``path``; on any failure no file
    is left."""
    pdf = build_visit_summary(request)
    path = Path(path)
    write_private(path, pdf)
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (POSIX); best effort."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
