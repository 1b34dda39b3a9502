"""The question the clinic outcomes window asks: which regimen (its drugs ticked; diltiazem and
colchicine by default), which underlying disease (or every one), up to which day, and the
half-width of the 6- and 12-month windows; and the Compute button. Every control has an access
key (Alt+letter); the drugs get the first free letter of their names."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.codes import UnderlyingDisease
from calcitrack.domain.outcomes.outcomes_types import DEFAULT_WINDOW_DAYS, OutcomesQuery
from calcitrack.domain.outcomes.query_check import MAX_WINDOW_DAYS
from calcitrack.ui.common.iso_date_edit import IsoDateEdit

DEFAULT_REGIMEN = ("diltiazem", "colchicine")
DRUG_COLUMNS = 4
RESERVED_KEYS = set("gdawcpslmtirfe")
"""Letters the window's other controls use (Re&gimen, Un&derlying disease, &As of, &Window,
&Compute, Export &PDF / C&SV, C&lose, and the result tabs)."""


def with_access_key(name: str, used: set[str]) -> str:
    """``name`` with an ampersand before its first letter not in ``used`` (which it joins);
    unchanged (reached with Tab) when every letter is taken."""
    for i, char in enumerate(name):
        key = char.lower()
        if key.isalpha() and key not in used:
            used.add(key)
            return f"{name[:i]}&{name[i:]}"
    return name


class OutcomesQueryForm(QWidget):
    changed = Signal()
    """Any field changed: the question is no longer the one computed."""

    def __init__(
        self, drugs: Sequence[tuple[str, str]], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        used = set(RESERVED_KEYS)
        self.drug_boxes: dict[str, QCheckBox] = {}
        # a group box: its access key goes to the first drug (a label's would tick it)
        self.regimen_box = QGroupBox(self.tr("Re&gimen: every drug ticked, taken together"))
        grid = QGridLayout(self.regimen_box)
        grid.setHorizontalSpacing(14)
        for index, (code, name) in enumerate(drugs):
            box = QCheckBox(with_access_key(name, used))
            box.setChecked(code in DEFAULT_REGIMEN)
            self.drug_boxes[code] = box
            grid.addWidget(box, index // DRUG_COLUMNS, index % DRUG_COLUMNS)

        self.disease_combo = QComboBox()
        self.disease_combo.addItem(self.tr("Every underlying disease"), None)
        for disease in UnderlyingDisease:
            self.disease_combo.addItem(disease.label, disease.value)
        self.disease_combo.setAccessibleName(self.tr("Underlying disease"))
        self.as_of_edit = IsoDateEdit(today, self.tr("Records up to"))
        self.window_spin = QSpinBox()
        self.window_spin.setRange(1, MAX_WINDOW_DAYS)  # wider, the 6 and 12 months overlap
        self.window_spin.setValue(DEFAULT_WINDOW_DAYS)
        self.window_spin.setSuffix(self.tr(" days"))
        self.window_spin.setAccessibleName(self.tr("Window half-width, days"))
        self.window_spin.setToolTip(
            self.tr(
                "The 6- and 12-month responses are read from the visit nearest day 182 and day "
                "365 within this many days either side"
            )
        )
        self.compute_button = QPushButton(self.tr("&Compute"))
        self.compute_button.setDefault(True)

        row = QHBoxLayout()
        for text, field in (
            (self.tr("Un&derlying disease:"), self.disease_combo),
            (self.tr("&As of:"), self.as_of_edit),
            (self.tr("&Window ±"), self.window_spin),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
            row.addSpacing(10)
        row.addStretch(1)
        row.addWidget(self.compute_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.regimen_box)
        layout.addLayout(row)
        for box in self.drug_boxes.values():
            box.toggled.connect(self.changed)
        self.disease_combo.currentIndexChanged.connect(self.changed)
        self.as_of_edit.dateChanged.connect(self.changed)
        self.window_spin.valueChanged.connect(self.changed)

    def regimen(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.drug_boxes.items() if box.isChecked())

    def set_regimen(self, codes: Iterable[str]) -> None:
        chosen = set(codes)
        for code, box in self.drug_boxes.items():
            box.setChecked(code in chosen)

    def query(self) -> OutcomesQuery:
        return OutcomesQuery(
            regimen=self.regimen(),
            disease=self.disease_combo.currentData(),
            as_of=self.as_of_edit.day(),
            window_days=self.window_spin.value(),
        )
