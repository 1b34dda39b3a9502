"""The clinic settings' "Numbers in Arabic" section: which digits the Arabic window, PDF and command
line write numbers and dates in, Western (``12.5``, the default) or Arabic-Indic (``١٢٫٥``). Egypt
and Sudan write Arabic-Indic digits, the Gulf and the Maghreb Western ones: the region does not
tell, so the clinic chooses. Other languages always write Western digits.

A text setting (``ARABIC_DIGITS``, "latn" or "arab"), saved with the others on Save; the choice
takes effect at the next sign-in, like a change of language. Nothing is saved here: the dialog
reads ``digits()``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from calcitrack.domain.clinic_text_settings import ARABIC_DIGITS, TEXT_DEFINITION_BY_KEY
from calcitrack.i18n.digits import Digits

LABEL = str(QT_TRANSLATE_NOOP("ArabicDigitsSection", "Arabic digits"))
"""The setting's name in English (shown translated: ``label``)."""


def label() -> str:
    """The setting's name as the admin reads it."""
    return QCoreApplication.translate("ArabicDigitsSection", LABEL)


class ArabicDigitsSection(QGroupBox):
    """Two choices, Western and Arabic-Indic digits, each showing how 12.5 reads in it."""

    edited = Signal()

    def __init__(self, stored: Digits, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Numbers in Arabic"), parent)
        note = QLabel(
            self.tr(
                "The digits the window, the PDF summaries and the command line write numbers and "
                "dates in when they speak Arabic. Other languages always use the digits 0 to 9. "
                "A change takes effect at the next sign-in."
            ),
            wordWrap=True,
        )
        note.setStyleSheet("color: #5f6368;")
        self.western = QRadioButton(self.tr("&Western digits (12.5)"))
        self.arabic_indic = QRadioButton(self.tr("Arabic-&Indic digits (١٢٫٥)"))
        for button in (self.western, self.arabic_indic):
            button.setAccessibleName(f"{label()}: {button.text().replace('&', '')}")
        self._group = QButtonGroup(self)
        self._group.addButton(self.western)
        self._group.addButton(self.arabic_indic)
        self.set_digits(stored)
        self._group.buttonToggled.connect(self._on_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.western)
        layout.addWidget(self.arabic_indic)

    def _on_toggled(self, _button: QRadioButton, on: bool) -> None:
        if on:
            self.edited.emit()

    def digits(self) -> Digits:
        """The choice shown: "arab" (Arabic-Indic) or "latn" (Western)."""
        return "arab" if self.arabic_indic.isChecked() else "latn"

    def set_digits(self, digits: Digits) -> None:
        (self.arabic_indic if digits == "arab" else self.western).setChecked(True)

    def restore_default(self) -> None:
        self.set_digits("arab" if TEXT_DEFINITION_BY_KEY[ARABIC_DIGITS].default == "arab"
                        else "latn")

    def focus_order(self) -> list[QWidget]:
        return [self.western, self.arabic_indic]
