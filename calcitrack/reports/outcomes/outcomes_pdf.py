"""The clinic outcomes PDF: one ``OutcomesReport`` on A4 pages in the visit summary's look.

The story: the disclaimer; the cohort (n, still on, days on the regimen); the response at about
6 and 12 months with the windows stated and each reason a patient could not be assessed; the
waterfall of burden change and its exclusions; both Kaplan–Meier curves with n, events, censored,
median and exclusions; how often each safety or review flag fired on the regimen; the
definitions; then every source the page cites as [R#], in full. The disclaimer is in every
page's footer too. Charts are the window's own builders
(``reports.charts.outcome_charts``), rendered once as vector PDF and stamped into their slots as
the visit summary's are (``pdf_charts.ChartSet``, ``pdf_stamp``).

Pure: a report in, bytes out; no patient name is in the report, and no MRN is printed.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Sequence
from datetime import datetime, timezone

from reportlab.lib.enums import TA_LEFT
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
)

from calcitrack import __version__
from calcitrack.domain.outcomes.definitions import KAPLAN_MEIER, SCIPY, percent
from calcitrack.domain.outcomes.outcomes_types import Excluded, OutcomesReport, SurvivalCurve
from calcitrack.domain.outcomes.outcomes_words import (
    count,
    curve_title,
    disclaimer,
    shown_definitions,
)
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import _, ngettext
from calcitrack.reports.charts.figure_lock import FIGURE_LOCK
from calcitrack.reports.charts.outcome_charts import (
    KM_SIZE_IN,
    WATERFALL_SIZE_IN,
    counts_text,
    survival_figure,
    waterfall_figure,
)
from calcitrack.reports.outcomes import outcomes_text as words
from calcitrack.reports.outcomes.outcomes_pdf_page import OutcomesPageInfo, outcomes_canvas
from calcitrack.reports.summary.pdf_charts import ChartSet
from calcitrack.reports.summary.pdf_direction import Paragraph, isolated, right_to_left
from calcitrack.reports.summary.pdf_fonts import REGULAR, register_fonts
from calcitrack.reports.summary.pdf_page import when
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
from calcitrack.reports.summary.summary_sources_section import sources_section
from calcitrack.reports.summary.summary_tables import data_table, heading, key_values

__all__ = ["document_title", "outcomes_pdf"]

log = logging.getLogger(__name__)

ROOM_ABOVE_CHART = 70.0
"""Points a section's heading and note take above its chart: a heading never ends a page alone."""


def document_title(report: OutcomesReport) -> str:
    # TRANSLATORS: the PDF's title: "Clinic outcomes: (regimen)" and the as-of day
    return _("{title} — {day}").format(
        title=words.title(report), day=formats.sentence_day(report.query.as_of)
    )


def _chart_size(size_in: tuple[float, float]) -> tuple[float, float]:
    """A chart as wide as the text frame, its height scaled with it."""
    width, height = size_in
    return FRAME_WIDTH / 72, height * FRAME_WIDTH / 72 / width


def _cells(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """Text as cell markup: escaped, a leading indent kept (a reason under its total)."""
    return [
        [("&nbsp;" * 4 + esc(c.lstrip())) if c.startswith(" ") else esc(c) for c in row]
        for row in rows
    ]


def _exclusions(excluded: Sequence[Excluded]) -> list[Flowable]:
    s = styles()
    if not excluded:
        return [Paragraph(esc(_("Excluded: none.")), s.note)]
    left_out = ngettext("Excluded: {count} patient.", "Excluded: {count} patients.", len(excluded))
    return [
        Paragraph(esc(left_out.format(count=count(len(excluded)))), s.note),
        data_table((_("Why excluded"), _("Patients")), _cells(words.exclusion_rows(excluded)),
                   (5, 1), right=(1,)),
    ]  # fmt: skip


def _cohort(report: OutcomesReport) -> list[Flowable]:
    s = styles()
    return [
        *heading(esc(_("Who started the regimen")), keep=True),
        key_values(words.cohort_facts(report), columns=2, boxed=True),
        Paragraph(esc(_(
            "Days on the regimen: to the day one of its drugs stopped, or to the last contact "
            "for those still on it.")), s.note,
        ),
    ]  # fmt: skip


def _windows(report: OutcomesReport) -> list[Flowable]:
    s = styles()
    widths = (2.6, *(2.2 for _ in report.windows))
    return [
        *heading(esc(_("Response at about 6 and 12 months")), keep=True),
        Paragraph(
            esc(
                ngettext(
                    "The response category of the visit nearest the target day (day {first}, "
                    "day {second} from the start) within ±{days} day of it. Shares are of the "
                    "{patients} who started.",
                    "The response category of the visit nearest the target day (day {first}, "
                    "day {second} from the start) within ±{days} days of it. Shares are of the "
                    "{patients} who started.",
                    report.query.window_days,
                ).format(
                    first=count(182), second=count(365), days=count(report.query.window_days),
                    patients=words.patients(report.n),
                )
            ),
            s.note,
        ),
        data_table(words.window_header(report), _cells(words.window_rows(report)), widths,
                   right=tuple(range(1, len(widths)))),
    ]


def _waterfall(report: OutcomesReport, charts: ChartSet) -> list[Flowable]:
    s = styles()
    figure = waterfall_figure(report.waterfall, _chart_size(WATERFALL_SIZE_IN))
    return [
        CondPageBreak(_chart_size(WATERFALL_SIZE_IN)[1] * 72 + ROOM_ABOVE_CHART),
        *heading(esc(_("Burden change from baseline")), keep=True),
        Paragraph(esc(_(
            "Each bar is one patient's calcinosis burden change from the regimen's baseline to "
            "the latest assessed visit on it, in percent (below zero: smaller).")), s.note,
        ),
        charts.add(figure),
        *_exclusions(report.waterfall.excluded),
    ]


def _curve(curve: SurvivalCurve, charts: ChartSet) -> list[Flowable]:
    figure = survival_figure(curve, _chart_size(KM_SIZE_IN))
    counts = _("{counts} · excluded {excluded}").format(
        counts=counts_text(curve), excluded=count(len(curve.excluded))
    )
    *page_break, title = heading(esc(curve_title(curve)), level=2)
    return [
        *page_break,
        # the heading kept with its chart: keepWithNext left it alone at the foot of a page
        # when the text after it (longer in Portuguese) no longer fitted there
        KeepTogether([
            title,
            key_values(words.curve_facts(curve)[5:], columns=1, label_share=0.16),
            Paragraph(esc(counts), styles().body),
            Spacer(0, 2),
            charts.add(figure),
        ]),
        *_exclusions(curve.excluded),
    ]  # fmt: skip


def _curves(report: OutcomesReport, charts: ChartSet) -> list[Flowable]:
    s = styles()
    return [
        CondPageBreak(_chart_size(KM_SIZE_IN)[1] * 72 + 2 * ROOM_ABOVE_CHART),
        *heading(esc(_("Kaplan–Meier curves")), keep=True),
        Paragraph(esc(_(
            "Shaded: the pointwise {level} confidence band. Ticks: patients censored (no event "
            "seen by then). The number at risk is under the time axis.").format(
                level=percent(95))), s.note,
        ),
        *_curve(report.time_to_improved, charts),
        *_curve(report.drug_survival, charts),
    ]


def _flags(report: OutcomesReport) -> list[Flowable]:
    s = styles()
    flowables: list[Flowable] = [
        *heading(esc(_("Safety and review flags while on the regimen")), keep=True),
        Paragraph(
            esc(ngettext(
                "Patients with the flag at one or more visits on the regimen (share of the "
                "{started} who started), and the visits at which it fired, of {visits} visit on "
                "the regimen. The flags are decision support, as on each visit.",
                "Patients with the flag at one or more visits on the regimen (share of the "
                "{started} who started), and the visits at which it fired, of {visits} visits on "
                "the regimen. The flags are decision support, as on each visit.",
                report.visits_on_regimen,
            ).format(started=count(report.n), visits=count(report.visits_on_regimen))),
            s.note,
        ),
    ]  # fmt: skip
    rows = words.flag_rows(report)
    if rows:
        flowables.append(
            data_table(words.flag_header(), _cells(rows), (5, 1.3, 1), right=(1, 2))
        )
    else:
        flowables.append(
            Paragraph(esc(_("No safety or review flag fired on the regimen.")), s.missing)
        )
    return flowables


CITED = (KAPLAN_MEIER, SCIPY)
"""The references the definitions cite in full (English, left to right)."""


def _definition(text: str) -> list[Flowable]:
    """One definition as a bullet. Right to left, a reference it cites in full (a long English
    text) is numbered in it and printed after it in a left-to-right paragraph of its own: a
    left-to-right run wrapped over several right-to-left lines comes out of order."""
    s = styles()
    cited = [c for c in CITED if c in text]
    if not right_to_left():
        return [Paragraph(esc(text), s.bullet, bulletText="•")]
    # a source marker ("[R2]") kept whole: its brackets would otherwise be mirrored apart
    text = re.sub(r"\[R\d+\]", lambda marker: isolated(marker.group()), text)
    if not cited:
        return [Paragraph(esc(text), s.bullet, bulletText="•")]
    for number, citation in enumerate(cited, start=1):
        text = text.replace(citation, isolated(f"[{number}]"))
    references = s.bullet.clone("reference-ltr", wordWrap=None, alignment=TA_LEFT,
                                leftIndent=s.bullet.leftIndent, rightIndent=0)  # fmt: skip
    return [
        Paragraph(esc(text), s.bullet, bulletText="•"),
        *(Paragraph(esc(f"[{n}] {c}"), references) for n, c in enumerate(cited, start=1)),
    ]


def _definitions(report: OutcomesReport) -> list[Flowable]:
    s = styles()
    return [
        *heading(esc(_("Definitions")), keep=True),
        *(f for d in shown_definitions(report) for f in _definition(d)),
        Spacer(0, 6),
        Paragraph(f"<b>{esc(disclaimer(report))}</b>", s.body),
    ]


def _story(report: OutcomesReport, charts: ChartSet) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        Paragraph(esc(words.title(report)), s.title),
        Paragraph(esc(words.subtitle(report)), s.subtitle),
        Paragraph(f"<b>{esc(disclaimer(report))}</b>", s.body),
        *_cohort(report),
        *_windows(report),
        *_waterfall(report, charts),
        *_curves(report, charts),
        *_flags(report),
        *_definitions(report),
    ]
    # every [R#] the page cites (the response categories' [R2]), in full, as the visit summary
    return [*story, *sources_section(story, charts.figures)]


def _layout(story: list[Flowable], report: OutcomesReport, generated_at: datetime) -> bytes:
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, title=document_title(report),
        author="CalciTrack", invariant=1, initialFontName=REGULAR,
    )  # fmt: skip
    frame = Frame(MARGIN_X, BOTTOM_MARGIN, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="outcomes", frames=[frame])])
    info = OutcomesPageInfo(
        # the regimen on every page
        title=_("CalciTrack · {title}").format(title=words.title(report)),
        covers=words.subtitle(report),
        disclaimer=disclaimer(report),
        generated=_("Generated {moment} · CalciTrack {version}").format(
            moment=when(generated_at), version=__version__
        ),
    )
    doc.build(story, canvasmaker=outcomes_canvas(info))
    return out.getvalue()


def outcomes_pdf(report: OutcomesReport, *, generated_at: datetime | None = None) -> bytes:
    """The PDF of ``report`` (``generated_at``: the moment printed and set as the document's
    dates; now, in UTC, by default)."""
    register_fonts()
    moment = generated_at or datetime.now(timezone.utc)
    charts = ChartSet()
    with FIGURE_LOCK:  # the window may be drawing a chart on another thread
        document = _layout(_story(report, charts), report, moment)
        rendered = charts.render() if charts.figures else None
    info = {
        "/Title": document_title(report),
        "/Author": "CalciTrack",
        "/Subject": _("Clinic outcomes (observational summary, not evidence of efficacy)"),
        "/Creator": f"CalciTrack {__version__}",
        "/Producer": "CalciTrack (ReportLab, pypdf, Matplotlib)",
    }
    pdf = stamp_charts(document, rendered, charts.placements, info, moment)
    log.info("Clinic outcomes PDF built: %d patients, %d bytes", report.n, len(pdf))
    return pdf
