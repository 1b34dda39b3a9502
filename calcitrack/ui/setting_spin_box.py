"""The spin box of one clinic setting: its range, decimals and unit, and a wheel that passes over
it (scrolling the dialog) unless it has the focus.

An optional setting (no default) gets one more value below its range, 0, shown as "not set": the
spin box starts there while the clinic has set nothing, and typing 0 (or stepping down past the
minimum) unsets it again (``setting_value`` reads it as None)."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox

from calcitrack.domain.clinic_settings import SettingDefinition

NOT_SET = "not set"
"""What an optional setting's spin box shows while it is not set."""


def unit_text(value: float, unit: str) -> str:
    """``50 %``, ``7/10``, ``15°``: a unit that starts with a slash or a degree sign hugs it."""
    number = f"{value:g}".replace("-", "−")
    return f"{number}{unit_suffix(unit)}"


def unit_suffix(unit: str) -> str:
    if not unit:
        return ""
    return unit if unit[0] in "/°" else f" {unit}"


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


class NoWheelUnlessFocused:
    """Scrolling the dialog over a spin box scrolls the dialog; it never changes a threshold."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()


class SettingSpinBox(NoWheelUnlessFocused, QSpinBox):
    pass


class SettingDoubleSpinBox(NoWheelUnlessFocused, QDoubleSpinBox):
    pass


def setting_spin_box(
    definition: SettingDefinition, stored: float | None
) -> QSpinBox | QDoubleSpinBox:
    """A spin box for ``definition`` showing ``stored`` (None: an optional setting not set),
    with the setting's range and unit."""
    # A stored value outside the range (another CalciTrack's) is shown as it is, not clamped,
    # so that Save reports it instead of changing it silently.
    shown = stored if stored is not None else 0.0
    low, high = min(definition.minimum, shown), max(definition.maximum, shown)
    if definition.optional:
        assert definition.minimum > 0, "0 is an optional setting's 'not set'"
        low = 0.0
    spin: QSpinBox | QDoubleSpinBox
    if definition.integer:
        spin = SettingSpinBox()
        spin.setRange(math.floor(low), math.ceil(high))
        spin.setValue(round(shown))
    else:
        spin = SettingDoubleSpinBox()
        spin.setDecimals(decimals(definition, stored))
        spin.setRange(low, high)
        spin.setSingleStep(0.1 if narrow(definition) else 1.0)
        spin.setValue(shown)
    if definition.optional:
        spin.setSpecialValueText(NOT_SET)
    spin.setSuffix(unit_suffix(definition.unit))
    spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: see NoWheelUnlessFocused
    spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return spin


def setting_value(definition: SettingDefinition, spin: QSpinBox | QDoubleSpinBox) -> float | None:
    """The value shown; None for an optional setting left at "not set"."""
    if definition.optional and spin.value() == spin.minimum():
        return None
    return float(spin.value())
