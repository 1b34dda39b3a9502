"""The outcome charts' own lines of text start where the document's lines start: at the left in
English and Portuguese, at the right in Arabic (the title, the line of counts under it, and who
was left out); the time axis still runs left to right, and the Kaplan–Meier legend moves to the
other end of the title's line so that it runs into neither. Measured on the drawn figure."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.reports.charts.outcome_charts import survival_figure, waterfall_figure
from tests.reports.outcomes_support import small_curve, small_report
from tests.support.tmp_catalogue import installed

ARABIC = {
    "Time to first improved assessment": "الوقت حتى أول تقييم بتحسّن",
    "Burden change from baseline, per patient": "تغيّر العبء منذ خط الأساس لكل مريض",
    "95 %\u00a0confidence band": "نطاق الثقة ‎95 %",
    "Kaplan–Meier estimate": "تقدير كابلان-ماير",
    "censored": "مُراقَب",
}
LINES = ("title", "counts", "excluded")


def _drawn(figure: Figure) -> dict[str, Bbox]:
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.canvas.draw()
    return {
        str(t.get_gid()): t.get_window_extent(renderer)
        for ax in figure.axes for t in ax.texts if t.get_gid() in LINES
    }  # fmt: skip


def _figures(language: Language) -> list[tuple[Figure, dict[str, Bbox]]]:
    entries = ARABIC if language is Language.ARABIC else {}
    with installed(language, entries), using(language):
        figures = [survival_figure(small_curve()), waterfall_figure(small_report().waterfall)]
        return [(figure, _drawn(figure)) for figure in figures]


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ARABIC])
def test_the_heading_starts_where_the_documents_lines_start(language: Language) -> None:
    for figure, boxes in _figures(language):
        width = figure.bbox.width
        assert set(boxes) == set(LINES)
        for gid, box in boxes.items():
            assert box.x0 >= 0 and box.x1 <= width, (language, gid)
            if language is Language.ARABIC:  # ends at the right edge, less than 0.1 in off it
                assert width - box.x1 < 0.1 * figure.dpi, (gid, box, width)
                assert box.x0 > 0.1 * figure.dpi, (gid, box)
            else:
                assert box.x0 < 0.1 * figure.dpi, (gid, box)


def test_in_arabic_the_legend_keeps_clear_of_the_heading_and_time_runs_left_to_right() -> None:
    with installed(Language.ARABIC, ARABIC), using(Language.ARABIC):
        figure = survival_figure(small_curve())
        boxes = _drawn(figure)
        ax = figure.axes[0]
        legend = ax.get_legend().get_window_extent(FigureCanvasAgg(figure).get_renderer())
    assert not legend.overlaps(boxes["title"]) and not legend.overlaps(boxes["counts"])
    assert legend.x0 < boxes["title"].x0  # at the other end of the title's line: the left
    assert not ax.xaxis_inverted()
