"""Started as a separate process by the registry benchmark: how much memory a workstation holds.

``calcitrack URL USERNAME PASSWORD MRN``: the real ``calcitrack --db URL`` signed in through its
dialog (start_probe.Watcher); once the list states its count, the probe types MRN into the
search, waits for the one match, presses Enter (the list opens the patient at the top) and waits
until the Overview shows the patient's dashboard and lesion map, then a second more. It prints

- ``count SHOWN TOTAL``: the list's count label once the list was shown;
- ``listed KB`` and ``listed_peak KB``: the resident set now and at its peak with the list shown,
  before the patient is opened;
- ``figure W H``: the size in pixels of the dashboard image drawn;
- ``rss KB`` and ``hwm KB``: the process's resident set now and at its peak (VmRSS, VmHWM of
  /proc/self/status).

``bare W H``: the baseline, a bare PySide6 window showing one matplotlib figure of W × H pixels
(four panels of ten series of 120 points, drawn with Agg as the Overview draws), then the same
second's wait; prints ``rss`` and ``hwm``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

SETTLE_MS = 1000
TIMEOUT_S = 240


def _memory(*, now: str = "rss", peak: str = "hwm") -> None:
    text = Path("/proc/self/status").read_text()
    status = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
    for name, key in ((now, "VmRSS"), (peak, "VmHWM")):
        print(f"{name} {status[key].split()[0]}", flush=True)


def _bare(app: QApplication, width: int, height: int) -> None:
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from PySide6.QtGui import QImage, QPixmap

    dpi = 100
    figure = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    x = np.arange(120.0)
    for n, axes in enumerate(figure.subplots(4, 1, sharex=True)):
        for k in range(10):
            axes.plot(x, np.sin(x / (5 + k + n)) * (k + 1), marker="o", markersize=3)
    canvas.draw()
    buffer = canvas.buffer_rgba()
    image = QImage(bytes(buffer), width, height, QImage.Format.Format_RGBA8888)
    window = QMainWindow()
    label = QLabel()
    label.setPixmap(QPixmap.fromImage(image))
    window.setCentralWidget(label)
    window.show()
    QTimer.singleShot(SETTLE_MS, lambda: (_memory(), app.quit()))
    app.exec()


def _poll(window: QWidget, ready: Callable[[], bool], then: Callable[[], None]) -> None:
    timer = QTimer(window, interval=20)
    deadline = time.monotonic() + TIMEOUT_S

    def check() -> None:
        if ready():
            timer.stop()
            then()
        elif time.monotonic() > deadline:
            timer.stop()
            print("timeout", flush=True)
            window.close()

    timer.timeout.connect(check)
    timer.start()


def _drawn(window: QWidget) -> bool:
    panel = window.workspace.overview.panel  # type: ignore[attr-defined]
    if panel is None or not panel.isVisible():
        return False
    return panel.trajectory_view.current is not None and panel.lesion_map.current is not None


def _open_heavy(window: QWidget, mrn: str) -> None:
    from PySide6.QtTest import QTest

    from tests.benchmarks.start_probe import count_of

    _memory(now="listed", peak="listed_peak")
    search = window.patient_list.search_edit  # type: ignore[attr-defined]
    search.setFocus()
    QTest.keyClicks(search, mrn)

    def one_match() -> bool:
        counted = count_of(window)
        return counted is not None and counted[0] == 1

    def enter() -> None:
        QTest.keyClick(search, Qt.Key.Key_Return)
        _poll(window, lambda: _drawn(window), settle)

    def settle() -> None:
        panel = window.workspace.overview.panel  # type: ignore[attr-defined]
        image = panel.trajectory_view.current
        print(f"figure {image.width} {image.height}", flush=True)
        QTimer.singleShot(SETTLE_MS, lambda: (_memory(), window.close()))

    _poll(window, one_match, enter)


def main() -> None:
    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "bare":
        _bare(app, int(sys.argv[2]), int(sys.argv[3]))
        return
    from tests.benchmarks.start_probe import Watcher, when_counted

    url, username, password, mrn = sys.argv[2:6]
    watcher = Watcher(
        time.time(), username, password,
        on_list=lambda window: when_counted(window, lambda w: _open_heavy(w, mrn)),
    )  # fmt: skip
    from calcitrack.cli.main import run

    code = run(["--db", url])
    watcher.timer.stop()
    sys.exit(code)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
