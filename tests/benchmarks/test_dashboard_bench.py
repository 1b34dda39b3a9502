"""Benchmark: the trajectory dashboard of a patient with 120 visits, 8 lesions and 6 drugs,
against bare matplotlib drawing the same arrays on the same panel layout, in the same run.

"Ours" is ``draw_dashboard`` on a new figure plus an Agg canvas draw — everything the Qt view
and the PDF pay for a chart: panels, bands, references, legends, fitted dose texts, markers,
hover points. "Bare" is the same figure size and the same axes (positions, twins, shared time
axis) with each series drawn by a plain ``plot`` (markers on), the dose steps by ``broken_barh``
and nothing else, from arrays prepared beforehand. Runs alternate; medians are compared, of
the process CPU time (asserted: other processes on a shared machine do not move it) and of the
wall time (printed). Target: within 1.3× of bare. Run with `make bench`.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from calcitrack.domain.trajectory.trajectories import Series, Trajectories, trajectories
from calcitrack.reports.charts.chart_style import date_num
from calcitrack.reports.charts.dashboard import (
    PANELS,
    DashboardDrawing,
    dashboard_size_inches,
    draw_dashboard,
)
from tests.reports.dashboard_support import REGIMEN_START, large_chart

ROUNDS = 9
TARGET = 1.3
Arrays = tuple[np.ndarray, np.ndarray]


@pytest.fixture(scope="module")
def data() -> Trajectories:
    chart = large_chart(visits=120, lesions=8, drugs=6, years=10)
    assert len(chart.visits) == 120 and len(chart.lesions) == 8
    result = trajectories(chart, regimen_start=REGIMEN_START)
    assert len(result.medications) == 6
    return result


Timing = tuple[float, float]
"""CPU seconds, wall seconds."""


def _ours(data: Trajectories) -> Callable[[], Timing]:
    def run() -> Timing:
        figure = Figure(figsize=dashboard_size_inches(PANELS), dpi=100)
        canvas = FigureCanvasAgg(figure)
        cpu, wall = time.process_time(), time.perf_counter()
        draw_dashboard(figure, data)
        canvas.draw()
        return time.process_time() - cpu, time.perf_counter() - wall

    return run


def _arrays(series: Series) -> Arrays:
    return date_num(series.days), np.asarray(series.values, dtype=float)


def _bare(data: Trajectories, layout: DashboardDrawing) -> Callable[[], Timing]:
    """Bare matplotlib on the layout of ``layout``: same axes boxes, twins and shared x."""
    boxes = {
        panel: [ax.get_position().bounds for ax in axes if layout.twins.get(ax, (ax,))[0] is ax]
        for panel, axes in layout.panel_axes.items()
    }
    twin_panels = {p for p, ax in layout.axes.items() if ax in layout.twins}
    lesions = [_arrays(s) for s in data.lesion_area.values()]
    depths = [_arrays(s) for s in data.lesion_depth.values()]
    burden, longest, pain = _arrays(data.burden), _arrays(data.sum_longest), _arrays(data.pain)
    rom = [_arrays(r.series) for r in data.rom]
    das28 = [_arrays(s) for s in data.das28.values()]
    secondary = [_arrays(s) for s in (data.cdai, data.sdai) if len(s)]
    labs = [_arrays(lab.series) for lab in data.labs]
    end = float(date_num([data.last_day])[0]) if data.last_day else 0.0
    bars = [
        [
            (
                float(date_num([s.start])[0]),
                float((date_num([s.stop])[0] if s.stop else end) - date_num([s.start])[0]),
            )
            for s in track.steps
        ]
        for track in data.medications
    ]
    plots: dict[str, Callable[[list[Axes]], None]] = {
        "burden": lambda axs: (
            [axs[0].plot(x, y, marker="o") for x, y in (*lesions, burden)]
            + [axs[1].plot(*longest, marker="s")]
        ),
        "depth": lambda axs: [axs[0].plot(x, y, marker="o") for x, y in depths],
        "pain": lambda axs: axs[0].plot(*pain, marker="o"),
        "rom": lambda axs: [axs[0].plot(x, y, marker="o") for x, y in rom],
        "das28": lambda axs: (
            [axs[0].plot(x, y, marker="o") for x, y in das28]
            + [axs[-1].plot(x, y, marker="^") for x, y in secondary]
        ),
        "labs": lambda axs: [
            ax.plot(x, y, marker="o") for ax, (x, y) in zip(axs, labs, strict=True)
        ],
        "medications": lambda axs: [
            axs[0].broken_barh(steps, (row - 0.3, 0.6)) for row, steps in enumerate(bars)
        ],
    }

    def run() -> Timing:
        figure = Figure(figsize=dashboard_size_inches(PANELS), dpi=100)
        canvas = FigureCanvasAgg(figure)
        cpu, wall = time.process_time(), time.perf_counter()
        shared: Axes | None = None
        for panel in PANELS:
            axes = []
            for box in boxes[panel]:
                ax = figure.add_axes(box, sharex=shared)
                shared = shared or ax
                axes.append(ax)
            if panel in twin_panels:
                axes.append(axes[0].twinx())
            plots[panel](axes)
        canvas.draw()
        return time.process_time() - cpu, time.perf_counter() - wall

    return run


def test_dashboard_against_bare_matplotlib(data: Trajectories) -> None:
    figure = Figure(figsize=dashboard_size_inches(PANELS), dpi=100)
    layout = draw_dashboard(figure, data)
    assert not layout.empty_panels
    ours, bare = _ours(data), _bare(data, layout)
    ours(), bare()  # warm the font and text caches
    times: dict[str, list[Timing]] = {"ours": [], "bare": []}
    for _ in range(ROUNDS):
        for name, run in (("ours", ours), ("bare", bare)):
            gc.collect()
            times[name].append(run())
    cpu = {name: statistics.median(t[0] for t in runs) for name, runs in times.items()}
    wall = {name: statistics.median(t[1] for t in runs) for name, runs in times.items()}
    ratio = cpu["ours"] / cpu["bare"]
    print(
        f"\ndashboard, 120 visits, 8 lesions, 6 drugs ({len(layout.hover_points)} hover points, "
        f"{ROUNDS} alternating runs): median CPU {cpu['ours'] * 1000:.0f} ms against bare "
        f"matplotlib with the same arrays and axes {cpu['bare'] * 1000:.0f} ms, ratio "
        f"{ratio:.2f}x (target ≤ {TARGET}x); wall {wall['ours'] * 1000:.0f} ms against "
        f"{wall['bare'] * 1000:.0f} ms, ratio {wall['ours'] / wall['bare']:.2f}x"
    )
    assert ratio <= TARGET
