"""The patient list's cells, painted from the model's answers in one call per cell.

Qt's own delegate asks the model seven roles of every cell it paints (font, alignment,
foreground, check state, decoration, display, background), each a call from C++ into the Python
model: about 550 calls for the 26 rows and 3 columns a search keystroke repaints, more than the
rest of the repaint's Python together. This delegate fills the cell's style option as
``QStyledItemDelegate.initStyleOption`` does, but from ``PatientTableModel.answer`` directly: one
call from C++ per cell. What it paints is Qt's own painting of the same answers, pixel for pixel
(tests/ui/patients/test_patient_list_delegate.py compares the two).

Orange's data table (``Orange.widgets.utils.itemdelegates.DataDelegate``) answers its cells the
same way, for the same reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from calcitrack.ui.patients.patient_table_model import PatientTableModel

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_DECORATION = QStyleOptionViewItem.ViewItemFeature.HasDecoration
_ENABLED = QStyle.StateFlag.State_Enabled
_SELECTED = QStyle.StateFlag.State_Selected
_OPEN = QStyle.StateFlag.State_Open


class PatientListDelegate(QStyledItemDelegate):
    """Paints ``model``'s cells; the roles the model never answers (check state, background)
    are left as Qt leaves them when a model answers nothing."""

    def __init__(self, model: PatientTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if index.model() is not self._model:  # not ours (never in the list): Qt's own way
            super().initStyleOption(option, index)
            return
        row, column, answer = index.row(), index.column(), self._model.answer
        option.index = index if isinstance(index, QModelIndex) else self._model.index(row, column)
        font = answer(row, column, _FONT)
        if font is not None:
            option.font = font.resolve(option.font)
            option.fontMetrics = QFontMetrics(option.font)
        alignment = answer(row, column, _ALIGNMENT)
        if alignment is not None:
            option.displayAlignment = Qt.AlignmentFlag(alignment)
        foreground = answer(row, column, _FOREGROUND)
        if foreground is not None:
            palette = QPalette(option.palette)
            palette.setBrush(QPalette.ColorRole.Text, foreground)
            option.palette = palette
        icon = answer(row, column, _DECORATION)
        if isinstance(icon, QIcon) and not icon.isNull():
            _decorate(option, icon)
        text = answer(row, column, _DISPLAY)
        if text is not None:
            option.features |= _HAS_DISPLAY
            option.text = str(text).replace("\n", "\u2028")  # as Qt's displayText
        # as Qt: no style animations inside item views (QTBUG-30146)
        option.styleObject = None  # type: ignore[assignment]  # Qt sets nullptr; stubs say QObject


def _decorate(option: QStyleOptionViewItem, icon: QIcon) -> None:
    """The icon and its size, as ``QStyledItemDelegate.initStyleOption`` sets them."""
    option.features |= _HAS_DECORATION
    option.icon = icon
    state = option.state
    if not state & _ENABLED:
        mode = QIcon.Mode.Disabled
    elif state & _SELECTED:
        mode = QIcon.Mode.Selected
    else:
        mode = QIcon.Mode.Normal
    on = QIcon.State.On if state & _OPEN else QIcon.State.Off
    wanted = option.decorationSize
    actual = icon.actualSize(wanted, mode, on)
    option.decorationSize = QSize(
        min(wanted.width(), actual.width()), min(wanted.height(), actual.height())
    )
