"""The response panel's baseline chooser at the window's default size, 1280 × 800, in
Portuguese (QA): the label "Referência:" and every visit the combo offers, its longest choice
"Predefinição (início do esquema)" included, are shown whole, and the window stays 1280 wide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from calcitrack.ui.workspace.patient_workspace import OVERVIEW
from tests.ui.demo_window import nurse_clinic, ra_patient_window
from tests.ui.i18n.test_default_size_in_portuguese import portuguese as portuguese

DEFAULT_SIZE = (1280, 800)


def _needed(combo: QComboBox, text: str) -> int:
    """The width ``combo`` needs to show ``text`` whole in its field."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    contents = QSize(metrics.horizontalAdvance(text), metrics.height())
    return combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, contents, combo
    ).width()


@pytest.mark.usefixtures("portuguese")
def test_the_baseline_chooser_is_whole_in_portuguese_at_1280(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with nurse_clinic(tmp_path, "nurse1280", "Enfermeira") as clinic:
        window = ra_patient_window(qtbot, clinic)
        window.resize(*DEFAULT_SIZE)
        window.show_workspace(OVERVIEW)
        qtbot.waitUntil(lambda: window.workspace.overview.panel is not None)
        panel = window.workspace.overview.panel
        assert panel is not None
        qtbot.waitUntil(lambda: panel.assessment is not None, timeout=10000)
        qtbot.wait(50)  # the layout settles
        response = panel.response_panel
        combo = response.baseline_combo
        choices = [combo.itemText(i) for i in range(combo.count())]
        assert choices[0] == "Predefinição (início do esquema)"  # the window in Portuguese
        assert len(choices) >= 3  # the default and earlier visits
        labels = [found for found in response.findChildren(QLabel) if found.buddy() is combo]
        assert [found.text() for found in labels] == ["&Referência:"]
        label = labels[0]
        assert window.width() == DEFAULT_SIZE[0]
        assert window.minimumSizeHint().width() <= DEFAULT_SIZE[0]
        shown = window.rect()
        for widget in (label, combo):
            where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            assert shown.contains(where), where.getRect()
            assert widget.visibleRegion().boundingRect() == widget.rect()
        assert label.width() >= label.sizeHint().width()
        widest = max(_needed(combo, text) for text in choices)
        assert combo.width() >= widest, (combo.width(), widest)
