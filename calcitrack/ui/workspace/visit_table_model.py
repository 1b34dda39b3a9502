"""One patient's visits as a Qt table model, newest first (read-only).

A visit that left an active lesion unmeasured is marked incomplete ("1 of 5 · incomplete", its
total "partial"), with the lesions named in the tooltip
(calcitrack.domain.visits.visit_completeness).

So that every column fits the Visits tab at the default 1280 × 800 window, the long headers and
the cells made of two parts take two lines ("Lesions⏎measured"; "1 of 5⏎incomplete", "12566⏎
(partial)", one DAS28 variant a line, "Dr Ben Demo⏎2026-12-06"); ``COLUMNS`` keeps each
header's one-line name, which the header's tooltip says in full."""

from __future__ import annotations

import math
from collections.abc import Sequence
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
from PySide6.QtGui import QColor

from calcitrack.domain.entities import LabResult, Lesion, Visit
from calcitrack.domain.laboratory import labs
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.domain.signed_content import invalid_signature
from calcitrack.domain.trajectory.trajectory_labs import number
from calcitrack.domain.trajectory.visit_das28 import VisitDas28, visit_das28
from calcitrack.domain.visits.visit_completeness import (
    active_count,
    not_measured_text,
    unmeasured_at,
)
from calcitrack.ui.common.number_text import in_window_digits, shown_number
from calcitrack.ui.common.window_locale import shown_date

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    str(QT_TRANSLATE_NOOP("VisitTableModel", "Date")),
    str(QT_TRANSLATE_NOOP("VisitTableModel", "Type")),
    str(QT_TRANSLATE_NOOP("VisitTableModel", "Clinician")),
    str(QT_TRANSLATE_NOOP("VisitTableModel", "Pain (NRS)")),
    str(QT_TRANSLATE_NOOP("VisitTableModel", "DAS28")),
    str(QT_TRANSLATE_NOOP("VisitTableModel", "Weight kg")),
    str(QT_TRANSLATE_NOOP("VisitTableModel", "Lesions measured")),
    str(QT_TRANSLATE_NOOP("VisitTableModel", "Total area mm² (ellipse)")),
    str(QT_TRANSLATE_NOOP("VisitTableModel", "Next due")),
    str(QT_TRANSLATE_NOOP("VisitTableModel", "Signed")),
)
"""The columns' one-line names, in English."""
_TWO_LINES = {
    "Pain (NRS)": QT_TRANSLATE_NOOP("VisitTableModel", "Pain\n(NRS)"),
    "Weight kg": QT_TRANSLATE_NOOP("VisitTableModel", "Weight\nkg"),
    "Lesions measured": QT_TRANSLATE_NOOP("VisitTableModel", "Lesions\nmeasured"),
    "Total area mm² (ellipse)": QT_TRANSLATE_NOOP("VisitTableModel", "Total area\nmm² (ellipse)"),
    "Next due": QT_TRANSLATE_NOOP("VisitTableModel", "Next\ndue"),
}
HEADERS = tuple(str(_TWO_LINES.get(name, name)) for name in COLUMNS)
"""The headers as shown (translated), in English: the long ones on two lines."""
_HEADER_TIPS = {
    3: QT_TRANSLATE_NOOP("VisitTableModel", "Pain (NRS): numeric rating scale, 0–10"),
    5: QT_TRANSLATE_NOOP("VisitTableModel", "Weight, kg"),
    6: QT_TRANSLATE_NOOP(
        "VisitTableModel",
        "Lesions measured at the visit; \"1 of 5 incomplete\" when active lesions were left "
        "unmeasured",
    ),
}
_NUMERIC = frozenset({3, 4, 5, 6, 7})
_MEASURED = 6
_AREA = 7
_NEXT_DUE = 8
_SIGNED = 9
CLINICIAN_COLUMN = 2
SIGNED_COLUMN = _SIGNED
_DAS28 = 4
_OVERDUE = QColor(176, 0, 32)
_INCOMPLETE = QColor(127, 96, 0)
_DISAGREES = QColor(154, 80, 0)
_INVALID = QColor(176, 0, 32)
DASH = "—"
_TJC28 = str(QT_TRANSLATE_NOOP("VisitTableModel", "TJC28"))
_SJC28 = str(QT_TRANSLATE_NOOP("VisitTableModel", "SJC28"))
_PATIENT_GLOBAL = str(QT_TRANSLATE_NOOP("VisitTableModel", "patient global"))


def format_number(value: float | None, *, decimals: int | None = None) -> str:
    """A number for a table cell: ``decimals`` fixed, else by magnitude with no trailing zeros;
    in the window locale's digits and decimal mark (``12,5`` in Portuguese)."""
    if value is None:
        return DASH
    if decimals is not None:
        text = f"{value:.{decimals}f}"
    else:
        places = 0 if abs(value) >= 1000 else 1 if abs(value) >= 100 else 2
        text = f"{value:.{places}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    if text.startswith("-"):
        return in_window_digits("0") if float(text) == 0 else "−" + in_window_digits(text[1:])
    return in_window_digits(text)


def next_due(visit: Visit) -> date | None:
    # getattr: the field is new in the store; older visit objects may not carry it.
    return getattr(visit, "next_visit_due_on", None)


def total_area_mm2(visit: Visit) -> float:
    return math.fsum(m.area_mm2 for m in visit.lesion_measurements)


class VisitTableModel(QAbstractTableModel):
    """Visits newest first. With ``today`` given, the latest visit's past next-due date is red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Visit] = []
        self._today: date | None = None
        self._signatures: dict[int, VisitSignature] = {}
        self._unmeasured: list[tuple[str, ...]] = []
        self._active: list[int] = []
        self._das28: list[tuple[VisitDas28, ...]] = []

    def set_visits(
        self,
        visits: Sequence[Visit],
        today: date | None = None,
        signatures: Sequence[VisitSignature] = (),
        lesions: Sequence[Lesion] = (),
        *,
        labs: Sequence[LabResult] = (),
    ) -> None:
        """``lesions`` (the chart's) tell which visits left an active lesion unmeasured;
        ``labs`` (the patient's results): the ESR and CRP collected on a visit's date give its
        DAS28 (domain/trajectory/visit_das28.py)."""
        self.beginResetModel()
        self._rows = sorted(visits, key=lambda v: (v.visit_date, v.id or 0), reverse=True)
        self._today = today
        self._signatures = {s.visit_id: s for s in signatures}
        self._unmeasured = [unmeasured_at(lesions, v) for v in self._rows]
        self._active = [active_count(lesions, v.visit_date) for v in self._rows]
        self._das28 = [
            visit_das28(v, [r for r in labs if r.collected_on == v.visit_date])
            for v in self._rows
        ]
        self.endResetModel()

    def unmeasured(self, row: int) -> tuple[str, ...]:
        """The active lesions the visit of ``row`` did not measure (empty: complete)."""
        return self._unmeasured[row]

    def signature(self, visit: Visit) -> VisitSignature | None:
        return self._signatures.get(visit.id) if visit.id is not None else None

    def visit(self, row: int) -> Visit:
        return self._rows[row]

    def row_of_visit(self, visit_id: int) -> int | None:
        return next((i for i, v in enumerate(self._rows) if v.id == visit_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            if section in _HEADER_TIPS:
                return self.tr(str(_HEADER_TIPS[section]))
            if section == _DAS28:
                return self.tr(
                    "DAS28 computed from the visit's joint counts, patient global and the ESR or "
                    "CRP collected that day; one typed in is shown only when those are missing"
                )
            if section == 7:
                return self.tr(
                    "Total area, mm²: the sum of the lesion areas estimated as an ellipse, "
                    "π/4 · L · W"
                )
            if section == _NEXT_DUE:
                return self.tr("Next visit planned at that visit")
            if section == _SIGNED:
                return self.tr(
                    "Who signed the visit (signed visits are read-only; a physician amends)"
                )
        return None

    def _overdue(self, row: int, visit: Visit) -> bool:
        due = next_due(visit)
        return row == 0 and self._today is not None and due is not None and due < self._today

    def _incomplete_tip(self, row: int) -> str:
        text = not_measured_text(self._unmeasured[row])
        if not text:
            return ""
        return self.tr("Incomplete visit: {lesions}").format(lesions=text)

    def _display(self, row: int, visit: Visit, column: int) -> str:
        if column == 0:
            return shown_date(visit.visit_date)
        if column == 1:
            return visit.visit_type.label
        if column == 2:
            return visit.clinician or DASH
        if column == 3:
            return DASH if visit.pain_nrs is None else in_window_digits(str(visit.pain_nrs))
        if column == _DAS28:
            return "\n".join(das28_text(d) for d in self._das28[row]) or DASH
        if column == 5:
            return format_number(visit.weight_kg, decimals=1)
        incomplete = bool(self._unmeasured[row])
        if column == _MEASURED:
            count = in_window_digits(str(len(visit.lesion_measurements)))
            if not incomplete:
                return count
            return self.tr("{measured} of {active}\nincomplete").format(
                measured=count, active=in_window_digits(str(self._active[row]))
            )
        if column == _AREA:
            if not visit.lesion_measurements:
                return DASH
            total = format_number(total_area_mm2(visit), decimals=0)
            return self.tr("{total}\n(partial)").format(total=total) if incomplete else total
        if column == _SIGNED:
            return _signed_text(self.signature(visit))
        due = next_due(visit)
        return shown_date(due) if due is not None else DASH

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if not 0 <= column < len(COLUMNS):
            return None
        row = index.row()
        visit = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, visit, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        overdue = column == _NEXT_DUE and self._overdue(row, visit)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return _OVERDUE
        incomplete = column in (_MEASURED, _AREA) and bool(self._unmeasured[row])
        if role == Qt.ItemDataRole.ForegroundRole and incomplete:
            return _INCOMPLETE
        if role == Qt.ItemDataRole.ToolTipRole and incomplete:
            tip = self._incomplete_tip(row)
            if column == _AREA:
                tip = self.tr(
                    "{tip}\nThe total is of the lesions measured at this visit only."
                ).format(tip=tip)
            return tip
        if column == _DAS28 and role == Qt.ItemDataRole.ForegroundRole:
            return _DISAGREES if any(d.typed_disagrees for d in self._das28[row]) else None
        if column == _DAS28 and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(das28_tip(visit, d) for d in self._das28[row]) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == _SIGNED:
            signature = self.signature(visit)
            return _INVALID if signature is not None and signature.invalid else None
        if role == Qt.ItemDataRole.ToolTipRole and column == _SIGNED:
            signature = self.signature(visit)
            return signature.describe() if signature is not None else self.tr("Not signed")
        if role == Qt.ItemDataRole.ToolTipRole:
            due = next_due(visit)
            if overdue and due is not None:  # overdue: there is a date, and it is past
                return self.tr("Overdue: the next visit was due on {date}").format(
                    date=shown_date(due)
                )
            if column == 2 and visit.clinician:  # whole, when a narrow window elides it
                return "\n\n".join(t for t in (visit.clinician, visit.notes) if t)
            return visit.notes or None
        return None


def _signed_text(signature: VisitSignature | None) -> str:
    if signature is None:
        return QCoreApplication.translate("VisitTableModel", "Not signed")
    text = f"{signature.signed_by}\n{shown_date(signature.signed_at.astimezone().date())}"
    if signature.amendments:
        text = QCoreApplication.translate("VisitTableModel", "{signature} (amended)").format(
            signature=text
        )
    if not signature.invalid:
        return text
    return QCoreApplication.translate(
        "VisitTableModel", "{invalid} —\nchanged after signing\n{signature}"
    ).format(invalid=invalid_signature(), signature=text)


_MARKERS = {
    "crp": str(QT_TRANSLATE_NOOP("VisitTableModel", "CRP")),
    "esr": str(QT_TRANSLATE_NOOP("VisitTableModel", "ESR")),
}
"""The inflammation marker a DAS28 variant is computed with, as the window names it (PCR and VS in
Portuguese)."""


def marker_name(das28: VisitDas28) -> str:
    return QCoreApplication.translate("VisitTableModel", _MARKERS[das28.variant.value])


def das28_text(das28: VisitDas28) -> str:
    """``3.21 (CRP)``; ``4.05 (ESR, typed)`` when only typed; ``3.21 (CRP; typed 3.60 differs)``
    when a typed one is more than 0.1 away from the computed one (in the window's digits and
    decimal mark)."""
    variant, value = marker_name(das28), shown_number(das28.value, 2)
    if not das28.computed:
        text = QCoreApplication.translate("VisitTableModel", "{value} ({variant}, typed)")
    elif das28.typed_disagrees and das28.typed is not None:
        return QCoreApplication.translate(
            "VisitTableModel", "{value} ({variant}; typed {typed} differs)"
        ).format(value=value, variant=variant, typed=shown_number(das28.typed, 2))
    else:
        text = QCoreApplication.translate("VisitTableModel", "{value} ({variant})")
    return text.format(value=value, variant=variant)


def das28_tip(visit: Visit, das28: VisitDas28) -> str:
    """What the value was computed from, or that it was typed and what computing it needs."""
    name = das28.variant.label
    marker = das28.marker
    if not das28.computed or marker is None:
        needs = [
            QCoreApplication.translate("VisitTableModel", label)
            for label, value in (
                (_TJC28, visit.tender_joints_28),
                (_SJC28, visit.swollen_joints_28),
                (_PATIENT_GLOBAL, visit.patient_global_mm),
            )
            if value is None
        ]
        if marker is None:
            needs.append(
                QCoreApplication.translate(
                    "VisitTableModel", "{marker} from the visit date"
                ).format(marker=marker_name(das28))
            )
        why = (
            QCoreApplication.translate("VisitTableModel", "computing it needs {values}").format(
                values=QCoreApplication.translate("VisitTableModel", ", ").join(needs)
            )
            if needs
            else QCoreApplication.translate("VisitTableModel", "a value is out of range")
        )
        return QCoreApplication.translate(
            "VisitTableModel", "{score} {value} as typed in at the visit ({why})"
        ).format(score=name, value=in_window_digits(f"{das28.value:.2f}"), why=why)
    lab = f"{marker_name(das28)} {number(marker.value)} {marker.unit}"
    if das28.variant.value == "crp" and marker.unit != "mg/L":
        lab += f" = {number(labs.convert(marker.value, marker.unit, 'mg/L', 'crp'))} mg/L"
    text = QCoreApplication.translate(
        "VisitTableModel",
        "{score} {value} computed from TJC28 {tender}, SJC28 {swollen}, {lab}, patient global "
        "{patient_global} mm",
    ).format(
        score=name,
        value=in_window_digits(f"{das28.value:.2f}"),
        tender=in_window_digits(str(visit.tender_joints_28)),
        swollen=in_window_digits(str(visit.swollen_joints_28)),
        lab=lab,
        patient_global=in_window_digits(f"{visit.patient_global_mm:g}"),
    )
    if das28.typed_disagrees:
        text = QCoreApplication.translate(
            "VisitTableModel",
            "{text}; the {score} typed in ({typed}) differs from it by more than 0.1: check the "
            "joint counts, the patient global and the lab value, or the typed score",
        ).format(text=text, score=name, typed=in_window_digits(f"{das28.typed:.2f}"))
    return text
