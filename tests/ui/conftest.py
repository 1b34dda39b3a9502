"""Fixtures of the UI tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import PatientChart
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.common.window_language import WindowLanguage
from tests.support.accounts import open_signed_in
from tests.support.pseudo_locale import compile_catalogue

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

if TYPE_CHECKING:
    from calcitrack.app import WorkstationSession


@pytest.fixture(scope="session", autouse=True)
def english_window(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WindowLanguage]:
    """The window in English as the app shows it: with the English catalogue (the plural forms,
    "1 day", "2 days"), compiled from its source here so that a test never reads a stale one."""
    folder = tmp_path_factory.mktemp("catalogues")
    compile_catalogue(TRANSLATIONS / "calcitrack_en.ts", folder / "calcitrack_en.qm")
    language = WindowLanguage(qapp, folder)
    assert language.use("en")
    yield language
    language.close()


@pytest.fixture(scope="session")
def stored_demo_charts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, PatientChart]:
    """The demo clinic as the app reads it: stored, so every visit and lesion has its id."""
    clinic = open_signed_in(f"sqlite:///{tmp_path_factory.mktemp('clinic') / 'demo.sqlite3'}")
    try:
        ChartService(clinic.context()).add_charts(demo_charts())
        service = PatientService(clinic.context())
        return {c.patient.mrn: service.chart(c.patient.mrn) for c in demo_charts()}
    finally:
        clinic.close()


@pytest.fixture
def sessions(qtbot: QtBot) -> Iterator[list[WorkstationSession]]:
    """Workstation sessions a test starts (append them): closed afterwards, their workers
    stopped first (a sign-in starts the day's automatic backup on one)."""
    made: list[WorkstationSession] = []
    yield made
    for one in made:
        if one.window is not None:
            one.window.runner.shutdown()
            one.window.close()
        if one.dialog is not None:
            one.dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def no_automatic_backup(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """A sign-in makes the day's automatic backup on a worker; the window tests leave it out
    (CALCITRACK_AUTOMATIC_BACKUP=0) except those marked ``automatic_backup``, which test it."""
    if request.node.get_closest_marker("automatic_backup") is None:
        monkeypatch.setenv("CALCITRACK_AUTOMATIC_BACKUP", "0")
