"""The summary's closing "Sources" section, on a page of its own: every reference the summary
cites as [R#], with its full citation (``domain.sources``), and none it does not cite.

The cited keys are collected from what the summary prints: the text of every paragraph and table
cell of the story (nested in tables and kept-together groups) and every text of the charts'
figures (labels, legends, reference lines), so a source cited only inside a chart is listed too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from matplotlib.figure import Figure
from matplotlib.text import Text
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table
from reportlab.platypus import Paragraph as AnyParagraph

from calcitrack.domain.sources import cited_sources
from calcitrack.i18n.catalogue import N_, _
from calcitrack.reports.summary.pdf_direction import Paragraph, right_to_left
from calcitrack.reports.summary.pdf_styles import esc, styles
from calcitrack.reports.summary.summary_tables import heading

HEADING = N_("Sources cited in this summary")


def _texts(item: object) -> Iterator[str]:
    """The text of ``item``: a paragraph, a string, or everything inside a table or a group."""
    if isinstance(item, str):
        yield item
    elif isinstance(item, AnyParagraph):  # the summary's right-to-left aware ones and others'
        yield item.text
    elif isinstance(item, Table):
        for row in item._cellvalues:  # type: ignore[attr-defined]  # private, not in the stubs
            for cell in row:
                yield from _texts(cell)
    elif isinstance(item, KeepTogether):
        for inner in item._content:  # type: ignore[attr-defined]  # private, not in the stubs
            yield from _texts(inner)
    elif isinstance(item, (list, tuple)):
        for inner in item:
            yield from _texts(inner)


def printed_texts(story: Iterable[Flowable], figures: Sequence[Figure]) -> list[str]:
    """Every text the story and the figures print (markup included)."""
    texts = [t for flowable in story for t in _texts(flowable)]
    for figure in figures:
        texts += [t.get_text() for t in figure.findobj(Text)]
    return texts


def sources_section(story: Iterable[Flowable], figures: Sequence[Figure]) -> list[Flowable]:
    """The Sources section of everything ``story`` and ``figures`` cite ([] when nothing)."""
    found = cited_sources(printed_texts(story, figures))
    if not found:
        return []
    s = styles()
    entry = s.body.clone("source", firstLineIndent=-30, spaceAfter=2)  # a hanging indent
    if right_to_left():
        entry.rightIndent = 30
    else:
        entry.leftIndent = 30
    return [
        PageBreak(),
        *heading(esc(_(HEADING)), keep=True),
        Paragraph(esc(_("The references this summary cites as [R#], in full.")), s.note),
        *(Paragraph(f"<b>[{source.key}]</b> {esc(source.citation)}", entry) for source in found),
    ]
