"""The outcomes charts draw the report's values: the Kaplan–Meier step is the report's points, the
band its interval, the ticks its censorings, the row under the axis its numbers at risk; the
waterfall's bars are the patients' changes in the report's order; every figure states n and the
exclusions; rendered, no text falls off the figure."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from calcitrack.domain.outcomes.outcomes_types import SurvivalCurve, Waterfall
from calcitrack.reports.charts.outcome_charts import (
    at_risk_at,
    censored_days,
    draw_survival,
    excluded_text,
    survival_figure,
    waterfall_figure,
)
from tests.reports.outcomes_support import SMALL_POINTS, large_report, small_curve, small_report


def _texts(figure: Figure, gid: str) -> list[str]:
    return [t.get_text() for ax in figure.axes for t in ax.texts if t.get_gid() == gid]


def _line(figure: Figure, gid: str) -> Line2D:
    (line,) = [x for x in figure.axes[0].lines if x.get_gid() == gid]
    return line


def test_the_step_is_the_reports_points_drawn_after_each_day() -> None:
    figure = survival_figure(small_curve())
    step = _line(figure, "km:step")
    assert list(step.get_xdata()) == [p.day for p in SMALL_POINTS]
    assert list(step.get_ydata()) == [p.survival for p in SMALL_POINTS]
    assert step.get_drawstyle() == "steps-post"


def test_the_band_spans_each_points_interval() -> None:
    figure = survival_figure(small_curve())
    (band,) = [c for c in figure.axes[0].collections if c.get_gid() == "km:band"]
    assert isinstance(band, PolyCollection)
    vertices = band.get_paths()[0].vertices
    for point in SMALL_POINTS:
        at_day = vertices[np.isclose(vertices[:, 0], point.day)][:, 1]
        assert np.isclose(at_day, point.lower).any() and np.isclose(at_day, point.upper).any()


def test_censoring_ticks_at_the_hand_counted_days() -> None:
    # times 30, 60, 60+, 90, 120+, 150: censored at 60 (tied with an event) and 120
    assert censored_days(SMALL_POINTS) == (60.0, 120.0)
    figure = survival_figure(small_curve())
    ticks = _line(figure, "km:censored")
    assert list(ticks.get_xdata()) == [60.0, 120.0]
    assert list(ticks.get_ydata()) == [2 / 3, 4 / 9]
    assert censored_days(small_report().drug_survival.points) == (420.0, 500.0, 540.0)


def test_the_number_at_risk_under_the_axis() -> None:
    figure = Figure(figsize=(7, 3.3))
    FigureCanvasAgg(figure)
    marks = draw_survival(figure, small_curve())
    assert marks.at_risk, "no at-risk row"
    assert [int(t) for t in _texts(figure, "km:at-risk")] == [n for _, n in marks.at_risk]
    for day, count in marks.at_risk:
        assert count == at_risk_at(SMALL_POINTS, day)
    assert at_risk_at(SMALL_POINTS, 0) == 6
    assert at_risk_at(SMALL_POINTS, 61) == 3
    assert at_risk_at(SMALL_POINTS, 200) == 0


def test_n_events_censored_median_and_exclusions_are_stated() -> None:
    figure = survival_figure(small_curve())
    assert _texts(figure, "counts") == ["n 6 · events 4 · censored 2 · median 90 days"]
    assert _texts(figure, "excluded") == ["Excluded 1: no assessed visit after the start (1)"]
    median = _line(figure, "km:median")
    assert list(median.get_xdata()) == [0, 90.0, 90.0]
    no_median = survival_figure(small_report().drug_survival)
    assert _texts(no_median, "counts") == ["n 7 · events 2 · censored 5 · median not reached"]
    assert _texts(no_median, "excluded") == ["Excluded: none"]
    assert not [x for x in no_median.axes[0].lines if x.get_gid() == "km:median"]


def test_a_curve_without_patients_says_so() -> None:
    curve = SurvivalCurve("Drug survival", "stopped", "last contact", 0, 0, (), None)
    figure = survival_figure(curve)
    assert _texts(figure, "empty") == ["No patients to chart"]
    assert _texts(figure, "counts") == [
        "n 0 · events 0 · censored 0 · median not estimable (no patient)"
    ]


def test_waterfall_bars_are_each_patients_change_in_order() -> None:
    report = small_report()
    figure = waterfall_figure(report.waterfall)
    (bars,) = figure.axes[0].containers
    assert isinstance(bars, BarContainer)
    assert [p.get_height() for p in bars.patches] == [b.change_pct for b in report.waterfall.bars]
    assert [p.get_x() + p.get_width() / 2 for p in bars.patches] == [0, 1, 2, 3, 4]
    zero = _line(figure, "waterfall:zero")
    assert list(zero.get_ydata()) == [0.0, 0.0]
    assert _texts(figure, "counts") == [
        "n 5 · smaller 3 · larger 2 · unchanged 0 (at the latest assessed visit on the regimen)"
    ]
    assert _texts(figure, "excluded") == [
        "Excluded 2: no baseline burden (1); no assessed visit on the regimen (1)"
    ]
    labels = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert not any("T-" in label for label in labels), "an MRN on the axis"


def test_an_empty_waterfall_says_so() -> None:
    figure = waterfall_figure(Waterfall((), ()))
    assert _texts(figure, "empty") == ["No patients to chart"]


def test_many_reasons_are_cut_to_three_and_a_count() -> None:
    from calcitrack.domain.outcomes.outcomes_types import Excluded

    excluded = [Excluded(str(i), f"reason {i % 5}") for i in range(10)]
    assert excluded_text(excluded) == (
        "Excluded 10: reason 0 (2); reason 1 (2); reason 2 (2); and 2 other reasons"
    )


def test_no_text_outside_the_figure(tmp_path: Path) -> None:
    """Rendered at the base size, every text of both charts is inside the figure (the PNGs were
    looked at when the charts were made: the demo and a 500-patient report)."""
    out = tmp_path
    for name, report in (("small", small_report()), ("large", large_report())):
        for kind, figure in (
            ("time-to-improved", survival_figure(report.time_to_improved)),
            ("drug-survival", survival_figure(report.drug_survival)),
            ("waterfall", waterfall_figure(report.waterfall)),
        ):
            canvas = FigureCanvasAgg(figure)
            figure.savefig(out / f"outcomes-{name}-{kind}.png", dpi=100)
            renderer = canvas.get_renderer()
            box = figure.bbox
            for text in (t for ax in figure.axes for t in ax.texts):
                assert isinstance(text, Text)
                if not text.get_text():
                    continue
                extent = text.get_window_extent(renderer)
                assert extent.x0 >= box.x0 - 1 and extent.x1 <= box.x1 + 1, text.get_text()
                assert extent.y0 >= box.y0 - 1 and extent.y1 <= box.y1 + 1, text.get_text()
