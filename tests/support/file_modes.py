"""For the tests of private files: a file's permission bits, and the everyday umask (0022, under
which files come out 0644 and folders 0755 unless CalciTrack takes care) for a test's length.

A pytest plugin (tests/conftest.py): ask for ``everyday_umask`` by name or with
``pytest.mark.usefixtures("everyday_umask")``."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def everyday_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)
