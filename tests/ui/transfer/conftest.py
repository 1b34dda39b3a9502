"""A window on a real SQLite file, as the signed-in account sees it, for the import, export and
clinic-day summaries of the File menu."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.services.audit_service import AuditService
from calcitrack.ui.common.task_runner import InlineTaskRunner, Runner
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import open_signed_in

TODAY = date(2026, 11, 20)


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    opened.today = lambda: TODAY
    yield opened
    opened.close()


@pytest.fixture
def make_window(qtbot: QtBot) -> Callable[..., MainWindow]:
    def make(clinic: Clinic, runner: Runner | None = None) -> MainWindow:
        window = build_main_window(clinic, runner or InlineTaskRunner())
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


def count_rows(clinic: Clinic, table: str) -> int:
    with clinic.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def actions(clinic: Clinic) -> list[str]:
    return [e.action for e in AuditService(clinic.context()).entries()]


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write in: a 0500 one, or for root (whom modes do not stop) /sys,
    which the kernel keeps from every file."""
    if os.name != "posix":
        pytest.skip("POSIX folders")
    if os.geteuid() == 0:
        yield Path("/sys")
        return
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    yield locked
    locked.chmod(0o700)
