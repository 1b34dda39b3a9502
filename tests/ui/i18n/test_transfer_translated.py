"""The File menu's import, export and clinic-day windows in the pseudo-language: every text a
person reads came through the translation, and none is clipped by the longer text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.i18n.languages import Language
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.transfer.transfer_menu import TransferMenu
from tests.support.accounts import open_signed_in
from tests.support.pseudo_locale import OPEN, assert_translated
from tests.ui.main_window_support import shown_main_window

pytestmark = pytest.mark.usefixtures("pseudo_language")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    clinic: Clinic = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    clinic.today = lambda: date(2026, 11, 20)
    main = shown_main_window(qtbot, clinic)
    yield main
    main.close()
    clinic.close()


def _menu(window: MainWindow) -> TransferMenu:
    assert window.transfer is not None
    return window.transfer


def _checked(qtbot: QtBot, dialog: QDialog | None, *data: str) -> None:
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert_translated(dialog, *data)


NATIVE_NAMES = tuple(language.native_name for language in Language)


def test_the_export_dialogs(window: MainWindow, qtbot: QtBot) -> None:
    menu = _menu(window)
    for action, flow in (
        (menu.export_action, menu.export_flow),
        (menu.fhir_action, menu.fhir_flow),
        (menu.research_action, menu.research_flow),
        (menu.clinic_day_action, menu.clinic_day_flow),
    ):
        action.trigger()
        dialog = flow.dialog
        _checked(qtbot, dialog, *NATIVE_NAMES)  # each language by its own name, in every one
        assert dialog is not None
        dialog.reject()


def test_a_refused_export_folder(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    flow = _menu(window).research_flow
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "kept.txt").write_text("x", "utf-8")
    _menu(window).research_action.trigger()
    assert flow.dialog is not None
    flow.dialog.folder_edit.setText(str(tmp_path / "full"))
    flow.dialog.accept()  # not a new or empty folder
    assert flow.problem is not None
    qtbot.waitExposed(flow.problem)
    assert flow.problem.text().startswith(OPEN), flow.problem.text()
    assert flow.problem.windowTitle().startswith(OPEN)


def test_an_import_refused(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    flow = _menu(window).import_flow
    flow.choose_file = lambda: str(bad)
    _menu(window).import_action.trigger()
    _checked(qtbot, flow.report)
