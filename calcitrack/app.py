"""The GUI's composition root: builds the application, the services and the main window."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from calcitrack import __version__
from calcitrack.bootstrap import Clinic
from calcitrack.reports.summary_writer import SummaryWriter
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.summary_source import SummarySource
from calcitrack.services.visit_service import VisitService
from calcitrack.store.locations import data_dir
from calcitrack.ui.draft_store import DraftStore
from calcitrack.ui.main_window import MainWindow
from calcitrack.ui.task_runner import Runner, TaskRunner


def resources_dir() -> Path:
    """Icons and drawings: inside the installed package, or at the top of a source checkout."""
    packaged = Path(__file__).resolve().parent / "resources"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[1] / "resources"


def drafts_dir(clinic: Clinic) -> Path:
    """Unsaved visits of this workstation, kept apart per database (a demo clinic's drafts never
    surface in the real one)."""
    digest = hashlib.sha256(clinic.url.encode()).hexdigest()[:16]
    return data_dir() / "drafts" / digest


def build_main_window(clinic: Clinic, runner: Runner | None = None) -> MainWindow:
    settings = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    context = clinic.context()
    window = MainWindow(
        PatientService(context),
        VisitService(context),
        runner=runner or TaskRunner(),
        drafts=DraftStore(drafts_dir(clinic)),
        database=clinic.where,
        user=clinic.user.display_name,
        settings=settings,
        clinic_settings=ClinicSettingsService(context),
        flag_cache=FlagCacheService(context),
        summaries=SummaryWriter(SummarySource(context)),
        today=context.today,
    )
    window.settings_flow.load()
    window.refresh()
    return window


def run_gui(clinic: Clinic) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CalciTrack")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CalciTrack")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "calcitrack.svg")))
    window = build_main_window(clinic)
    window.show()
    return app.exec()
