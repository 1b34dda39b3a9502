"""The delete-visit dialog says what goes with the visit: its photographs among them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import Visit
from calcitrack.ui.visits.delete_visit_dialog import DeleteVisitDialog


def _text(dialog: DeleteVisitDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_photographs_that_go_with_the_visit_are_named(qtbot: QtBot) -> None:
    visit = Visit(1, date(2025, 4, 14))
    with_two = DeleteVisitDialog(visit, "Inês Cadório", photographs=2)
    qtbot.addWidget(with_two)
    assert "its 2 lesion photographs" in _text(with_two)
    with_one = DeleteVisitDialog(visit, "Inês Cadório", photographs=1)
    qtbot.addWidget(with_one)
    assert "its 1 lesion photograph," in _text(with_one)
    without = DeleteVisitDialog(visit, "Inês Cadório")
    qtbot.addWidget(without)
    assert "photograph" not in _text(without)
