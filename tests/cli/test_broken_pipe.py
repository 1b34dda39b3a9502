"""Output piped into a reader that stops early (`calcitrack audit verify | head -1`): the command
stops quietly, with no traceback (a QA trial found one there)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.test_cli import TEST_ENV, demo_db

__all__ = ["demo_db"]  # the fixture


def test_a_reader_that_stops_early_gets_no_traceback(demo_db: Path, calcitrack_home: Path) -> None:
    env = {**os.environ, "CALCITRACK_HOME": str(calcitrack_home), **TEST_ENV}
    env.pop("CALCITRACK_DATABASE_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "calcitrack", "audit", "verify", "--db", str(demo_db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        bufsize=0,
    )
    assert process.stdout is not None and process.stderr is not None
    first = b""
    while not first.endswith(b"\n"):  # the chain's line; the replay's lines come later
        first += os.read(process.stdout.fileno(), 1)
    process.stdout.close()  # as `head -1` does: the rest has nowhere to go
    with process.stderr:
        errors = process.stderr.read().decode("utf-8")
    code = process.wait(timeout=120)
    assert first.startswith(b"audit trail intact")
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors
    assert code == 1
