"""The body map's caption (over its key) is written whole inside the figure in every language:
the Portuguese one, longer than the English, was centred on one line and ran off both edges of
the narrow map beside the dashboard. Where it does not fit it is broken into lines, and the key
grows so that it stays under the drawing."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.legend import Legend

from calcitrack.i18n import catalogue
from calcitrack.i18n.languages import Language
from calcitrack.reports.charts.lesion_map import draw_lesion_map
from tests.reports.charts.test_lesion_map import ra_lesions
from tests.support.tmp_catalogue import installed

CAPTION = "Change since baseline · marker area ∝ lesion area"
TEXTS = {
    Language.PORTUGUESE: {
        CAPTION: "Alteração desde a consulta inicial · área do marcador ∝ área da lesão",
        "Patient's right": "Direita do doente",
        "Patient's left": "Esquerda do doente",
    },
    Language.ARABIC: {CAPTION: "التغير منذ خط الأساس · مساحة العلامة ∝ مساحة الآفة"},
    Language.ENGLISH: {},
}
SIZES = ((2.7, 3.4), (3.5, 4.0), (2.2, 3.0))
"""Figure sizes in inches: the map beside the dashboard at 1280×800, the base size, narrower."""


def _legend(figure: Figure) -> Legend:
    (legend,) = [a for a in figure.legends if a.get_gid() == "lesion-map-legend"]
    return legend


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", [Language.PORTUGUESE, Language.ARABIC, Language.ENGLISH])
def test_the_caption_is_drawn_inside_the_figure_and_under_the_drawing(
    language: Language, size: tuple[float, float]
) -> None:
    figure = Figure(figsize=size, dpi=100)
    FigureCanvasAgg(figure)
    with installed(language, TEXTS[language]), catalogue.using(language):
        drawing = draw_lesion_map(figure, ra_lesions())
        figure.canvas.draw()
    legend = _legend(figure)
    title = legend.get_title()
    box = title.get_window_extent()
    assert title.get_text().replace("\n", " ").strip()
    assert box.x0 >= 0 and box.x1 <= figure.bbox.width, (language, size, box)
    assert box.y0 >= 0 and box.y1 <= figure.bbox.height, (language, size, box)
    # the key (with its caption) stays below the drawing's room
    room_bottom = drawing.axes.get_position().y0 * figure.bbox.height
    assert legend.get_window_extent().y1 <= room_bottom + 1, (language, size)


def test_the_portuguese_caption_is_broken_into_lines_where_the_map_is_narrow() -> None:
    figure = Figure(figsize=SIZES[0], dpi=100)
    FigureCanvasAgg(figure)
    texts = TEXTS[Language.PORTUGUESE]
    with installed(Language.PORTUGUESE, texts), catalogue.using(Language.PORTUGUESE):
        draw_lesion_map(figure, ra_lesions())
    lines = _legend(figure).get_title().get_text().split("\n")
    assert len(lines) >= 2
    assert " ".join(lines).replace("  ", " ") == TEXTS[Language.PORTUGUESE][CAPTION].replace(
        " · ", " "
    )
