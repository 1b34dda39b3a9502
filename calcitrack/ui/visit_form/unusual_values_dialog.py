"""Confirm unusual values before a save: each value the data-quality checks found unusual (its
field, the value, why it is unusual, the clinic setting it passed), and two answers.

"Go back and correct" is the default (Enter, Esc, closing the window): nothing is saved and the
form is as it was. "Confirm and save" (Alt+C) saves the visit with these values, and the audit
trail records that the signed-in user confirmed each one, with the reason shown here.

A decision-support note, not a clinical judgement: the settings are the clinic's data-quality
checks, never clinical thresholds.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.visits.unusual_value import UnusualValue

_CELL = "padding: 4px 10px 4px 0; vertical-align: top;"


def values_html(values: Sequence[UnusualValue]) -> str:
    """The values as a table: field, value, why unusual, the setting, each in the current
    language (the value with the language's decimal mark: ``shown_value``)."""
    titles = (
        QCoreApplication.translate("UnusualValuesDialog", "Field"),
        QCoreApplication.translate("UnusualValuesDialog", "Value"),
        QCoreApplication.translate("UnusualValuesDialog", "Why it is unusual"),
        QCoreApplication.translate("UnusualValuesDialog", "Clinic setting"),
    )
    # the headings at the start of the line: the left in English, the right in Arabic
    mirrored = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    start = "right" if mirrored else "left"
    head = "".join(f'<th align="{start}" style="{_CELL}">{title}</th>' for title in titles)
    rows = "".join(
        "<tr>"
        f'<td style="{_CELL}">{html.escape(v.label)}</td>'
        f'<td style="{_CELL}"><b>{html.escape(v.shown_value())}</b></td>'
        f'<td style="{_CELL}">{html.escape(v.reason)}</td>'
        f'<td style="{_CELL} color:#5f6368;">{html.escape(v.limit or "—")}</td>'
        "</tr>"
        for v in values
    )
    return f'<table cellspacing="0">{"<tr>" + head + "</tr>"}{rows}</table>'


class UnusualValuesDialog(QDialog):
    confirmed = Signal(object)
    """The values confirmed (the tuple shown), when the user chose "Confirm and save"."""
    went_back = Signal()
    """The user chose to go back and correct (or closed the dialog): nothing is saved."""

    def __init__(self, values: Sequence[UnusualValue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = tuple(values)
        self.setWindowTitle(self.tr("Unusual values: check before saving"))
        self.setModal(True)
        count = len(self.values)
        heading = QLabel(
            self.tr("<b>%n unusual value(s)</b> in this visit. {intro}", "", count).format(
                intro=self.tr(
                    "These values are possible but unusual. Check each one against the patient "
                    "or the report it came from.<br><b>Confirm and save</b> records in the audit "
                    "trail that you confirmed each value, with the reason shown here. <b>Go back "
                    "and correct</b> saves nothing."
                )
            ),
            wordWrap=True,
            textFormat=Qt.TextFormat.RichText,
        )
        self.table = QLabel(values_html(self.values), textFormat=Qt.TextFormat.RichText)
        self.table.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table.setWordWrap(True)
        self.table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.setAccessibleName(self.tr("Unusual values"))
        self.table.setAccessibleDescription("\n".join(v.describe() for v in self.values))
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.table)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        note = QLabel(
            self.tr(
                "The limits are clinic settings: data-quality checks (clinic policy, not clinical "
                "thresholds), which catch typing slips and wrong units, and the drug labels' "
                "maximum doses. Decision support: the prescriber reviews a dose."
            ),
            wordWrap=True,
        )
        note.setStyleSheet("color: #5f6368;")

        self.buttons = QDialogButtonBox()
        self.back_button = QPushButton(self.tr("&Go back and correct"))
        self.confirm_button = QPushButton(self.tr("&Confirm and save"))
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setDefault(True)
        self.back_button.setAutoDefault(True)
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setDefault(False)
        self.confirm_button.clicked.connect(self.accept)
        self.back_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(900, min(260 + 70 * count, 620))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.back_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)  # Enter goes back

    def accept(self) -> None:
        super().accept()
        self.confirmed.emit(self.values)

    def reject(self) -> None:
        super().reject()
        self.went_back.emit()
