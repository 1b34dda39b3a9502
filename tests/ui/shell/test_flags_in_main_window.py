"""Flags on the patient list and clinic settings from the main window, on the demo clinic."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_settings import SAFETY_HR_WARNING
from calcitrack.domain.review.assessment_types import ResponseCategory
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.patients.patient_table_model import FLAGS_COLUMN
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.workspace.patient_workspace import LESIONS, OVERVIEW
from tests.support.accounts import open_signed_in

TODAY = date(2026, 11, 21)


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    opened.today = lambda: TODAY
    ChartService(opened.context()).add_charts(demo_charts())
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    built = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    return built


def _flag_cell(window: MainWindow, mrn: str) -> tuple[str, str, object]:
    model = window.patient_list.model
    row = model.row_of_mrn(mrn)
    assert row is not None
    index = model.index(row, FLAGS_COLUMN)
    return (
        model.data(index),
        model.data(index, Qt.ItemDataRole.ToolTipRole),
        model.data(index, Qt.ItemDataRole.DecorationRole),
    )


def test_the_patient_list_shows_each_patients_flags_with_a_tooltip(window: MainWindow) -> None:
    text, tooltip, icon = _flag_cell(window, DEMO_RA_MRN)
    assert text == "1 safety"
    assert "Colchicine with diltiazem" in tooltip and "Decision support" in tooltip
    assert icon is not None
    text, tooltip, _ = _flag_cell(window, DEMO_DM_MRN)
    assert text == "review"
    assert "surgery" in tooltip.lower()


def test_opening_a_patient_shows_the_overview_and_a_map_click_selects_the_lesion(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_patient(DEMO_RA_MRN)
    window.workspace.tabs.setCurrentIndex(OVERVIEW)
    overview = window.workspace.overview.panel
    assert overview is not None
    qtbot.waitUntil(lambda: overview.assessment is not None)  # a moment after the tabs
    assert overview.assessment is not None
    assert overview.assessment.response.category is ResponseCategory.IMPROVED
    overview.lesion_map.lesion_clicked.emit("R buttock")
    window.workspace.tabs.setCurrentIndex(LESIONS)
    lesions = window.workspace.lesions
    assert lesions.history_model.lesion is not None
    assert lesions.history_model.lesion.label == "R buttock"


def test_an_admin_changes_a_threshold_and_every_flag_follows(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    window.open_patient(DEMO_RA_MRN)
    window.clinic_settings_action.trigger()
    dialog = window.settings_flow.dialog
    assert dialog is not None and dialog.isVisible()
    spin = dialog.spins[SAFETY_HR_WARNING]
    spin.setValue(80)  # the RA patient's heart rate is 74/min at her last visit
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert window.settings_flow.dialog is None or not dialog.isVisible()
    stored = ClinicSettingsService(clinic.context()).current()
    assert stored[SAFETY_HR_WARNING] == 80 and stored.version == 1
    _, tooltip, _ = _flag_cell(window, DEMO_RA_MRN)
    assert "heart rate" in tooltip.lower()
    overview = window.workspace.overview.panel
    assert overview is not None and overview.assessment is not None
    assert "diltiazem_heart_rate" in {f.code for f in overview.assessment.flags}


def test_flags_assessed_with_earlier_settings_read_out_of_date_until_re_assessed(
    qtbot: QtBot, window: MainWindow, clinic: Clinic
) -> None:
    """Another workstation's admin saves a new threshold: until the flags are re-assessed, the
    list must not show the old ones as current."""
    settings = ClinicSettingsService(clinic.context())
    settings.save({SAFETY_HR_WARNING: 80}, based_on_version=settings.current().version)
    window.refresh_action.trigger()  # F5: the list asked again; the refresher is not running
    text, tooltip, icon = _flag_cell(window, DEMO_RA_MRN)
    assert text == "1 safety (out of date)"
    assert tooltip.startswith("Out of date: these flags were assessed with earlier clinic")
    assert "Decision support" in tooltip and icon is not None
    assert _flag_cell(window, DEMO_DM_MRN)[0] == "review (out of date)"
    window.flag_refresher.start()  # as after the next sign-in (inline here: done at once)
    text, tooltip, _ = _flag_cell(window, DEMO_RA_MRN)
    assert text == "2 safety" and "heart rate" in tooltip.lower()  # the new threshold's flag
    assert "out of date" not in tooltip.lower()
