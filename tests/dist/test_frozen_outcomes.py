"""The clinic outcomes from the frozen application: SciPy (the Kaplan-Meier estimates), loaded
only when the outcomes are computed, must be inside the bundle with its compiled parts, and the
outcomes PDF and CSV must be written by the frozen command line.

Runs only with CALCITRACK_TEST_DIST=1 (CI sets it), like tests/dist/test_frozen_bundle.py.
"""

from __future__ import annotations

import csv
import os
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.dist.bundle import Bundle, environment, run

DIST_ENV = "CALCITRACK_TEST_DIST"
pytestmark = pytest.mark.skipif(
    os.environ.get(DIST_ENV) != "1",
    reason=f"builds the PyInstaller bundle (about a minute): set {DIST_ENV}=1 (CI does)",
)

SIGNED_IN = {"CALCITRACK_USER": "physician", "CALCITRACK_PASSWORD": "calcitrack-demo"}


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


def test_the_frozen_outcomes_command_computes_kaplan_meier_and_writes_pdf_and_csv(
    bundle: Bundle, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    _ok(run([bundle.executable, "demo"], environment(home, tmp_path / "tmp")))
    pdf, table = tmp_path / "outcomes.pdf", tmp_path / "outcomes.csv"
    out = _ok(run(
        [bundle.executable, "outcomes", "--as-of", "2026-12-06", "-o", pdf, "--csv", table],
        environment(home, tmp_path / "tmp", **SIGNED_IN),
    ))
    # The RA demo patient took diltiazem with colchicine and improved: the estimate came from
    # scipy.stats.ecdf inside the bundle (an event, so the estimator ran, not the flat shortcut).
    assert "Started the regimen: 1" in out
    assert "Time to first improved assessment: n = 1, events 1" in out
    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "not evidence of efficacy" in text
    with table.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert len(rows) > 10
    assert oct(pdf.stat().st_mode & 0o777) == "0o600"
