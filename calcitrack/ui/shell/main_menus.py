"""The main window's menu bar and toolbar, made of its actions (a module of its own: the window
stays under 500 lines)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from calcitrack.ui.shell.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """File, Patient, Visit, View, Tools and Help, and the toolbar; the menus' titles in the
    context of the window (MainWindow), as its actions' texts."""
    bar = window.menuBar()
    window.file_menu = file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions(
        [window.new_patient_action, window.export_pdf_action, window.print_action]
    )
    file_menu.addSeparator()
    file_menu.addActions([window.lock_action, window.switch_user_action])
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    patient_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Patient"))
    patient_menu.addActions([window.find_action, window.edit_patient_action, window.refresh_action])
    visit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Visit"))
    visit_menu.addActions([window.new_visit_action, window.save_action, window.cancel_action])
    visit_menu.addSeparator()
    visit_menu.addActions([window.sign_action, window.delete_visit_action])
    bar.addMenu(QCoreApplication.translate("MainWindow", "Vie&w")).addActions(
        [window.find_action, window.left_pane.today_action]
    )
    window.tools_menu = tools = bar.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    tools.addActions(
        [window.audit_action, window.users_action, window.clinic_settings_action,
         window.backup_action, window.restore_action]
    )
    tools.addSeparator()
    tools.addAction(window.password_action)
    bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")).addActions(
        [window.sources_action, window.about_action]
    )

    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addActions(
        [
            window.new_patient_action,
            window.new_visit_action,
            window.save_action,
            window.export_pdf_action,
        ]
    )
