"""The imaging study and procedure dialogs in the pseudo-language: new, corrected, as a signed
visit's amendment, with a refusal over them; and the deletion with its reason. Every text a person
reads came through the translation, and none is clipped."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import (
    ImagingModality,
    ImagingVerdict,
    Laterality,
    ProcedureOutcome,
    ProcedureType,
)
from calcitrack.domain.entities import ImagingStudy, Procedure
from calcitrack.domain.errors import Problem
from calcitrack.ui.site_events.delete_event_dialog import DeleteEventDialog
from calcitrack.ui.site_events.event_dialog import SiteEventDialog
from calcitrack.ui.site_events.imaging_dialog import ImagingDialog
from calcitrack.ui.site_events.procedure_dialog import ProcedureDialog
from tests.support.pseudo_locale import assert_translated, shown
from tests.support.sample_chart import sample_chart

pytestmark = pytest.mark.usefixtures("pseudo_language")

PATIENT = "Cadório, Inês"
LESIONS = sample_chart("D-1").lesions
DAY = date(2025, 1, 13)
SIGNED = "the visit of 2025-01-13, which is signed (Signed by Dr Ana Ruiz)"
"""A signed visit in words, as the flow gives it (itself translated there)."""
STUDY = ImagingStudy(DAY, ImagingModality.XRAY, "finger", Laterality.RIGHT,
                     (LESIONS[0].label,), "calcified nodule", "Dr Costa", ImagingVerdict.UNCHANGED,
                     patient_id=3, id=7, version=1)  # fmt: skip
PROCEDURE = Procedure(DAY, ProcedureType.EXCISION, "elbow", Laterality.LEFT,
                      (LESIONS[0].label,), ProcedureOutcome.PENDING, "under local", "Dr Costa",
                      None, patient_id=3, id=8, version=1)  # fmt: skip
DOMAIN_TEXTS: tuple[str, ...] = ()
"""The domain's texts shown as they are: none left (the body sites and the coded values' labels
come through gettext, pseudo-translated with the window)."""
TYPED = ("calcified nodule", "Dr Costa", "under local")
"""What the user typed: shown as typed."""
REFUSAL = "Not saved yet: give the reason."
"""A refusal as the flow or the service gives it (translated there, or by gettext)."""
REASONS = ("say why", "is later")
"""Problems' reasons as the service gives them (gettext, later)."""


def _checked(window: QWidget) -> None:
    QApplication.sendPostedEvents()  # laid out again after a change, as the window is when drawn
    assert_translated(window, *DOMAIN_TEXTS, *TYPED, REFUSAL)


def _refused(qtbot: QtBot, dialog: SiteEventDialog) -> None:
    """The refusal over the dialog, checked, then closed."""
    box = dialog.problem_box
    assert box is not None
    qtbot.waitExposed(box)
    _checked(box)
    box.accept()


def test_new_imaging_study_and_its_refusal(qtbot: QtBot) -> None:
    dialog = ImagingDialog(PATIENT, LESIONS, day=DAY)
    shown(qtbot, dialog)
    _checked(dialog)
    qtbot.keyClick(dialog.modality_combo, Qt.Key.Key_Return)  # no body site
    _refused(qtbot, dialog)
    _checked(dialog)


def test_imaging_study_corrected_as_a_signed_visits_amendment(qtbot: QtBot) -> None:
    dialog = ImagingDialog(PATIENT, LESIONS, study=STUDY, day=DAY)
    shown(qtbot, dialog)
    _checked(dialog)
    dialog.start_amending(SIGNED)
    assert dialog.amend_note.isVisible()
    _checked(dialog)
    dialog.show_problems([Problem("amendment", REASONS[0]), Problem("study_date", REASONS[1])])
    _refused(qtbot, dialog)


def test_new_procedure_and_its_refusal(qtbot: QtBot) -> None:
    dialog = ProcedureDialog(PATIENT, LESIONS, day=DAY)
    shown(qtbot, dialog)
    _checked(dialog)
    qtbot.keyClick(dialog.type_combo, Qt.Key.Key_Return)  # no body site
    _refused(qtbot, dialog)


def test_procedure_corrected_as_a_signed_visits_amendment(qtbot: QtBot) -> None:
    dialog = ProcedureDialog(PATIENT, LESIONS, procedure=PROCEDURE, day=DAY)
    shown(qtbot, dialog)
    dialog.start_amending(SIGNED, REFUSAL)
    _refused(qtbot, dialog)
    _checked(dialog)


@pytest.mark.parametrize("event", [STUDY, PROCEDURE], ids=["imaging study", "procedure"])
@pytest.mark.parametrize("amending", ["", SIGNED], ids=["unsigned", "signed"])
def test_delete_event(qtbot: QtBot, event: ImagingStudy | Procedure, amending: str) -> None:
    dialog = DeleteEventDialog(event, PATIENT, amending=amending)
    shown(qtbot, dialog)
    _checked(dialog)
    qtbot.keyClicks(dialog.reason_edit, "entered on the wrong patient")
    _checked(dialog)
