"""Started as a separate process by the workstation benchmark: shows a window, prints its times.

``bare``: a bare PySide6 main window with an empty table; prints ``ready T`` once it is shown and
the event loop runs.

``calcitrack URL USERNAME PASSWORD``: the real ``calcitrack --db URL`` (calcitrack.cli.main.run, the
same path as the desktop icon), watched from a 1 ms timer of this probe's own. It prints

- ``dialog T``: the sign-in dialog is shown and the event loop runs (it takes typing);
- ``opened T``: the database is open and the window's modules loaded behind the dialog; the probe
  then types the username and password and presses Sign in, as a nurse who typed faster than the
  opening would find it;
- ``list T``: the main window shows the patient list with its rows;
- ``pause T``: the longest gap between two ticks of the probe's timer from ``dialog`` to
  ``opened``, i.e. the longest the dialog could not take a key while the opening ran behind it.

With ``CALCITRACK_PROBE_COUNT=1`` it then also waits for the list's count label to state how many
patients there are and prints it as ``count SHOWN TOTAL`` (the large-clinic benchmarks check
that the list held the whole clinic). URL may be a PostgreSQL URL (trust or a password in it).

Every T is seconds since the process was launched (CALCITRACK_PROBE_T0, a time.time() stamp).
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget


def _say(what: str, started: float) -> None:
    print(f"{what} {time.time() - started:.4f}", flush=True)


def _bare(app: QApplication, started: float) -> None:
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.show()
    QTimer.singleShot(0, lambda: (_say("ready", started), app.quit()))
    app.exec()


def _shown(class_name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == class_name and widget.isVisible():
            return widget
    return None


class Watcher:
    """Finds the sign-in dialog, signs in once the database is open, waits for the list."""

    def __init__(
        self,
        started: float,
        username: str,
        password: str,
        on_list: Callable[[QWidget], None] | None = None,
    ) -> None:
        self.started, self.username, self.password = started, username, password
        self.on_list = on_list or _close
        """Called with the main window once it shows the list; closing it ends the probe."""
        self.stage = "dialog"
        self.ticks: list[float] = []
        self.timer = QTimer(interval=1)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.stage == "opened":
            self.ticks.append(time.perf_counter())
        if self.stage in ("dialog", "opened"):
            dialog = _shown("SignInDialog")
            if dialog is None:
                return
            if self.stage == "dialog":
                _say("dialog", self.started)
                self.stage = "opened"
            if dialog.ready:  # type: ignore[attr-defined]
                _say("opened", self.started)
                gaps = [b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)]
                print(f"pause {max(gaps, default=0.0):.4f}", flush=True)
                dialog.username_edit.setText(self.username)  # type: ignore[attr-defined]
                dialog.password_edit.setText(self.password)  # type: ignore[attr-defined]
                self.stage = "list"
                dialog.sign_in_button.click()  # type: ignore[attr-defined]
            return
        window = _shown("MainWindow")
        if window is not None and window.patient_list.view.model().rowCount():  # type: ignore[attr-defined]
            _say("list", self.started)
            self.timer.stop()
            self.on_list(window)


def _close(window: QWidget) -> None:
    window.close()  # the last window: the application quits


_COUNT = re.compile(r"([\d,.\s\u202f]+) of ([\d,.\s\u202f]+) patient")


def count_of(window: QWidget) -> tuple[int, int] | None:
    """(shown, total) as the list's count label says "N of M patients", or None yet."""
    found = _COUNT.search(window.patient_list.count_label.text())  # type: ignore[attr-defined]
    if found is None:
        return None
    shown, total = (int(re.sub(r"\D", "", part)) for part in found.groups())
    return shown, total


def when_counted(window: QWidget, then: Callable[[QWidget], None]) -> None:
    """Once the count label states a total: print ``count SHOWN TOTAL``, then ``then(window)``."""
    timer = QTimer(window, interval=5)

    def check() -> None:
        counted = count_of(window)
        if counted is not None and counted[1] > 0:
            timer.stop()
            print(f"count {counted[0]} {counted[1]}", flush=True)
            then(window)

    timer.timeout.connect(check)
    timer.start()


def main() -> None:
    started = float(os.environ["CALCITRACK_PROBE_T0"])
    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "bare":
        _bare(app, started)
        return
    url, username, password = sys.argv[2:5]
    on_list = (
        (lambda window: when_counted(window, _close))
        if os.environ.get("CALCITRACK_PROBE_COUNT")
        else None
    )
    watcher = Watcher(started, username, password, on_list)
    from calcitrack.cli.main import run

    code = run(["--db", url])
    watcher.timer.stop()
    sys.exit(code)


if __name__ == "__main__":
    main()
