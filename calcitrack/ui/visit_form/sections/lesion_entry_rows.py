"""One lesion's line in the visit form's lesion section: the inputs, the live area and change, and
the last measurement greyed beside them. ``LesionRow`` is a plain holder of widgets that the panel
(``lesion_entry_panel.py``) places in its grid; it also builds the row's measurement."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QToolButton

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import Laterality, LesionStatus, MeasurementMethod
from calcitrack.domain.entities import Lesion, LesionMeasurement
from calcitrack.domain.errors import Problem
from calcitrack.domain.lesions import percent_change
from calcitrack.domain.visits.visit_entry import CarriedLesion
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.visit_form.sections.lesion_texts import (
    FLAGS,
    REQUIRED_FOR_SIZE,
    REQUIRED_METHOD,
    REQUIRED_SIDE,
    REQUIRED_SITE,
    describe_last,
    format_mm2,
    row_name,
    row_text,
    unknown,
)

GREY = "color: #6b6b6b;"
SIDE_PREFIX = {
    Laterality.LEFT: "L ",
    Laterality.RIGHT: "R ",
    Laterality.BILATERAL: "Bilateral ",
    Laterality.MIDLINE: "",
}


def _combo(items: list[tuple[str, str]], name: str, placeholder: str = "") -> QComboBox:
    combo = QComboBox()
    for code, label in items:
        combo.addItem(label, code)
    combo.setAccessibleName(name)
    if placeholder:
        combo.setPlaceholderText(placeholder)
        combo.setCurrentIndex(-1)
    return combo


def _select(combo: QComboBox, code: str | None) -> None:
    combo.setCurrentIndex(combo.findData(code) if code is not None else -1)


class LesionRow:
    """The widgets of one lesion carried forward (``carried``) or first seen today (None)."""

    def __init__(self, carried: CarriedLesion | None, *, label: str = "") -> None:
        self.carried = carried
        self.label_edited = False
        self.measurement_id: int | None = None
        self.label_edit: QLineEdit | None = None
        self.site_combo: QComboBox | None = None
        self.side_combo: QComboBox | None = None
        self.status_combo: QComboBox | None = None
        self.remove_button: QToolButton | None = None
        self.map_button: QToolButton | None = None
        self.site_dialog: Any = None
        if carried is None:
            self.label_edit = QLineEdit(label)
            self.label_edit.setAccessibleName(
                QCoreApplication.translate("LesionRow", "New lesion label")
            )
            self.label_edit.setMaxLength(60)
            self.label_edit.textEdited.connect(self._on_label_edited)
            sites = [(s.code, f"{s.name} ({s.region})") for s in BODY_SITES.values()]
            self.site_combo = _combo(
                sites,
                QCoreApplication.translate("LesionRow", "New lesion body site"),
                QCoreApplication.translate("LesionRow", "Body site…"),
            )
            sides = [(s.value, s.label) for s in Laterality]
            self.side_combo = _combo(
                sides,
                QCoreApplication.translate("LesionRow", "New lesion side"),
                QCoreApplication.translate("LesionRow", "Side…"),
            )
            self.label_edit.setMaximumWidth(170)
            self.site_combo.setMaximumWidth(170)
            self.map_button = QToolButton()
            self.map_button.setText(QCoreApplication.translate("LesionRow", "Map…"))
            self.map_button.setToolTip(
                QCoreApplication.translate(
                    "LesionRow", "Choose the body site and side on the body map"
                )
            )
            self.map_button.setAccessibleName(
                QCoreApplication.translate("LesionRow", "New lesion body site on the map")
            )
            self.map_button.clicked.connect(self.pick_site)
            self.name_label = QLabel()
            self.site_label = QLabel()
            self.last_label = QLabel(
                QCoreApplication.translate("LesionRow", "new lesion, first seen at this visit")
            )
        else:
            lesion = carried.lesion
            self.name_label = QLabel(f"<b>{lesion.label}</b>")
            self.name_label.setTextFormat(Qt.TextFormat.RichText)
            site = BODY_SITES.get(lesion.body_site)
            self.site_label = QLabel(
                QCoreApplication.translate("LesionRow", "{site}, {side}").format(
                    site=site.name if site else lesion.body_site,
                    side=lesion.laterality.label.lower(),
                )
            )
            self.last_label = QLabel(describe_last(carried.last, carried.last_on))
        for grey in (self.site_label, self.last_label):
            grey.setStyleSheet(GREY)
        name = self.label() or QCoreApplication.translate("LesionRow", "New lesion")

        def named(text: str) -> str:
            return text.format(lesion=name)

        self.longest = NumberEdit(
            accessible_name=named(
                QCoreApplication.translate("LesionRow", "{lesion} longest diameter (mm)")
            ),
            width=60,
        )
        self.width = NumberEdit(
            accessible_name=named(QCoreApplication.translate("LesionRow", "{lesion} width (mm)")),
            width=60,
        )
        self.depth = NumberEdit(
            accessible_name=named(QCoreApplication.translate("LesionRow", "{lesion} depth (mm)")),
            width=60,
        )
        methods = [(m.value, m.label) for m in MeasurementMethod]
        self.method = _combo(
            methods,
            named(QCoreApplication.translate("LesionRow", "{lesion} measurement method")),
        )
        last = carried.last if carried else None
        _select(self.method, (last.method if last else MeasurementMethod.CALIPER).value)
        self.flags = {}
        for flag, text in FLAGS:
            box = QCheckBox()
            sign = row_text(text)
            box.setAccessibleName(
                QCoreApplication.translate("LesionRow", "{lesion} {sign}").format(
                    lesion=name, sign=sign.lower()
                )
            )
            box.setToolTip(sign)
            self.flags[flag] = box
        self.area_label = QLabel("—")
        self.area_label.setAccessibleName(
            named(QCoreApplication.translate("LesionRow", "{lesion} area"))
        )
        self.change_label = QLabel(
            QCoreApplication.translate("LesionRow", "new") if carried is None else ""
        )
        self.change_label.setAccessibleName(
            named(
                QCoreApplication.translate("LesionRow", "{lesion} change from the previous visit")
            )
        )
        for shown in (self.area_label, self.change_label):
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if carried is not None:
            statuses = [(s.value, s.label) for s in LesionStatus]
            self.status_combo = _combo(
                statuses, named(QCoreApplication.translate("LesionRow", "{lesion} status"))
            )
            _select(self.status_combo, LesionStatus.ACTIVE.value)
        else:
            self.remove_button = QToolButton()
            self.remove_button.setText("✕")
            self.remove_button.setToolTip(
                QCoreApplication.translate("LesionRow", "Remove this new lesion")
            )
            self.remove_button.setAccessibleName(
                QCoreApplication.translate("LesionRow", "Remove new lesion")
            )
        self.longest.textChanged.connect(self.refresh_area)
        self.width.textChanged.connect(self.refresh_area)

    # ------------------------------------------------------------------ layout and signals

    def place(self, grid: QGridLayout, row: int) -> None:
        """Two grid lines from ``row``, added in keyboard (Tab) order."""
        if self.label_edit is not None:
            # A new lesion: __init__ made its label, site, side and map button together.
            assert (
                self.site_combo is not None
                and self.side_combo is not None
                and self.map_button is not None
            )
            grid.addWidget(self.label_edit, row, 0)
            grid.addWidget(self.site_combo, row + 1, 0)
            grid.addWidget(self.side_combo, row + 1, 1, 1, 2)
            grid.addWidget(self.map_button, row + 1, 3)
            grid.addWidget(self.last_label, row + 1, 4, 1, 8)
        else:
            grid.addWidget(self.name_label, row, 0)
            grid.addWidget(self.site_label, row + 1, 0)
            grid.addWidget(self.last_label, row + 1, 1, 1, 11)
        for column, widget in enumerate((self.longest, self.width, self.depth, self.method), 1):
            grid.addWidget(widget, row, column)
        center = Qt.AlignmentFlag.AlignCenter
        for column, box in enumerate(self.flags.values(), 5):
            grid.addWidget(box, row, column, alignment=center)
        grid.addWidget(self.area_label, row, 10)
        grid.addWidget(self.change_label, row, 11)
        end = self.status_combo if self.status_combo is not None else self.remove_button
        assert end is not None  # a carried lesion has its status, a new one its remove button
        grid.addWidget(end, row, 12)

    def connect(self, changed: Callable[[], None]) -> None:
        editors: list[QLineEdit] = [self.longest, self.width, self.depth]
        if self.label_edit is not None:
            editors.append(self.label_edit)
        for edit in editors:
            edit.textChanged.connect(changed)
        combos = [self.method, self.site_combo, self.side_combo, self.status_combo]
        for combo in combos:
            if combo is not None:
                combo.currentIndexChanged.connect(changed)
        for box in self.flags.values():
            box.toggled.connect(changed)

    def pick_site(self) -> None:
        """Open the body map; a site clicked there fills the site and side of this new lesion."""
        from calcitrack.ui.overview.body_site_picker_dialog import BodySitePickerDialog

        assert self.map_button is not None
        dialog = BodySitePickerDialog(self.map_button.window())
        dialog.accepted.connect(lambda: self.apply_site(dialog.chosen_site()))
        dialog.finished.connect(dialog.deleteLater)
        self.site_dialog = dialog
        dialog.open()

    def apply_site(self, chosen: tuple[str, Laterality] | None) -> None:
        if chosen is None or self.site_combo is None or self.side_combo is None:
            return
        code, laterality = chosen
        _select(self.site_combo, code)
        _select(self.side_combo, laterality.value)

    def _on_label_edited(self, _text: str) -> None:
        self.label_edited = True

    # ------------------------------------------------------------------------- values

    def label(self) -> str:
        if self.label_edit is not None:
            return self.label_edit.text().strip()
        assert self.carried is not None
        return self.carried.lesion.label

    def site_code(self) -> str | None:
        if self.site_combo is not None:
            return self.site_combo.currentData()
        assert self.carried is not None
        return self.carried.lesion.body_site

    def laterality(self) -> Laterality | None:
        if self.side_combo is not None:
            code = self.side_combo.currentData()
            return Laterality(code) if code else None
        assert self.carried is not None
        return self.carried.lesion.laterality

    def status(self) -> LesionStatus:
        if self.status_combo is None:
            return LesionStatus.ACTIVE
        return LesionStatus(self.status_combo.currentData())

    def has_size(self) -> bool:
        return self.longest.value() is not None and self.width.value() is not None

    def is_started(self) -> bool:
        """Anything typed or ticked for today's measurement."""
        numbers = (self.longest, self.width, self.depth)
        return any(e.text().strip() for e in numbers) or any(
            b.isChecked() for b in self.flags.values()
        )

    def measurement(self) -> LesionMeasurement | None:
        longest, width = self.longest.value(), self.width.value()
        if longest is None or width is None or self.method.currentData() is None:
            return None
        flags = {name: box.isChecked() for name, box in self.flags.items()}
        return LesionMeasurement(
            self.label(),
            longest,
            width,
            self.depth.value(),
            method=MeasurementMethod(self.method.currentData()),
            **flags,
            lesion_id=self.carried.lesion.id if self.carried else None,
            id=self.measurement_id,
        )

    def new_lesion(self, day: date) -> Lesion:
        return Lesion(
            label=self.label(),
            body_site=self.site_code() or "",
            laterality=self.laterality() or Laterality.MIDLINE,
            first_seen_on=day,
        )

    def input_problems(self) -> list[Problem]:
        """What the domain cannot see: a size that is not a number, half a size typed, a new
        lesion without site or side."""
        sizes = (("longest_mm", self.longest), ("width_mm", self.width), ("depth_mm", self.depth))
        problems = []
        for name, edit in sizes:
            reason = edit.problem()
            if reason is not None:
                problems.append(Problem(name, reason))
        if self.is_started() and not self.has_size():
            for name, edit in sizes[:2]:
                if not edit.text().strip():
                    problems.append(Problem(name, row_text(REQUIRED_FOR_SIZE)))
        if self.is_started() and self.method.currentData() is None:
            problems.append(Problem("method", row_text(REQUIRED_METHOD)))
        if self.site_combo is not None and self.site_code() is None:
            problems.append(Problem("body_site", row_text(REQUIRED_SITE)))
        if self.side_combo is not None and self.laterality() is None:
            problems.append(Problem("laterality", row_text(REQUIRED_SIDE)))
        return problems

    def refresh_area(self) -> None:
        longest, width = self.longest.value(), self.width.value()
        if longest is None or width is None or not 0 < width <= longest:
            self.area_label.setText("—")
            if self.carried is not None:
                self.change_label.setText("")
            return
        area = math.pi / 4 * longest * width
        self.area_label.setText(f"{format_mm2(area)} mm²")
        last = self.carried.last if self.carried else None
        if last is None:
            self.change_label.setText(
                QCoreApplication.translate("LesionRow", "new")
                if self.carried is None
                else QCoreApplication.translate("LesionRow", "first size")
            )
            return
        before = last.area_mm2
        pct = percent_change(before, area)
        change = f"{format_mm2(area - before, signed=True)} mm²"
        if pct is not None:
            signed = in_window_digits(f"{pct:+.1f}").replace("-", "−")  # 12,5 in Portuguese
            change += f" ({signed} %)"
        self.change_label.setText(change)

    # -------------------------------------------------------------------- new lesions

    def suggest_label(self, taken: set[str], fallback_number: int) -> None:
        """Name a new lesion from its side and site ("L thigh"), unless the nurse typed a name."""
        if self.label_edit is None or self.label_edited:
            return
        code = self.site_code()
        if code is None:
            base, n = "Lesion", fallback_number
        else:
            side = self.laterality()
            prefix = SIDE_PREFIX.get(side, "") if side is not None else ""
            base, n = prefix + BODY_SITES[code].name.lower(), 1
            base = base[0].upper() + base[1:]
        label = base if n == 1 and base not in taken else f"{base} {n}"
        while label in taken:
            n += 1
            label = f"{base} {n}"
        if label != self.label_edit.text():
            self.label_edit.setText(label)

    # ------------------------------------------------------------------------- state

    def state(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "longest_mm": self.longest.text(),
            "width_mm": self.width.text(),
            "depth_mm": self.depth.text(),
            "method": self.method.currentData(),
            "flags": [name for name, box in self.flags.items() if box.isChecked()],
        }
        if self.status_combo is not None:
            out["status"] = self.status_combo.currentData()
        if self.label_edit is not None:
            out |= {
                "label": self.label_edit.text(),
                "label_edited": self.label_edited,
                "body_site": self.site_code(),
                "laterality": self.side_combo.currentData() if self.side_combo else None,
            }
        return out

    def restore(self, state: dict[str, Any]) -> list[str]:
        """Put back what was typed, as typed; a code CalciTrack does not offer (a body site, a
        side, a method, a status, a sign) is left empty, never another one; returns what could
        not be put back, in words."""
        lost: list[str] = []
        if self.label_edit is not None:
            self.label_edit.setText(str(state.get("label") or ""))
            self.label_edited = bool(state.get("label_edited"))
            for combo, key in ((self.site_combo, "body_site"), (self.side_combo, "laterality")):
                assert combo is not None
                _select(combo, state.get(key))
                if state.get(key) is not None and combo.currentIndex() < 0:
                    lost.append(unknown(key, state[key]))
        self.longest.setText(str(state.get("longest_mm") or ""))
        self.width.setText(str(state.get("width_mm") or ""))
        self.depth.setText(str(state.get("depth_mm") or ""))
        method = state.get("method")
        if method is not None:
            _select(self.method, method)
            if self.method.currentIndex() < 0:
                lost.append(unknown("method", method))
        checked = {str(flag) for flag in state.get("flags", ())}
        for name, box in self.flags.items():
            box.setChecked(name in checked)
        lost += [unknown("sign", flag) for flag in sorted(checked - set(self.flags))]
        status = state.get("status")
        if self.status_combo is not None and status is not None:
            _select(self.status_combo, status)
            if self.status_combo.currentIndex() < 0:
                _select(self.status_combo, LesionStatus.ACTIVE.value)
                lost.append(
                    QCoreApplication.translate(
                        "LesionRow", "the status “{code}” is not known: the lesion is shown active"
                    ).format(code=status)
                )
        if not lost:
            return []
        name = self.describe("")
        return [
            QCoreApplication.translate("LesionRow", "{lesion}: {reason}; choose it again.").format(
                lesion=name, reason=reason
            )
            for reason in lost
        ]

    def load(self, m: LesionMeasurement) -> None:
        self.measurement_id = m.id
        self.longest.set_value(m.longest_mm)
        self.width.set_value(m.width_mm)
        self.depth.set_value(m.depth_mm)
        _select(self.method, m.method.value)
        for name, box in self.flags.items():
            box.setChecked(bool(getattr(m, name)))

    # ---------------------------------------------------------------------- problems

    def tab_order(self) -> list[Any]:
        """The row's inputs in keyboard order."""
        first = [self.label_edit, self.site_combo, self.side_combo]
        sizes = [self.longest, self.width, self.depth, self.method, *self.flags.values()]
        last = [self.status_combo, self.remove_button]
        return [w for w in first if w is not None] + sizes + [w for w in last if w is not None]

    def widgets(self) -> list[Any]:
        found = [self.longest, self.width, self.depth, self.method, *self.flags.values()]
        extra = (self.label_edit, self.site_combo, self.side_combo, self.status_combo)
        return found + [w for w in extra if w is not None]

    def target(self, field: str) -> Any:
        """The input that a problem about ``field`` of this lesion belongs to."""
        by_field = {
            "longest_mm": self.longest,
            "width_mm": self.width,
            "depth_mm": self.depth,
            "method": self.method,
            "label": self.label_edit,
            "first_seen_on": self.label_edit,
            "body_site": self.site_combo,
            "laterality": self.side_combo,
            "status": self.status_combo,
            **self.flags,
        }
        return by_field.get(field) or self.label_edit or self.status_combo or self.longest

    def describe(self, field: str) -> str:
        """The field as the problem list names it: "Lesion R knee, width"."""
        return row_name(self.label(), carried=self.carried is not None, field=field)
