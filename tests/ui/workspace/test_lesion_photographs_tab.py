"""The Lesions tab shows the selected lesion's photographs over time (thumbnails from the chart,
the full image through ``load_image``) and Compare…; without photographs it says so."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.domain.entities import LesionPhotograph, PatientChart
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.demo.demo_photographs import with_photographs
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.workspace.patient_workspace import LESIONS, PatientWorkspace
from tests.support.accounts import open_signed_in
from tests.ui.held_runner import HeldRunner
from tests.ui.photographs.images import ImageStore, photograph
from tests.ui.shell.test_access_keys import clashes

TODAY = date(2026, 9, 20)
THIGH, KNEE = "R lateral thigh", "R knee"
ALT = Qt.KeyboardModifier.AltModifier


def chart_with_photographs(store: ImageStore) -> PatientChart:
    ra = next(c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN)
    days = (date(2025, 9, 1), date(2026, 3, 16), date(2026, 9, 14))
    photos = tuple(
        store.add(photograph(THIGH, day, photo_id=10 + i, width=1200, height=900))
        for i, day in enumerate(days)
    )
    return replace(ra, photographs=(*photos, photograph(KNEE, days[2], photo_id=20)))


def test_selecting_a_lesion_shows_its_photographs_and_compare_opens(qtbot: QtBot) -> None:
    store = ImageStore()
    deleted: list[tuple[LesionPhotograph, str]] = []
    workspace = PatientWorkspace(
        HeldRunner(),
        load_image=store.load_image,
        delete_photograph=lambda p, reason: deleted.append((p, reason)),
    )
    qtbot.addWidget(workspace)
    workspace.resize(1200, 900)
    with qtbot.waitActive(workspace):
        workspace.show()
        workspace.activateWindow()
    workspace.set_chart(chart_with_photographs(store), TODAY)
    workspace.tabs.setCurrentIndex(LESIONS)
    panel = workspace.lesions
    photos = panel.photos

    assert workspace.lesions.select_lesion(THIGH)
    assert [photos.strip.item(r).text() for r in range(photos.strip.count())] == [
        "2025-09-01",
        "2026-03-16",
        "2026-09-14",
    ]
    assert photos.title_label.text() == f"Photo&graphs of {THIGH}, oldest first (3)"
    assert photos.compare_button.isEnabled()

    qtbot.keyClick(panel.lesion_view, Qt.Key.Key_G, ALT)  # Photo&graphs: to the strip
    assert photos.strip.hasFocus()
    qtbot.keyClick(photos.strip, Qt.Key.Key_Left)
    qtbot.keyClick(photos.strip, Qt.Key.Key_Return)
    viewer = photos.strip.viewer
    assert viewer is not None
    assert store.asked == [11]
    assert viewer.windowTitle() == f"Photograph: {THIGH} — 2026-03-16"
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: photos.strip.viewer is None)

    qtbot.keyClick(photos.strip, Qt.Key.Key_R, ALT)  # Compa&re…
    qtbot.waitUntil(lambda: photos.comparison_dialog is not None)
    dialog = photos.comparison_dialog
    assert dialog is not None
    assert dialog.windowTitle() == f"Compare photographs: {THIGH}"
    assert [p.id if p else None for p in dialog.comparison.chosen()] == [10, 11, 12]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: photos.comparison_dialog is None)
    with qtbot.waitActive(workspace):  # (the test platform does not hand it back itself)
        workspace.activateWindow()
    qtbot.keyClick(photos.compare_button, Qt.Key.Key_G, ALT)  # back to the strip
    assert photos.strip.hasFocus()
    qtbot.keyClick(photos.strip, Qt.Key.Key_Delete)
    assert photos.strip.delete_dialog is not None
    qtbot.keyClicks(photos.strip.delete_dialog.reason_edit, "duplicate")
    photos.strip.delete_dialog.accept()
    assert [(p.id, reason) for p, reason in deleted] == [(11, "duplicate")]

    assert workspace.lesions.select_lesion(KNEE)  # one photograph: nothing to compare
    assert photos.strip.count() == 1 and not photos.compare_button.isEnabled()
    assert workspace.lesions.select_lesion("R buttock")
    assert photos.stack.currentWidget() is photos.none_label


def test_without_the_photograph_service_the_tab_works_as_before(qtbot: QtBot) -> None:
    workspace = PatientWorkspace(HeldRunner())
    qtbot.addWidget(workspace)
    chart = chart_with_photographs(ImageStore())
    workspace.set_chart(chart, TODAY)
    workspace.lesions.select_lesion(THIGH)
    strip = workspace.lesions.photos.strip
    assert strip.count() == 3
    assert not strip.delete_action.isEnabled()
    viewer = strip.open_current()  # no full image to be had: the thumbnail, and says so
    assert viewer is not None and "thumbnail is shown" in viewer.caption_label.text()
    viewer.reject()
    workspace.set_chart(replace(chart, photographs=()), TODAY)
    assert strip.count() == 0


def test_the_photographs_listed_by_mrn_are_shown_instead_of_the_charts(qtbot: QtBot) -> None:
    """The chart may carry descriptions only: a ``list_photographs`` (the service's, with the
    thumbnails) is asked by MRN with each chart; if it fails, the chart's are shown."""
    store = ImageStore()
    chart = chart_with_photographs(store)
    described = tuple(replace(p, thumbnail=b"") for p in chart.photographs)
    asked: list[str] = []
    failing = False

    def list_photographs(mrn: str) -> tuple[LesionPhotograph, ...]:
        asked.append(mrn)
        if failing:
            raise ConnectionError("the server went away")
        return chart.photographs

    workspace = PatientWorkspace(HeldRunner(), list_photographs=list_photographs)
    qtbot.addWidget(workspace)
    workspace.set_chart(replace(chart, photographs=described), TODAY)
    workspace.lesions.select_lesion(THIGH)
    strip = workspace.lesions.photos.strip
    assert asked == [DEMO_RA_MRN]
    assert strip.count() == 3
    assert all(not strip.item(r).icon().isNull() for r in range(3))  # the listed thumbnails

    failing = True
    workspace.set_chart(replace(chart, photographs=described), TODAY)
    assert asked == [DEMO_RA_MRN] * 2
    assert strip.count() == 3  # the chart's descriptions, dated, without thumbnails
    assert all(strip.item(r).icon().isNull() for r in range(3))


def test_the_lesions_tab_with_photographs_shares_no_access_key(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Compare… and Photographs are enabled only when there are photographs: the window's
    access-key test (a demo chart without any) cannot see them, this one does, beside both the
    patient list and the Today view."""
    clinic = open_signed_in(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        charts = with_photographs(demo_charts())
        ChartService(clinic.context()).add_charts(charts)
        clinic.today = lambda: TODAY
        window = build_main_window(clinic, InlineTaskRunner())
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        window.open_patient(DEMO_RA_MRN)
        qtbot.waitUntil(lambda: window.workspace.chart is not None)
        [ra] = [c for c in charts if c.patient.mrn == DEMO_RA_MRN]
        window.workspace.tabs.setCurrentIndex(LESIONS)
        window.workspace.lesions.select_lesion(ra.photographs[0].lesion_label)
        photos = window.workspace.lesions.photos
        qtbot.waitUntil(photos.compare_button.isVisible)
        assert photos.compare_button.isEnabled()
        assert clashes(window) == {}, "beside the patient list"
        window.left_pane.show_today()
        qtbot.waitUntil(lambda: window.left_pane.today.isVisible())
        assert clashes(window) == {}, "beside the Today view"
        window.runner.shutdown()
        window.close()
    finally:
        clinic.close()
