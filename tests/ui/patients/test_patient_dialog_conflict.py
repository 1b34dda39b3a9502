"""Editing a patient's details that another workstation saved meanwhile: the save is refused with
what changed, nothing typed is lost, and reloading carries the user's own changes over."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import CalcinosisType, Role, Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.conflict_dialog import ConflictDialog
from calcitrack.ui.patients.patient_dialog import PatientDialog
from tests.support.accounts import open_signed_in

TODAY = date(2026, 9, 14)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def clinics(tmp_path: Path) -> Iterator[tuple[Clinic, Clinic]]:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    ours, theirs = open_signed_in(url), open_signed_in(url)
    theirs.user = ensure_user(theirs.uow, "ben", "Dr Ben Okafor", Role.PHYSICIAN)
    yield ours, theirs
    theirs.close()
    ours.close()


def _service(clinic: Clinic) -> PatientService:
    return PatientService(dataclasses.replace(clinic.context(), today=lambda: TODAY))


@pytest.fixture
def stored(clinics: tuple[Clinic, Clinic]) -> Patient:
    return _service(clinics[0]).create(
        Patient(
            "E-001",
            "Alvarez",
            "Tomas",
            Sex.MALE,
            date(2010, 6, 15),
            UnderlyingDisease.JDM,
            date(2018, 2, 20),
            CalcinosisType.DYSTROPHIC,
        )
    )


def _retype(qtbot: QtBot, dialog: PatientDialog, name: str, text: str) -> None:
    line = dialog.fields[name]
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)


@pytest.fixture
def refused(
    qtbot: QtBot, clinics: tuple[Clinic, Clinic], stored: Patient
) -> tuple[PatientDialog, ConflictDialog]:
    ours, theirs = clinics
    dialog = PatientDialog(_service(ours).update, patient=stored, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    _service(theirs).update(
        dataclasses.replace(stored, family_name="Alvarez-Ruiz", given_name="Tomás"),
        started_from=stored,
    )
    _retype(qtbot, dialog, "given_name", "Tomas Luis")
    _retype(qtbot, dialog, "date_of_birth", "2010-06-16")
    qtbot.mouseClick(dialog.save_button, LEFT)
    conflict = dialog.conflict_dialog
    assert conflict is not None and conflict.isVisible()
    return dialog, conflict


def test_a_stale_patient_save_lists_what_changed_and_keeps_the_dialog_as_typed(
    clinics: tuple[Clinic, Clinic], refused: tuple[PatientDialog, ConflictDialog]
) -> None:
    dialog, conflict = refused
    assert conflict.windowTitle() == "Patient not saved"
    assert [row[:4] for row in conflict.cell_texts()] == [
        ["Family name", "Alvarez", "Alvarez-Ruiz", "Alvarez"],
        ["Given name", "Tomas", "Tomás", "Tomas Luis"],
    ]
    assert "Dr Ben Okafor" in conflict.saved_by_label.text()
    assert dialog.isVisible() and "Not saved:" in dialog.message_label.text()
    assert dialog.fields["given_name"].text() == "Tomas Luis"  # type: ignore[attr-defined]
    assert _service(clinics[0]).chart("E-001").patient.given_name == "Tomás"


def test_reloading_keeps_the_users_own_changes_and_lists_the_collision(
    qtbot: QtBot, clinics: tuple[Clinic, Clinic], refused: tuple[PatientDialog, ConflictDialog]
) -> None:
    dialog, conflict = refused
    qtbot.mouseClick(conflict.reload_button, LEFT)
    fields = dialog.fields
    assert fields["family_name"].text() == "Alvarez-Ruiz"  # type: ignore[attr-defined]
    assert fields["given_name"].text() == "Tomás"  # type: ignore[attr-defined]
    assert fields["date_of_birth"].text() == "2010-06-16"  # type: ignore[attr-defined]
    assert "Given name: yours Tomas Luis, now Tomás" in dialog.message_label.text()
    with qtbot.waitSignal(dialog.patient_saved):
        qtbot.mouseClick(dialog.save_button, LEFT)
    saved = _service(clinics[0]).chart("E-001").patient
    assert (saved.family_name, saved.given_name, saved.date_of_birth) == (
        "Alvarez-Ruiz",
        "Tomás",
        date(2010, 6, 16),
    )


def test_keep_editing_changes_nothing(
    qtbot: QtBot, refused: tuple[PatientDialog, ConflictDialog]
) -> None:
    dialog, conflict = refused
    qtbot.mouseClick(conflict.keep_button, LEFT)
    assert dialog.conflict_dialog is None
    assert dialog.fields["given_name"].text() == "Tomas Luis"  # type: ignore[attr-defined]
    assert dialog.fields["family_name"].text() == "Alvarez"  # type: ignore[attr-defined]
