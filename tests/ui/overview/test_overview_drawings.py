"""Opening a patient draws the Overview's dashboard once, at the width it is shown at: the layout
the new patient's lesions bring (a wider lesion box widens the view) settles before the drawing
is made, and the room the vertical scroll bar takes is left for it. Measured on the real main
window at its default size."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.workspace.patient_workspace import OVERVIEW
from tests.support.accounts import open_signed_in

TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    clinic: Clinic = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    clinic.today = lambda: TODAY
    ChartService(clinic.context()).add_charts(demo_charts())
    built = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(built)
    built.resize(1280, 800)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built.close()
    clinic.close()


@pytest.mark.parametrize("mrn", [DEMO_RA_MRN, DEMO_DM_MRN])
def test_opening_a_patient_draws_the_dashboard_once_at_the_width_shown(
    qtbot: QtBot, window: MainWindow, mrn: str
) -> None:
    window.show_workspace(OVERVIEW)
    drawings: list[int] = []
    window.open_patient(mrn)
    qtbot.waitUntil(lambda: window.workspace.overview.panel is not None)
    panel = window.workspace.overview.panel
    assert panel is not None
    view = panel.trajectory_view
    view.rendered.connect(lambda: drawings.append(view.current.width_px))
    qtbot.waitUntil(lambda: bool(drawings), timeout=10_000)
    qtbot.wait(600)  # the layout settles; a resize would draw again 120 ms after it
    assert len(drawings) == 1, f"drawn {len(drawings)} times, at widths {drawings}"
    assert view.current is not None
    viewport = view.scroll_area.viewport()
    assert view.scroll_area.verticalScrollBar().isVisible()  # the dashboard is taller
    assert view.current.width_px == viewport.width()  # nothing cut off on the right
    assert view.image.width() == viewport.width()
