"""The Today view in the main window, driven from the keyboard on a real SQLite clinic: Ctrl+T
(and View → Today) shows who is due today and overdue, who was seen today, whose visits are
unsigned (for those who sign) and the account's own drafts; Enter opens the patient; Ctrl+F goes
back to the patient list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window, drafts_of
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.visit_form.draft_store import draft_key
from calcitrack.ui.worklist.today_panel import DRAFTS, DUE, SEEN, UNSIGNED
from tests.support.accounts import open_signed_in
from tests.ui.worklist import worklist_clinic as wc

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    wc.fill(opened)
    yield opened
    opened.close()


def open_window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    clinic.today = lambda: wc.TODAY
    window = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def test_ctrl_t_shows_the_day_and_enter_opens_the_patient(qtbot: QtBot, clinic: Clinic) -> None:
    window = open_window(qtbot, clinic)
    today = window.left_pane.today
    press(qtbot, Qt.Key.Key_T)
    assert window.left_pane.currentWidget() is today
    assert today.tree.hasFocus()
    assert today.rows(DUE) == [
        (f"{wc.OVERDUE_30}  Barros, Inês", "30 days overdue"),
        (f"{wc.OVERDUE_2}  Castro, Inês", "2 days overdue"),
        (f"{wc.DUE_TODAY}  Abreu, Inês", "due today"),
    ]
    assert today.rows(SEEN) == [(f"{wc.SEEN}  Dias, Inês", "seen today")]
    unsigned = [patient.split()[0] for patient, _ in today.rows(UNSIGNED)]
    assert wc.SIGNED not in unsigned and len(unsigned) == 5
    assert (f"{wc.SEEN}  Dias, Inês", "visit of 2026-11-20") in today.rows(UNSIGNED)
    assert today.current_mrn() == wc.OVERDUE_30  # the longest overdue first, selected
    current = today.tree.currentItem()
    assert current is not None and current.toolTip(1) == "Next visit due 2026-10-21"

    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    assert today.current_mrn() == wc.OVERDUE_2
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(
        lambda: window.workspace.chart is not None
        and window.workspace.chart.patient.mrn == wc.OVERDUE_2
    )

    press(qtbot, Qt.Key.Key_F)  # Ctrl+F: back to the patient list's search
    assert window.left_pane.currentWidget() is window.patient_list
    assert window.patient_list.search_edit.hasFocus()


def test_the_view_menu_has_today_and_a_nurse_sees_no_unsigned_list(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clinic = open_signed_in(f"sqlite:///{tmp_path / 'nurse.sqlite3'}", "nurse.n", "Nurse N",
                            Role.NURSE)
    try:
        window = open_window(qtbot, clinic)
        go = next(a.menu() for a in window.menuBar().actions() if a.text() == "Vie&w")
        assert window.left_pane.today_action in go.actions()
        assert window.left_pane.today_action.shortcut().toString() == "Ctrl+T"
        window.left_pane.today_action.trigger()
        today = window.left_pane.today
        assert today.section(UNSIGNED) is None
        assert today.section(DUE) is not None
        assert today.rows(DUE) == []
        assert today.section(DUE).child(0).text(0) == "none"  # type: ignore[union-attr]
    finally:
        clinic.close()


def test_the_account_s_own_drafts_wait_on_the_list(qtbot: QtBot, clinic: Clinic) -> None:
    assert clinic.user is not None
    drafts_of(clinic, clinic.user).save(
        draft_key(wc.LATER, None),
        {"mrn": wc.LATER, "visit_id": None, "visit_date": "2026-11-20", "header": {}},
    )
    window = open_window(qtbot, clinic)
    window.left_pane.today_action.trigger()
    today = window.left_pane.today
    [(patient, when)] = today.rows(DRAFTS)
    assert patient == f"{wc.LATER}  Esteves, Inês"  # named: the patient has unsigned visits
    assert when == "new visit 2026-11-20"
    tip = today.section(DRAFTS).child(0).toolTip(1)  # type: ignore[union-attr]
    assert tip.startswith("Last typed ")
    assert today.select_mrn(wc.LATER)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(
        lambda: window.workspace.chart is not None
        and window.workspace.chart.patient.mrn == wc.LATER
    )


def test_a_visit_form_takes_the_whole_width_and_gives_the_today_view_back(
    qtbot: QtBot, clinic: Clinic
) -> None:
    window = open_window(qtbot, clinic)
    left = window.left_pane
    press(qtbot, Qt.Key.Key_T)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    press(qtbot, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.visit_flow.form is not None)
    assert not left.isVisible()  # the form gets the whole width
    window.visit_flow.cancel()
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
    assert left.isVisible() and left.currentWidget() is left.today
    assert not window.patient_list.isVisible()  # not laid over the Today view


def test_a_visit_saved_from_today_plans_the_next_from_the_clinic_interval(
    qtbot: QtBot, clinic: Clinic
) -> None:
    window = open_window(qtbot, clinic)
    today = window.left_pane.today
    press(qtbot, Qt.Key.Key_T)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    assert today.current_mrn() == wc.OVERDUE_2
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: window.workspace.chart is not None)
    press(qtbot, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.visit_flow.form is not None)
    press(qtbot, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.visit_flow.form is None)

    chart = PatientService(clinic.context()).chart(wc.OVERDUE_2)
    assert chart.visits[-1].visit_date == wc.TODAY
    assert chart.visits[-1].next_visit_due_on == wc.TODAY + 12 * 7 * wc.DAY
    assert wc.OVERDUE_2 not in [p.split()[0] for p, _ in today.rows(DUE)]
    assert (f"{wc.OVERDUE_2}  Castro, Inês", "seen today") in today.rows(SEEN)
