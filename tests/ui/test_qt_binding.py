"""The Qt binding in use does not leak on signal disconnects (PySide6 6.12.0 did: every
disconnect dropped a reference to True, and Python aborted at exit once enough had piled up)."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QStringListModel
model = QStringListModel()
def slot(*args): pass
before = sys.getrefcount(True)
for _ in range(2000):
    model.dataChanged.connect(slot)
    model.dataChanged.disconnect(slot)
print(before - sys.getrefcount(True))
"""


def test_signal_disconnects_leave_python_intact() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert abs(int(done.stdout.strip())) < 10
