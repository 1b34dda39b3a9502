"""Benchmark: the nurse workstation on a synthetic clinic of 5000 patients.

- start to the first interactive window, against a bare PySide6 window started the same way
  (a fresh process each, same interpreter, same environment), target within 2.5×. Since accounts
  (issue 6) that window is the sign-in dialog: the patient list follows the password. So the
  probe also signs in as soon as the database is open behind the dialog, and the time from
  pressing Sign in to the list with its 5000 rows is printed beside it (it includes the
  deliberately slow password check, argon2, timed alone for scale);
- a search keystroke to the updated list, target under 30 ms;
- opening a patient with 100 visits (load the chart and fill every tab), target under 150 ms;
  the Overview's charts, drawn in the background, are timed alongside, and so is the longest
  moment the window could not respond (issue 4: charts never block the window).

Run with `make bench`; prints medians and ratios measured in this run (DESIGN.md).
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.entities import LesionMeasurement, PatientChart
from calcitrack.services.accounts.passwords import hash_password, password_matches
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.task_runner import InlineTaskRunner, TaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import TEST_PASSWORD, TEST_USERNAME, open_signed_in
from tests.support.sample_chart import sample_chart

PATIENTS = 5000
ROUNDS = 5
PROBE = Path(__file__).with_name("start_probe.py")


@pytest.fixture(scope="module")
def clinic_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """``calcitrack demo --synthetic 5000`` plus one patient with 100 visits."""
    path = tmp_path_factory.mktemp("bench") / "synthetic.sqlite3"
    url = f"sqlite:///{path}"
    subprocess.run(
        [sys.executable, "-m", "calcitrack", "--db", url, "demo", "--synthetic", str(PATIENTS)],
        check=True,
        capture_output=True,
    )
    clinic = open_signed_in(url)
    try:
        ChartService(clinic.context()).add_charts([_hundred_visits()])
        # A working clinic has every patient's flags stored (each write stores them); the bulk
        # synthetic clinic has none, and the one-time background catch-up would run during
        # every measurement below. Time it here instead.
        cache = FlagCacheService(clinic.context())
        stale = cache.stale_patient_ids()
        started = time.perf_counter()
        cache.refresh(stale)
        took = time.perf_counter() - started
        print(f"\nassessing {len(stale)} patients for the list's flags (once, in the background "
              f"after an upgrade): {took:.1f} s, {took / len(stale) * 1000:.1f} ms each")
    finally:
        clinic.close()
    return url


def _hundred_visits() -> PatientChart:
    chart = sample_chart("BENCH-100", "Longstay")
    first = chart.visits[0]
    labels = [le.label for le in chart.lesions]
    visits = tuple(
        dataclasses.replace(
            first,
            visit_date=date(2010, 1, 4) + timedelta(weeks=4 * i),
            pain_nrs=i % 11,
            lesion_measurements=tuple(
                LesionMeasurement(label, 20 + (i % 7), 10 + (i % 5), 3.0) for label in labels
            ),
        )
        for i in range(100)
    )
    lesions = tuple(
        dataclasses.replace(le, first_seen_on=visits[0].visit_date) for le in chart.lesions
    )
    return dataclasses.replace(
        chart, lesions=lesions, visits=visits, labs=(), imaging=(), procedures=()
    )


def _start(args: list[str]) -> dict[str, float]:
    """The probe's times in seconds by stage: ``ready`` for the bare window; ``dialog``,
    ``opened``, ``pause`` and ``list`` for CalciTrack (tests/benchmarks/start_probe.py)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CALCITRACK_PROBE_T0=repr(time.time()))
    out = subprocess.run(
        [sys.executable, str(PROBE), *args], check=True, capture_output=True, text=True, env=env,
        timeout=120,
    ).stdout
    return {
        stage: float(seconds)
        for stage, seconds in (line.split() for line in out.splitlines() if line.strip())
    }


def test_start_to_an_interactive_window_and_on_to_the_patient_list(clinic_url: str) -> None:
    ours_args = ["calcitrack", clinic_url, TEST_USERNAME, TEST_PASSWORD]
    _start(["bare"]), _start(ours_args)  # warm the file cache
    bare = [_start(["bare"])["ready"] for _ in range(ROUNDS)]
    ours = [_start(ours_args) for _ in range(ROUNDS)]
    assert all(run.keys() == {"dialog", "opened", "pause", "list"} for run in ours), ours
    b = statistics.median(bare)
    dialog = statistics.median(run["dialog"] for run in ours)
    opened = statistics.median(run["opened"] for run in ours)
    pause = statistics.median(run["pause"] for run in ours)
    signed_in = statistics.median(run["list"] - run["opened"] for run in ours)
    stored = hash_password(TEST_PASSWORD)
    started = time.perf_counter()
    assert password_matches(stored, TEST_PASSWORD)
    argon2 = time.perf_counter() - started
    print(
        f"\nstart to the interactive sign-in dialog: median {dialog * 1000:.0f} ms; bare PySide6 "
        f"window: {b * 1000:.0f} ms; ratio {dialog / b:.2f}x (target ≤ 2.5x)"
        f"\n  behind the dialog, the database open and the window's modules loaded after "
        f"{opened * 1000:.0f} ms ({opened / b:.1f}x the bare window); meanwhile the dialog's "
        f"longest pause (between 1 ms ticks) was {pause * 1000:.0f} ms"
        f"\n  Sign in pressed to the patient list with its {PATIENTS} rows: median "
        f"{signed_in * 1000:.0f} ms ({signed_in / b:.1f}x the bare window), of which checking "
        f"the password (argon2, slow on purpose) takes about {argon2 * 1000:.0f} ms"
    )


@pytest.fixture
def window(qtbot: QtBot, clinic_url: str) -> Iterator[tuple[MainWindow, Clinic]]:
    clinic = open_signed_in(clinic_url)
    window = build_main_window(clinic, runner=InlineTaskRunner())
    qtbot.addWidget(window)
    window.show()
    yield window, clinic
    window.close()
    clinic.close()


def test_search_keystroke_to_updated_list(
    qtbot: QtBot, qapp: QApplication, window: tuple[MainWindow, Clinic]
) -> None:
    main, clinic = window
    panel = main.patient_list
    panel.search_edit.setFocus()
    times = []
    for word in ("sam", "cad", "long", "12"):
        for key in [*word, *["\b"] * len(word)]:
            started = time.perf_counter()
            if key == "\b":
                qtbot.keyClick(panel.search_edit, Qt.Key.Key_Backspace)
            else:
                qtbot.keyClick(panel.search_edit, key)
            qapp.processEvents()  # the list repainted
            times.append(time.perf_counter() - started)
            panel.view.model().rowCount()
    assert panel.search_edit.text() == ""
    started = time.perf_counter()
    PatientService(clinic.context()).list_patients(include_archived=True)
    one_read = time.perf_counter() - started
    print(
        f"\nsearch keystroke to updated list over {PATIENTS} patients: median "
        f"{statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
        f"(target < 30 ms); for scale, reading the list from the database takes "
        f"{one_read * 1000:.0f} ms, which is why the list filters in memory"
    )


class GuiTicks:
    """A timer on the GUI thread, ticking every few ms: the longest gap between two ticks is the
    longest the window could not respond (to paint, a key or the mouse)."""

    INTERVAL_MS = 5

    def __init__(self) -> None:
        self.times: list[float] = []
        self._timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=self.INTERVAL_MS)
        self._timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def start(self) -> None:
        self.times.clear()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def longest_gap(self, start: float, end: float) -> float:
        marks = [start, *(t for t in self.times if start < t < end), end]
        return max(b - a for a, b in itertools.pairwise(marks))


def test_opening_a_patient_with_100_visits(qtbot: QtBot, clinic_url: str) -> None:
    """With the real task runner: the chart loads on a worker and fills every tab; the Overview's
    assessment and charts follow in the background without holding the window.

    The window's responsiveness is measured as the longest gap between the ticks of a 5 ms timer
    on the GUI thread, from opening until the charts have been drawn and left alone for a
    second; the baseline is the same timer on the idle window, in this run."""
    clinic = open_signed_in(clinic_url)
    main = build_main_window(clinic, runner=TaskRunner())
    qtbot.addWidget(main)
    main.show()
    runner = main._runner
    assert isinstance(runner, TaskRunner)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=30_000)  # the list is interactive
    ticks = GuiTicks()
    ticks.start()
    idle_started = time.perf_counter()
    qtbot.wait(1000)
    idle_gap = ticks.longest_gap(idle_started, time.perf_counter())
    ticks.stop()
    tabs, charts, maps, tab_gaps, gaps, redraws = [], [], [], [], [], []
    try:
        for _ in range(ROUNDS):
            main.workspace.chart = None
            panel = main.workspace.overview.panel
            drawn = panel.trajectory_view.current if panel is not None else None
            mapped = panel.lesion_map.current if panel is not None else None
            ticks.start()
            started = time.perf_counter()
            main.open_patient("BENCH-100")
            qtbot.waitUntil(lambda: main.workspace.chart is not None, timeout=10_000)
            filled = time.perf_counter()
            tabs.append(filled - started)
            qtbot.waitUntil(lambda: main.workspace.overview.panel is not None, timeout=10_000)
            overview = main.workspace.overview.panel
            assert overview is not None
            view, lesion_map = overview.trajectory_view, overview.lesion_map
            qtbot.waitUntil(lambda v=view, d=drawn: v.current not in (None, d), timeout=20_000)
            charts.append(time.perf_counter() - started)
            qtbot.waitUntil(lambda m=lesion_map, d=mapped: m.current not in (None, d),
                            timeout=20_000)
            maps.append(time.perf_counter() - started)
            shown = (view.current, lesion_map.current)
            qtbot.wait(1000)  # left alone: nothing may draw again by itself
            redraws.append((view.current, lesion_map.current) != shown)
            ticks.stop()
            tab_gaps.append(ticks.longest_gap(started, filled))
            gaps.append(ticks.longest_gap(started, time.perf_counter()))
            assert len(main.workspace.chart.visits) == 100
    finally:
        main.close()
        clinic.close()

    def ms(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1000:.0f} ms [{min(values) * 1000:.0f}–" \
               f"{max(values) * 1000:.0f}]"

    print(
        f"\nopening a patient with 100 visits ({ROUNDS} times): every tab filled, {ms(tabs)} "
        f"(target < 150 ms); in the background, the Overview's dashboard drawn by {ms(charts)}, "
        f"its lesion map by {ms(maps)}"
        f"\n  the window's longest unresponsive moment (gap between {GuiTicks.INTERVAL_MS} ms "
        f"ticks on the GUI thread): while filling the tabs {ms(tab_gaps)}; from opening until "
        f"the charts are drawn and idle {ms(gaps)}; idle window {idle_gap * 1000:.0f} ms; ratio "
        f"of medians {statistics.median(gaps) / idle_gap:.1f}x"
    )
    # Not a time: a drawing that changed the layout would draw again, for ever, and keep the
    # window busy while the Overview is shown.
    assert not any(redraws[1:]), "the Overview drew again by itself"
