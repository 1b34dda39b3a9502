"""The visit's dialogs in the pseudo-language: deleting and amending a visit (the reason asked),
signing one (its cautions, a refusal), the offer of unsaved visits (one, several, and those of an
earlier version), the question before leaving an unsaved visit and the one on a second visit the
same day. Every text a person reads came through the translation, and none is clipped."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.sign_off import SIGNATURE_MEANING, VisitSignature, signing_statement
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.common.window_sources import PatientSource
from calcitrack.ui.visit_form.draft_store import DraftAuthor, DraftStore, draft_key
from calcitrack.ui.visits.amend_reason_dialog import AmendReasonDialog
from calcitrack.ui.visits.delete_visit_dialog import DeleteVisitDialog
from calcitrack.ui.visits.draft_offers import DraftOffers
from calcitrack.ui.visits.flow_host import FlowHost
from calcitrack.ui.visits.same_day_question import ask_same_day
from calcitrack.ui.visits.sign_off_flow import sign_cautions
from calcitrack.ui.visits.sign_visit_dialog import SignVisitDialog
from calcitrack.ui.visits.unsaved_visit_question import UnsavedVisitQuestion
from calcitrack.ui.visits.visit_flow import VisitFlow
from tests.support.pseudo_locale import OPEN, assert_translated, shown

pytestmark = pytest.mark.usefixtures("pseudo_language")

PATIENT = "Haddad, Amal"
SIGNER = "Dr Ana Ruiz"
DAY = date(2026, 11, 20)


def _signature() -> VisitSignature:
    return VisitSignature(1, SIGNER, datetime(2026, 11, 20, 14, 5).astimezone(),
                          meaning=SIGNATURE_MEANING)  # fmt: skip


def test_delete_visit(qtbot: QtBot) -> None:
    dialog = DeleteVisitDialog(Visit(1, DAY), PATIENT, photographs=2)
    shown(qtbot, dialog)
    assert_translated(dialog)
    qtbot.keyClicks(dialog.reason_edit, "entered on the wrong patient")
    assert dialog.delete_button.isEnabled()
    assert_translated(dialog)


def test_amend_signed_visit(qtbot: QtBot) -> None:
    dialog = AmendReasonDialog(DAY.isoformat(), _signature())
    shown(qtbot, dialog)
    assert_translated(dialog)


def test_sign_visit_with_its_cautions_and_a_refusal(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    chart = stored_demo_charts[DEMO_RA_MRN]
    unmeasured = Visit(chart.patient.id, DAY, id=10_000)  # a visit that measured no lesion
    cautions = sign_cautions(chart, unmeasured, ClinicSettings())
    assert cautions and all(OPEN in caution for caution in cautions)
    patient = f"{PATIENT}, {DEMO_RA_MRN}"
    dialog = SignVisitDialog(visit_date=DAY, patient=patient, signer=SIGNER, cautions=cautions)
    shown(qtbot, dialog)
    assert OPEN in signing_statement(DAY, patient, SIGNER)  # the domain's text, translated
    assert_translated(dialog)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)  # no password
    assert dialog.message_label.isVisible()
    assert_translated(dialog)


def test_unsaved_visit_question(qtbot: QtBot) -> None:
    question = UnsavedVisitQuestion("Closing CalciTrack", "new visit of Haddad, Amal")
    shown(qtbot, question)
    assert_translated(question)


def test_a_second_visit_the_same_day(qtbot: QtBot) -> None:
    parent = QMainWindow()
    parent.resize(900, 600)
    shown(qtbot, parent)
    box = ask_same_day(parent, PATIENT, DAY, open_visit=lambda: None, other_date=lambda: None,
                       answered=lambda: None)  # fmt: skip
    qtbot.waitExposed(box)
    assert_translated(box)
    box.reject()


class _Host(QMainWindow):
    """The window as the draft offers use it: it may record visits, and says what it is told."""

    def may(self, _permission: Permission) -> bool:
        return True

    def show_message(self, title: str, text: str) -> None:
        raise AssertionError(f"{title}: {text}")


class _Flow:
    form = None


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[_Host]:
    window = _Host()
    window.resize(1000, 700)
    shown(qtbot, window)
    yield window


def _offers(host: _Host, drafts: DraftStore) -> DraftOffers:
    return DraftOffers(cast(FlowHost, host), cast(VisitFlow, _Flow()), drafts,
                       cast(PatientSource, None), InlineTaskRunner())  # fmt: skip


def _typed(store: DraftStore, chart: PatientChart, visit: Visit | None) -> None:
    day = visit.visit_date if visit is not None else DAY
    visit_id = visit.id if visit is not None else None
    store.save(draft_key(chart.patient.mrn, visit_id), {
        "mrn": chart.patient.mrn, "visit_id": visit_id, "visit_date": day.isoformat(),
    })  # fmt: skip


def _moments() -> Iterator[datetime]:
    start = datetime(2026, 11, 19, 14, 2).astimezone()
    return (start + timedelta(minutes=7 * n) for n in range(100))


def test_draft_offers_of_ones_own_drafts(
    qtbot: QtBot, host: _Host, tmp_path: Path, stored_demo_charts: dict[str, PatientChart]
) -> None:
    chart = stored_demo_charts[DEMO_RA_MRN]
    moments = _moments()
    store = DraftStore(tmp_path, DraftAuthor(3, "nurse", "Nurse Inês"), now=lambda: next(moments))
    _typed(store, chart, None)
    _typed(store, chart, chart.visits[0])
    offers = _offers(host, store)
    offers.offer_for(chart)
    dialog = offers.dialog
    assert dialog is not None and dialog.draft_list.count() == 2
    qtbot.waitExposed(dialog)
    assert_translated(dialog)
    dialog.discard_button.click()  # one left: said in a sentence
    assert dialog.draft_list.isHidden()
    assert_translated(dialog, PATIENT)
    dialog.later_button.click()


def test_draft_offers_of_an_earlier_versions_drafts(
    qtbot: QtBot, host: _Host, tmp_path: Path, stored_demo_charts: dict[str, PatientChart]
) -> None:
    chart = stored_demo_charts[DEMO_RA_MRN]
    earlier = DraftStore(tmp_path)  # no author: as an earlier version kept them
    _typed(earlier, chart, None)
    _typed(earlier, chart, chart.visits[0])
    offers = _offers(host, DraftStore(tmp_path, DraftAuthor(3, "nurse", "Nurse Inês")))
    offers.offer_for(chart)
    dialog = offers.dialog
    assert dialog is not None and dialog.draft_list.count() == 2
    qtbot.waitExposed(dialog)
    assert_translated(dialog)
    dialog.discard_button.click()
    assert_translated(dialog)
    dialog.later_button.click()
