"""The main window on the demo clinic, driven as a nurse would: find, open, record, recover."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, table

from calcitrack.app import build_main_window, drafts_dir
from calcitrack.bootstrap import Clinic
from calcitrack.domain.visits.visit_entry import MedicationChangeKind
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.task_runner import InlineTaskRunner, Runner, TaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.workspace.patient_workspace import VISITS
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import CLINICAL_TABLES
from tests.ui.visit_question import keep_not_measured

TODAY = date(2026, 11, 20)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def demo_clinic(tmp_path: Path) -> Iterator[Clinic]:
    clinic = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    ChartService(clinic.context()).add_charts(demo_charts())
    yield clinic
    clinic.close()


def _window(qtbot: QtBot, clinic: Clinic, runner: Runner | None = None) -> MainWindow:
    clinic.today = lambda: TODAY  # the tests do not depend on the calendar
    window = build_main_window(clinic, runner or InlineTaskRunner())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def window(qtbot: QtBot, demo_clinic: Clinic) -> MainWindow:
    return _window(qtbot, demo_clinic)


def _mrns(window: MainWindow) -> list[str]:
    return window.patient_list.visible_mrns()


def _type(qtbot: QtBot, widget: QWidget, *values: str) -> None:
    """Focus ``widget``, type each value and Tab on, as a nurse does."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    for value in values:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, value)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def _counts(clinic: Clinic) -> dict[str, int]:
    with clinic.engine.connect() as conn:
        return {t: conn.scalar(select(func.count()).select_from(table(t))) for t in CLINICAL_TABLES}


def _find_and_open(qtbot: QtBot, window: MainWindow, text: str, mrn: str) -> None:
    _press(qtbot, Qt.Key.Key_F)
    assert window.patient_list.search_edit.hasFocus()
    qtbot.keyClicks(window.patient_list.search_edit, text)
    qtbot.waitUntil(lambda: _mrns(window) == [mrn])
    qtbot.keyClick(window.patient_list.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.workspace.chart is not None and window.workspace.chart.patient.mrn == mrn
    )


def test_window_lists_the_demo_patients_and_says_where_the_data_is(
    window: MainWindow, demo_clinic: Clinic
) -> None:
    active = [c.patient.mrn for c in demo_charts() if not c.patient.archived]
    assert sorted(_mrns(window)) == sorted(active)
    assert demo_clinic.where in window.database_label.text()
    assert demo_clinic.user.display_name in window.user_label.text()
    assert not window.new_visit_action.isEnabled()  # no patient open yet
    assert not window.export_pdf_action.isEnabled()


def test_ctrl_f_finds_a_patient_without_accents_and_enter_opens_the_chart(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.patient_list.view.setFocus()
    _find_and_open(qtbot, window, "nunez", DEMO_DM_MRN)
    workspace = window.workspace
    assert window.stack.currentWidget() is workspace
    assert "Ferreira-Nuñez" in workspace.header.text()
    assert [workspace.tabs.tabText(i).replace("&", "") for i in range(workspace.tabs.count())] == [
        "Overview",
        "Visits",
        "Lesions",
        "Medications",
        "Labs",
        "Imaging  procedures",
    ]
    model = workspace.visits.model
    days = [model.visit(row).visit_date for row in range(model.rowCount())]
    assert days == sorted(days, reverse=True)  # newest first
    assert window.new_visit_action.isEnabled()


def test_a_nurse_records_a_complete_visit_and_finds_it_all_again(
    qtbot: QtBot, demo_clinic: Clinic
) -> None:
    """Search → open → new visit with two lesions, labs in mmol/L and a dose change → save on a
    worker thread → a new window on the same data shows it all."""
    runner = TaskRunner()
    window = _window(qtbot, demo_clinic, runner)
    qtbot.waitUntil(lambda: len(_mrns(window)) > 1)
    _find_and_open(qtbot, window, "haddad", DEMO_RA_MRN)
    before = window.workspace.chart
    assert before is not None

    _press(qtbot, Qt.Key.Key_N)
    form = window.visit_flow.form
    assert form is not None and window.stack.currentWidget() is form
    assert form.date_edit.hasFocus() and form.visit_date() == TODAY
    _type(qtbot, form.lesions.row("R lateral thigh").longest, "220", "84", "7")
    form.lesions.add_lesion()
    new = form.lesions.rows[-1]
    assert new.site_combo is not None and new.side_combo is not None
    new.site_combo.setCurrentIndex(new.site_combo.findData("forearm"))
    new.side_combo.setCurrentIndex(new.side_combo.findData("left"))
    _type(qtbot, new.longest, "9", "6")
    _type(qtbot, form.vitals.weight, "59.5")
    calcium = form.labs.add_row("calcium_total")
    _type(qtbot, calcium.value_edit, "2.41")
    calcium.set_unit("mmol/L")
    phosphate = form.labs.add_row("phosphate")
    _type(qtbot, phosphate.value_edit, "1.05")
    phosphate.set_unit("mmol/L")
    change = form.medications.add_change(MedicationChangeKind.DOSE)
    change.drug_combo.setFocus()
    qtbot.keyClicks(change.drug_combo, "Dil")
    _type(qtbot, change.dose_edit, "90")
    _type(qtbot, change.reason_edit, "thigh lesion still growing")

    _press(qtbot, Qt.Key.Key_S)
    keep_not_measured(qtbot, form)  # four lesions were not measured today: asked, Enter
    qtbot.waitUntil(lambda: window.visit_flow.form is None, timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            window.workspace.chart is not None
            and len(window.workspace.chart.visits) == len(before.visits) + 1
        ),
        timeout=10_000,
    )
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.tabs.currentIndex() == VISITS
    window.close()

    again = _window(qtbot, demo_clinic)
    _find_and_open(qtbot, again, "HADDAD", DEMO_RA_MRN)
    chart = again.workspace.chart
    assert chart is not None
    visit = chart.visits[-1]
    assert visit.visit_date == TODAY and visit.weight_kg == 59.5
    sizes = {
        m.lesion_label: (m.longest_mm, m.width_mm, m.depth_mm) for m in visit.lesion_measurements
    }
    assert sizes["R lateral thigh"] == (220.0, 84.0, 7.0)
    new_label = next(le.label for le in chart.lesions if le.first_seen_on == TODAY)
    assert sizes[new_label][:2] == (9.0, 6.0)
    assert next(le for le in chart.lesions if le.label == new_label).body_site == "forearm"
    labs = {lab.analyte: lab for lab in chart.labs if lab.visit_id == visit.id}
    assert (labs["calcium_total"].value, labs["calcium_total"].unit) == (2.41, "mmol/L")
    assert labs["calcium_total"].normalised_value == pytest.approx(2.41 / 0.2495)
    assert (labs["phosphate"].value, labs["phosphate"].unit) == (1.05, "mmol/L")
    diltiazem = [m for m in chart.medications if m.drug == "diltiazem" and m.active_on(TODAY)]
    assert [(m.dose, m.start_on, m.start_reason) for m in diltiazem] == [
        (90.0, TODAY, "thigh lesion still growing")
    ]
    # the tabs show it too
    lesions = again.workspace.lesions
    assert lesions.select_lesion(new_label)
    assert lesions.history_model.rowCount() == 1
    assert again.workspace.visits.model.visit(0).visit_date == TODAY
    area = math.pi / 4 * (220 * 84 + 9 * 6)  # total of the two lesions measured
    assert any(
        f"{area:.0f}"
        in str(again.workspace.visits.model.data(again.workspace.visits.model.index(0, col)))
        for col in range(again.workspace.visits.model.columnCount())
    )
    # two of six active lesions measured: listed as an incomplete visit
    assert again.workspace.visits.model.unmeasured(0) == (
        "R buttock", "R knee", "L lateral thigh", "R upper chest"
    )


def test_an_invalid_visit_is_refused_with_its_problems_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, demo_clinic: Clinic
) -> None:
    _find_and_open(qtbot, window, "haddad", DEMO_RA_MRN)
    before = _counts(demo_clinic)
    _press(qtbot, Qt.Key.Key_N)
    form = window.visit_flow.form
    assert form is not None
    _type(qtbot, form.lesions.row("R knee").longest, "20", "31")  # width above the longest
    _type(qtbot, form.scores.edits["pain_nrs"], "12")
    _press(qtbot, Qt.Key.Key_S)
    assert window.visit_flow.form is form  # still open
    listed = [form.problem_list.item(i).text() for i in range(form.problem_list.count())]
    assert any("width" in text.lower() and "longest" in text.lower() for text in listed)
    assert any("pain" in text.lower() for text in listed)
    assert _counts(demo_clinic) == before


def test_unsaved_typing_survives_a_crash_and_a_second_instance_offers_it_back(
    qtbot: QtBot, demo_clinic: Clinic
) -> None:
    demo_clinic.today = lambda: TODAY
    first = build_main_window(demo_clinic, InlineTaskRunner())  # not handed to qtbot: it dies
    with qtbot.waitActive(first):
        first.show()
        first.activateWindow()
    _find_and_open(qtbot, first, "haddad", DEMO_RA_MRN)
    _press(qtbot, Qt.Key.Key_N)
    form = first.visit_flow.form
    assert form is not None
    _type(qtbot, form.lesions.row("R buttock").longest, "101", "70")
    _type(qtbot, form.notes_edit, "typed before the crash")
    typed = form.entry()
    key = form.draft_key
    store = first.visit_flow._drafts
    qtbot.waitUntil(lambda: (store.load(key) or {}).get("notes") == "typed before the crash")
    shiboken6.delete(first)  # the process dies: no close event, no save

    assert [d.mrn for d in store.pending()] == [DEMO_RA_MRN]
    second = _window(qtbot, demo_clinic)
    assert drafts_dir(demo_clinic) == store.root
    _find_and_open(qtbot, second, "haddad", DEMO_RA_MRN)
    offer = second.draft_offers.dialog
    assert offer is not None and "unsaved new visit" in offer.message_label.text()
    offer.recover_button.click()
    recovered = second.visit_flow.form
    assert recovered is not None
    assert recovered.entry() == typed
    assert second.stack.currentWidget() is recovered


def test_deleting_a_visit_asks_for_a_reason(
    qtbot: QtBot, window: MainWindow, demo_clinic: Clinic
) -> None:
    _find_and_open(qtbot, window, "haddad", DEMO_RA_MRN)
    chart = window.workspace.chart
    assert chart is not None
    latest = chart.visits[-1]
    window.workspace.tabs.setCurrentIndex(VISITS)
    view = window.workspace.visits.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    dialog = window.visit_flow.delete_dialog
    assert dialog.isVisible() and not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "duplicate of the paper record")
    assert dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: len(window.workspace.chart.visits) == len(chart.visits) - 1)
    from calcitrack.services.visit_service import VisitService

    assert VisitService(demo_clinic.context()).deletions(DEMO_RA_MRN) == [
        (latest.visit_date, "duplicate of the paper record")
    ]


def test_patient_model_passes_the_model_tester(qtmodeltester, window: MainWindow) -> None:
    model = window.patient_list.model
    assert model.rowCount() > 0  # the window's list, as the patient service gave it
    qtmodeltester.check(model)


def test_window_geometry_and_splitter_are_restored(
    qtbot: QtBot, demo_clinic: Clinic, tmp_path: Path
) -> None:
    first = _window(qtbot, demo_clinic)
    first.resize(780, 520)  # within the offscreen screen (800×600)
    first.splitter.setSizes([420, 360])
    sizes = first.splitter.sizes()
    first.close()
    second = build_main_window(demo_clinic, InlineTaskRunner())
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (780, 520)
    assert second.splitter.sizes() == sizes
    settings = QSettings(
        str(Path(drafts_dir(demo_clinic)).parents[1] / "settings.ini"), QSettings.Format.IniFormat
    )
    assert settings.value("main_window/geometry", type=bytes)


def test_the_application_icon_is_found_and_loads(qapp) -> None:
    from PySide6.QtGui import QIcon

    from calcitrack.startup import resources_dir

    icon = QIcon(str(resources_dir() / "icons" / "calcitrack.svg"))
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()


def test_an_earlier_visit_opens_filled_in_and_saves_the_edit(
    qtbot: QtBot, window: MainWindow, demo_clinic: Clinic
) -> None:
    _find_and_open(qtbot, window, "haddad", DEMO_RA_MRN)
    chart = window.workspace.chart
    assert chart is not None
    first = chart.visits[0]
    window.workspace.tabs.setCurrentIndex(VISITS)
    view = window.workspace.visits.view
    view.setFocus()
    view.selectRow(window.workspace.visits.model.rowCount() - 1)  # the oldest: newest first
    qtbot.keyClick(view, Qt.Key.Key_Return)
    form = window.visit_flow.form
    assert form is not None and form.visit_date() == first.visit_date
    assert form.entry().visit.lesion_measurements == first.lesion_measurements
    edit = form.scores.edits["pain_nrs"]
    edit.selectAll()
    _type(qtbot, edit, "4")
    _press(qtbot, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.visit_flow.form is None)
    stored = PatientService(demo_clinic.context()).chart(DEMO_RA_MRN).visits[0]
    assert (stored.visit_date, stored.pain_nrs) == (first.visit_date, 4)
    assert stored.version > first.version
    assert stored.lesion_measurements == tuple(
        dataclasses.replace(m, id=s.id)
        for m, s in zip(first.lesion_measurements, stored.lesion_measurements, strict=True)
    )
