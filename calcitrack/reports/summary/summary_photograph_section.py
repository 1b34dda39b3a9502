"""The lesion photographs of a summary (``report --photos``, the export dialog's choice): per
lesion, its first photograph (baseline) and its latest up to the visit side by side, drawn at one
scale (the same points per image pixel, so neither is blown up against the other), the visit's
date under each, and the camera's capture date when it differs."""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle
from reportlab.platypus import Image as PdfImage

from calcitrack.domain.entities import LesionPhotograph
from calcitrack.domain.photograph_pairs import PhotographPair, photograph_pairs
from calcitrack.i18n.catalogue import _
from calcitrack.reports.summary.pdf_direction import Paragraph, h_align, ordered
from calcitrack.reports.summary.pdf_styles import FRAME_WIDTH, esc, styles
from calcitrack.reports.summary.summary_tables import day, heading
from calcitrack.reports.summary.visit_summary_data import VisitSummaryData

GAP_PT = 12.0
CELL_WIDTH_PT = (FRAME_WIDTH - GAP_PT) / 2
MAX_HEIGHT_PT = 220.0
"""The tallest a photograph is drawn: two lesions fit on a page."""


def photograph_section(data: VisitSummaryData) -> list[Flowable]:
    """The section, or nothing when the summary was not asked to show photographs."""
    if not data.request.photos:
        return []
    s = styles()
    pairs = photograph_pairs(data.request.chart.photographs, data.day)
    # the heading and its note go with the first lesion's pair: never alone at a page's foot
    start, title = heading(esc(_("Lesion photographs")))
    note = Paragraph(
        esc(_("Each lesion's first photograph (baseline) beside its latest up to this visit, "
              "drawn at the same scale; the date under each is its visit's.")),
        s.note,
    )
    flowables: list[Flowable] = [start]
    if not pairs:
        flowables += [title, note,
                      Paragraph(esc(_("No lesion photographed up to this visit.")), s.missing)]
    for i, pair in enumerate(pairs):
        lead = [title, note] if i == 0 else []
        title_of_pair = esc(_("Lesion {label}").format(label=pair.lesion_label))
        flowables.append(KeepTogether([*lead, Paragraph(title_of_pair, s.h2),
                                       _pair_table(pair)]))  # fmt: skip
    return flowables


def common_scale(photos: tuple[LesionPhotograph, ...]) -> float:
    """Points per image pixel that fit every photograph of ``photos`` in its cell."""
    return min(
        min(CELL_WIDTH_PT / p.width_px, MAX_HEIGHT_PT / p.height_px) for p in photos
    )


def _pair_table(pair: PhotographPair) -> Table:
    s = styles()
    photos = pair.photographs
    scale = common_scale(photos)
    pictures: list[Flowable] = []
    captions: list[Flowable] = []
    for index, photo in enumerate(photos):
        if photo.image:
            pictures.append(
                PdfImage(
                    io.BytesIO(photo.image),
                    width=photo.width_px * scale,
                    height=photo.height_px * scale,
                )
            )
        else:
            pictures.append(Paragraph(esc(_("(the image was not read)")), s.missing))
        role = esc(_("Baseline") if index == 0 else _("Current"))
        line = esc(_("{role}: visit of {day}")).format(role=f"<b>{role}</b>",
                                                      day=day(photo.visit_date))  # fmt: skip
        if photo.captured_on is not None and photo.captured_on != photo.visit_date:
            line = esc(_("{line} (taken {day})")).format(line=line, day=day(photo.captured_on))
        if photo.caption:
            line += f"<br/>{esc(photo.caption)}"
        captions.append(Paragraph(line, s.small))
    if pair.current is None:
        pictures.append(Paragraph("", s.small))
        captions.append(
            Paragraph(esc(_("The only visit with a photograph of this lesion up to this visit.")),
                      s.small)
        )
    table = Table(
        [ordered(pictures), ordered(captions)], hAlign=h_align(),
        colWidths=[CELL_WIDTH_PT + GAP_PT / 2, CELL_WIDTH_PT + GAP_PT / 2],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), GAP_PT / 2),
                ("TOPPADDING", (0, 1), (-1, 1), 2),
            ]
        )
    )
    return table
