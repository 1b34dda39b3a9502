"""The visit summary's export dialog in the pseudo-language: every text a person reads came
through the translation, and none is clipped by the longer text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calcitrack.ui.summaries.summary_export_dialog import SummaryExportDialog
from tests.support.pseudo_locale import OPEN, assert_translated, shown

pytestmark = pytest.mark.usefixtures("pseudo_language")

DAYS = (date(2026, 3, 2), date(2026, 6, 1), date(2026, 9, 7))


def _dialog(folder: Path) -> SummaryExportDialog:
    return SummaryExportDialog(
        "CT-0001", DAYS, selected=DAYS[-1], folder=folder, open_when_done=True
    )


def test_export_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(tmp_path)
    shown(qtbot, dialog)
    assert dialog.windowTitle().startswith(OPEN)
    assert dialog.visit_combo.itemText(0).startswith(OPEN)  # the latest
    assert_translated(dialog)


@pytest.mark.parametrize("typed", ["", "nowhere/summary.pdf", "."])
def test_export_dialog_names_the_problem(qtbot: QtBot, tmp_path: Path, typed: str) -> None:
    dialog = _dialog(tmp_path)
    shown(qtbot, dialog)
    dialog.path_edit.setText(str(tmp_path / typed) if typed else "")
    dialog.accept()
    assert dialog.problem_label.isVisible()
    assert dialog.problem_label.text().startswith(OPEN)
    assert_translated(dialog)
