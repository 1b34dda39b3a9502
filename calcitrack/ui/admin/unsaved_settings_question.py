"""Leaving the clinic settings with changes asks first: "Discard the changed settings?" — naming
what changed — Discard changes, or Keep editing (the default, so an Enter pressed by habit loses
nothing). Esc, Cancel and the window's close button all ask; with nothing changed the dialog
closes at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

SHOWN_AT_MOST = 6
"""Changed settings named in the question; more are counted ("and 3 more")."""


def changed_text(names: Sequence[str]) -> str:
    """What changed, as the question lists it: one a line, at most ``SHOWN_AT_MOST``."""
    lines = [
        QCoreApplication.translate("UnsavedSettingsQuestion", "• {name}").format(name=name)
        for name in names[:SHOWN_AT_MOST]
    ]
    if len(names) > SHOWN_AT_MOST:
        lines.append(
            QCoreApplication.translate("UnsavedSettingsQuestion", "and {count} more").format(
                count=len(names) - SHOWN_AT_MOST
            )
        )
    return QCoreApplication.translate(
        "UnsavedSettingsQuestion",
        "Changed:\n{changes}\n\nNothing is saved unless you press Save.",
    ).format(changes="\n".join(lines))


def ask_discard(
    parent: QWidget, names: Sequence[str], discarded: Callable[[], object]
) -> QMessageBox:
    """Open the question window-modal (never blocking, ``open()``); ``discarded`` runs once
    "Discard changes" is chosen. Returns the open box."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("UnsavedSettingsQuestion", "Discard the changed settings?"),
        QCoreApplication.translate(
            "UnsavedSettingsQuestion", "Discard the changes to the clinic settings?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(changed_text(names))
    box.button(QMessageBox.StandardButton.Discard).setText(
        QCoreApplication.translate("UnsavedSettingsQuestion", "&Discard changes")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("UnsavedSettingsQuestion", "&Keep editing")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def answered(_result: int) -> None:
        # None when the box closed without a click (the stub's return type leaves None out)
        clicked: QAbstractButton | None = box.clickedButton()
        box.deleteLater()
        discard = QMessageBox.StandardButton.Discard
        if clicked is not None and box.standardButton(clicked) == discard:
            discarded()

    box.finished.connect(answered)
    box.open()
    return box
