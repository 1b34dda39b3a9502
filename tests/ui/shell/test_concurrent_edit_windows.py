"""Two workstations (two main windows, two users, one database file) edit the same visit: the
second save is refused with what the first changed, her form keeps every value, and "Reload the
visit" brings the stored visit back with her typing carried over."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import Visit
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.conflict_dialog import ConflictDialog
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.visit_form.form import VisitFormView
from calcitrack.ui.workspace.patient_workspace import VISITS
from tests.support.accounts import open_signed_in

TODAY = date(2026, 11, 20)
LEFT = Qt.MouseButton.LeftButton


@dataclass
class Station:
    clinic: Clinic
    window: MainWindow


def _station(
    qtbot: QtBot, url: str, home: Path, monkeypatch: pytest.MonkeyPatch, user: tuple[str, str]
) -> Station:
    monkeypatch.setenv("CALCITRACK_HOME", str(home))  # each workstation its own drafts
    clinic = open_signed_in(url)
    clinic.user = ensure_user(clinic.uow, user[0], user[1], Role.NURSE)
    clinic.today = lambda: TODAY
    window = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return Station(clinic, window)


@pytest.fixture
def stations(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Station, Station]]:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    seed = open_signed_in(url)
    ChartService(seed.context()).add_charts(demo_charts())
    seed.close()
    ana = _station(qtbot, url, tmp_path / "ana", monkeypatch, ("ana", "Nurse Ana Ruiz"))
    ben = _station(qtbot, url, tmp_path / "ben", monkeypatch, ("ben", "Nurse Ben Okafor"))
    yield ana, ben
    for station in (ana, ben):
        station.window.close()
        station.clinic.close()


def _edit_latest_visit(qtbot: QtBot, station: Station) -> VisitFormView:
    window = station.window
    window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    chart = window.workspace.chart
    assert chart is not None
    latest = chart.visits[-1]
    assert latest.id is not None
    window.visit_flow.edit_visit(latest.id)
    form = window.visit_flow.form
    assert form is not None and form.editing == latest
    return form


def _retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    assert edit.text() == text


def _stored_latest(station: Station) -> Visit:
    return PatientService(station.clinic.context()).chart(DEMO_RA_MRN).visits[-1]


def _conflict(qtbot: QtBot, station: Station) -> ConflictDialog:
    qtbot.waitUntil(lambda: station.window.visit_flow.conflict_dialog is not None)
    dialog = station.window.visit_flow.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.fixture
def refused(qtbot: QtBot, stations: tuple[Station, Station]) -> tuple[Station, Station]:
    """Ana and Ben open the same visit; Ana saves a new pain score and thigh diameter; Ben,
    who typed a pain score of his own, a weight and a note, saves second."""
    ana, ben = stations
    hers = _edit_latest_visit(qtbot, ana)
    his = _edit_latest_visit(qtbot, ben)
    assert (his.scores.edits["pain_nrs"].text(), his.vitals.edits["weight_kg"].text()) == (
        "1",
        "60.1",
    )
    _retype(qtbot, hers.scores.edits["pain_nrs"], "6")
    _retype(qtbot, hers.lesions.row("R lateral thigh").longest, "230")
    qtbot.mouseClick(hers.save_button, LEFT)
    qtbot.waitUntil(lambda: ana.window.visit_flow.form is None)

    _retype(qtbot, his.scores.edits["pain_nrs"], "2")
    _retype(qtbot, his.vitals.edits["weight_kg"], "59")
    qtbot.keyClick(his.notes_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(his.notes_edit, " Ben: pain better.")
    qtbot.mouseClick(his.save_button, LEFT)
    return ana, ben


def test_the_second_save_shows_what_changed_and_keeps_every_value_typed(
    qtbot: QtBot, refused: tuple[Station, Station]
) -> None:
    ana, ben = refused
    dialog = _conflict(qtbot, ben)
    assert dialog.windowTitle() == "Visit not saved"
    assert "Nurse Ana Ruiz" in dialog.saved_by_label.text()
    rows = dialog.cell_texts()
    assert [row[:4] for row in rows] == [
        ["Lesion R lateral thigh: longest diameter", "225 mm", "230 mm", "225 mm"],
        ["Pain NRS", "1", "6", "2"],
    ]
    assert all(row[4].startswith("Nurse Ana Ruiz, ") for row in rows)
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(5)] == [
        "What",
        "When you opened it",
        "Saved now",
        "In your form",
        "Last saved by",
    ]
    form = ben.window.visit_flow.form
    assert form is not None and ben.window.stack.currentWidget() is form
    assert form.scores.edits["pain_nrs"].text() == "2"  # nothing of his typing is touched
    assert form.vitals.edits["weight_kg"].text() == "59"
    assert form.notes_edit.toPlainText().endswith("Ben: pain better.")
    stored = _stored_latest(ana)
    assert (stored.pain_nrs, stored.weight_kg) == (6, 60.1)  # Ana's save stands


def test_reload_shows_the_stored_visit_with_his_typing_carried_over_and_saves_both(
    qtbot: QtBot, refused: tuple[Station, Station]
) -> None:
    ana, ben = refused
    old_form = ben.window.visit_flow.form
    qtbot.mouseClick(_conflict(qtbot, ben).reload_button, LEFT)
    form = ben.window.visit_flow.form
    assert form is not None and form is not old_form
    assert ben.window.stack.currentWidget() is form
    assert form.editing is not None and form.editing.version == _stored_latest(ana).version
    assert form.lesions.row("R lateral thigh").longest.text() == "230"  # Ana's
    assert form.scores.edits["pain_nrs"].text() == "6"  # both changed it: the stored value…
    assert [(c.label, c.before, c.after) for c in form.set_aside.changes] == [
        ("Pain NRS", "6", "2")  # …and his beside it
    ]
    assert form.set_aside.isVisible()
    assert form.vitals.edits["weight_kg"].text() == "59"  # only he changed these: kept
    assert form.notes_edit.toPlainText().endswith("Ben: pain better.")
    draft = ben.window.visit_flow._drafts.load(form.draft_key)
    assert draft is not None and draft["sections"]["vitals"]["weight_kg"] == "59"
    assert draft["set_aside"] == [["pain_nrs", "Pain NRS", "6", "2"]]

    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: ben.window.visit_flow.form is None)
    stored = _stored_latest(ana)
    thigh = next(m for m in stored.lesion_measurements if m.lesion_label == "R lateral thigh")
    assert (stored.pain_nrs, stored.weight_kg, thigh.longest_mm) == (6, 59.0, 230.0)
    assert stored.notes.endswith("Ben: pain better.")


def test_keep_editing_returns_to_the_form_and_offers_the_reload_there(
    qtbot: QtBot, refused: tuple[Station, Station]
) -> None:
    _ana, ben = refused
    form = ben.window.visit_flow.form
    assert form is not None
    qtbot.mouseClick(_conflict(qtbot, ben).keep_button, LEFT)
    qtbot.waitUntil(lambda: ben.window.visit_flow.conflict_dialog is None)
    assert ben.window.visit_flow.form is form
    assert form.reload_button.isVisible()
    assert "Not saved" in form.status_label.text()
    qtbot.mouseClick(form.save_button, LEFT)  # still refused, never written over Ana's save
    again = _conflict(qtbot, ben)
    qtbot.mouseClick(again.keep_button, LEFT)
    qtbot.mouseClick(form.reload_button, LEFT)
    reloaded = ben.window.visit_flow.form
    assert reloaded is not None and reloaded is not form
    assert reloaded.scores.edits["pain_nrs"].text() == "6"


def test_deleting_a_visit_changed_since_the_chart_was_opened_is_refused(
    qtbot: QtBot, stations: tuple[Station, Station]
) -> None:
    ana, ben = stations
    ben.window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: ben.window.workspace.chart is not None)
    hers = _edit_latest_visit(qtbot, ana)
    _retype(qtbot, hers.scores.edits["pain_nrs"], "6")
    qtbot.mouseClick(hers.save_button, LEFT)
    qtbot.waitUntil(lambda: ana.window.visit_flow.form is None)
    visits_before = len(PatientService(ana.clinic.context()).chart(DEMO_RA_MRN).visits)

    chart = ben.window.workspace.chart
    assert chart is not None
    ben.window.workspace.tabs.setCurrentIndex(VISITS)
    ben.window.visit_flow.delete_visit(chart.visits[-1].id)
    dialog = ben.window.visit_flow.delete_dialog
    qtbot.keyClicks(dialog.reason_edit, "entered twice")
    qtbot.mouseClick(dialog.delete_button, LEFT)
    conflict = _conflict(qtbot, ben)
    assert conflict.windowTitle() == "Visit not deleted"
    assert [row[:3] for row in conflict.cell_texts()] == [["Pain NRS", "1", "6"]]
    assert len(PatientService(ana.clinic.context()).chart(DEMO_RA_MRN).visits) == visits_before
    qtbot.mouseClick(conflict.reload_button, LEFT)
    qtbot.waitUntil(
        lambda: (
            ben.window.workspace.chart is not None
            and ben.window.workspace.chart.visits[-1].pain_nrs == 6
        )
    )


def test_a_draft_recovered_after_someone_saved_the_visit_is_carried_over_not_written_over(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ben's workstation dies mid-edit; Ana saves the same visit; Ben's recovered draft lands on
    Ana's version: his own changes kept, the one that collides listed, hers not undone."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    seed = open_signed_in(url)
    ChartService(seed.context()).add_charts(demo_charts())
    seed.close()
    monkeypatch.setenv("CALCITRACK_HOME", str(tmp_path / "ben"))
    ben_clinic = open_signed_in(url)
    ben_clinic.user = ensure_user(ben_clinic.uow, "ben", "Nurse Ben Okafor", Role.NURSE)
    ben_clinic.today = lambda: TODAY
    doomed = build_main_window(ben_clinic, InlineTaskRunner())  # not handed to qtbot: it dies
    doomed.show()
    qtbot.waitExposed(doomed)
    his = _edit_latest_visit(qtbot, Station(ben_clinic, doomed))
    _retype(qtbot, his.scores.edits["pain_nrs"], "2")
    _retype(qtbot, his.vitals.edits["weight_kg"], "59")
    store, key = doomed.visit_flow._drafts, his.draft_key
    qtbot.waitUntil(
        lambda: (
            (store.load(key) or {}).get("sections", {}).get("vitals", {}).get("weight_kg") == "59"
        )
    )
    shiboken6.delete(doomed)  # the power goes: no close event

    ana = _station(qtbot, url, tmp_path / "ana", monkeypatch, ("ana", "Nurse Ana Ruiz"))
    hers = _edit_latest_visit(qtbot, ana)
    _retype(qtbot, hers.scores.edits["pain_nrs"], "6")
    _retype(qtbot, hers.lesions.row("R lateral thigh").longest, "230")
    qtbot.mouseClick(hers.save_button, LEFT)
    qtbot.waitUntil(lambda: ana.window.visit_flow.form is None)

    ben = _station(qtbot, url, tmp_path / "ben", monkeypatch, ("ben", "Nurse Ben Okafor"))
    ben.window.open_patient(DEMO_RA_MRN)
    qtbot.waitUntil(lambda: ben.window.draft_offers.dialog is not None)
    ben.window.draft_offers.dialog.recover_button.click()
    form = ben.window.visit_flow.form
    assert form is not None and form.editing is not None
    assert form.editing.version == _stored_latest(ana).version
    assert form.lesions.row("R lateral thigh").longest.text() == "230"  # Ana's, not undone
    assert form.vitals.edits["weight_kg"].text() == "59"  # his own change, kept
    assert form.scores.edits["pain_nrs"].text() == "6"
    assert [(c.label, c.before, c.after) for c in form.set_aside.changes] == [
        ("Pain NRS", "6", "2")
    ]
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: ben.window.visit_flow.form is None)
    stored = _stored_latest(ana)
    thigh = next(m for m in stored.lesion_measurements if m.lesion_label == "R lateral thigh")
    assert (stored.pain_nrs, stored.weight_kg, thigh.longest_mm) == (6, 59.0, 230.0)
    for station in (ana, ben):
        station.window.close()
        station.clinic.close()
    ben_clinic.close()
