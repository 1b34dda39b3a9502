"""The audit viewer's filters: patient MRN, user, From and To days (each optional), newest first.

Enter in any filter submits them (``filters_submitted``); ``filters()`` reads them as an
``AuditFilters`` (audit_query.py). ``mark`` shows a refusal below the filters in words naming the
field, the field framed in red, until the field is edited.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.ui.audit.audit_query import (
    FROM,
    PATIENT,
    TO,
    USER,
    AuditFilters,
    about_filter,
    filter_name,
)
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.iso_date_edit import IsoDateEdit

ALL_USERS = str(QT_TRANSLATE_NOOP("AuditFilterPanel", "All users"))
"""The user filter's first item, in English (shown translated)."""
DEFAULT_DAYS = 30
"""From defaults to this many days before today."""


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(qdate: QDate) -> date:
    """The day a date edit shows (what ``QDate.toPython()`` gives, typed: its stub says object)."""
    return date(qdate.year(), qdate.month(), qdate.day())


def _checked_box(text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setChecked(True)
    return box


class AuditFilterPanel(QWidget):
    filters_submitted = Signal()
    """Enter was pressed in a filter, or Apply clicked."""

    def __init__(
        self, usernames: Sequence[str], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._all_users = self.tr(ALL_USERS)
        self.patient_edit = QLineEdit(
            placeholderText=self.tr("all patients"), clearButtonEnabled=True
        )
        self.user_combo = QComboBox(editable=True)
        self.user_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user_combo.addItems([self._all_users, *usernames])
        self.from_check = _checked_box(self.tr("&From:"))
        self.from_edit = self._date_edit(
            today - timedelta(days=DEFAULT_DAYS), self.from_check, filter_name(FROM)
        )
        self.to_check = _checked_box(self.tr("&To:"))
        self.to_edit = self._date_edit(today, self.to_check, filter_name(TO))
        self.newest_check = _checked_box(self.tr("&Newest first"))
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setAutoDefault(False)
        self.apply_button.clicked.connect(self.filters_submitted)
        self.message_label = QLabel(wordWrap=True)
        self.message_label.setObjectName("filterMessage")
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        self._fields: dict[str, QWidget] = {
            PATIENT: self.patient_edit,
            USER: self.user_combo,
            FROM: self.from_edit,
            TO: self.to_edit,
        }
        metrics = self.fontMetrics()  # fixed widths: a red frame must not move the row about
        self.patient_edit.setFixedWidth(metrics.horizontalAdvance("M" * 11) + 30)
        widest = max(
            metrics.horizontalAdvance(name) for name in (self._all_users, "M" * 9, *usernames)
        )
        self.user_combo.setFixedWidth(min(widest, metrics.horizontalAdvance("M" * 16)) + 50)
        for edit in (self.from_edit, self.to_edit):
            edit.setFixedWidth(edit.sizeHint().width())
        patient_label = QLabel(self.tr("&Patient MRN:"))
        patient_label.setBuddy(self.patient_edit)
        user_label = QLabel(self.tr("&User:"))
        user_label.setBuddy(self.user_combo)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        widget: QWidget
        for widget in (patient_label, self.patient_edit):
            row.addWidget(widget)
        row.addSpacing(12)
        for widget in (user_label, self.user_combo):
            row.addWidget(widget)
        row.addSpacing(12)
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.newest_check)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        self.setStyleSheet(field_marks.INVALID_STYLE)

        self.patient_edit.textEdited.connect(lambda _t: self._on_field_edited(PATIENT))
        self.user_combo.editTextChanged.connect(lambda _t: self._on_field_edited(USER))
        for name, check, edit in (
            (FROM, self.from_check, self.from_edit),
            (TO, self.to_check, self.to_edit),
        ):
            edit.dateChanged.connect(lambda _d, n=name: self._on_dates_edited(n))
            check.toggled.connect(lambda _on, n=name: self._on_dates_edited(n))

    def _date_edit(self, day: date, check: QCheckBox, name: str) -> QDateEdit:
        edit = IsoDateEdit(day, name)
        check.toggled.connect(edit.setEnabled)
        return edit

    def focus_order(self) -> list[QWidget]:
        return [
            self.patient_edit,
            self.user_combo,
            self.from_check,
            self.from_edit,
            self.to_check,
            self.to_edit,
            self.newest_check,
            self.apply_button,
        ]

    # -- what is asked for ---------------------------------------------------------------------

    def filters(self) -> AuditFilters:
        user = self.user_combo.currentText().strip()
        return AuditFilters(
            patient_mrn=self.patient_edit.text().strip() or None,
            user=None if user in ("", self._all_users) else user,
            since=_day(self.from_edit.date()) if self.from_check.isChecked() else None,
            until=_day(self.to_edit.date()) if self.to_check.isChecked() else None,
            newest_first=self.newest_check.isChecked(),
        )

    # -- refusals ------------------------------------------------------------------------------

    def mark(self, name: str, reason: str) -> None:
        """Show "``name``: ``reason``" below the filters and frame the field; focus it."""
        self.clear_marks()
        field = self._fields.get(name)
        text = about_filter(name, reason)
        self.message_label.setText(text)
        self.message_label.show()
        if field is not None:
            field_marks.mark(field, text)
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_marks(self) -> None:
        self.message_label.hide()
        self.message_label.clear()
        for field in self._fields.values():
            field_marks.clear(field)

    def marked(self) -> list[str]:
        """The names of the filters framed in red."""
        return [name for name, field in self._fields.items() if field_marks.is_marked(field)]

    # -- slots ---------------------------------------------------------------------------------

    def _on_field_edited(self, name: str) -> None:
        if name in self.marked():
            self.clear_marks()

    def _on_dates_edited(self, _name: str) -> None:
        if FROM in self.marked() or TO in self.marked():
            self.clear_marks()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in any filter (the fields pass it on) submits the filters."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.filters_submitted.emit()
            return
        super().keyPressEvent(event)
