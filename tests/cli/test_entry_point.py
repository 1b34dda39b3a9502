"""The ``calcitrack`` command a person types is the entry point ``pyproject.toml`` declares: an
install made before the entry code moved to ``calcitrack/cli/main.py`` still names
``calcitrack.cli:main`` (a module, not a function) and fails on every call until reinstalled."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[2]


def declared_entry_point() -> str:
    with (REPO / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["scripts"]["calcitrack"])


def test_the_declared_entry_point_is_a_function() -> None:
    module, _, name = declared_entry_point().partition(":")
    target = getattr(__import__(module, fromlist=[name]), name)
    assert callable(target) and not isinstance(target, type(sys))


def test_the_installed_command_is_the_declared_one() -> None:
    [installed] = [e for e in entry_points(group="console_scripts") if e.name == "calcitrack"]
    assert installed.value == declared_entry_point(), "stale install: run `make setup`"
    assert callable(installed.load())


def test_the_installed_command_runs() -> None:
    script = Path(sys.executable).parent / "calcitrack"
    done = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("CalciTrack ")
