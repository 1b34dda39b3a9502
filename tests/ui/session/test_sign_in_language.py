"""Each sign-in applies the user's language before her main window is built: with a test
catalogue of Portuguese installed, her window's menus are in it and the domain's gettext texts
answer in Portuguese; after switching user, the sign-in is in the workstation's language again and
the next user gets hers. Real SQLite file, real services, real Qt translators."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from calcitrack.app import WorkstationSession
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.i18n import catalogue, languages
from calcitrack.i18n.languages import Language
from calcitrack.services.accounts.own_settings_service import OwnSettingsService
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.context import ServiceContext
from calcitrack.ui.common.window_language import WindowLanguage
from calcitrack.ui.session.change_password_dialog import ChangePasswordDialog
from calcitrack.ui.session.my_settings_dialog import MySettingsDialog
from calcitrack.ui.session.session_language import SessionLanguage, user_language
from calcitrack.ui.session.sign_in_dialog import SignInDialog
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import TEST_PASSWORD, TEST_USERNAME, open_signed_in
from tests.support.pseudo_locale import compile_catalogue
from tests.ui.account_helpers import NURSE_PASSWORD, add_account
from tests.ui.conftest import TRANSLATIONS

TEST_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context><name>MainWindow</name>
<message><source>&amp;Tools</source><translation>&amp;Ferramentas (teste)</translation></message>
</context>
</TS>
"""
"""A Portuguese catalogue of one text: the Tools menu's title."""


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    """The test account (physician and admin) and a nurse, Ana; Portuguese offered."""
    opened = open_signed_in(sqlite_url)
    add_account(opened, "ana.nurse", "Ana Nurse", [Role.NURSE])
    opened.user = None
    yield opened
    opened.close()


@pytest.fixture
def portuguese_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    details = languages._DETAILS[Language.PORTUGUESE]
    monkeypatch.setitem(
        languages._DETAILS, Language.PORTUGUESE, dataclasses.replace(details, ready=True)
    )


@pytest.fixture
def language(qapp: QApplication, tmp_path: Path) -> Iterator[SessionLanguage]:
    """The session's language on a folder holding the English catalogue and the test Portuguese
    one; the workstation's system speaks English. English again afterwards."""
    compile_catalogue(TRANSLATIONS / "calcitrack_en.ts", tmp_path / "calcitrack_en.qm")
    (tmp_path / "pt.ts").write_text(TEST_TS, encoding="utf-8")
    compile_catalogue(tmp_path / "pt.ts", tmp_path / "calcitrack_pt_PT.qm")
    window = WindowLanguage(qapp, tmp_path)
    chosen = SessionLanguage(window, lambda: ["en-GB"])
    yield chosen
    window.close()
    catalogue.activate(Language.ENGLISH)


def _sign_in(qtbot: QtBot, session: WorkstationSession, username: str, password: str) -> MainWindow:
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    dialog.username_edit.setText(username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    assert session.window is not None
    return session.window


def _prefer(clinic: Clinic, username: str, preference: str) -> None:
    """``username`` saved ``preference`` in Change my settings."""
    user = ensure_user(clinic.uow, username, "", Role.NURSE)  # found: she exists
    OwnSettingsService(ServiceContext(clinic.uow, user)).set_language(username, preference)


@pytest.mark.usefixtures("portuguese_ready")
def test_her_window_is_in_her_language_and_the_next_user_gets_his(
    qtbot: QtBot, clinic: Clinic, language: SessionLanguage,
    sessions: list[WorkstationSession],
) -> None:
    _prefer(clinic, "ana.nurse", "pt_PT")
    session = WorkstationSession(clinic, language=language)
    sessions.append(session)
    session.start()
    window = _sign_in(qtbot, session, "ana.nurse", NURSE_PASSWORD)
    assert window.tools_menu.title() == "&Ferramentas (teste)"
    assert catalogue.current_language() is Language.PORTUGUESE  # the domain's texts
    session.switch_user()
    qtbot.waitUntil(lambda: isinstance(session.dialog, SignInDialog) and session.window is None)
    assert language.language is Language.ENGLISH  # the sign-in is the workstation's again
    window = _sign_in(qtbot, session, TEST_USERNAME, TEST_PASSWORD)  # prefers the system's
    assert window.tools_menu.title() == "&Tools"
    assert catalogue.current_language() is Language.ENGLISH


def test_without_portuguese_ready_her_preference_falls_back_to_the_system_s(
    qtbot: QtBot, clinic: Clinic, language: SessionLanguage,
    sessions: list[WorkstationSession], monkeypatch: pytest.MonkeyPatch,
) -> None:
    with monkeypatch.context() as ready_now:  # she chose it while it was offered
        details = languages._DETAILS[Language.PORTUGUESE]
        ready_now.setitem(
            languages._DETAILS, Language.PORTUGUESE, dataclasses.replace(details, ready=True)
        )
        _prefer(clinic, "ana.nurse", "pt_PT")
    monkeypatch.setitem(
        languages._DETAILS, Language.PORTUGUESE,
        dataclasses.replace(languages._DETAILS[Language.PORTUGUESE], ready=False),
    )  # fmt: skip
    session = WorkstationSession(clinic, language=language)
    sessions.append(session)
    session.start()
    window = _sign_in(qtbot, session, "ana.nurse", NURSE_PASSWORD)
    assert window.tools_menu.title() == "&Tools"
    assert language.language is Language.ENGLISH


@pytest.mark.parametrize(("preference", "system", "expected"), [
    ("system", ["pt-PT", "en"], Language.ENGLISH),  # Portuguese not offered
    ("pt_PT", ["en"], Language.ENGLISH),
    ("en", ["ar-EG"], Language.ENGLISH),
    ("klingon", ["en"], Language.ENGLISH),
])
def test_a_preference_resolves_among_the_languages_offered(
    preference: str, system: list[str], expected: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    for one in Language:
        monkeypatch.setitem(languages._DETAILS, one, dataclasses.replace(
            languages._DETAILS[one], ready=one is Language.ENGLISH
        ))
    assert user_language(preference, system) is expected


@pytest.mark.parametrize(("preference", "system", "expected"), [
    ("system", ["pt-BR", "en"], Language.PORTUGUESE),
    ("system", ["C"], Language.ENGLISH),
    ("ar", ["pt-PT"], Language.ARABIC),
    ("en", ["ar-EG"], Language.ENGLISH),
])
def test_a_preference_offered_is_hers(
    preference: str, system: list[str], expected: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    for one in Language:
        monkeypatch.setitem(
            languages._DETAILS, one, dataclasses.replace(languages._DETAILS[one], ready=True)
        )
    assert user_language(preference, system) is expected


def test_change_my_settings_from_the_tools_menu(
    qtbot: QtBot, clinic: Clinic, sessions: list[WorkstationSession]
) -> None:
    """Tools → Change my settings… opens the dialog for the signed-in user; her choice is saved
    (the status bar says when it applies); Change password… there goes on to that dialog."""
    session = WorkstationSession(clinic)
    sessions.append(session)
    session.start()
    window = _sign_in(qtbot, session, "ana.nurse", NURSE_PASSWORD)
    assert window.my_settings_action in window.tools_menu.actions()
    window.my_settings_action.trigger()
    dialog = session.tool
    assert isinstance(dialog, MySettingsDialog)
    qtbot.waitExposed(dialog)
    assert "Ana Nurse (ana.nurse)" in dialog.findChildren(QLabel)[0].text()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Return)
    assert "next sign-in" in window.statusBar().currentMessage()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the dialog's gone
    assert session.tool is None
    user = ensure_user(clinic.uow, "ana.nurse", "", Role.NURSE)
    assert OwnSettingsService(ServiceContext(clinic.uow, user)).language() == "en"
    window.my_settings_action.trigger()
    settings = session.tool
    assert isinstance(settings, MySettingsDialog)
    assert settings.chosen() == "en"
    # its access key (Alt+A) is pressed in tests/ui/session/test_my_settings_dialog.py: here,
    # beside the main window's menu bar, the offscreen platform's key clicks do not reach it
    settings.password_button.click()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the settings' gone
    assert isinstance(session.tool, ChangePasswordDialog)


def test_her_arabic_window_writes_the_clinic_s_digits(
    qtbot: QtBot, clinic: Clinic, language: SessionLanguage,
    sessions: list[WorkstationSession],
) -> None:
    """The clinic chose Arabic-Indic digits: an Arabic-speaking nurse's window and the domain's
    texts write them from her sign-in on; an English user's window stays Western."""
    from PySide6.QtCore import QLocale

    from calcitrack.domain.clinic_text_settings import ARABIC_DIGITS
    from calcitrack.services.clinic_settings_service import ClinicSettingsService

    admin = ensure_user(clinic.uow, TEST_USERNAME, "", Role.ADMIN)
    ClinicSettingsService(ServiceContext(clinic.uow, admin)).save(
        {}, based_on_version=0, texts={ARABIC_DIGITS: "arab"}
    )
    _prefer(clinic, "ana.nurse", "ar")
    session = WorkstationSession(clinic, language=language)
    sessions.append(session)
    session.start()
    _sign_in(qtbot, session, "ana.nurse", NURSE_PASSWORD)
    assert catalogue.current_language() is Language.ARABIC
    assert catalogue.current_digits() == "arab"
    assert QLocale().toString(12.5, "f", 1) == "١٢٫٥"
    session.switch_user()
    qtbot.waitUntil(lambda: isinstance(session.dialog, SignInDialog) and session.window is None)
    _sign_in(qtbot, session, TEST_USERNAME, TEST_PASSWORD)
    assert catalogue.current_language() is Language.ENGLISH
    assert QLocale().toString(12.5, "f", 1) == "12.5"
