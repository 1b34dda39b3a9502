"""The GUI's composition root: builds the services and the main window, and runs the workstation
session (first administrator, sign-in, idle lock, switch user).

calcitrack.startup shows the sign-in dialog first and loads this module (and so every module of
the window) on a worker thread while the user types: imports here are at the top, not deferred.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from calcitrack.bootstrap import Clinic
from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.accounts import AccountPolicy
from calcitrack.domain.clinic.permissions import permissions_of
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import User
from calcitrack.i18n.digits import Digits
from calcitrack.i18n.languages import SYSTEM
from calcitrack.reports.exports.outcomes_csv_writer import write_outcomes_csv
from calcitrack.reports.exports.outcomes_pdf_writer import write_outcomes_pdf
from calcitrack.reports.exports.summary_writer import SummaryWriter
from calcitrack.services.accounts.own_settings_service import OwnSettingsService
from calcitrack.services.accounts.user_admin_service import UserAdminService
from calcitrack.services.audit_service import AuditService
from calcitrack.services.backups.backup_service import BackupService, backup_folder
from calcitrack.services.backups.restore_service import (
    RestorePlan,
    RestoreResult,
    plan_restore,
    restore_from_window,
)
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.medication_service import MedicationService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.photographs.image_intake import (
    MAX_FILE_BYTES,
    capture_date_of,
    photograph_problem,
)
from calcitrack.services.photographs.photograph_service import PhotographService
from calcitrack.services.research.fhir_export_service import FhirExportService
from calcitrack.services.research.outcomes_service import OutcomesService
from calcitrack.services.research.research_service import ResearchService
from calcitrack.services.site_event_service import SiteEventService
from calcitrack.services.summary_source import SummarySource
from calcitrack.services.visit_service import VisitService
from calcitrack.services.worklist_service import WorklistService
from calcitrack.store.locations import backups_dir, data_dir
from calcitrack.store.unit_of_work import utc_now
from calcitrack.ui.admin.daily_backup import DailyBackup
from calcitrack.ui.admin.restore_dialog import RestoreDialog
from calcitrack.ui.admin.users_dialog import UsersDialog
from calcitrack.ui.audit.audit_viewer_dialog import AuditViewerDialog
from calcitrack.ui.common.task_runner import Runner, TaskRunner
from calcitrack.ui.outcomes.outcomes_menu import OutcomesMenu
from calcitrack.ui.outcomes.outcomes_source import OutcomesTools
from calcitrack.ui.photographs.photograph_flow import PhotographFlow
from calcitrack.ui.session.change_password_dialog import ChangePasswordDialog
from calcitrack.ui.session.first_admin_dialog import FirstAdminDialog
from calcitrack.ui.session.idle_watch import IdleWatch
from calcitrack.ui.session.lock_screen import LockScreen
from calcitrack.ui.session.my_settings_dialog import MySettingsDialog
from calcitrack.ui.session.session_language import SessionLanguage
from calcitrack.ui.session.sign_in_dialog import SignInDialog
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.site_events.site_event_flow import SiteEventFlow
from calcitrack.ui.transfer.transfer_sources import BundleWriter, TransferServices
from calcitrack.ui.visit_form.draft_store import DraftAuthor, DraftStore

AUTOMATIC_BACKUP_ENV = "CALCITRACK_AUTOMATIC_BACKUP"
"""Set to 0 on a workstation that must not make the day's automatic backup at sign-in (a
training or kiosk machine; the window tests, where it ran beside every sign-in)."""

log = logging.getLogger(__name__)


def drafts_dir(clinic: Clinic) -> Path:
    """Unsaved visits of this workstation, kept apart per database (a demo clinic's drafts never
    surface in the real one), and within it per account (``draft_store.DraftStore``)."""
    digest = hashlib.sha256(clinic.url.encode()).hexdigest()[:16]
    return data_dir() / "drafts" / digest


def drafts_of(clinic: Clinic, user: User) -> DraftStore:
    """The drafts of ``user`` alone: what the window keeps, lists and offers back."""
    author = DraftAuthor(user.id, user.username, user.display_name)
    return DraftStore(drafts_dir(clinic), author)


def user_text(user: User) -> str:
    return QCoreApplication.translate("App", "{name} ({roles})").format(
        name=user.display_name, roles=user.roles_text
    )


def record_charts_image(
    audit: AuditService, window: MainWindow, runner: Runner, mrn: str, path: Path
) -> None:
    """An image of a patient's charts was written: the export goes into the audit trail."""
    runner.submit(
        lambda: audit.record(
            AuditAction.EXPORT, table_name="patients", patient_mrn=mrn,
            details={"format": path.suffix.lstrip(".").lower(), "file": path.name},
        ),
        on_error=lambda error: window.statusBar().showMessage(
            QCoreApplication.translate(
                "App",
                "{file} was saved, but its export could not be recorded in the audit trail: "
                "{reason}",
            ).format(file=path.name, reason=error)
        ),
        write=True,
    )  # fmt: skip


def fhir_writer_of(context: ServiceContext) -> Callable[[bool], BundleWriter]:
    """The FHIR Bundle's writer, with or without the visit summary PDFs; fhir.resources is
    imported on the first export, not when the window starts."""

    def make(with_summaries: bool) -> BundleWriter:
        from calcitrack.reports.exports.fhir_writer import FhirWriter

        return FhirWriter(SummaryWriter(SummarySource(context)) if with_summaries else None)

    return make


def build_main_window(clinic: Clinic, runner: Runner | None = None) -> MainWindow:
    """The window for the signed-in ``clinic.user``."""
    settings = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    context = clinic.context()
    own_runner = runner is None
    runner = runner or TaskRunner()
    window = MainWindow(
        PatientService(context),
        VisitService(context),
        runner=runner,
        drafts=drafts_of(clinic, context.actor),
        database=clinic.where,
        user=user_text(context.actor),
        user_name=context.actor.display_name,
        settings=settings,
        clinic_settings=ClinicSettingsService(context),
        flag_cache=FlagCacheService(context),
        summaries=SummaryWriter(SummarySource(context)),
        today=context.today,
        permissions=permissions_of(context.actor.roles) if context.actor.active else frozenset(),
        medications=MedicationService(context),
        transfer=TransferServices(
            ChartService(context), VisitService(context), SummaryWriter(SummarySource(context)),
            username=context.actor.username, today=context.today,
            research=ResearchService(context),
            fhir=FhirExportService(context), fhir_writer=fhir_writer_of(context),
        ),
        worklist=WorklistService(context),
    )
    if own_runner and isinstance(runner, QObject):
        # deleted with the window, by Qt on the GUI thread: left to Python's collector, which may
        # run on a worker thread, its thread pools would be destroyed from inside themselves
        runner.setParent(window)
    # owned by the window (its Qt parent); the window stays under 500 lines
    SiteEventFlow(window, SiteEventService(context), runner=runner, today=context.today)
    PhotographFlow(
        window, PhotographService(context), runner=runner, check=photograph_problem,
        max_bytes=MAX_FILE_BYTES, taken_on=capture_date_of,
    )  # fmt: skip
    outcomes = OutcomesService(context)
    OutcomesMenu(window, window, OutcomesTools(outcomes, write_outcomes_pdf, write_outcomes_csv,
                                               today=context.today), runner)  # fmt: skip
    audit = AuditService(context)
    window.workspace.overview.charts_exported.connect(
        lambda mrn, path: record_charts_image(audit, window, runner, mrn, path)
    )
    window.closing.connect(window.flag_refresher.stop)  # its worker processes with it
    window.settings_flow.load()
    window.refresh()
    return window


class WorkstationSession(QObject):
    """One workstation's run of the window: the first administrator on an empty database, then
    sign-in, the main window for that user, the lock after the clinic's idle time (and on
    Ctrl+L), switching user, and signing out when the window closes.

    ``language`` (calcitrack.startup gives it): each sign-in applies the user's language to the
    windows built from then on; without it, the language is left as it is."""

    def __init__(
        self, clinic: Clinic, parent: QObject | None = None, language: SessionLanguage | None = None
    ) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.language = language
        self.accounts = clinic.accounts()
        self.window: MainWindow | None = None
        self.dialog: QWidget | None = None
        """The open first-administrator or sign-in dialog."""
        self.lock_screen: LockScreen | None = None
        self.idle: IdleWatch | None = None
        self.tool: QWidget | None = None
        """The open users, audit trail or password dialog."""
        self.daily_backup: DailyBackup | None = None

    def start(self) -> None:
        if self.accounts.needs_first_admin():
            dialog = FirstAdminDialog(self.accounts)
            dialog.admin_created.connect(self._on_admin_created)
            self._show_dialog(dialog)
        else:
            self.ask_sign_in()

    def take_sign_in(self, dialog: SignInDialog) -> None:
        """Start with the sign-in dialog shown before the database was open (calcitrack.startup);
        a Sign in pressed meanwhile goes ahead now."""
        dialog.signed_in.connect(self._on_signed_in)
        self._show_dialog(dialog)
        dialog.attach(self.accounts, self.clinic.where)

    def ask_sign_in(self, username: str = "") -> None:
        dialog = SignInDialog(self.accounts, database=self.clinic.where, username=username)
        dialog.signed_in.connect(self._on_signed_in)
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: QWidget) -> None:
        # Qt deletes a closed top-level window on the GUI thread; left to Python, a reference
        # cycle could be collected on a worker thread, which Qt widgets do not survive
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.setWindowIcon(QApplication.windowIcon())
        dialog.show()

    def _on_admin_created(self, user: User) -> None:
        self.ask_sign_in(user.username)

    def _on_signed_in(self, user: User) -> None:
        self.dialog = None
        self.clinic.user = user
        log.info("signed in (account #%s)", user.id)
        self._apply_language(self._preference())  # before any of her windows is built
        window = build_main_window(self.clinic)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as for the dialogs
        window.lock_requested.connect(self.lock)
        window.switch_user_requested.connect(self.switch_user)
        window.users_requested.connect(self._on_users_requested)
        window.audit_trail_requested.connect(self._on_audit_trail_requested)
        window.password_change_requested.connect(self._on_password_change_requested)
        window.settings_change_requested.connect(self._on_my_settings_requested)
        window.backup_requested.connect(self._on_backup_requested)
        window.restore_requested.connect(self._on_restore_requested)
        self.window = window
        self.lock_screen = LockScreen(self.accounts, user, window)
        self.idle = IdleWatch(self.accounts.policy().idle_lock_minutes, self)
        self.idle.went_idle.connect(self.lock)
        # a new idle time takes effect at once, not at the next sign-in (found by QA)
        window.settings_flow.settings_changed.connect(self._on_clinic_settings_changed)
        self.lock_screen.screen_locked.connect(self.idle.pause)
        self.lock_screen.unlocked.connect(self.idle.resume)
        self.lock_screen.switch_user_requested.connect(self.switch_user)
        self.lock_screen.unlocked.connect(lambda: setattr(window.leave_guard, "locked", False))
        window.show()
        window.closing.connect(self._on_window_closing)
        window.draft_offers.offer_at_sign_in()
        if os.environ.get(AUTOMATIC_BACKUP_ENV, "1") != "0":
            self.daily_backup = DailyBackup(
                BackupService(self.clinic.context()), window.runner, window.backup_warning,
                backups_dir(), window,
            )
            self.daily_backup.start()

    def _preference(self) -> str:
        """The signed-in user's language preference ("system" if it cannot be read)."""
        try:
            return OwnSettingsService(self.clinic.context()).language()
        except Exception:  # the window opens all the same, in the system's language
            log.exception("the account's language could not be read")
            return SYSTEM

    def _apply_language(self, preference: str) -> None:
        if self.language is not None:
            self.language.apply(preference, self._digits())

    def _digits(self) -> Digits:
        """The clinic's digits for Arabic (Western if its settings cannot be read)."""
        try:
            return ClinicSettingsService(self.clinic.context()).current().arabic_digits
        except Exception:  # the window opens all the same, with Western digits
            log.exception("the clinic's digits could not be read")
            return "latn"

    def _on_clinic_settings_changed(self, settings: ClinicSettings) -> None:
        minutes = AccountPolicy.from_settings(settings).idle_lock_minutes
        if self.idle is not None and self.idle.interval_ms != max(0, minutes) * 60_000:
            self.idle.set_minutes(minutes)  # counted from now; unchanged: the count goes on

    def lock(self) -> None:
        if self.window is None or self.lock_screen is None or self.lock_screen.is_locked:
            return
        tool, self.tool = self.tool, None
        if tool is not None:  # the trail and the users name patients and people: closed, not hidden
            tool.close()
        self.window.leave_guard.locked = True
        self.lock_screen.set_unsaved_visit(self.window.visit_flow.has_unsaved())
        self.lock_screen.lock()

    def switch_user(self) -> None:
        """Sign out, then the sign-in dialog replaces the window. An open visit form with
        unsaved typing asks first (Save / Keep as draft / Discard / Cancel: ``LeaveGuard``);
        from the lock screen it is kept as the signed-in user's draft without a question."""
        window = self.window
        if window is None:
            return
        if window.leave_guard.ask(self._switch_now, self.tr("Switching user")):
            self._switch_now()

    def _switch_now(self) -> None:
        window = self.window
        if window is None:
            return
        window.visit_flow.keep_draft()
        self._apply_language(SYSTEM)  # the sign-in is the workstation's, not the last user's
        self.ask_sign_in()
        self._sign_out("switch user")
        window.close()

    def _on_window_closing(self) -> None:
        if self.window is not None:
            self._sign_out("closed the window")

    def _sign_out(self, why: str) -> None:
        user, self.clinic.user = self.clinic.user, None
        if self.idle is not None:
            self.idle.pause()
            self.idle.deleteLater()
            self.idle = None
        self.window, self.lock_screen, self.tool = None, None, None
        if user is not None:
            try:
                self.accounts.sign_out(user, why=why)
            except Exception:  # the database went away: the window still closes
                log.exception("sign-out not recorded")

    def _on_users_requested(self) -> None:
        window = self.window
        if window is None:
            return
        dialog = UsersDialog(
            UserAdminService(self.clinic.context()), window.runner, window,
            now=utc_now, policy=self.accounts.policy(),
        )
        self._open_tool(dialog)

    def _on_audit_trail_requested(self) -> None:
        window = self.window
        if window is None:
            return
        service = AuditService(self.clinic.context())
        dialog = AuditViewerDialog(
            service, window.runner, window, usernames=service.usernames(),
            today=self.clinic.today,
        )
        self._open_tool(dialog)

    def _on_password_change_requested(self) -> None:
        window, user = self.window, self.clinic.user
        if window is None or user is None:
            return
        self._open_tool(ChangePasswordDialog(self.accounts, user, window))

    def _on_my_settings_requested(self) -> None:
        window, user = self.window, self.clinic.user
        if window is None or user is None:
            return
        dialog = MySettingsDialog(OwnSettingsService(self.clinic.context()), user, window)
        dialog.language_saved.connect(
            lambda _preference: window.statusBar().showMessage(
                self.tr("Your language is saved: it applies from your next sign-in.")
            )
        )
        dialog.password_change_requested.connect(self._on_password_from_settings)
        self._open_tool(dialog)

    def _on_password_from_settings(self) -> None:
        """Change password… in Change my settings: that dialog closes, the password's opens."""
        settings, self.tool = self.tool, None
        if settings is not None:  # its later destruction must not forget the password dialog
            settings.destroyed.disconnect(self._on_tool_closed)
        self._on_password_change_requested()

    def choose_backup_file(self, suggested: Path) -> str:
        """The file to write the backup to ("" when cancelled); tests replace this."""
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up the clinic's database"), str(suggested)
        )
        return chosen

    def _on_backup_requested(self) -> None:
        window = self.window
        if window is None:
            return
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        suffix = ".sqlite3" if self.clinic.engine.dialect.name == "sqlite" else ".dump"
        folder = backup_folder(window.settings_flow.settings, Path.home())  # the clinic's, if set
        chosen = self.choose_backup_file(folder / f"calcitrack-backup-{stamp}{suffix}")
        if not chosen:
            return
        service = BackupService(self.clinic.context())
        window.busy_label.setText(self.tr("Backing up…"))
        window.runner.submit(
            lambda: service.back_up(Path(chosen)),
            on_done=lambda written: window.show_message(
                self.tr("Backup"),
                self.tr("The clinic's database was backed up to {where}.").format(
                    where=written.summary()
                ),
            ),
            on_error=window.show_error,
            write=True,
        )

    def _on_restore_requested(self) -> None:
        window = self.window
        if window is None:
            return
        url = self.clinic.url
        folder = backup_folder(window.settings_flow.settings, backups_dir())
        dialog = RestoreDialog(lambda path: plan_restore(path, url), folder, window)
        dialog.restore_confirmed.connect(self._restore)
        self._open_tool(dialog)

    def _restore(self, plan: RestorePlan) -> None:
        window = self.window
        if window is None:
            return
        context = self.clinic.context()
        window.busy_label.setText(self.tr("Restoring…"))
        window.runner.submit(
            lambda: restore_from_window(context, plan),
            on_done=self._on_restored,
            on_error=window.show_error,
            write=True,
        )

    def _on_restored(self, result: RestoreResult) -> None:
        window = self.window
        if window is None:
            return
        before = result.before_restore
        text = (
            self.tr(
                "The clinic's database was restored from {backup} and checked (integrity, audit "
                "chain, row counts). The database as it was is kept in {kept}. CalciTrack will "
                "now close: start it again to work on the restored clinic."
            )
            if before
            else self.tr(
                "The clinic's database was restored from {backup} and checked (integrity, audit "
                "chain, row counts). CalciTrack will now close: start it again to work on the "
                "restored clinic."
            )
        )
        window.show_message(
            self.tr("Restored"),
            text.format(backup=result.plan.backup, kept=before.path if before else ""),
        )
        window.message_box.finished.connect(self.quit_application)

    def quit_application(self) -> None:
        """After a restore the window's data is gone: close it and end; tests replace this."""
        if self.window is not None:
            self.window.close()
        QApplication.quit()

    def _open_tool(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_tool_closed)
        self.tool = dialog
        dialog.show()

    def _on_tool_closed(self) -> None:
        self.tool = None
