"""Esc on a visit form with typing asks before anything is thrown away: "Discard this visit?" —
Discard visit, or Keep typing (the default, so an Enter pressed by habit loses nothing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from calcitrack.ui.common.window_locale import shown_date


class DiscardQuestion:
    """The question of one form; ``discarded`` runs once "Discard visit" is chosen."""

    def __init__(self, form: QWidget, discarded: Callable[[], object]) -> None:
        self._form = form
        self._discarded = discarded
        self._box: QMessageBox | None = None
        self.open_box: QMessageBox | None = None
        """The question while it is open, for tests to answer."""

    def ask(self, day: date) -> None:
        box = self._question()
        box.setText(
            QCoreApplication.translate(
                "DiscardQuestion",
                "Discard this visit?\n\nWhat was typed for {day} is not saved and will be lost.",
            ).format(day=shown_date(day))
        )
        self.open_box = box
        box.open()

    def _question(self) -> QMessageBox:
        if self._box is None:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                QCoreApplication.translate("DiscardQuestion", "Discard this visit?"),
                "",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                self._form,
            )
            box.button(QMessageBox.StandardButton.Discard).setText(
                QCoreApplication.translate("DiscardQuestion", "&Discard visit")
            )
            box.button(QMessageBox.StandardButton.Cancel).setText(
                QCoreApplication.translate("DiscardQuestion", "&Keep typing")
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.finished.connect(self._on_answered)
            self._box = box
        return self._box

    def _on_answered(self, _result: int) -> None:
        self.open_box = None
        box = self._box
        if box is None:
            return
        # clickedButton() is None when the box closed without a button (its stub says never).
        clicked: QAbstractButton | None = box.clickedButton()
        if clicked is None or box.standardButton(clicked) != QMessageBox.StandardButton.Discard:
            return
        self._discarded()
