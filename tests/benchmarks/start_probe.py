"""Started as a separate process by the workstation benchmark: shows a window, prints "ready".

``bare``: a bare PySide6 main window with an empty table. ``calcitrack URL``: the real main window
on that database, ready when the patient list holds its rows. Both print the seconds since the
process was launched (passed in as CALCITRACK_PROBE_T0, a time.time() stamp).
"""

from __future__ import annotations

import os
import sys
import time


def _ready(started: float) -> None:
    print(f"ready {time.time() - started:.4f}", flush=True)


def main() -> None:
    started = float(os.environ["CALCITRACK_PROBE_T0"])
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.setCentralWidget(QTableView())
        window.show()
        app.processEvents()
        _ready(started)
        return
    from calcitrack.app import build_main_window
    from calcitrack.bootstrap import open_clinic
    from calcitrack.domain.codes import Role
    from calcitrack.services.user_service import ensure_user

    clinic = open_clinic(sys.argv[2])
    # signed in as the benchmark's account (the sign-in dialog is not what is measured here)
    clinic.user = ensure_user(clinic.uow, "bench", "Bench", Role.PHYSICIAN)
    window = build_main_window(clinic)
    window.show()
    table = window.patient_list.view.model()
    while table.rowCount() == 0:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    _ready(started)
    window.close()
    clinic.close()


if __name__ == "__main__":
    main()
