"""Ctrl+N on a patient who already has a visit that day asks at once, before a word is typed: a
patient has one visit a day, so the nurse opens that visit to add to it or correct it (the
default), or records a visit of another date (a late entry), or leaves. Without the question she
typed a whole visit that Save then refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from calcitrack.ui.common.window_locale import shown_date


def ask_same_day(
    parent: QWidget,
    patient: str,
    day: date,
    *,
    open_visit: Callable[[], object],
    other_date: Callable[[], object],
    answered: Callable[[], object],
) -> QMessageBox:
    """Open the question (window-modal) and return it; ``answered`` runs first on any answer,
    then ``open_visit`` or ``other_date`` as chosen (Esc: neither)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("SameDayQuestion", "Visit already recorded today"),
        QCoreApplication.translate(
            "SameDayQuestion",
            "{patient} already has a visit today ({day}). A patient has one visit a day: open it "
            "to add to it or correct it.\n\nOr record a visit of another date (a visit typed "
            "late): the form opens for you to change the date first.",
        ).format(patient=patient, day=shown_date(day)),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    opening = box.addButton(
        QCoreApplication.translate("SameDayQuestion", "&Open the visit of {day}").format(
            day=shown_date(day)
        ),
        QMessageBox.ButtonRole.AcceptRole,
    )
    other = box.addButton(
        QCoreApplication.translate("SameDayQuestion", "&Another date…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.setDefaultButton(opening)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def chosen(_result: int) -> None:  # once closed: the form then keeps the focus it takes
        button = box.clickedButton()
        answered()
        if button is opening:
            open_visit()
        elif button is other:
            other_date()

    box.finished.connect(chosen)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
