"""Change my settings in the pseudo-language (tests/support/pseudo_locale.py): every text a
person reads came through the translation (but the languages' own names, the same in every
language), and none is clipped by the longer text."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import calcitrack
from calcitrack.bootstrap import Clinic
from calcitrack.i18n import languages
from calcitrack.i18n.languages import Language
from calcitrack.services.accounts.own_settings_service import OwnSettingsService
from calcitrack.ui.session.my_settings_dialog import MySettingsDialog
from tests.support.accounts import open_signed_in
from tests.support.pseudo_locale import OPEN, assert_translated, build_pseudo_catalogue, shown

SESSION = Path(calcitrack.__file__).resolve().parent / "ui" / "session"


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dialog's texts and the account forms' it shares, pseudo-translated and compiled."""
    return build_pseudo_catalogue(
        [SESSION / "my_settings_dialog.py", SESSION / "account_form.py"],
        tmp_path_factory.mktemp("pseudo"),
    )


@pytest.fixture
def pseudo_language(qapp: QApplication, pseudo_catalogue: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue)), pseudo_catalogue
    assert QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def clinic(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Clinic]:
    """Every language offered (the longest list), whatever the translators have finished."""
    for language in Language:
        details = dataclasses.replace(languages._DETAILS[language], ready=True)
        monkeypatch.setitem(languages._DETAILS, language, details)
    opened = open_signed_in(sqlite_url)
    yield opened
    opened.close()


NATIVE_NAMES = tuple(language.native_name for language in Language)
"""Each language by its own name: the same in every language."""


@pytest.mark.usefixtures("pseudo_language")
def test_change_my_settings(qtbot: QtBot, clinic: Clinic) -> None:
    assert clinic.user is not None
    dialog = MySettingsDialog(
        OwnSettingsService(clinic.context()), clinic.user, system_languages=["ar-EG"]
    )
    shown(qtbot, dialog)
    assert dialog.windowTitle().startswith(OPEN)
    assert dialog.language_combo.itemText(0).startswith(OPEN)
    assert "العربية" in dialog.language_combo.itemText(0)
    assert_translated(dialog, *NATIVE_NAMES)


@pytest.mark.usefixtures("pseudo_language")
def test_a_refusal_under_the_field(
    qtbot: QtBot, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert clinic.user is not None
    dialog = MySettingsDialog(
        OwnSettingsService(clinic.context()), clinic.user, system_languages=["en"]
    )
    shown(qtbot, dialog)
    dialog.select("ar")
    details = dataclasses.replace(languages._DETAILS[Language.ARABIC], ready=False)
    monkeypatch.setitem(languages._DETAILS, Language.ARABIC, details)
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Return)
    assert dialog.form.marked() == ["language"]
    # the reason comes from the domain, through gettext, whose pseudo-catalogue is not installed
    reason = dialog.language_row.reason_label.text()
    assert reason.startswith(OPEN)  # "{field}: {reasons}" of the form: translated
    assert_translated(dialog, *NATIVE_NAMES)
