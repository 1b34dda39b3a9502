"""Tools → Clinic outcomes…: the action, enabled for an account that may read the charts, and
the one outcomes window it opens (raised again if already open). The window's module (matplotlib,
the charts) is imported when the action is first used, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.outcomes.outcomes_source import OutcomesTools

if TYPE_CHECKING:
    from calcitrack.ui.outcomes.outcomes_dialog import OutcomesDialog


class OutcomesHost(Protocol):
    tools_menu: QMenu

    def may(self, permission: Permission) -> bool: ...


class OutcomesMenu(QObject):
    def __init__(
        self, window: QMainWindow, host: OutcomesHost, tools: OutcomesTools, runner: Runner
    ) -> None:
        super().__init__(window)
        self._window = window
        self._host = host
        self._tools = tools
        self._runner = runner
        self.dialog: OutcomesDialog | None = None
        self.action = QAction(self.tr("Clinic &outcomes…"), window)
        self.action.setStatusTip(
            self.tr(
                "How the patients who started a regimen have done: response at 6 and 12 months, "
                "burden change, Kaplan–Meier curves, safety and review flags (an observational "
                "summary)"
            )
        )
        self.action.triggered.connect(self.open)
        self.action.setEnabled(host.may(Permission.READ_CHARTS))
        window.addAction(self.action)
        menu = host.tools_menu
        before = next((a for a in menu.actions() if a.isSeparator()), None)
        if before is None:
            menu.addAction(self.action)
        else:
            menu.insertAction(before, self.action)

    def open(self) -> None:
        from calcitrack.ui.outcomes.outcomes_dialog import OutcomesDialog  # see the docstring

        if self.dialog is None:
            self.dialog = OutcomesDialog(
                self._tools, self._runner,
                may_export=self._host.may(Permission.EXPORT_CHARTS), parent=self._window,
            )  # fmt: skip
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
