"""The body map's own texts ("Front", "Back", and the patient's sides), as the lesion map writes
them: translated (gettext) and shaped where need be (``chart_text.shown``)."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.text import Text

from calcitrack.i18n.catalogue import N_, _
from calcitrack.reports.charts.body_map_geometry import BodyMapGeometry, Label
from calcitrack.reports.charts.chart_style import text_width_pt
from calcitrack.reports.charts.chart_text import shown

MAP_TEXTS: dict[tuple[str, str], str] = {
    ("view-label", "Front"): N_("Front"),
    ("view-label", "Back"): N_("Back"),
    # TRANSLATORS: on the body map, written on the side of the drawing that is the patient's right
    # (the viewer's left on the front view, the viewer's right on the back view)
    ("side-label", "R"): N_("Patient's right"),
    # TRANSLATORS: on the body map, written on the side of the drawing that is the patient's left
    ("side-label", "L"): N_("Patient's left"),
}
"""The drawing's texts (role and text in ``body_map.svg``) → what the map writes there. The sides
are named as the patient's, never the viewer's: the drawing is never mirrored, whatever the
language's direction, so the patient's right stays on the viewer's left on the front view."""


# TRANSLATORS: the caption over the body map's key; it is broken into lines at "·" and between
# words where the map is too narrow for it
CAPTION = N_("Change since baseline · marker area ∝ lesion area")
CAPTION_SEPARATOR = " · "


def caption_lines(size_pt: float, width_pt: float) -> list[str]:
    """The map's caption, translated, as the lines it is written on at ``size_pt`` so that none
    is wider than ``width_pt`` (one line where it fits; else broken at "·", then between words;
    a single word wider than the room stays whole); each line shaped where need be."""
    text = _(CAPTION)

    def fits(line: str) -> bool:
        return text_width_pt(shown(line), size_pt) <= width_pt

    if fits(text):
        return [shown(text)]
    lines: list[str] = []
    for part in text.split(CAPTION_SEPARATOR.strip()):
        line = ""
        for word in part.split():
            trial = f"{line} {word}" if line else word
            if line and not fits(trial):
                lines.append(line)
                line = word
            else:
                line = trial
        if line:
            lines.append(line)
    return [shown(line) for line in lines]


def map_text(label: Label, *, two_lines: bool = False) -> str:
    """A text of the drawing as the map writes it: translated (on two lines, broken at the space
    nearest its middle, with ``two_lines``), and shaped where need be."""
    message = MAP_TEXTS.get((label.role, label.text))
    text = _(message) if message else label.text
    return shown(in_two_lines(text) if two_lines else text)


def in_two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle (a text without a space: as it is)."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:middle] + "\n" + text[middle + 1 :]


def fit_side_labels(
    axes: Axes, geometry: BodyMapGeometry, texts: Sequence[tuple[Label, Text]], gap: float
) -> None:
    """A side's name too long for its half of the view (a longer language, a small map) is
    written on two lines. ``gap``: the least room left before the view's midline (map units)."""
    unit = abs(axes.transData.transform((1, 0))[0] - axes.transData.transform((0, 0))[0])
    for label, text in texts:
        if label.role != "side-label":
            continue
        x = float(text.get_position()[0])
        centre = min(geometry.view_centres, key=lambda c: abs(c - x))
        if text.get_window_extent().width > (abs(centre - x) - gap) * unit:
            text.set_text(map_text(label, two_lines=True))
