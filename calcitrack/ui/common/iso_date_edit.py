"""The date field every form uses: yyyy-MM-dd, typed as a person types a date (see the class).

Always ISO, with the digits 0 to 9 and left to right, whatever the window's language: the field
is written in Qt's "C" locale, since under the Arabic window's locale with Arabic-Indic digits a
date edit would write ``٢٠٢٦-٠٣-٠٧`` and refuse the digits a keyboard types. Its calendar pop-up
speaks the window's language (month and day names, digits).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


class IsoDateEdit(QDateEdit):
    """A yyyy-MM-dd date edit that takes the dashes too: Qt moves to the month by itself once the
    year has four digits, so a dash typed right then is swallowed instead of skipping the month."""

    def __init__(self, day: date, name: str, parent: QWidget | None = None) -> None:
        super().__init__(QDate(day.year, day.month, day.day), parent)
        window_locale = self.locale()
        window_direction = self.layoutDirection()
        self.setLocale(QLocale.c())
        # left to right in a mirrored (Arabic) window too: the field shows 2026-03-07 as typed,
        # never 07-03-2026, which reads as another date order
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.calendarWidget().setLocale(window_locale)
        self.calendarWidget().setLayoutDirection(window_direction)
        self.setKeyboardTracking(False)
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setMaximumDate(QDate(2199, 12, 31))
        self.setAccessibleName(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        line = self.lineEdit()
        section_start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        text = line.text()
        just_moved = (
            event.text() == "-"
            and self.currentSectionIndex() > 0
            and 0 < section_start <= len(text)
            and text[section_start - 1] == "-"
            and line.selectedText() == self.sectionText(self.currentSection())
        )
        if just_moved:
            event.accept()
            return
        selected = line.selectedText()
        if event.text().isdigit() and selected and selected != self.sectionText(
            self.currentSection()
        ):
            # Ctrl+A (or a selection across sections), then a date typed: Qt refused every digit
            # as not a whole date and kept the old one silently; the year takes them instead
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Entered from the keyboard or put back after a refusal: the year is selected, so a
        date typed replaces the date (the cursor left at its end garbled it)."""
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the date at once (Qt would first walk through year, month and day)."""
        return QWidget.focusNextPrevChild(self, next)

    def day(self) -> date:
        shown = self.date()  # always valid: a QDateEdit keeps within its minimum and maximum
        return date(shown.year(), shown.month(), shown.day())

    def set_day(self, day: date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))
