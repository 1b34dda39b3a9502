"""The new/edit patient dialog on a real clinic: checked as typed, saved through the service."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import CalcinosisType, Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.patients.patient_dialog import PatientDialog, parse_date
from tests.support.accounts import open_signed_in

TODAY = date(2026, 9, 14)


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    clinic = open_signed_in(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    yield clinic
    clinic.close()


@pytest.fixture
def service(clinic: Clinic) -> PatientService:
    return PatientService(dataclasses.replace(clinic.context(), today=lambda: TODAY))


def _open(qtbot: QtBot, dialog: PatientDialog) -> PatientDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def new_dialog(qtbot: QtBot, service: PatientService) -> PatientDialog:
    return _open(qtbot, PatientDialog(service.create, today=lambda: TODAY))


def _line(dialog: PatientDialog, name: str) -> QLineEdit:
    widget = dialog.fields[name]
    assert isinstance(widget, QLineEdit)
    return widget


def _type(qtbot: QtBot, dialog: PatientDialog, name: str, text: str) -> None:
    """Replace the field's text, typed key by key (QTest knows only ASCII keys: the others are
    sent as the key events a keyboard layout or input method delivers)."""
    line = _line(dialog, name)
    line.selectAll()
    for char in text:
        if char.isascii():
            qtbot.keyClick(line, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    line, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def _fill(qtbot: QtBot, dialog: PatientDialog, mrn: str = "N-001") -> None:
    _type(qtbot, dialog, "mrn", mrn)
    _type(qtbot, dialog, "family_name", "Sørensen")
    _type(qtbot, dialog, "given_name", "Ingrid")
    qtbot.keyClicks(dialog.fields["sex"], "Fem")
    _type(qtbot, dialog, "date_of_birth", "19620803")
    qtbot.keyClicks(dialog.fields["underlying_disease"], "Sys")
    _type(qtbot, dialog, "disease_diagnosed_on", "2010-04-12")


def _red(dialog: PatientDialog, name: str) -> bool:
    return dialog.fields[name].property("invalid") is True


def _save(qtbot: QtBot, dialog: PatientDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_an_emptied_mrn_turns_red_and_says_why(qtbot: QtBot, new_dialog: PatientDialog) -> None:
    assert not _red(new_dialog, "mrn")  # nothing shouted before the nurse has typed
    assert new_dialog.message_label.text() == ""
    qtbot.keyClicks(_line(new_dialog, "mrn"), "X")
    assert not _red(new_dialog, "mrn")
    qtbot.keyClick(_line(new_dialog, "mrn"), Qt.Key.Key_Backspace)
    assert _red(new_dialog, "mrn")
    assert "MRN: is required" in new_dialog.message_label.text()
    assert not _red(new_dialog, "family_name")


def test_save_on_an_empty_form_lists_every_problem_and_saves_nothing(
    qtbot: QtBot, new_dialog: PatientDialog, service: PatientService
) -> None:
    _save(qtbot, new_dialog)
    message = new_dialog.message_label.text()
    for text in ("MRN: is required", "Family name: is required", "Date of birth: is required",
                 "Sex: is required", "Underlying disease: is required"):  # fmt: skip
        assert text in message
    assert _red(new_dialog, "mrn") and _red(new_dialog, "date_of_birth")
    assert new_dialog.focusWidget() is new_dialog.fields["mrn"]  # where to start mending
    assert new_dialog.isVisible()
    assert service.list_patients(include_archived=True) == []


def test_a_future_date_of_birth_is_refused(
    qtbot: QtBot, new_dialog: PatientDialog, service: PatientService
) -> None:
    _fill(qtbot, new_dialog)
    _type(qtbot, new_dialog, "date_of_birth", "2030-01-01")
    assert _red(new_dialog, "date_of_birth")
    assert "Date of birth: 2030-01-01 is in the future" in new_dialog.message_label.text()
    # ...and what was diagnosed before that birth is flagged too.
    assert _red(new_dialog, "disease_diagnosed_on")
    _save(qtbot, new_dialog)
    assert new_dialog.isVisible()
    assert service.list_patients() == []


def test_a_date_that_is_not_one_says_how_to_type_it(
    qtbot: QtBot, new_dialog: PatientDialog
) -> None:
    _fill(qtbot, new_dialog)
    _type(qtbot, new_dialog, "calcinosis_onset_on", "2025-13-01")
    assert _red(new_dialog, "calcinosis_onset_on")
    assert "type it as yyyy-mm-dd" in new_dialog.message_label.text()
    _line(new_dialog, "calcinosis_onset_on").selectAll()
    qtbot.keyClick(_line(new_dialog, "calcinosis_onset_on"), Qt.Key.Key_Delete)
    assert not _red(new_dialog, "calcinosis_onset_on")  # empty: not recorded
    assert new_dialog.problems == []


def test_a_duplicate_mrn_from_the_service_is_shown_on_the_mrn_field(
    qtbot: QtBot, new_dialog: PatientDialog, service: PatientService
) -> None:
    service.create(
        Patient("N-001", "Haddad", "Amal", Sex.FEMALE, date(1971, 5, 5), UnderlyingDisease.RA)
    )
    _fill(qtbot, new_dialog, mrn="N-001")
    assert not _red(new_dialog, "mrn")
    _save(qtbot, new_dialog)
    assert _red(new_dialog, "mrn")
    assert "already in use" in new_dialog.message_label.text()
    assert new_dialog.isVisible()
    _type(qtbot, new_dialog, "mrn", "N-002")  # edited: the refusal no longer stands
    assert not _red(new_dialog, "mrn")
    with qtbot.waitSignal(new_dialog.patient_saved):
        _save(qtbot, new_dialog)
    assert sorted(s.patient.mrn for s in service.list_patients()) == ["N-001", "N-002"]


def test_a_good_patient_is_saved_and_announced(
    qtbot: QtBot, new_dialog: PatientDialog, service: PatientService
) -> None:
    assert new_dialog.archived_check is None  # a new patient is not archived
    _fill(qtbot, new_dialog)
    with qtbot.waitSignal(new_dialog.patient_saved) as saved:
        qtbot.keyClick(_line(new_dialog, "given_name"), Qt.Key.Key_Return)  # Enter saves
    patient = saved.args[0]
    assert patient.id is not None
    assert patient == service.chart("N-001").patient
    assert (patient.family_name, patient.sex, patient.underlying_disease) == (
        "Sørensen",
        Sex.FEMALE,
        UnderlyingDisease.SSC,
    )
    assert patient.date_of_birth == date(1962, 8, 3)
    assert patient.disease_diagnosed_on == date(2010, 4, 12)
    assert patient.calcinosis_type is CalcinosisType.DYSTROPHIC
    assert patient.calcinosis_onset_on is None
    assert new_dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def stored(service: PatientService) -> Patient:
    return service.create(
        Patient(
            "E-001",
            "Álvarez",
            "Tomás",
            Sex.MALE,
            date(2010, 6, 15),
            UnderlyingDisease.JDM,
            date(2018, 2, 20),
            CalcinosisType.DYSTROPHIC,
            date(2021, 3, 1),
        )
    )


def test_editing_shows_the_patient_and_saves_a_new_version(
    qtbot: QtBot, service: PatientService, stored: Patient
) -> None:
    dialog = _open(qtbot, PatientDialog(service.update, patient=stored, today=lambda: TODAY))
    assert dialog.windowTitle() == "Edit patient E-001"
    assert _line(dialog, "date_of_birth").text() == "2010-06-15"
    assert dialog.fields["underlying_disease"].currentText() == "Juvenile dermatomyositis"
    assert dialog.problems == []
    _type(qtbot, dialog, "given_name", "Tomás Luis")
    assert dialog.archived_check is not None
    qtbot.mouseClick(dialog.archived_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.patient_saved) as saved:
        _save(qtbot, dialog)
    assert saved.args[0].version == stored.version + 1
    assert saved.args[0].archived
    assert service.chart("E-001").patient.given_name == "Tomás Luis"


def test_a_conflicting_edit_is_refused_with_the_services_message(
    qtbot: QtBot, service: PatientService, stored: Patient
) -> None:
    dialog = _open(qtbot, PatientDialog(service.update, patient=stored, today=lambda: TODAY))
    service.update(dataclasses.replace(stored, family_name="Alvarez-Ruiz"))  # another workstation
    _type(qtbot, dialog, "given_name", "Tomás Luis")
    _save(qtbot, dialog)
    assert "Not saved:" in dialog.message_label.text()
    assert "changed by someone else" in dialog.message_label.text()
    assert dialog.isVisible()
    assert service.chart("E-001").patient.family_name == "Alvarez-Ruiz"


@pytest.mark.parametrize(
    ("text", "day"), [("2025-01-13", date(2025, 1, 13)), (" 20250113 ", date(2025, 1, 13))]
)
def test_dates_are_typed_as_iso_or_compact(text: str, day: date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["13/01/2025", "2025-1-13", "2025-02-30", "yesterday"])
def test_other_date_texts_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)
