"""The visit form's scrolling column of captioned sections, and its button bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.entities import Patient


def heading_label(patient: Patient, *, editing: bool) -> QLabel:
    """The form's first line: "New visit" or "Edit visit", and whose."""
    text = (
        QCoreApplication.translate("VisitFormLayout", "<b>Edit visit</b> — {name} ({mrn})")
        if editing
        else QCoreApplication.translate("VisitFormLayout", "<b>New visit</b> — {name} ({mrn})")
    )
    return QLabel(text.format(name=patient.display_name, mrn=patient.mrn))


def reloaded_text(listed: bool) -> str:
    """The status line after a reload (``listed``: what was not carried over is listed)."""
    if listed:
        return QCoreApplication.translate(
            "VisitFormLayout",
            "Reloaded: the visit as saved now, with your typing carried over (see the list "
            "above)",
        )
    return QCoreApplication.translate(
        "VisitFormLayout", "Reloaded: the visit as saved now, with your typing carried over"
    )


def recovered_text(*, onto_newer: bool, losses: str) -> str:
    """The status line after a draft was put back (``losses``: what could not be, in short)."""
    recovered = (
        QCoreApplication.translate(
            "VisitFormLayout",
            "Unsaved visit recovered onto the visit as saved since by someone else",
        )
        if onto_newer
        else QCoreApplication.translate("VisitFormLayout", "Unsaved visit recovered")
    )
    if not losses:
        return recovered
    return QCoreApplication.translate("VisitFormLayout", "{recovered}: {losses}").format(
        recovered=recovered, losses=losses
    )


def section_column(sections: Sequence[tuple[str, QWidget]]) -> QScrollArea:
    """Each widget in a group box with its caption, one under the other, in a scroll area that
    takes no focus itself (Tab goes straight from field to field)."""
    body = QWidget()
    column = QVBoxLayout(body)
    for caption, widget in sections:
        box = QGroupBox(caption)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        column.addWidget(box)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    return scroll


class ButtonBar(QWidget):
    """Under the sections: the status line (saving, draft kept, what went wrong), the reload
    offered after someone else saved the visit, Imaging & procedures… (an imaging study or a
    procedure recorded where it happens: ui/site_events wires it), Cancel and Save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_button = QPushButton(self.tr("Save visit (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.reload_button = QPushButton(self.tr("Reload the visit…"))
        self.reload_button.setToolTip(
            self.tr(
                "Someone else saved this visit after you opened it: show it as stored now, "
                "with what you typed carried over"
            )
        )
        self.reload_button.hide()
        self.site_events_button = QPushButton(self.tr("I&maging && procedures…"))
        self.site_events_button.setToolTip(
            self.tr(
                "Record an imaging study or a procedure of this visit's day; it is saved at once"
            )
        )
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #6b6b6b;")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.site_events_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
