"""The Overview tab (charts' controls, lesion map, response panel) and the body-site picker in the
pseudo-language: every text a person reads came through the translation, and none is clipped by
the longer text."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Laterality
from calcitrack.domain.entities import PatientChart
from calcitrack.reports.charts.lesion_map import site_name
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.overview.body_site_picker_dialog import BodySitePickerDialog
from calcitrack.ui.overview.overview_panel import OverviewPanel
from tests.reports.charts.test_lesion_map import ra_lesions
from tests.support.pseudo_locale import OPEN, assert_translated, shown
from tests.ui.overview.test_body_site_picker_dialog import click_site

pytestmark = pytest.mark.usefixtures("pseudo_language")

TODAY = date(2026, 11, 21)


def _lesion_labels(chart: PatientChart) -> tuple[str, ...]:
    """The lesions' labels, as recorded (the lesion chooser lists them)."""
    return tuple(lesion.label for lesion in chart.lesions)


def test_the_overview_of_a_patient(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    chart = stored_demo_charts[DEMO_RA_MRN]
    panel = OverviewPanel(InlineTaskRunner())
    panel.resize(900, 700)
    shown(qtbot, panel)
    panel.set_chart(chart, TODAY)
    qtbot.waitUntil(
        lambda: panel.assessment is not None
        and panel.trajectory_view.current is not None
        and panel.lesion_map.current is not None,
        timeout=5000,
    )
    assert panel.trajectory_view.status.text().startswith(OPEN)  # the hint under the charts
    assert panel.response_panel.baseline_combo.itemText(0).startswith(OPEN)
    assert_translated(panel, *_lesion_labels(chart))
    panel.trajectory_view.select_lesion(chart.lesions[0].label)  # another lesion highlighted
    assert_translated(panel, *_lesion_labels(chart))


def test_the_overview_while_assessing(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    panel = OverviewPanel(InlineTaskRunner(), start_delay_ms=60_000)  # never starts here
    panel.resize(900, 700)
    shown(qtbot, panel)
    panel.set_chart(stored_demo_charts[DEMO_RA_MRN], TODAY)
    assert panel.trajectory_view.status.text().startswith(OPEN)  # "Drawing…"
    assert_translated(panel)


def test_the_body_site_picker(qtbot: QtBot) -> None:
    dialog = BodySitePickerDialog(lesions=ra_lesions())
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert_translated(dialog)
    click_site(qtbot, dialog, "thigh", Laterality.RIGHT)
    assert dialog.ok_button.isEnabled()
    # the site's name is the reports' (site_name): it goes through gettext, a later step
    assert_translated(dialog, f"<b>{site_name('thigh', Laterality.RIGHT)}</b>")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
