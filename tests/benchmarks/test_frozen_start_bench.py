"""Benchmark: start-up of the frozen application (packaging/calcitrack.spec) against the source
install, on the demo clinic.

Each start is a new process with CALCITRACK_QUIT_WHEN_READY=1, timed from starting it to its
``ready`` line (printed once the database is open behind the first dialog, the sign-in).
A *first start* has a new CALCITRACK_HOME (no settings, log or matplotlib cache yet); the
*second start* runs at once with the same one (caches warm). The source install is
``.venv/bin/calcitrack``; the frozen one is ``make dist``'s bundle when it is newer than every
source file, else a bundle built here. Target: the frozen second start within 1.1× the source
install's.

Run with `make bench`; prints medians and the ratios measured in this run (DESIGN.md).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from tests.dist.bundle import MAKE_DIST, Bundle, build, environment, is_fresh, start_until_ready

ROUNDS = 7
TARGET = 1.1
SOURCE = Path(sys.executable).with_name("calcitrack")


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if is_fresh(MAKE_DIST):
        print(f"\nfrozen app: make dist's {MAKE_DIST}")
        return Bundle(MAKE_DIST).executable
    folder = tmp_path_factory.mktemp("pyinstaller")
    bundle = build(folder / "dist", folder / "build")
    print(f"\nfrozen app: built for this run in {bundle.build_seconds:.0f} s ({MAKE_DIST} "
          "is missing or older than the sources)")
    return bundle.executable


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("clinic")
    database = folder / "demo.sqlite3"
    subprocess.run(
        [SOURCE, "--db", database, "demo"],
        env=environment(folder / "home", folder / "tmp"), check=True, capture_output=True,
    )
    return database


def measure(
    commands: Mapping[str, Sequence[str | Path]], folder: Path, rounds: int = ROUNDS
) -> dict[tuple[str, str], list[float]]:
    """Seconds to ``ready`` of each command's first and second start, ``rounds`` times,
    alternating which command goes first."""
    names = list(commands)
    for name in names:  # the operating system's file cache, not counted
        start(commands[name], folder / f"warm-{name}")
    seconds: dict[tuple[str, str], list[float]] = {(n, s): [] for n in names for s in
                                                    ("first", "second")}
    for round_ in range(rounds):
        for name in names if round_ % 2 == 0 else reversed(names):
            home = folder / f"{name}-{round_}"
            seconds[name, "first"].append(start(commands[name], home))
            seconds[name, "second"].append(start(commands[name], home))
    return seconds


def start(command: Sequence[str | Path], home: Path) -> float:
    started = start_until_ready(command, environment(home, home / "tmp"))
    assert started.seconds is not None and started.returncode == 0, (
        f"{command[0]}: no 'ready' (exit {started.returncode})\n{started.stdout}\n"
        f"{started.stderr}"
    )
    return started.seconds


def report(seconds: Mapping[tuple[str, str], list[float]], baseline: str, other: str) -> float:
    """Print medians and ratios; returns the second-start ratio ``other`` / ``baseline``."""
    ratios = {}
    for which in ("first", "second"):
        base = statistics.median(seconds[baseline, which])
        ours = statistics.median(seconds[other, which])
        ratios[which] = ours / base
        print(
            f"{which} start to the sign-in, database open: {other} median {ours * 1000:.0f} ms "
            f"(min {min(seconds[other, which]) * 1000:.0f}), {baseline} median "
            f"{base * 1000:.0f} ms (min {min(seconds[baseline, which]) * 1000:.0f}); "
            f"ratio {ratios[which]:.2f}x"
        )
    return ratios["second"]


def test_frozen_start_against_the_source_install(
    frozen: Path, clinic: Path, tmp_path: Path
) -> None:
    seconds = measure(
        {"source": [SOURCE, "--db", clinic], "frozen": [frozen, "--db", clinic]}, tmp_path
    )
    print(f"\nstart-up, {ROUNDS} rounds, demo clinic:")
    ratio = report(seconds, "source", "frozen")
    print(f"second start (caches warm), frozen / source: {ratio:.2f}x (target ≤ {TARGET}x)")
    assert ratio <= TARGET
