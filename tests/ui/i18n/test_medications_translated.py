"""Correcting a medication period and deleting one (as recorded, and as a signed visit's
amendment) in the pseudo-language: every text a person reads came through the translation, and
none is clipped by the longer text."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.ui.medications.correct_period_dialog import CorrectPeriodDialog
from calcitrack.ui.medications.delete_period_dialog import DeletePeriodDialog
from tests.support.pseudo_locale import OPEN, assert_translated, shown

pytestmark = pytest.mark.usefixtures("pseudo_language")

PERIOD = MedicationPeriod(
    "diltiazem", "Diltiazem", 60.0, DoseUnit.MG, Frequency.BID, Route.ORAL,
    date(2025, 3, 24), None, "start for calcinosis", id=7, version=3,
)  # fmt: skip
PATIENT = "Haddad, Amal"
SIGNED = "the visit of 2025-03-24, which is signed (Signed — reviewed and approved by Dr Ruiz)"
"""The signed visit in words, as the medication flow gives it (the signature is the domain's)."""
DOMAIN_TEXTS: tuple[str, ...] = ()
"""The domain's texts shown as they are: none left (the choices of unit, frequency and route come
through gettext, pseudo-translated with the window)."""
DATA = (PERIOD.start_reason,)
"""The start reason, as recorded."""


def test_correcting_a_period(qtbot: QtBot) -> None:
    dialog = CorrectPeriodDialog(PERIOD, PATIENT)
    shown(qtbot, dialog)
    assert dialog.windowTitle().startswith(OPEN)
    assert_translated(dialog, *DOMAIN_TEXTS, *DATA)
    dialog.dose_edit.setFocus()
    qtbot.keyClick(dialog.dose_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.dose_edit, "6O")
    qtbot.keyClick(dialog.dose_edit, Qt.Key.Key_Return)  # not a number: refused, said why
    assert dialog.problem_label.isVisible()
    assert dialog.problem_label.text().startswith(OPEN)
    assert_translated(dialog, *DOMAIN_TEXTS, *DATA)


def test_correcting_a_period_of_a_signed_visit(qtbot: QtBot) -> None:
    dialog = CorrectPeriodDialog(PERIOD, PATIENT, amending=SIGNED)
    shown(qtbot, dialog)
    assert dialog.amend_note.isVisible()
    assert_translated(dialog, *DOMAIN_TEXTS, *DATA)
    dialog.start_amending(SIGNED)  # found out on saving
    assert dialog.problem_label.isVisible()
    assert_translated(dialog, *DOMAIN_TEXTS, *DATA)


@pytest.mark.parametrize("amending", ["", SIGNED])
def test_deleting_a_period(qtbot: QtBot, amending: str) -> None:
    dialog = DeletePeriodDialog(PERIOD, PATIENT, amending=amending)
    shown(qtbot, dialog)
    assert dialog.windowTitle().startswith(OPEN)
    assert_translated(dialog)
