"""The patient list and the patient dialog in the pseudo-language: every text a person reads
came through the translation, and none is clipped by the longer text."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import CalcinosisType, Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient
from calcitrack.ui.patients.patient_dialog import PatientDialog
from calcitrack.ui.patients.patient_list_panel import PatientListPanel
from calcitrack.ui.patients.patient_table_model import COLUMNS
from tests.support.pseudo_locale import OPEN, assert_translated, shown

pytestmark = pytest.mark.usefixtures("pseudo_language")

TODAY = date(2026, 11, 20)
DOMAIN_TEXTS: tuple[str, ...] = ()
"""Texts of the domain shown as they are: none left (the choices' labels and the reasons of the
domain's own checks come through gettext, pseudo-translated with the window)."""

PATIENT = Patient(
    mrn="MRN-0042", family_name="Ruiz", given_name="Ana", sex=Sex.FEMALE,
    date_of_birth=date(1970, 3, 4), underlying_disease=next(iter(UnderlyingDisease)),
    calcinosis_type=next(iter(CalcinosisType)), id=7, version=1,
)  # fmt: skip


def _checked(window: QWidget, *data: str) -> None:
    assert_translated(window, *DOMAIN_TEXTS, *data)


def test_the_patient_list(qtbot: QtBot) -> None:
    panel = PatientListPanel()
    panel.resize(420, 600)
    shown(qtbot, panel)
    _checked(panel)
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert all(str(header).startswith(OPEN) for header in headers), headers


def test_a_new_patient(qtbot: QtBot) -> None:
    dialog = PatientDialog(lambda patient: patient, today=lambda: TODAY)
    shown(qtbot, dialog)
    _checked(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # nothing typed
    assert dialog.problems and dialog.message_label.text()
    _checked(dialog)


def test_a_patient_edited(qtbot: QtBot) -> None:
    dialog = PatientDialog(
        lambda patient, started_from=None: patient, patient=PATIENT,
        today=lambda: TODAY,
    )  # fmt: skip
    shown(qtbot, dialog)
    assert dialog.windowTitle().startswith(OPEN)
    _checked(dialog, PATIENT.mrn)
    dialog.fields["date_of_birth"].setFocus()
    qtbot.keyClicks(dialog.fields["date_of_birth"], "x")  # not a date
    _checked(dialog, PATIENT.mrn)
