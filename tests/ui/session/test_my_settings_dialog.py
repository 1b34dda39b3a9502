"""Change my settings with the keyboard, with the real account services on a real SQLite file:
the language list comes from the languages offered, the choice is saved for the signed-in user
and read back when the dialog opens again; a refusal is shown under the field."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.i18n import languages
from calcitrack.i18n.languages import Language
from calcitrack.services.accounts.own_settings_service import OwnSettingsService
from calcitrack.ui.session.my_settings_dialog import MySettingsDialog
from tests.support.accounts import open_signed_in

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    opened = open_signed_in(sqlite_url)
    yield opened
    opened.close()


def ready(monkeypatch: pytest.MonkeyPatch, *chosen: Language) -> None:
    """Only the ``chosen`` languages have complete catalogues, whatever the translators have
    finished by the time this runs."""
    for language in Language:
        details = languages._DETAILS[language]
        monkeypatch.setitem(
            languages._DETAILS, language,
            dataclasses.replace(details, ready=language in chosen),
        )  # fmt: skip


def _dialog(
    qtbot: QtBot, clinic: Clinic, system: tuple[str, ...] = ("en-GB",)
) -> MySettingsDialog:
    assert clinic.user is not None
    dialog = MySettingsDialog(
        OwnSettingsService(clinic.context()), clinic.user, system_languages=system
    )
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.language_combo)
    return dialog


def _items(dialog: MySettingsDialog) -> list[tuple[str, str]]:
    combo = dialog.language_combo
    return [(combo.itemText(row), combo.itemData(row)) for row in range(combo.count())]


def test_the_list_is_the_system_s_language_then_each_language_offered(
    qtbot: QtBot, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready(monkeypatch, Language.ENGLISH)
    assert _items(_dialog(qtbot, clinic, ("pt-PT", "ar"))) == [
        ("System language (English)", "system"), ("English", "en"),
    ]
    ready(monkeypatch, Language.ENGLISH, Language.PORTUGUESE, Language.ARABIC)
    assert _items(_dialog(qtbot, clinic, ("pt-BR", "en"))) == [
        ("System language (Português (Portugal))", "system"), ("English", "en"),
        ("Português (Portugal) (draft translation, not yet reviewed)", "pt_PT"),
        ("العربية (draft translation, not yet reviewed)", "ar"),
    ]
    ready(monkeypatch, Language.ENGLISH, Language.ARABIC)
    assert [data for _, data in _items(_dialog(qtbot, clinic, ("C",)))] == ["system", "en", "ar"]


def test_chosen_with_the_keyboard_saved_and_read_back(
    qtbot: QtBot, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready(monkeypatch, Language.ENGLISH, Language.ARABIC)
    dialog = _dialog(qtbot, clinic)
    assert dialog.chosen() == "system"
    assert "next sign-in" in dialog.language_row.hint_label.text()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    assert dialog.chosen() == "ar"
    with qtbot.waitSignal(dialog.language_saved) as saved:
        qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Return)
    assert saved.args == ["ar"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert OwnSettingsService(clinic.context()).language() == "ar"
    again = _dialog(qtbot, clinic)
    assert again.language_combo.currentText().startswith("العربية")
    qtbot.keyClick(again.language_combo, Qt.Key.Key_Home)
    qtbot.keyClick(again.language_combo, Qt.Key.Key_Return)
    assert OwnSettingsService(clinic.context()).language() == "system"


def test_escape_saves_nothing(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    assert dialog.chosen() == "en"
    with qtbot.assertNotEmitted(dialog.language_saved):
        qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert OwnSettingsService(clinic.context()).language() == "system"


def test_alt_a_goes_on_to_change_password(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _dialog(qtbot, clinic)
    with qtbot.waitSignal(dialog.password_change_requested):
        qtbot.keyClick(dialog.language_combo, Qt.Key.Key_A, ALT)
    assert not dialog.isVisible()


def test_a_language_no_longer_offered_is_refused_under_the_field(
    qtbot: QtBot, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready(monkeypatch, Language.ENGLISH, Language.PORTUGUESE)
    dialog = _dialog(qtbot, clinic)
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_End)
    assert dialog.chosen() == "pt_PT"
    ready(monkeypatch, Language.ENGLISH)  # withdrawn while the dialog was open
    with qtbot.assertNotEmitted(dialog.language_saved):
        qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.marked() == ["language"]
    assert dialog.language_row.reason_label.text() == (
        "Language: Português (Portugal) is not offered yet: its translation is not finished."
    )
    assert OwnSettingsService(clinic.context()).language() == "system"
