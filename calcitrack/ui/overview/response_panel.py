"""The response panel beside the charts: the category with the rule that decided it, the numbers
behind it, every flag with its reason and source, and the baseline visit chooser."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.entities import Visit
from calcitrack.domain.review.assessment_types import Assessment
from calcitrack.domain.trajectory.eular_das28 import EularDas28
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.overview.assessment_html import (
    assessment_html,
    eular_html,
    flags_html,
    response_html,
)

DEFAULT_BASELINE = str(QT_TRANSLATE_NOOP("ResponsePanel", "Default (regimen start)"))
"""The default baseline, as the chooser offers it (in English, shown translated): the rule in
full is in its tooltip and beside the baseline visit in the assessment."""


class ResponsePanel(QWidget):
    """Shows one ``Assessment``; emits ``baseline_chosen`` (a date, or None for the default)."""

    baseline_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.baseline_combo = QComboBox()
        self.baseline_combo.setAccessibleName(self.tr("Baseline visit"))
        self.baseline_combo.setToolTip(
            self.tr(
                "The visit the current one is compared with. By default (regimen start) the last "
                "visit on or before the start of the current calcinosis regimen; any earlier "
                "visit may be chosen instead."
            )
        )
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Response assessment and flags"))
        self.browser.setOpenLinks(False)
        # Break lines between words only (Qt's default also breaks inside a word that does not
        # fit, "R buttoc|k" in a narrow table cell).
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.response_text = ""
        self.flags_text = ""
        self.eular_text = ""

        # Wrapped: on one line its Portuguese ("Avaliação da resposta — apoio à decisão") set the
        # side's least width, and with the charts' controls widened the window past 1280 (QA).
        title = QLabel(self.tr("<b>Response assessment</b> — decision support"), wordWrap=True)
        # The label above the chooser, which takes the panel's whole width: beside its label
        # the Portuguese default, "Predefinição (início do esquema)", was cut off at 1280 × 800
        # (QA), and a wider side would widen the window.
        chooser = QFormLayout()
        chooser.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        chooser.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        chooser.addRow(self.tr("Bas&eline:"), self.baseline_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(title)
        layout.addLayout(chooser)
        layout.addWidget(self.browser, 1)
        self.assessment: Assessment | None = None
        self._filling = False
        self.baseline_combo.currentIndexChanged.connect(self._on_baseline_index_changed)

    def set_visits(self, visits: Sequence[Visit], chosen: date | None) -> None:
        """Offer every visit but the latest as a baseline; ``chosen`` None selects the default."""
        self._filling = True
        try:
            self.baseline_combo.clear()
            self.baseline_combo.addItem(self.tr(DEFAULT_BASELINE), None)
            for visit in sorted(visits[:-1], key=lambda v: v.visit_date, reverse=True):
                day = visit.visit_date.isoformat()
                # the date as the window shows it; the data ISO text (a date would become a QDate)
                self.baseline_combo.addItem(shown_date(visit.visit_date), day)
            index = self.baseline_combo.findData(chosen.isoformat()) if chosen else 0
            self.baseline_combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def set_assessment(
        self, assessment: Assessment, eular: Sequence[EularDas28] = ()
    ) -> None:
        """Show ``assessment``, with the EULAR response lines of its baseline and assessed
        visits (none for a patient they do not apply to)."""
        self.assessment = assessment
        self.response_text = response_html(assessment.response)
        self.flags_text = flags_html(assessment.flags)
        self.eular_text = eular_html(eular)
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(assessment_html(assessment.response, assessment.flags, eular))
        self.browser.verticalScrollBar().setValue(scroll)

    def show_message(self, text: str) -> None:
        """A plain message in place of the assessment (why none could be made)."""
        self.assessment = None
        self.response_text = self.flags_text = self.eular_text = ""
        self.browser.setPlainText(text)

    def _on_baseline_index_changed(self, index: int) -> None:
        if not self._filling and index >= 0:
            day = self.baseline_combo.itemData(index)
            self.baseline_chosen.emit(date.fromisoformat(day) if day else None)
