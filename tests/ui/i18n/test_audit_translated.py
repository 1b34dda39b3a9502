"""The audit viewer in the pseudo-language: listing, a filter refused, an unknown patient and the
result of Verify. Every text a person reads came through the translation, and none is clipped by
the longer text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.services.audit_service import AuditService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.audit.audit_query import FROM, PATIENT
from calcitrack.ui.audit.audit_viewer_dialog import AuditViewerDialog
from calcitrack.ui.common.task_runner import InlineTaskRunner
from tests.support.accounts import TEST_USERNAME, open_signed_in
from tests.support.pseudo_locale import OPEN, assert_translated
from tests.support.sample_chart import sample_chart

pytestmark = pytest.mark.usefixtures("pseudo_language")

NURSE = "nurse.ana"
USERNAMES = (TEST_USERNAME, NURSE)
"""The user filter's items after "All users": data."""


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    """A clinic whose trail holds a patient created today."""
    opened = open_signed_in(sqlite_url)
    PatientService(opened.context()).create(sample_chart("A-1").patient)
    yield opened
    opened.close()


def _viewer(qtbot: QtBot, clinic: Clinic) -> AuditViewerDialog:
    dialog = AuditViewerDialog(
        AuditService(clinic.context()), InlineTaskRunner(), usernames=USERNAMES,
        today=date.today,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    return dialog


def _checked(window: QWidget, *data: str) -> None:
    assert_translated(window, *USERNAMES, *data)


def test_audit_trail(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _viewer(qtbot, clinic)
    assert dialog.count_label.text().startswith(OPEN)
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal).startswith(OPEN)
    _checked(dialog)


def test_a_filter_refused(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _viewer(qtbot, clinic)
    today = date.today()
    dialog.filters.to_edit.setDate(QDate(today.year, today.month, today.day).addDays(-40))
    dialog.apply()  # From after To
    assert dialog.filters.marked() == [FROM]
    _checked(dialog)


def test_an_unknown_patient(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _viewer(qtbot, clinic)
    dialog.filters.patient_edit.setText("NOBODY-9")
    dialog.apply()
    assert dialog.filters.marked() == [PATIENT]
    _checked(dialog)


def test_verify(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = _viewer(qtbot, clinic)
    with qtbot.waitSignal(dialog.verified):
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.isVisible() and dialog.findings.isVisible()
    assert dialog.message_label.text().startswith(OPEN)
    _checked(dialog)
