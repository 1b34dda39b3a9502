"""The window's start (calcitrack.startup): the sign-in dialog before the database is open, the
opening behind it, then the workstation session; an empty database, a database that cannot be
opened, quitting while it opens. Real SQLite files, real services, real worker thread.

The opening's result reaches the dialog only through the event loop, so what a test does before
it lets events run happens, deterministically, before the database is open."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.cli.main import _explain_start_failure
from calcitrack.startup import Launch
from calcitrack.store.engine import make_engine
from calcitrack.store.migrations import SCHEMA_HEAD, current_revision, upgrade
from calcitrack.ui.session.first_admin_dialog import FirstAdminDialog
from calcitrack.ui.session.sign_in_dialog import SignInDialog
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.shell.startup_error import QUIT_WHEN_READY
from tests.support.accounts import TEST_PASSWORD, TEST_USERNAME, open_signed_in
from tests.support.old_rows import insert_user_patient_visit


@pytest.fixture
def launches(qtbot: QtBot) -> Iterator[list[Launch]]:
    made: list[Launch] = []
    yield made
    for launch in made:
        session = launch.session
        if session is not None and session.window is not None:
            session.window.close()
        for dialog in (launch.dialog, session.dialog if session else None):
            if dialog is not None:
                dialog.close()
        launch.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # here, on the GUI thread, as the application's GuiThreadCollector does


def _launch(target: str, made: list[Launch]) -> Launch:
    launch = Launch(target, _explain_start_failure)
    made.append(launch)
    launch.start()
    return launch


@pytest.fixture
def clinic_url(sqlite_url: str) -> str:
    """A clinic with the test account (physician and admin)."""
    open_signed_in(sqlite_url).close()
    return sqlite_url


def test_the_dialog_takes_the_sign_in_before_the_database_is_open(
    qtbot: QtBot, clinic_url: str, launches: list[Launch]
) -> None:
    launch = _launch(clinic_url, launches)
    dialog = launch.dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    assert not dialog.ready and launch.session is None  # no event has run: still opening
    dialog.username_edit.setText(TEST_USERNAME)
    dialog.password_edit.setText(TEST_PASSWORD)
    dialog.sign_in_button.click()
    assert dialog.database_label.text().endswith("You are signed in as soon as it is open.")
    qtbot.waitUntil(
        lambda: launch.session is not None and launch.session.window is not None, timeout=20_000
    )
    assert launch.session is not None
    window = launch.session.window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(window.isVisible)
    assert "Dr Test" in window.user_label.text()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_the_dialog_says_which_database_once_it_is_open(
    qtbot: QtBot, clinic_url: str, launches: list[Launch]
) -> None:
    launch = _launch(clinic_url, launches)
    dialog = launch.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=20_000)
    assert launch.session is not None and launch.session.dialog is dialog
    assert dialog.database_label.text().startswith("Clinic database: ")
    assert dialog.database_label.text().endswith(".sqlite3")
    assert dialog.isVisible() and dialog.sign_in_button.isEnabled()


def test_an_empty_database_asks_for_the_first_administrator_instead(
    qtbot: QtBot, tmp_path: Path, launches: list[Launch]
) -> None:
    launch = _launch(f"sqlite:///{tmp_path / 'new.sqlite3'}", launches)
    sign_in = launch.dialog
    assert isinstance(sign_in, SignInDialog)
    qtbot.waitUntil(lambda: launch.session is not None, timeout=20_000)
    assert launch.session is not None
    first_admin = launch.session.dialog
    assert isinstance(first_admin, FirstAdminDialog) and first_admin.isVisible()
    assert not sign_in.isVisible()


def test_a_database_it_cannot_open_is_explained_and_ends_the_application(
    qtbot: QtBot,
    tmp_path: Path,
    launches: list[Launch],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    not_ours = tmp_path / "notes.txt"
    not_ours.write_text("these are not a database\n" * 100, "utf-8")
    monkeypatch.setenv(QUIT_WHEN_READY, "1")  # the message box prints "ready" and closes itself
    launch = _launch(str(not_ours), launches)
    dialog = launch.dialog
    with qtbot.waitSignal(launch.finished, timeout=20_000) as ended:
        pass
    assert ended.args == [4] and launch.exit_code == 4
    out, err = capsys.readouterr()
    assert out.splitlines() == ["ready"]  # the box was shown
    assert "error: the database cannot be opened" in err
    assert dialog is not None and not dialog.isVisible()
    assert launch.session is None
    assert not_ours.read_text("utf-8").startswith("these are not")


def test_quitting_while_the_database_opens_ends_without_a_session(
    qtbot: QtBot, clinic_url: str, launches: list[Launch]
) -> None:
    launch = _launch(clinic_url, launches)
    dialog = launch.dialog
    assert dialog is not None
    with qtbot.waitSignal(launch.finished, timeout=20_000) as ended:
        dialog.quit_button.click()
    assert ended.args == [0]
    assert launch.session is None and not dialog.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_quit_when_ready_waits_for_the_database(
    qtbot: QtBot,
    clinic_url: str,
    launches: list[Launch],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """CALCITRACK_QUIT_WHEN_READY (the packaging tests): "ready" means the database is open
    and the sign-in dialog attached to it, not merely a dialog on screen."""
    monkeypatch.setenv(QUIT_WHEN_READY, "1")
    launch = _launch(clinic_url, launches)
    dialog = launch.dialog
    assert isinstance(dialog, SignInDialog)
    with qtbot.waitSignal(launch.finished, timeout=20_000) as ended:
        pass
    assert ended.args == [0]
    assert dialog.ready
    assert capsys.readouterr().out.splitlines() == ["ready"]


def test_the_loaded_modules_are_frozen_out_of_the_collector_until_the_end(
    qtbot: QtBot, clinic_url: str, launches: list[Launch]
) -> None:
    """Full collections on the GUI thread skip what the start loaded (gc.freeze), and the
    process's collector is as it was once the launch is closed."""
    before = gc.get_freeze_count()
    launch = _launch(clinic_url, launches)
    qtbot.waitUntil(lambda: launch.session is not None, timeout=20_000)
    assert gc.get_freeze_count() > before
    launches.remove(launch)
    assert launch.session is not None and launch.session.dialog is not None
    launch.session.dialog.close()
    launch.close()
    assert gc.get_freeze_count() == 0


def test_an_older_database_is_backed_up_and_upgraded_behind_the_dialog(
    qtbot: QtBot, tmp_path: Path, launches: list[Launch]
) -> None:
    """The upgrade runs on the worker (Alembic off the GUI thread); its users have no password
    yet (revision 0006 brought them), so the first administrator is asked for."""
    path = tmp_path / "clinic.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0005")
        with engine.begin() as conn:
            insert_user_patient_visit(conn, username="dr.old", role="physician")
    finally:
        engine.dispose()
    launch = _launch(f"sqlite:///{path}", launches)
    qtbot.waitUntil(lambda: launch.session is not None, timeout=30_000)
    assert launch.session is not None
    assert isinstance(launch.session.dialog, FirstAdminDialog)
    assert launch.clinic is not None and launch.clinic.opened.action == "upgraded"
    with launch.clinic.engine.connect() as conn:
        assert current_revision(conn) == SCHEMA_HEAD
    [backup] = (tmp_path / "backups").iterdir()
    assert backup.name.startswith("clinic-before-upgrade-0005-")
