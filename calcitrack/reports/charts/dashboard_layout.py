"""Where each axes of the dashboard goes: rows stacked top to bottom with margins in inches.

No layout engine runs on draw: every axes gets a locator that reads the figure size and returns
its box from arithmetic cached per size, so a resize in the Qt canvas keeps the margins (legends,
labels) fixed in inches and gives the extra room to the plots.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from matplotlib.artist import Artist
from matplotlib.backend_bases import RendererBase
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from calcitrack.reports.charts.chart_style import root_figure_of

WIDTH_IN = 10.0
TOP_IN = 0.34
"""Room for the legend of the vertical markers."""
BOTTOM_IN = 0.4
"""Room for the date labels under the bottom axes."""
RIGHT_IN = 2.4
"""Twin axis labels and the legends."""
LEFT_MIN_IN = 1.0
TITLE_GAP_IN = 0.27
"""Above each panel: its title."""
SUB_GAP_IN = 0.07
"""Between the small axes of one panel (lab rows)."""
NOTE_IN = 0.2
"""Height of the one-line note of an empty panel."""
DATE_GAP_IN = 0.3
"""Below the bottom data axes when notes of empty panels follow it."""

NOMINAL_IN = {
    "burden": 1.75,
    "depth": 1.05,
    "pain": 0.7,
    "rom": 1.25,
    "das28": 1.3,
    "labs": 0.46,
    "medications": 0.22,
}
"""Plot heights at the default size; "labs" is per lab row and "medications" per drug."""
SCORES_IN = 0.55
"""The CDAI/SDAI secondary under the DAS28 axes."""
TYPICAL_LAB_ROWS = 5
TYPICAL_DRUGS = 5
MEDICATION_EXTRA_IN = 0.16


@dataclass(frozen=True)
class Row:
    panel: str
    height_in: float
    gap_in: float
    flexible: bool = True


def panel_height_in(panel: str, rows: int = 1) -> float:
    if panel == "medications":
        return NOMINAL_IN[panel] * rows + MEDICATION_EXTRA_IN
    return NOMINAL_IN[panel] * rows


def dashboard_size_inches(panels: Sequence[str]) -> tuple[float, float]:
    """Default figure size for these panels with a typical amount of data (5 lab rows, 5
    drugs): the width of a landscape page, the height of the panels and their titles."""
    height = TOP_IN + BOTTOM_IN
    for panel in panels:
        count = {"labs": TYPICAL_LAB_ROWS, "medications": TYPICAL_DRUGS}.get(panel, 1)
        height += TITLE_GAP_IN + panel_height_in(panel, count)
        if panel == "labs":
            height += SUB_GAP_IN * (TYPICAL_LAB_ROWS - 1)
        if panel == "das28":
            height += SUB_GAP_IN + SCORES_IN
    return WIDTH_IN, round(height, 2)


class RowLayout:
    """Boxes (figure fractions) for ``rows``; flexible rows share what the fixed parts leave."""

    def __init__(self, rows: Sequence[Row], left_in: float) -> None:
        self.rows = tuple(rows)
        self.left_in = left_in
        self._key: tuple[float, float] | None = None
        self._boxes: list[tuple[float, float, float, float]] = []

    def boxes(self, width_in: float, height_in: float) -> list[tuple[float, float, float, float]]:
        key = (width_in, height_in)
        if key != self._key:
            self._boxes = self._compute(width_in, height_in)
            self._key = key
        return self._boxes

    def _compute(
        self, width_in: float, height_in: float
    ) -> list[tuple[float, float, float, float]]:
        fixed = TOP_IN + BOTTOM_IN + sum(r.gap_in for r in self.rows)
        fixed += sum(r.height_in for r in self.rows if not r.flexible)
        flexible = sum(r.height_in for r in self.rows if r.flexible) or 1.0
        scale = max(height_in - fixed, 0.1 * flexible) / flexible
        plot_w = max(width_in - self.left_in - RIGHT_IN, 0.5)
        boxes, top = [], height_in - TOP_IN
        for row in self.rows:
            height = row.height_in * scale if row.flexible else row.height_in
            top -= row.gap_in
            bottom = top - height
            boxes.append(
                (self.left_in / width_in, bottom / height_in, plot_w / width_in, height / height_in)
            )
            top = bottom
        return boxes

    def box(self, figure: Figure, index: int) -> tuple[float, float, float, float]:
        width, height = figure.get_size_inches()
        return self.boxes(float(width), float(height))[index]

    def locator(self, index: int) -> Callable[[Artist, RendererBase | None], Bbox]:
        def locate(ax: Artist, renderer: RendererBase | None) -> Bbox:
            return Bbox.from_bounds(*self.box(root_figure_of(ax), index))

        return locate
