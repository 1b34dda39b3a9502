"""The main window shell: the patient list beside the patient's workspace or the visit form, with
the menus, toolbar, shortcuts and status bar. The work itself is in the panels; the services run
on the task runner so the window never freezes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
)

from calcitrack import __version__
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import Patient, PatientChart
from calcitrack.ui.admin.clinic_settings_flow import (
    ClinicSettingsFlow,
    FlagCache,
    FlagRefresher,
    SettingsSource,
)
from calcitrack.ui.admin.daily_backup import BackupWarning
from calcitrack.ui.common.left_to_right import left_to_right
from calcitrack.ui.common.number_text import grouped_count
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.wheel_guard import wheel_scrolls
from calcitrack.ui.common.window_sources import PatientSource, VisitSink
from calcitrack.ui.medications.medication_flow import MedicationFlow, MedicationSink
from calcitrack.ui.patients.patient_list_panel import PatientListPanel
from calcitrack.ui.shell.first_size import first_size
from calcitrack.ui.shell.leave_guard import LeaveGuard
from calcitrack.ui.shell.main_menus import build_menus
from calcitrack.ui.shell.patient_list_updates import PatientListUpdates
from calcitrack.ui.shell.sources_dialog import show_sources
from calcitrack.ui.summaries.summary_flow import SummaryFlow, SummaryMaker
from calcitrack.ui.transfer.transfer_menu import TransferMenu
from calcitrack.ui.transfer.transfer_sources import TransferServices
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visits.draft_offers import DraftOffers
from calcitrack.ui.visits.sign_off_flow import SignOffFlow
from calcitrack.ui.visits.visit_flow import VisitFlow
from calcitrack.ui.worklist.today_panel import LeftTabs, TodayPanel, WorklistSource
from calcitrack.ui.workspace.patient_workspace import VISITS, PatientWorkspace

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """``permissions`` are the signed-in user's (domain/clinic/permissions.py): actions the user may
    not take are disabled (the services refuse them anyway). The session's own requests (lock,
    switch user, users, audit trail, password, own settings) are signals for the composition
    root."""

    lock_requested = Signal()
    switch_user_requested = Signal()
    users_requested = Signal()
    audit_trail_requested = Signal()
    password_change_requested = Signal()
    settings_change_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    closing = Signal()
    """The window is closing (its draft kept or the user's answer done, its state saved)."""

    def __init__(
        self,
        patients: PatientSource,
        visits: VisitSink,
        *,
        runner: Runner,
        drafts: DraftStore,
        database: str,
        user: str,
        user_name: str = "",  # the signed-in person's name: a new visit's clinician, the signer
        settings: QSettings,
        clinic_settings: SettingsSource,
        flag_cache: FlagCache,
        summaries: SummaryMaker,
        today: Callable[[], date] = date.today,
        permissions: frozenset[Permission] = frozenset(Permission),
        medications: MedicationSink | None = None,
        transfer: TransferServices | None = None,  # File: import, export, clinic-day summaries
        worklist: WorklistSource | None = None,
    ) -> None:
        super().__init__()
        self.permissions = permissions
        self._patients = patients
        self._runner = runner
        self._settings = settings
        self._today = today
        self.setWindowTitle(f"CalciTrack {__version__}")

        self.patient_list = PatientListPanel(patients, runner, today=today)
        self.patient_list.load_failed.connect(self.show_error)
        self.workspace = PatientWorkspace(runner)
        self.placeholder = QLabel(
            self.tr("Find a patient (Ctrl+F) and press Enter to open the chart.\n"
                    "Ctrl+N records a new visit for the open patient."),
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        self.placeholder.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.workspace)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.left_pane = LeftTabs(self.patient_list, TodayPanel(
            worklist, runner, drafts, today=today, permissions=permissions), self.open_patient)
        self.splitter.addWidget(self.left_pane)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        wheel_scrolls(self)  # no wheel changes a filter, a choice or a date here or in a dialog

        self.database_label = QLabel(self.tr("Database: {database}").format(
            database=left_to_right(database)))
        self.user_label = QLabel(self.tr("User: {user}").format(user=user))
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.busy_label)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        self.statusBar().addWidget(self.progress_bar)
        self.backup_warning = BackupWarning()
        self.statusBar().addPermanentWidget(self.backup_warning)
        for label in (self.database_label, self.user_label):
            self.statusBar().addPermanentWidget(label)

        self.visit_flow = VisitFlow(
            self, visits, runner=runner, drafts=drafts, today=today, clinician=user_name
        )
        self.draft_offers = DraftOffers(self, self.visit_flow, drafts, patients, runner)
        self.leave_guard = LeaveGuard(self, self.visit_flow)
        self.settings_flow = ClinicSettingsFlow(clinic_settings, runner, self, self.show_error)
        self.settings_flow.settings_changed.connect(self._on_clinic_settings_changed)
        self.flag_refresher = FlagRefresher(flag_cache, runner, self)
        self.flag_refresher.progressed.connect(self._on_flags_progressed)
        self.flag_refresher.finished.connect(self._on_flags_refreshed)
        self.list_updates = PatientListUpdates(self.patient_list, self.settings_flow,
                                               self.flag_refresher, self.workspace.overview.preload,
                                               self)  # fmt: skip
        self.summary_flow = SummaryFlow(summaries, runner, self, settings, self.show_error)
        self.summary_flow.progressed.connect(self._on_summary_progressed)
        self.summary_flow.finished.connect(self._on_summary_finished)
        self.sign_off_flow = SignOffFlow(self, visits, runner, user_name or user)
        self._build_actions()
        self.transfer = TransferMenu(self, self, transfer, runner) if transfer else None
        self.patient_list.patient_activated.connect(self.open_patient)
        self.workspace.visit_activated.connect(self.visit_flow.edit_visit)
        self.workspace.delete_requested.connect(self.visit_flow.delete_visit)
        self.medication_flow: MedicationFlow | None = None
        if medications is not None:
            self.medication_flow = MedicationFlow(self, medications, runner=runner)
            self.workspace.period_correct_requested.connect(self.medication_flow.correct_period)
            self.workspace.period_delete_requested.connect(self.medication_flow.delete_period)
        busy = getattr(runner, "busy_changed", None)
        if busy is not None:
            busy.connect(self._on_runner_busy_changed)
        self._restore_state()

    # -- actions -------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], Any], shortcut: Any = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip or text.replace("&", ""))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        flow = self.visit_flow
        self.find_action = self._action(
            self.tr("&Find patient"), self.left_pane.find_patient, QKeySequence.StandardKey.Find
        )
        self.new_patient_action = self._action(
            self.tr("New &patient…"), self.new_patient, "Ctrl+Shift+N"
        )
        self.edit_patient_action = self._action(
            self.tr("&Edit patient…"), self.edit_patient, "Ctrl+E"
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh
        )
        self.new_visit_action = self._action(
            self.tr("&New visit"), flow.new_visit, "Ctrl+N",
            self.tr("Record a visit for the open patient"),
        )
        self.save_action = self._action(
            self.tr("&Save visit"), flow.save, QKeySequence.StandardKey.Save
        )
        self.cancel_action = self._action(self.tr("&Cancel visit"), flow.cancel, "Esc")
        self.delete_visit_action = self._action(
            self.tr("&Delete visit…"), flow.delete_selected_visit
        )
        self.export_pdf_action = self._action(
            self.tr("&Export PDF…"), self.export_summary, "Ctrl+P",
            self.tr("Save the selected visit's summary (the latest if none is selected) as a PDF"),
        )
        self.print_action = self._action(
            self.tr("P&rint visit summary…"), self.print_summary, "Ctrl+Shift+P",
            self.tr("Print the selected visit's summary (the latest if none is selected)"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")  # none on Windows
        self.clinic_settings_action = self._action(
            self.tr("Clinic &settings…"), self.settings_flow.edit, tip=self.tr(
                "Thresholds of the response assessment and the flags, shared by every "
                "workstation (admin)")
        )
        self.sign_action = self._action(
            self.tr("Si&gn visit…"), self.sign_off_flow.sign_selected, "Ctrl+Shift+G",
            self.tr("Sign the selected visit (the latest unsigned one if none is selected)"),
        )
        self.audit_action = self._action(
            self.tr("&Audit trail…"), self.audit_trail_requested.emit, tip=self.tr(
                "Who did what and when: filter, export as CSV, verify the trail and signatures"),
        )
        self.users_action = self._action(
            self.tr("&Users…"), self.users_requested.emit, tip=self.tr("Accounts and roles (admin)")
        )
        self.backup_action = self._action(
            self.tr("&Back up the database…"), self.backup_requested.emit,
            tip=self.tr("Write a consistent copy of the clinic's database (admin)"),
        )
        self.restore_action = self._action(
            self.tr("&Restore…"), self.restore_requested.emit, tip=self.tr(
                "Replace the clinic's database with a backup, then restart CalciTrack (admin)"),
        )
        self.password_action = self._action(
            self.tr("Change my &password…"), self.password_change_requested.emit
        )
        self.my_settings_action = self._action(
            self.tr("Change my se&ttings…"), self.settings_change_requested.emit,
            tip=self.tr("Your language (from your next sign-in)"),
        )
        self.lock_action = self._action(
            self.tr("&Lock workstation"), self.lock_requested.emit, "Ctrl+L",
            self.tr("Lock the window now; your password unlocks it with everything as it was"),
        )
        self.switch_user_action = self._action(
            self.tr("S&witch user…"), self.switch_user_requested.emit,
            tip=self.tr("Sign out and let someone else sign in"),
        )
        self.about_action = self._action(self.tr("&About CalciTrack"), self._on_about_triggered)
        self.sources_action = self._action(
            self.tr("Clinical &sources…"), lambda: show_sources(self),
            tip=self.tr("Every source the rules cite as [R#], in full"),
        )

        self.file_menu, self.tools_menu = build_menus(self, self)
        self.update_actions()

    def update_actions(self) -> None:
        editing = self.visit_flow.form is not None
        has_chart = self.workspace.chart is not None
        records = self.may(Permission.RECORD_VISITS)
        edits_patients = self.may(Permission.EDIT_PATIENTS)
        self.new_patient_action.setEnabled(edits_patients)
        self.new_visit_action.setEnabled(has_chart and not editing and records)
        self.edit_patient_action.setEnabled(has_chart and not editing and edits_patients)
        self.delete_visit_action.setEnabled(has_chart and not editing and records)
        self.save_action.setEnabled(editing)
        self.cancel_action.setEnabled(editing)
        chart = self.workspace.chart
        summaries = chart is not None and bool(chart.visits) and not editing
        self.export_pdf_action.setEnabled(summaries and self.may(Permission.EXPORT_CHARTS))
        self.print_action.setEnabled(summaries and self.may(Permission.EXPORT_CHARTS))
        self.sign_action.setEnabled(summaries and self.may(Permission.SIGN_VISITS))
        self.audit_action.setEnabled(self.may(Permission.READ_AUDIT))
        self.users_action.setEnabled(self.may(Permission.MANAGE_USERS))
        self.clinic_settings_action.setEnabled(self.may(Permission.EDIT_CLINIC_SETTINGS))
        self.backup_action.setEnabled(self.may(Permission.BACKUP))
        self.restore_action.setEnabled(self.may(Permission.BACKUP))

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    def open_chart(self) -> PatientChart | None:
        return self.workspace.chart

    # -- patients ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the patient list (and the open chart) from the database, in the background."""
        self.patient_list.refresh()
        chart = self.workspace.chart
        if chart is not None and self.visit_flow.form is None:
            self.open_patient(chart.patient.mrn)

    def _on_clinic_settings_changed(self, settings: ClinicSettings) -> None:
        self.workspace.set_settings(settings)
        if self.patient_list.model.total:  # while running: once more after it
            self.flag_refresher.start()

    def _on_flags_progressed(self, done: int, total: int) -> None:
        self.busy_label.setText(
            self.tr("Updating flags: {done} of {total} patients").format(
                done=grouped_count(done), total=grouped_count(total)
            )
        )

    def _on_flags_refreshed(self, count: int) -> None:
        if count:
            self.busy_label.clear()
            self.patient_list.refresh()

    def open_patient(self, mrn: str) -> None:
        if self.visit_flow.form is not None and not self.visit_flow.may_leave():
            return
        self.busy_label.setText(self.tr("Opening {mrn}…").format(mrn=mrn))
        self._runner.submit(
            lambda: self._patients.chart(mrn),
            on_done=self.show_chart,
            on_error=self.show_error,
            key="chart",
        )

    def show_chart(self, chart: PatientChart) -> None:
        self.workspace.set_chart(chart, self._today())
        if self.stack.currentWidget() is self.placeholder:
            self.stack.setCurrentWidget(self.workspace)
        self.patient_list.select_mrn(chart.patient.mrn)
        self.busy_label.clear()
        self.update_actions()
        self.draft_offers.offer_for(chart)

    def show_workspace(self, tab: int | None = VISITS) -> None:
        self.stack.setCurrentWidget(self.workspace)
        if tab is not None:
            self.workspace.tabs.setCurrentIndex(tab)
        self.update_actions()

    def new_patient(self) -> None:
        from calcitrack.ui.patients.patient_dialog import PatientDialog

        dialog = PatientDialog(self._patients.create, today=self._today, parent=self)
        dialog.patient_saved.connect(self._on_patient_saved)
        dialog.open()

    def edit_patient(self) -> None:
        from calcitrack.ui.patients.patient_dialog import PatientDialog

        chart = self.workspace.chart
        if chart is None:
            return
        dialog = PatientDialog(
            self._patients.update, patient=chart.patient, today=self._today, parent=self
        )
        dialog.patient_saved.connect(self._on_patient_saved)
        dialog.open()

    def _on_patient_saved(self, patient: Patient) -> None:
        self.statusBar().showMessage(self.tr("Patient {mrn} saved").format(mrn=patient.mrn), 5000)
        self.refresh()
        self.open_patient(patient.mrn)

    # -- visit summaries -----------------------------------------------------------------------

    def _summary_visit(self) -> tuple[PatientChart, date | None] | None:
        chart = self.workspace.chart
        if chart is None or self.visit_flow.form is not None:
            return None
        if self.summary_flow.busy:
            self.statusBar().showMessage(
                self.tr("A visit summary is still being made: wait for it to finish"), 5000
            )
            return None
        selected = self.workspace.visits.selected_visit()
        return chart, selected.visit_date if selected is not None else None

    def export_summary(self) -> None:
        """Export PDF (Ctrl+P): the selected visit's summary, or the latest visit's."""
        chosen = self._summary_visit()
        if chosen is not None:
            self.summary_flow.export(*chosen)

    def print_summary(self) -> None:
        chosen = self._summary_visit()
        if chosen is not None:
            self.summary_flow.print_visit(*chosen)

    def _on_summary_progressed(self, step: int, steps: int, doing: str) -> None:
        self.progress_bar.setRange(0, steps)
        self.progress_bar.setValue(step)
        self.progress_bar.show()
        self.busy_label.setText(self.tr("Visit summary: {doing}…").format(doing=doing))

    def _on_summary_finished(self, message: str) -> None:
        self.progress_bar.hide()
        self.busy_label.clear()
        if message:
            self.statusBar().showMessage(message, 8000)

    # -- feedback ------------------------------------------------------------------------------

    def show_error(self, error: BaseException) -> None:
        self.busy_label.clear()
        log.warning("operation failed: %s", type(error).__name__)
        box = QMessageBox(
            QMessageBox.Icon.Warning, "CalciTrack", str(error), QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_message(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def _on_runner_busy_changed(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            if self.busy_label.text():  # clearing an empty label still lays the bar out again
                self.busy_label.clear()

    def _on_about_triggered(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About CalciTrack"),
            self.tr("CalciTrack {version}\nFollow-up of calcinosis cutis.\n\n{database}\n{user}")
            .format(version=__version__, database=self.database_label.text(),
                    user=self.user_label.text()),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setWindowIcon(QIcon())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- state ---------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        # type=bytes gives a QByteArray (what saveGeometry stored) or bytes; anything else is
        # not a saved state.
        geometry = self._settings.value("main_window/geometry", type=bytes)
        if isinstance(geometry, (QByteArray, bytes)) and geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size(self))  # 1280 × 800, or less on a smaller screen
        splitter = self._settings.value("main_window/splitter", type=bytes)
        if isinstance(splitter, (QByteArray, bytes)) and splitter:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([340, 940])  # the Overview needs the room more than the list
        self.patient_list.restore_state(self._settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leave_guard.ask(self.close, self.tr("Closing CalciTrack")):
            event.ignore()  # asked first: Save / Keep as draft / Discard / Cancel
            return
        self.visit_flow.keep_draft()
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/splitter", self.splitter.saveState())
        self.patient_list.save_state(self._settings)
        self._settings.sync()
        self.closing.emit()
        self._runner.shutdown()
        super().closeEvent(event)

    @property
    def runner(self) -> Runner:
        return self._runner
