"""The panels' keys (legends) in the right-hand gutter, drawn as plain texts and line samples.

A matplotlib ``Legend`` lays out a tree of offset boxes and copies every handle on each draw; a
dashboard with six of them spent a third of its time there. A key here is one text and one
sample line per entry, placed at fixed distances in inches from the axes' top-right corner, so
it follows resizes and costs what its texts cost.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import cast

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.transforms import Affine2DBase, ScaledTranslation, Transform

from calcitrack.reports.charts.chart_style import (
    INK,
    LEGEND_OFFSET_IN,
    LEGEND_PT,
    root_figure_of,
    text_width_pt,
)
from calcitrack.reports.charts.chart_text import shown

ROW_PT = LEGEND_PT * 1.42
"""Height of one key line, in points."""
SAMPLE_IN = 0.26
GAP_IN = 0.06
COLUMN_GAP_IN = 0.14
KEY_TEXT_IN = LEGEND_OFFSET_IN + SAMPLE_IN + GAP_IN
"""Where the key's texts start, right of the axes (for notes aligned with them)."""
KEY_GID = "key"
_STYLE = (
    "color",
    "linestyle",
    "linewidth",
    "marker",
    "markersize",
    "markerfacecolor",
    "markeredgecolor",
    "markeredgewidth",
    "alpha",
    "dash_capstyle",
)


def corner(ax: Axes, top: float = 1.0) -> Transform:
    """Inches from the axes' right edge at height ``top`` (axes fraction)."""
    # transAxes is a BboxTransformTo, an affine transform; the stub only says Transform
    axes_box = cast(Affine2DBase, ax.transAxes)
    return root_figure_of(ax).dpi_scale_trans + ScaledTranslation(1.0, top, axes_box)


def rows_height_in(labels: Sequence[str], ncols: int = 1) -> float:
    lines = [label.count("\n") + 1 for label in labels]
    per_column = math.ceil(len(lines) / max(ncols, 1))
    return (
        max((sum(lines[i : i + per_column]) for i in range(0, len(lines), per_column)), default=0)
        * ROW_PT
        / 72
    )


def outside_legend(
    ax: Axes, handles: Sequence[Artist], labels: Sequence[str], *, ncols: int = 1, top: float = 1.0
) -> list[Text]:
    """A key for ``handles`` in the gutter right of ``ax``, its top at ``top`` (axes fraction);
    returns its texts (gid "key")."""
    if not handles:
        return []
    transform = corner(ax, top)
    per_column = math.ceil(len(handles) / max(ncols, 1))
    texts = []
    x = LEGEND_OFFSET_IN
    labels = [shown(label) for label in labels]
    for start in range(0, len(handles), per_column):
        y = 0.0
        widest = 0.0
        for handle, label in zip(
            handles[start : start + per_column], labels[start : start + per_column], strict=True
        ):
            height = (label.count("\n") + 1) * ROW_PT / 72
            middle = y - height / 2
            sample = _sample(handle, x, middle)
            if sample is not None:
                sample.set_transform(transform)
                ax.add_artist(sample)
            texts.append(
                ax.text(
                    x + SAMPLE_IN + GAP_IN,
                    middle,
                    label,
                    transform=transform,
                    fontsize=LEGEND_PT,
                    color=INK,
                    ha="left",
                    va="center",
                    linespacing=1.15,
                    clip_on=False,
                    gid=KEY_GID,
                )
            )
            widest = max(widest, *(text_width_pt(s, LEGEND_PT) for s in label.split("\n")))
            y -= height
        x += SAMPLE_IN + GAP_IN + widest / 72 + COLUMN_GAP_IN
    return texts


def _sample(handle: Artist, x: float, y: float) -> Line2D | None:
    """A short line in the handle's style with its marker in the middle."""
    if not isinstance(handle, Line2D):
        return None
    style = {name: getattr(handle, f"get_{name}")() for name in _STYLE}
    line = Line2D(
        [x, x + SAMPLE_IN / 2, x + SAMPLE_IN],
        [y, y, y],
        markevery=[1],
        clip_on=False,
        gid=f"{KEY_GID}:sample",
        **style,
    )
    line.set_label(handle.get_label())
    return line


def key_labels(ax: Axes) -> list[str]:
    """The labels of the key of ``ax`` (for tests and the PDF's text)."""
    return [t.get_text() for t in ax.texts if t.get_gid() == KEY_GID]
