"""The patient list's saved settings (its filters, sort and columns), its sort choices and the
texts of its footer."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Qt
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from calcitrack.domain.patient_list import StatusFilter
from calcitrack.ui.common.number_text import grouped_count
from calcitrack.ui.patients.patient_flags_cell import widest_cell_text
from calcitrack.ui.patients.patient_table_model import (
    LAST_VISIT_COLUMN,
    NAME_COLUMN,
    NEXT_DUE_COLUMN,
)


class _Setting(NamedTuple):
    key: str
    default: Any
    type: type


HEADER = _Setting("patient_list/header", b"", bytes)
HEADER_COLUMNS = _Setting("patient_list/header_columns", 0, int)
DISEASE = _Setting("patient_list/disease", "", str)
STATUS = _Setting("patient_list/status", StatusFilter.ACTIVE.value, str)
ON_DILTIAZEM = _Setting("patient_list/on_diltiazem", False, bool)
SORT = _Setting("patient_list/sort", "name", str)

#: The sort choices: name shown (in English, translated where shown), settings code, column,
#: order.
SORTS = (
    (str(QT_TRANSLATE_NOOP("PatientListPanel", "Name")), "name", NAME_COLUMN,
     Qt.SortOrder.AscendingOrder),
    (str(QT_TRANSLATE_NOOP("PatientListPanel", "Next due")), "next_due", NEXT_DUE_COLUMN,
     Qt.SortOrder.AscendingOrder),
    (str(QT_TRANSLATE_NOOP("PatientListPanel", "Last visit")), "last_visit", LAST_VISIT_COLUMN,
     Qt.SortOrder.DescendingOrder),
)  # fmt: skip

LOADING = str(QT_TRANSLATE_NOOP("PatientListPanel", "Reading the patient list…"))
"""The footer until the first rows come (a server may take a moment after sign-in); in English
here, shown translated, as ``UNREAD``."""
UNREAD = str(QT_TRANSLATE_NOOP("PatientListPanel", "The patient list could not be read."))
"""The footer when the first rows could not be read (the window says why)."""


class PatientListFooter(QObject):
    """The footer's counted text: lupdate finds the plural forms of a text only in a QObject's
    ``self.tr``, never in ``QCoreApplication.translate``."""

    def count_text(self, matching: int, total: int) -> str:
        return self.tr("{shown} of {total} patient(s)", "", total).format(
            shown=grouped_count(matching), total=grouped_count(total)
        )


def count_text(matching: int, total: int) -> str:
    """The footer: "47,478 of 50,001 patients" (thousands separated, as the status bar's)."""
    return PatientListFooter().count_text(matching, total)


def flags_column_width(view: QTableView) -> int:
    """Room for the longest flags text with its icon, "2 safety · review (out of date)": at a
    narrower width the out-of-date mark was cut off."""
    text = view.fontMetrics().horizontalAdvance(widest_cell_text())
    return text + view.iconSize().width() + 24


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def read_setting(settings: QSettings, setting: _Setting) -> Any:
    return settings.value(setting.key, setting.default, type=setting.type)
