"""Building and running the frozen CalciTrack (packaging/calcitrack.spec), for tests/dist and the
frozen start-up benchmark."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "calcitrack.spec"
EXE_NAME = "calcitrack.exe" if sys.platform.startswith("win") else "calcitrack"
MAKE_DIST = ROOT / "dist" / "calcitrack"
"""Where ``make dist`` puts the bundle."""

QUIT_WHEN_READY = "CALCITRACK_QUIT_WHEN_READY"

_INPUTS = ("calcitrack", "migrations", "resources", "packaging")
_INPUT_FILES = ("pyproject.toml", "requirements.lock")
_ISOLATED = ("CALCITRACK_DATABASE_URL", "CALCITRACK_USER", "CALCITRACK_PASSWORD", "MPLCONFIGDIR",
             QUIT_WHEN_READY)


class BuildError(RuntimeError):
    """PyInstaller failed; the message ends with the tail of its output."""


@dataclass(frozen=True)
class Bundle:
    folder: Path
    """The one-folder application: the executable and ``_internal/``."""
    workpath: Path | None = None
    """PyInstaller's work folder (its PYZ archive lists the bundled modules), when known."""
    build_seconds: float | None = None

    @property
    def executable(self) -> Path:
        return self.folder / EXE_NAME

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"


def source_files() -> Iterable[Path]:
    """Every file whose change calls for a new bundle."""
    for name in _INPUTS:
        for path in (ROOT / name).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                yield path
    for name in _INPUT_FILES:
        yield ROOT / name


def is_fresh(bundle_folder: Path) -> bool:
    """The bundle exists and is newer than every source file."""
    exe = bundle_folder / EXE_NAME
    if not exe.is_file():
        return False
    built = exe.stat().st_mtime
    return all(path.stat().st_mtime <= built for path in source_files())


def build(distpath: Path, workpath: Path) -> Bundle:
    """Run PyInstaller on the spec, as ``make dist`` does, into ``distpath``."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(distpath), "--workpath", str(workpath), str(SPEC),
    ]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    took = time.perf_counter() - started
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-40:])
        raise BuildError(f"PyInstaller failed (exit {done.returncode}) after {took:.0f} s:\n{tail}")
    bundle = Bundle(distpath / "calcitrack", workpath / "calcitrack", took)
    if not bundle.executable.is_file():
        raise BuildError(f"PyInstaller succeeded but wrote no {bundle.executable}")
    return bundle


def environment(home: Path, temp: Path, **extra: str) -> dict[str, str]:
    """The environment of a started CalciTrack: its own CALCITRACK_HOME and temporary folder,
    the offscreen Qt platform, nothing inherited that would choose its database, account or
    matplotlib folder."""
    temp.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in _ISOLATED}
    env.update(
        CALCITRACK_HOME=str(home), QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp),
    )
    env.update(extra)
    return env


def run(
    command: Sequence[str | Path], env: Mapping[str, str], *, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], env=dict(env), capture_output=True, text=True,
        timeout=timeout, stdin=subprocess.DEVNULL,
    )


@dataclass(frozen=True)
class Start:
    seconds: float | None
    """From starting the process to its ``ready`` line (None: it never printed one)."""
    returncode: int | None
    stdout: str
    stderr: str


def start_until_ready(
    command: Sequence[str | Path], env: Mapping[str, str], *, timeout: float = 90
) -> Start:
    """Start the window with CALCITRACK_QUIT_WHEN_READY=1 and time it to its ``ready`` line (it
    prints it once the database is open and its first dialog shown, then exits 0)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as errors:
        started = time.perf_counter()
        with subprocess.Popen(
            [str(part) for part in command], env={**env, QUIT_WHEN_READY: "1"},
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors, text=True,
        ) as process:
            watchdog = threading.Timer(timeout, process.kill)
            watchdog.start()
            seconds = None
            lines = []
            try:
                assert process.stdout is not None
                for line in process.stdout:
                    lines.append(line)
                    if seconds is None and line.strip() == "ready":
                        seconds = time.perf_counter() - started
                returncode = process.wait()
            finally:
                watchdog.cancel()
                if process.poll() is None:
                    process.kill()
        errors.seek(0)
        return Start(seconds, returncode, "".join(lines), errors.read())
