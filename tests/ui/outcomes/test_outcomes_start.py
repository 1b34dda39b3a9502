"""The window starts without the outcomes window's module: matplotlib, reportlab and scipy are
loaded when Tools → Clinic outcomes… is first used (the start is benchmarked)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_app_starts_without_the_outcomes_window_or_its_charts() -> None:
    code = (
        "import sys, calcitrack.app; "
        "loaded = [m for m in ('calcitrack.ui.outcomes.outcomes_dialog', 'matplotlib', "
        "'reportlab', 'scipy') if m in sys.modules]; "
        "print(loaded); sys.exit(bool(loaded))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": "."}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
