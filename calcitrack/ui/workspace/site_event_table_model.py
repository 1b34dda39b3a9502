"""One patient's imaging studies and procedures in one table, newest first: who read or did
each, a study's verdict, a procedure's complications, the lesions it shows or treated."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from calcitrack.domain.entities import ImagingStudy, PatientChart, Procedure
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.workspace.lesion_table_model import site_text
from calcitrack.ui.workspace.visit_table_model import DASH

Index = QModelIndex | QPersistentModelIndex
SiteEvent = ImagingStudy | Procedure

COLUMNS = (
    str(QT_TRANSLATE_NOOP("SiteEventTableModel", "Date")),
    str(QT_TRANSLATE_NOOP("SiteEventTableModel", "Kind")),
    str(QT_TRANSLATE_NOOP("SiteEventTableModel", "Body site")),
    str(QT_TRANSLATE_NOOP("SiteEventTableModel", "Side")),
    str(QT_TRANSLATE_NOOP("SiteEventTableModel", "Lesions")),
    str(QT_TRANSLATE_NOOP("SiteEventTableModel", "Verdict")),
    str(QT_TRANSLATE_NOOP("SiteEventTableModel", "Findings / outcome")),
    str(QT_TRANSLATE_NOOP("SiteEventTableModel", "Reader / operator")),
    str(QT_TRANSLATE_NOOP("SiteEventTableModel", "Complications")),
)
"""The columns, in English (shown translated)."""
ELIDED = ("Lesions", "Findings / outcome", "Reader / operator", "Complications")
"""Free text that gives up width first at a narrow window (said whole in the tooltip)."""


def event_date(event: SiteEvent) -> date:
    return event.study_date if isinstance(event, ImagingStudy) else event.procedure_date


def kind_text(event: SiteEvent) -> str:
    if isinstance(event, ImagingStudy):
        return event.modality.label
    return event.procedure_type.label


def who_text(event: SiteEvent) -> str:
    """The reader of a study, the operator of a procedure."""
    who = event.reader if isinstance(event, ImagingStudy) else event.operator
    return who or DASH


def verdict_text(event: SiteEvent) -> str:
    """A study's verdict against the previous study ("Not stated" when its report gives none);
    a procedure has none."""
    if not isinstance(event, ImagingStudy):
        return DASH
    if event.verdict is None:
        return QCoreApplication.translate("SiteEventTableModel", "Not stated")
    return event.verdict.label


def lesions_text(event: SiteEvent) -> str:
    """The labels of the lesions the study shows or the procedure treated ("" for none)."""
    return QCoreApplication.translate("SiteEventTableModel", ", ").join(event.lesion_labels)


def complications_text(event: SiteEvent) -> str:
    if isinstance(event, ImagingStudy):
        return DASH
    return event.complications or DASH


def detail_text(event: SiteEvent) -> str:
    """The selected row in full, for the line under the table: kind, lesions, the finding or
    outcome, who, the verdict and the complications."""
    parts = [f"{shown_date(event_date(event))} {kind_text(event)}"]
    lesions = lesions_text(event)
    if lesions:
        parts.append(
            QCoreApplication.translate("SiteEventTableModel", "lesions: {lesions}").format(
                lesions=lesions
            )
        )
    parts += [details_text(event)] if details_text(event) else []
    who = who_text(event)
    if who != DASH:
        said = (
            QCoreApplication.translate("SiteEventTableModel", "read by {who}")
            if isinstance(event, ImagingStudy)
            else QCoreApplication.translate("SiteEventTableModel", "by {who}")
        )
        parts.append(said.format(who=who))
    if verdict_text(event) != DASH:
        parts.append(
            QCoreApplication.translate("SiteEventTableModel", "verdict: {verdict}").format(
                verdict=verdict_text(event).lower()
            )
        )
    if complications_text(event) != DASH:
        parts.append(
            QCoreApplication.translate(
                "SiteEventTableModel", "complications: {complications}"
            ).format(complications=complications_text(event))
        )
    return QCoreApplication.translate("SiteEventTableModel", " — ").join(parts)


def details_text(event: SiteEvent) -> str:
    if isinstance(event, ImagingStudy):
        return event.findings or DASH
    if not event.notes:
        return event.outcome.label
    return QCoreApplication.translate("SiteEventTableModel", "{outcome}: {notes}").format(
        outcome=event.outcome.label, notes=event.notes
    )


class SiteEventTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SiteEvent] = []

    def set_chart(self, chart: PatientChart) -> None:
        self.beginResetModel()
        events: list[SiteEvent] = [*chart.imaging, *chart.procedures]
        # Newest first; on one day the procedure above the imaging that preceded it.
        self._rows = sorted(
            events,
            key=lambda e: (event_date(e), isinstance(e, Procedure), e.id or 0),
            reverse=True,
        )
        self.endResetModel()

    def site_event(self, row: int) -> SiteEvent:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if not 0 <= column < len(COLUMNS):
            return None
        event = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                shown_date(event_date(event)),
                kind_text(event),
                site_text(event.body_site, None),
                event.laterality.label if event.laterality is not None else DASH,
                lesions_text(event) or DASH,
                verdict_text(event),
                details_text(event),
                who_text(event),
                complications_text(event),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 1:
                if isinstance(event, ImagingStudy):
                    return self.tr("Imaging study")
                return self.tr("Procedure")
            if COLUMNS[column] in ELIDED:  # whole, when the column is too narrow for it
                return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None
