"""The clinic's thresholds, for an admin to edit: one spin box per setting, grouped by section,
each with where its default comes from (clinic policy in an amber tag, or the published source).

The dialog does not save. Save emits ``settings_submitted`` with every value and waits: the main
window runs ClinicSettingsService.save on its task runner and then calls ``mark_saved(settings)``
(the dialog closes) or ``show_problems(problems)`` / ``show_error(text)`` (the dialog stays open,
the named fields marked and every reason listed).
"""

from __future__ import annotations

import html
import itertools
import math
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.clinic_settings import (
    DEFINITIONS,
    ClinicSettings,
    SettingDefinition,
    check_setting,
)
from calcitrack.domain.errors import Problem
from calcitrack.ui import field_marks

HEADER = (
    "Thresholds used by the response assessment and the flags on every workstation. "
    "Decision support: changing them changes which patients are flagged."
)
SECTION_TITLES = {
    "response": "Response assessment",
    "surgery": "Reconsider-surgery review",
    "safety": "Safety flags",
}
POLICY_TAG = "clinic policy"
PUBLISHED_TAG = "published"
_TAG_STYLE = {
    True: "background-color:#fff3cd; color:#6b4a00;",  # amber, as the ROM panel's warnings
    False: "background-color:#e3ecf5; color:#1f3b57;",
}
_STYLE = """
QFrame#field[invalid="true"] { border: 2px solid #c62828; border-radius: 3px;
                               background-color: #fdecea; }
QLabel[invalid="true"] { color: #c62828; }
QLabel#message { color: #c62828; }
"""
"""A refused value: its spin box framed in red and its label red. The frame is drawn around the
spin box, not on it: a stylesheet border on a spin box shrinks its arrows to stubs."""


def unit_text(value: float, unit: str) -> str:
    """``50 %``, ``7/10``, ``15°``: a unit that starts with a slash or a degree sign hugs it."""
    number = f"{value:g}".replace("-", "−")
    return f"{number}{_suffix(unit)}"


def _suffix(unit: str) -> str:
    if not unit:
        return ""
    return unit if unit[0] in "/°" else f" {unit}"


def _narrow(definition: SettingDefinition) -> bool:
    return definition.maximum - definition.minimum <= 10


def _decimals(definition: SettingDefinition, stored: float) -> int:
    """Two decimals for narrow ranges (mg/kg/day), one otherwise; more if a stored value has them
    (a spin box would round it, and saving would then change it silently)."""
    wanted = 2 if _narrow(definition) else 1
    for places in range(wanted, 5):
        if round(stored, places) == stored:
            return places
    return 4


def _accessible_name(definition: SettingDefinition) -> str:
    """The label; a continuation ("…within") is read with the setting it continues."""
    if not definition.label.startswith("…"):
        return definition.label
    index = DEFINITIONS.index(definition)
    previous = next(d for d in reversed(DEFINITIONS[:index]) if not d.label.startswith("…"))
    return f"{previous.label} {definition.label[1:]}"


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _NoWheelUnlessFocused:
    """Scrolling the dialog over a spin box scrolls the dialog; it never changes a threshold."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()


class _SpinBox(_NoWheelUnlessFocused, QSpinBox):
    pass


class _DoubleSpinBox(_NoWheelUnlessFocused, QDoubleSpinBox):
    pass


class ClinicSettingsDialog(QDialog):
    settings_submitted = Signal(dict)
    """Every setting's value (``{key: float}``), when the admin presses Save."""

    def __init__(self, settings: ClinicSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.based_on_version = settings.version
        """The settings version the values were read at (pass it to the service's save)."""
        self.setWindowTitle("Clinic settings")
        self.setStyleSheet(_STYLE)
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.notes: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._frames: dict[str, QFrame] = {}

        header = QLabel(HEADER, wordWrap=True)
        header.setStyleSheet("font-weight: bold;")
        content = QWidget()
        sections = QVBoxLayout(content)
        sections.setContentsMargins(0, 0, 6, 0)
        for section in dict.fromkeys(d.section for d in DEFINITIONS):
            definitions = [d for d in DEFINITIONS if d.section == section]
            sections.addWidget(self._section_box(section, definitions, settings))
        sections.addStretch(1)
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.message_label = QLabel(objectName="message", wordWrap=True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Save
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.setText("Restore defaults")
        self.restore_button.setToolTip("Put every threshold back to its default (saved on Save)")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        width = max(spin.sizeHint().width() for spin in self.spins.values())
        for spin in self.spins.values():
            spin.setFixedWidth(width)  # one column of spin boxes across the sections
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(content.minimumSizeHint().width() + scrollbar)
        order = [*self.spins.values(), self.restore_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.resize(980, 760)

    # ---------------------------------------------------------------- building

    def _section_box(
        self, section: str, definitions: list[SettingDefinition], settings: ClinicSettings
    ) -> QGroupBox:
        box = QGroupBox(SECTION_TITLES.get(section, section.capitalize()))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 4)
        for row, definition in enumerate(definitions):
            spin = self._spin(definition, settings[definition.key])
            label = QLabel(definition.label, wordWrap=True)
            label.setBuddy(spin)
            label.setMinimumWidth(240)
            note = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
            note.setMinimumWidth(300)
            self.spins[definition.key] = spin
            self._labels[definition.key] = label
            self.notes[definition.key] = note
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            frame = QFrame(objectName="field")
            frame_layout = QVBoxLayout(frame)
            frame_layout.setContentsMargins(2, 2, 2, 2)
            frame_layout.addWidget(spin)
            self._frames[definition.key] = frame
            grid.addWidget(frame, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(note, row, 2, Qt.AlignmentFlag.AlignTop)
            self._update_note(definition)
            spin.valueChanged.connect(lambda _v, d=definition: self._on_value_changed(d))
        return box

    def _spin(self, definition: SettingDefinition, stored: float) -> QSpinBox | QDoubleSpinBox:
        # A stored value outside the range (another CalciTrack's) is shown as it is, not clamped,
        # so that Save reports it instead of changing it silently.
        low, high = min(definition.minimum, stored), max(definition.maximum, stored)
        spin: QSpinBox | QDoubleSpinBox
        if definition.integer:
            spin = _SpinBox()
            spin.setRange(math.floor(low), math.ceil(high))
            spin.setValue(round(stored))
        else:
            spin = _DoubleSpinBox()
            spin.setDecimals(_decimals(definition, stored))
            spin.setRange(low, high)
            spin.setSingleStep(0.1 if _narrow(definition) else 1.0)
            spin.setValue(stored)
        spin.setSuffix(_suffix(definition.unit))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: see _NoWheelUnlessFocused
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        spin.setAccessibleName(_accessible_name(definition))
        spin.setAccessibleDescription(self._description(definition))
        spin.setToolTip(self._description(definition))
        return spin

    @staticmethod
    def _description(definition: SettingDefinition) -> str:
        low, high = (
            unit_text(v, definition.unit) for v in (definition.minimum, definition.maximum)
        )
        return (
            f"{definition.label} — default {unit_text(definition.default, definition.unit)}, "
            f"from {low} to {high}. {definition.origin_note}"
        )

    def _update_note(self, definition: SettingDefinition) -> None:
        tag = POLICY_TAG if definition.policy else PUBLISHED_TAG
        default = f"default {html.escape(unit_text(definition.default, definition.unit))}"
        if self._value(definition) != definition.default:
            default += " · <b>changed</b>"
        self.notes[definition.key].setText(
            f'<span style="{_TAG_STYLE[definition.policy]}">&nbsp;{tag}&nbsp;</span>'
            f"&nbsp;&nbsp;{default}<br>"
            f'<span style="color:#5f6368;">{html.escape(definition.origin_note)}</span>'
        )

    # ---------------------------------------------------------------- values

    def _value(self, definition: SettingDefinition) -> float:
        return float(self.spins[definition.key].value())

    def values(self) -> dict[str, float]:
        """Every setting as shown, by key."""
        for spin in self.spins.values():
            spin.interpretText()  # a number typed but not yet committed counts
        return {d.key: self._value(d) for d in DEFINITIONS}

    # ---------------------------------------------------------------- outcome of a save

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Mark the fields the problems name and list every reason; the dialog stays open."""
        problems = list(problems)
        self._clear_marks()
        lines = []
        for problem in problems:
            spin = self.spins.get(problem.field)
            if spin is None:
                lines.append(str(problem))
                continue
            definition = next(d for d in DEFINITIONS if d.key == problem.field)
            field_marks.mark(spin, problem.reason)
            for widget in (self._frames[problem.field], self._labels[problem.field]):
                _set_invalid(widget, True)
            lines.append(f"{_accessible_name(definition)}: {problem.reason}")
        self._show_message("\n".join(lines))
        marked = [s for s in self.spins.values() if field_marks.is_marked(s)]
        if marked:
            self.scroll.ensureWidgetVisible(marked[0])
            marked[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        """Say why the save failed (a conflict with another save, the database); stay open."""
        self._show_message(text)

    def mark_saved(self, settings: ClinicSettings) -> None:
        """The save succeeded: remember its version and close."""
        self.based_on_version = settings.version
        self._show_message("")
        super().accept()

    def _show_message(self, text: str, *, error: bool = True) -> None:
        self.message_label.setObjectName("message" if error else "progress")
        _repolish(self.message_label)  # the stylesheet keys on the object name
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self.save_button.setEnabled(True)

    def _clear_marks(self) -> None:
        for definition in DEFINITIONS:
            self._clear_mark(definition)

    def _clear_mark(self, definition: SettingDefinition) -> None:
        spin = self.spins[definition.key]
        if field_marks.is_marked(spin):
            field_marks.clear(spin)
            for widget in (self._frames[definition.key], self._labels[definition.key]):
                _set_invalid(widget, False)
            spin.setToolTip(self._description(definition))
            spin.setAccessibleDescription(self._description(definition))

    # ---------------------------------------------------------------- slots

    def _on_value_changed(self, definition: SettingDefinition) -> None:
        self._update_note(definition)
        self._clear_mark(definition)

    def _on_restore_clicked(self) -> None:
        for definition in DEFINITIONS:
            spin = self.spins[definition.key]
            if isinstance(spin, QSpinBox):
                spin.setValue(round(definition.default))
            else:
                spin.setValue(definition.default)

    def accept(self) -> None:
        """Save: check the values, then hand them to whoever saves (the dialog stays open)."""
        values = self.values()
        problems = [p for key, value in values.items() for p in check_setting(key, value)]
        if problems:
            self.show_problems(problems)
            return
        self._show_message("Saving…", error=False)
        self.save_button.setEnabled(False)
        self.settings_submitted.emit(values)
