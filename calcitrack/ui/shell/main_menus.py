"""The main window's menu bar and toolbar, made of its actions (a module of its own: the window
stays under 500 lines)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from calcitrack.ui.worklist.today_panel import LeftTabs


class MenuActions(Protocol):
    """The main window's actions the menus list (ui/shell/main_window.py)."""

    left_pane: LeftTabs
    find_action: QAction
    new_patient_action: QAction
    edit_patient_action: QAction
    refresh_action: QAction
    new_visit_action: QAction
    save_action: QAction
    cancel_action: QAction
    delete_visit_action: QAction
    export_pdf_action: QAction
    print_action: QAction
    quit_action: QAction
    clinic_settings_action: QAction
    sign_action: QAction
    audit_action: QAction
    users_action: QAction
    backup_action: QAction
    restore_action: QAction
    password_action: QAction
    my_settings_action: QAction
    lock_action: QAction
    switch_user_action: QAction
    about_action: QAction
    sources_action: QAction

PATIENT_MENU = "patientMenu"
"""The Patient menu's object name: how other packages find it, whatever its title's language."""


def build_menus(window: QMainWindow, actions: MenuActions) -> tuple[QMenu, QMenu]:
    """File, Patient, Visit, View, Tools and Help, and the toolbar, of ``window``; the menus'
    titles in the context of the window (MainWindow), as its actions' texts. The File and the
    Tools menus, where other parts add theirs."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions(
        [actions.new_patient_action, actions.export_pdf_action, actions.print_action]
    )
    file_menu.addSeparator()
    file_menu.addActions([actions.lock_action, actions.switch_user_action])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit_action)
    patient_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Patient"))
    patient_menu.setObjectName(PATIENT_MENU)  # other packages add to it (ui/photographs)
    patient_menu.addActions(
        [actions.find_action, actions.edit_patient_action, actions.refresh_action]
    )
    visit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Visit"))
    visit_menu.addActions([actions.new_visit_action, actions.save_action, actions.cancel_action])
    visit_menu.addSeparator()
    visit_menu.addActions([actions.sign_action, actions.delete_visit_action])
    bar.addMenu(QCoreApplication.translate("MainWindow", "Vie&w")).addActions(
        [actions.find_action, actions.left_pane.today_action]
    )
    tools = bar.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    tools.addActions(
        [actions.audit_action, actions.users_action, actions.clinic_settings_action,
         actions.backup_action, actions.restore_action]
    )
    tools.addSeparator()
    tools.addActions([actions.password_action, actions.my_settings_action])
    bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")).addActions(
        [actions.sources_action, actions.about_action]
    )

    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addActions(
        [
            actions.new_patient_action,
            actions.new_visit_action,
            actions.save_action,
            actions.export_pdf_action,
        ]
    )
    return file_menu, tools
