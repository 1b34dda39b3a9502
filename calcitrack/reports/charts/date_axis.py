"""The shared time axis of the dashboard: dates placed by matplotlib's ``AutoDateLocator`` and
written by its ``ConciseDateFormatter`` ("Apr", "Jul", "2026"), as many as the axis has room for.

A fixed ``maxticks`` ran the labels together on a narrow chart: at 1280 × 800 the Overview's plots
are about 150 px wide and read "Oct2026Apr". The locator here measures the axis each time the
ticks are placed (a resize redraws them), allows one date per label's width and a gap, and tries
``AutoDateLocator``'s choices from the most dates down until the dates inside the axis fit.

Every panel shares the one time axis, and matplotlib asks each panel's axis for its dates and
their labels on every draw: thirteen times the same answer on a full dashboard. The locator and
the formatter keep their last answer, keyed by what it depends on (the dates shown and the room;
the dates to write), and give it again instead of working it out anew.

In English the dates are matplotlib's own ("Sep", "2026"). In another language the concise
formatter still chooses what each date shows (year, month, day), and CLDR's patterns (Babel) write
it in that language and its digits ("set.", "سبتمبر", "٢٠٢٦"). Time runs left to right in every
language: the axis is never inverted.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from datetime import date
from typing import Any

from babel.dates import format_skeleton
from matplotlib.axis import Axis
from matplotlib.dates import MONTHLY, AutoDateLocator, ConciseDateFormatter, num2date

from calcitrack.i18n.catalogue import current_digits, current_language
from calcitrack.i18n.digits import with_digits
from calcitrack.i18n.languages import Language
from calcitrack.reports.charts import chart_style as style
from calcitrack.reports.charts.chart_text import pinned, shown

MOST_DATES = 9
"""Never more dates than this, however wide the chart."""
GAP_PT = 9.0
"""The least room between two dates, in points."""
WIDEST_LABEL = "2026"
"""The widest label the concise formatter writes at month or year ticks ("Sep", "2026")."""


class RoomyDateLocator(AutoDateLocator):
    """An ``AutoDateLocator`` that places no more dates than fit the axis' width."""

    def __init__(self, label_pt: float = style.TICK_PT) -> None:
        super().__init__(  # type: ignore[no-untyped-call]  # matplotlib.dates has no hints
            minticks=2, maxticks=MOST_DATES
        )
        # every 12 months (each January) too, so that two years fit a narrow chart; the
        # documented way to add an interval (matplotlib.dates.AutoDateLocator.intervald)
        self.intervald[MONTHLY] = [1, 2, 3, 4, 6, 12]
        self._step_pt = widest_label_pt(label_pt) + GAP_PT
        self._last: tuple[tuple[float, float, int], Any] | None = None
        """The dates last placed, with the view interval and room they were placed for."""
        self.placed = 0
        """How many times the dates were worked out (not given again from ``_last``)."""

    def room(self) -> int:
        """How many dates the axis has room for now (at least 1, at most ``MOST_DATES``)."""
        axis = self.axis
        if not isinstance(axis, Axis) or axis.axes is None:  # None or a formatter's dummy axis
            return MOST_DATES
        axes = axis.axes
        width_pt = axes.bbox.width / style.figure_of(axes).dpi * 72
        return max(1, min(MOST_DATES, int(width_pt // self._step_pt)))

    def __call__(self) -> Any:
        room = self.room()
        low, high = sorted(self.axis.get_view_interval()) if self.axis else (0.0, 0.0)
        key = (float(low), float(high), room)
        if self._last is not None and self._last[0] == key:
            return self._last[1].copy()
        self.placed += 1
        ticks: Any = []
        for most in range(room + 1, 1, -1):  # AutoDateLocator counts the span's ends too
            self.maxticks = dict.fromkeys(self.maxticks, most)
            with warnings.catch_warnings():  # "unable to pick an interval": the next try will
                warnings.simplefilter("ignore", UserWarning)
                ticks = super().__call__()  # type: ignore[no-untyped-call]  # dates.py: untyped
            if sum(1 for t in ticks if low <= t <= high) <= room:
                break
        self._last = (key, ticks)
        return ticks.copy()


class OneOrMoreDateFormatter(ConciseDateFormatter):
    """``ConciseDateFormatter``, which writes a lone date as a time ("00:00"): a lone date is
    written as its month and year ("Jul 2025"), or its year on a 1 January ("2026").
    The labels of the dates last written are given again for the same dates (each panel of the
    shared time axis asks), with the offset text they came with."""

    def __init__(self, locator: AutoDateLocator) -> None:
        super().__init__(locator)  # type: ignore[no-untyped-call]  # dates.py: untyped
        self._last: tuple[tuple[object, ...], list[str], str] | None = None
        self._english = (self.formats, self.zero_formats, self.offset_formats)
        self._language = pinned()
        """The language the chart was built in, which its dates are written in at every draw."""

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        with self._language():
            return self._format_ticks(values)

    def _format_ticks(self, values: Sequence[float]) -> list[str]:
        key = (current_language(), current_digits(), *(float(v) for v in values))
        if self._last is not None and self._last[0] == key:
            # the one thing format_ticks sets besides its labels (read back by get_offset)
            self._offset_string = self._last[2]
            return list(self._last[1])
        english = current_language() is Language.ENGLISH
        self.formats, self.zero_formats, self.offset_formats = (
            self._english if english else _SKELETON_FORMATS
        )
        labels = self._format(values, english)
        offset = self.get_offset()  # type: ignore[no-untyped-call]  # dates.py: untyped
        if not english:
            labels = [written(label) for label in labels]
            offset = self._offset_string = written(offset)
        self._last = (key, labels, offset)
        return list(labels)

    def _format(self, values: Sequence[float], english: bool) -> list[str]:
        if len(values) == 1:
            day = num2date(values[0])  # type: ignore[no-untyped-call]  # dates.py: untyped
            new_year = (day.month, day.day) == (1, 1)
            if english:
                return [f"{day:%Y}" if new_year else f"{day:%b %Y}"]
            return [day.strftime(_coded("y" if new_year else "yMMM"))]
        ticks = super().format_ticks(values)  # type: ignore[no-untyped-call]  # dates.py: untyped
        return list(ticks)


def _coded(skeleton: str) -> str:
    """A strftime format that writes a CLDR skeleton and the date, for :func:`written`."""
    return f"{skeleton}|%Y-%m-%d" if skeleton else ""


_SKELETON_FORMATS = (
    # what ConciseDateFormatter writes at each level (year, month, day, hour, minute, second),
    # as CLDR skeletons: its formats, zero formats and offset formats
    [_coded(s) for s in ("y", "MMM", "d", "d", "d", "d")],
    [_coded(s) for s in ("", "y", "MMM", "MMMd", "MMMd", "MMMd")],
    [_coded(s) for s in ("", "y", "yMMM", "yMMMd", "yMMMd", "yMMMd")],
)


def written(coded: str) -> str:
    """A coded date label (``skeleton|ISO date``) in the current language and digits."""
    if not coded:
        return ""
    skeleton, iso = coded.split("|")
    language = current_language()
    text = format_skeleton(skeleton, date.fromisoformat(iso), locale=language.details.babel_locale)
    return shown(with_digits(text, current_digits() if language is Language.ARABIC else "latn"))


def month_and_year(day: date) -> str:
    """ "Mar 2026" ("mar. de 2026", "مارس ٢٠٢٦"): a month in the current language, not shaped."""
    if current_language() is Language.ENGLISH:
        return f"{day:%b %Y}"
    language = current_language()
    text = format_skeleton("yMMM", day, locale=language.details.babel_locale)
    return with_digits(text, current_digits() if language is Language.ARABIC else "latn")


def widest_label_pt(label_pt: float) -> float:
    """The widest date label the axis writes at month or year ticks, in points: "2026" in
    English, else the widest of the year and the months in the current language."""
    if current_language() is Language.ENGLISH:
        return style.text_width_pt(WIDEST_LABEL, label_pt)
    labels = [written(f"y|{date(2026, 1, 1).isoformat()}")]
    labels += [written(f"MMM|{date(2026, month, 1).isoformat()}") for month in range(1, 13)]
    return max(style.text_width_pt(label, label_pt) for label in labels)


def date_axis(axis: Axis) -> None:
    """Put the roomy locator and the concise formatter on ``axis`` (an ``XAxis``)."""
    locator = RoomyDateLocator()
    axis.set_major_locator(locator)
    concise = OneOrMoreDateFormatter(locator)
    axis.set_major_formatter(concise)
