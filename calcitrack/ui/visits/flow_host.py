"""What the visit flows (open, save, sign, offer drafts back) ask of the window that hosts them.

The flows name this protocol, never the main window's class: the shell builds the flows and the
flows do not import the shell, so the two stand in a line (``shell`` → ``visits``). The main window
satisfies it as it is; ``tests/ui/visits/test_flow_host.py`` checks that it still does.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QLabel, QStackedWidget, QStatusBar, QWidget

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.ui.patients.patient_list_panel import PatientListPanel
from calcitrack.ui.workspace.patient_workspace import PatientWorkspace


class SettingsHolder(Protocol):
    """Where the clinic settings in force are read (the window's settings flow)."""

    @property
    def settings(self) -> ClinicSettings: ...


class FlowHost(Protocol):
    """The window as the visit flows use it: its parts, and what it does for them."""

    @property
    def workspace(self) -> PatientWorkspace: ...

    @property
    def patient_list(self) -> PatientListPanel: ...

    @property
    def left_pane(self) -> QWidget:
        """The patient list and the Today view: hidden while a visit form is open."""
        ...

    @property
    def stack(self) -> QStackedWidget: ...

    @property
    def busy_label(self) -> QLabel: ...


    @property
    def settings_flow(self) -> SettingsHolder: ...

    def window(self) -> QWidget:
        """The top-level window: the parent of the flows and of their dialogs."""
        ...

    def statusBar(self) -> QStatusBar: ...

    def may(self, permission: Permission) -> bool: ...

    def open_patient(self, mrn: str) -> None: ...

    def refresh(self) -> None: ...

    def show_workspace(self, tab: int | None = ...) -> None: ...

    def update_actions(self) -> None: ...

    def show_message(self, title: str, text: str) -> None: ...

    def show_error(self, error: BaseException) -> None: ...
