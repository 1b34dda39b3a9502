"""The patient workspace: the tabs are filled at once; the Overview follows in the background."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import PatientChart
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN
from calcitrack.ui.workspace.patient_workspace import LESIONS, PatientWorkspace
from tests.ui.held_runner import HeldRunner

TODAY = date(2026, 11, 21)


def test_the_first_chart_fills_the_tabs_before_the_overview_has_loaded(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    runner = HeldRunner()
    workspace = PatientWorkspace(runner)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 800)
    workspace.show()
    ra, dm = stored_demo_charts[DEMO_RA_MRN], stored_demo_charts[DEMO_DM_MRN]
    workspace.set_chart(ra, TODAY)
    assert workspace.visits.model.rowCount() == len(ra.visits)  # filled at once
    assert workspace.overview.panel is None  # matplotlib and the charts load on a worker
    assert workspace.overview.loading_label.isVisible()
    workspace.set_chart(dm, TODAY)  # another patient while they load
    [load] = runner.tasks
    runner.take()
    load.release()
    panel = workspace.overview.panel
    assert panel is not None and panel.chart is dm
    assert not workspace.overview.loading_label.isVisible()
    qtbot.waitUntil(lambda: len(runner.tasks) == 1)  # DM's assessment, a moment later
    runner.take().release()
    assert panel.assessment is not None
    panel.lesion_selected.emit("L buttock")  # a lesion picked on the map or in the charts
    workspace.tabs.setCurrentIndex(LESIONS)
    assert workspace.lesions.history_model.lesion is not None
    assert workspace.lesions.history_model.lesion.label == "L buttock"


def test_preloaded_modules_let_the_first_chart_show_its_overview_at_once(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    """The window preloads the Overview's modules once the patient list is shown: the first
    patient opened afterwards gets the Overview panel without waiting for a load."""
    runner = HeldRunner()
    workspace = PatientWorkspace(runner)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.overview.preload()
    workspace.overview.preload()  # once is enough
    [load] = runner.tasks
    runner.take()
    load.release()
    panel = workspace.overview.panel
    assert panel is not None and panel.chart is None  # built while a patient is chosen
    ra = stored_demo_charts[DEMO_RA_MRN]
    workspace.set_chart(ra, TODAY)
    assert workspace.overview.panel is panel and panel.chart is ra
    assert not workspace.overview.loading_label.isVisible()


def test_a_chart_opened_while_the_preload_runs_waits_for_it(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    runner = HeldRunner()
    workspace = PatientWorkspace(runner)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.overview.preload()
    ra = stored_demo_charts[DEMO_RA_MRN]
    workspace.set_chart(ra, TODAY)
    assert workspace.overview.loading_label.isVisible()
    [load] = runner.tasks  # the preload's, not a second load
    runner.take()
    load.release()
    panel = workspace.overview.panel
    assert panel is not None and panel.chart is ra
    assert not workspace.overview.loading_label.isVisible()
