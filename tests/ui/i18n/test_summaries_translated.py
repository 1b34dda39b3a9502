"""The visit summary's export dialog in the pseudo-language: every text a person reads came
through the translation, and none is clipped by the longer text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calcitrack.ui.summaries.summary_export_dialog import SummaryExportDialog
from tests.support.pseudo_locale import OPEN, clipped, untranslated

pytestmark = pytest.mark.usefixtures("pseudo_language")

DAYS = (date(2026, 3, 2), date(2026, 6, 1), date(2026, 9, 7))


def _shown(qtbot: QtBot, window: QWidget) -> None:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)


def _checked(window: QWidget, *data: str) -> None:
    assert untranslated(window, data=data) == []
    assert clipped(window) == []


def _dialog(folder: Path) -> SummaryExportDialog:
    return SummaryExportDialog(
        "CT-0001", DAYS, selected=DAYS[-1], folder=folder, open_when_done=True
    )


def test_export_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(tmp_path)
    _shown(qtbot, dialog)
    assert dialog.windowTitle().startswith(OPEN)
    assert dialog.visit_combo.itemText(0).startswith(OPEN)  # the latest
    _checked(dialog)


@pytest.mark.parametrize("typed", ["", "nowhere/summary.pdf", "."])
def test_export_dialog_names_the_problem(qtbot: QtBot, tmp_path: Path, typed: str) -> None:
    dialog = _dialog(tmp_path)
    _shown(qtbot, dialog)
    dialog.path_edit.setText(str(tmp_path / typed) if typed else "")
    dialog.accept()
    assert dialog.problem_label.isVisible()
    assert dialog.problem_label.text().startswith(OPEN)
    _checked(dialog)
