"""The number box of one clinic setting: its range, decimals and unit, arrows that step it, and
what is typed kept exactly as typed. The wheel passes over it, focused or not, and scrolls the
dialog (``wheel_guard``, which the clinic settings dialog turns on).

An optional setting (no default: a dose limit no label states) may be left empty, shown as
"not set": empty is its value None, and clearing the field unsets it again."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QStyle, QStyleOptionSpinBox

from calcitrack.domain.clinic_setting_units import counted, shown_unit, unit_forms
from calcitrack.domain.clinic_settings import SettingDefinition
from calcitrack.ui.common.number_text import NumberFormat, Reading, in_window_digits, read_number

NOT_SET = str(QT_TRANSLATE_NOOP("SettingNumberBox", "not set"))
"""What an optional setting's box shows while it is empty (not set), in English (shown
translated, context ``SettingNumberBox``)."""


def unit_text(value: float, unit: str) -> str:
    """``50 %``, ``7/10``, ``15°``, ``1 minute``: a unit that starts with a slash or a degree sign
    hugs it; a counted one is singular for 1 (``unit_suffix``). The number is in the window's
    digits and decimal mark (``0,3`` in Portuguese), its minus the Unicode one."""
    number = f"{value:g}"
    shown = in_window_digits(number).replace("-", "−")
    return f"{shown}{unit_suffix(unit, number)}"


def unit_suffix(unit: str, number: str = "") -> str:
    """What follows ``number`` (the number as shown), in the window's language: a counted unit
    ("minutes", "days", "visits") in the form that number takes ("1 minute"; left out: the
    plural), a unit with words translated ("mg/day"), a symbol as it is (``shown_unit``)."""
    if not unit:
        return ""
    shown = shown_unit(unit, number)
    return shown if unit[0] in "/°" else f" {shown}"


def narrow(definition: SettingDefinition) -> bool:
    return definition.maximum - definition.minimum <= 10


def decimals(definition: SettingDefinition, stored: float | None) -> int:
    """Two decimals for narrow ranges (mg/kg/day), one otherwise; more if a stored value has them
    (a spin box would round it, and saving would then change it silently)."""
    wanted = 2 if narrow(definition) else 1
    if stored is None:
        return wanted
    for places in range(wanted, 5):
        if round(stored, places) == stored:
            return places
    return 4


class SettingNumberBox(QAbstractSpinBox):
    """A clinic setting's number with its unit, stepped by the arrows and the arrow keys — and
    typed freely: unlike ``QSpinBox``, which drops a keystroke it does not
    like ("1l0" became 10, "1.25" minutes 125) and puts its last value back when the focus leaves
    ("abc" became the minimum), the text stays exactly as typed. Text that is not a number the
    setting takes has no ``value()``; ``problem()`` says why (``number_text.read_number``). The
    range is checked on Save with the other settings (``check_settings``)."""

    valueChanged = Signal(object)
    """The number shown (float), or None while the text is not one; on every edit."""

    def __init__(self, definition: SettingDefinition, stored: float | None) -> None:
        super().__init__()
        # A stored value outside the range (another CalciTrack's) is shown as it is, not
        # clamped, so that Save reports it instead of changing it silently.
        shown = definition.minimum if stored is None else stored
        low, high = min(definition.minimum, shown), max(definition.maximum, shown)
        self._optional = definition.optional
        self._integer = definition.integer
        self._decimals = 0 if definition.integer else decimals(definition, stored)
        self._minimum = float(math.floor(low) if definition.integer else low)
        self._maximum = float(math.ceil(high) if definition.integer else high)
        self._step = 1.0 if definition.integer or not narrow(definition) else 0.1
        self._unit = definition.unit
        self._suffix = unit_suffix(definition.unit)  # after any number but 1 (``_suffix_for``)
        self._format = NumberFormat(decimals=self._decimals, digits=9, negative=low < 0)
        self._reading = Reading(None)
        if self._optional:
            self.lineEdit().setPlaceholderText(self.tr(NOT_SET))
        self.lineEdit().textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self._on_editing_finished)
        self.setValue(stored)

    # ------------------------------------------------------------------ QSpinBox's API

    def value(self) -> float | None:
        return self._reading.value

    def setValue(self, value: float | None) -> None:
        """Show ``value``; None (an optional setting only) empties the box: "not set"."""
        self.lineEdit().setText("" if value is None else self._text_of(value))

    def minimum(self) -> float:
        return self._minimum

    def maximum(self) -> float:
        return self._maximum

    def decimals(self) -> int:
        return self._decimals

    def suffix(self) -> str:
        """The unit after the number shown ("minute" after 1, else "minutes")."""
        return self._suffix_for(self._number_text(self.lineEdit().text()))

    def problem(self) -> str | None:
        """Why the text is not a number this setting takes, or None."""
        if not self.lineEdit().text().strip():
            return None if self._optional else self.tr("is required (type a number)")
        return self._reading.problem

    # ------------------------------------------------------------------ QAbstractSpinBox

    def stepBy(self, steps: int) -> None:
        value = self.value()
        if value is None and self._optional and not self.lineEdit().text().strip():
            value = self._minimum - steps * self._step if steps > 0 else self._minimum
        if value is None:
            return  # the arrows never replace text that is not a number
        stepped = min(max(value + steps * self._step, self._minimum), self._maximum)
        self.setValue(round(stepped, self._decimals))
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        value = self.value()
        if self._optional and not self.lineEdit().text().strip():
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled  # from "not set" to the minimum
        if value is not None and value < self._maximum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if value is not None and value > self._minimum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def sizeHint(self) -> QSize:
        self.ensurePolished()
        texts = (self._text_of(self._minimum), self._text_of(self._maximum))
        width = max(self.fontMetrics().horizontalAdvance(t) for t in texts) + 8
        option = QStyleOptionSpinBox()
        self.initStyleOption(option)
        size = QSize(width, self.lineEdit().sizeHint().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_SpinBox, option, size, self)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # ------------------------------------------------------------------ internals

    def _text_of(self, value: float) -> str:
        """``value`` as the field shows it for editing: in the window's digits when they are
        Arabic-Indic, else with a decimal point (``number_text.editable_text``), and its unit."""
        number = f"{round(value)}" if self._integer else f"{value:.{self._decimals}f}"
        shown = in_window_digits(number) if QLocale().zeroDigit() != "0" else number
        return shown + self._suffix_for(number)

    def _suffix_for(self, number: str) -> str:
        return unit_suffix(self._unit, number.strip())

    def _number_text(self, text: str) -> str:
        """``text`` without the unit shown after the number (if it is there, either form)."""
        text = text.strip()
        for unit in unit_forms(self._unit) if self._unit else []:
            if text.endswith(unit):
                return text[: -len(unit)].strip()
        return text

    def _on_text_changed(self, text: str) -> None:
        self._reading = read_number(self._number_text(text), self._format)
        self.valueChanged.emit(self._reading.value)

    def _on_editing_finished(self) -> None:
        """Put the unit back beside a number typed without it, and a counted unit in the form
        its number takes ("1 minutes" becomes "1 minute"; the number itself untouched)."""
        text = self.lineEdit().text().strip()
        if self.value() is None or not self._suffix:
            return
        number = self._number_text(text)
        wanted = self._suffix_for(number)
        if number == text:
            self.lineEdit().setText(text + wanted)
        elif counted(self._unit) and not text.endswith(wanted):
            self.lineEdit().setText(number + wanted)


def setting_spin_box(definition: SettingDefinition, stored: float | None) -> SettingNumberBox:
    """The number box for ``definition`` showing ``stored`` (None: an optional setting not set),
    with the setting's unit."""
    box = SettingNumberBox(definition, stored)
    box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: the wheel only scrolls
    return box
