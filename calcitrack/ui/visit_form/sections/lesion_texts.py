"""The words of a lesion's line in the visit form's lesion section (``lesion_entry_rows.py``): its
signs and fields by name, its reasons for a value still missing, its last measurement, and the
area as shown. Marked for Qt's translation in the context ``LesionRow``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from calcitrack.domain.entities import LesionMeasurement
from calcitrack.ui.common.number_text import grouped_number, in_window_digits
from calcitrack.ui.common.window_locale import shown_date

FLAGS = (
    ("ulcerated", str(QT_TRANSLATE_NOOP("LesionRow", "Ulcerated"))),
    ("extrusion", str(QT_TRANSLATE_NOOP("LesionRow", "Extrusion"))),
    ("infected", str(QT_TRANSLATE_NOOP("LesionRow", "Infected"))),
    ("tender", str(QT_TRANSLATE_NOOP("LesionRow", "Tender"))),
    ("inflamed", str(QT_TRANSLATE_NOOP("LesionRow", "Inflamed"))),
)
"""The signs a lesion is ticked for, by their names on screen in English (shown translated)."""
FIELD_NAMES = {
    "longest_mm": str(QT_TRANSLATE_NOOP("LesionRow", "longest diameter")),
    "width_mm": str(QT_TRANSLATE_NOOP("LesionRow", "width")),
    "depth_mm": str(QT_TRANSLATE_NOOP("LesionRow", "depth")),
    "method": str(QT_TRANSLATE_NOOP("LesionRow", "method")),
    "label": str(QT_TRANSLATE_NOOP("LesionRow", "label")),
    "body_site": str(QT_TRANSLATE_NOOP("LesionRow", "body site")),
    "laterality": str(QT_TRANSLATE_NOOP("LesionRow", "side")),
    "first_seen_on": str(QT_TRANSLATE_NOOP("LesionRow", "label")),
    "status": str(QT_TRANSLATE_NOOP("LesionRow", "status")),
    **dict(FLAGS),
}
REQUIRED_FOR_SIZE = str(
    QT_TRANSLATE_NOOP("LesionRow", "is required to record this lesion's size (or clear the row)")
)
REQUIRED_METHOD = str(QT_TRANSLATE_NOOP("LesionRow", "is required (choose the method)"))
REQUIRED_SITE = str(QT_TRANSLATE_NOOP("LesionRow", "is required (pick the body site)"))
REQUIRED_SIDE = str(QT_TRANSLATE_NOOP("LesionRow", "is required (pick the side)"))
"""The row's own reasons for a value still missing, in English (shown translated)."""


def waiting_reasons() -> frozenset[str]:
    """The row's reasons for a value still missing, as shown: they wait for Save."""
    return frozenset(
        row_text(reason)
        for reason in (REQUIRED_FOR_SIZE, REQUIRED_METHOD, REQUIRED_SITE, REQUIRED_SIDE)
    )


def row_text(text: str) -> str:
    """A text marked above (a sign of ``FLAGS``, a field of ``FIELD_NAMES``, a reason for a value
    still missing) as shown: translated."""
    return QCoreApplication.translate("LesionRow", text)


def row_name(label: str, *, carried: bool, field: str = "") -> str:
    """A lesion's line, or one of its fields, as the problem list names it: "Lesion R knee",
    "New lesion “L thigh”, width"."""
    if not carried and not label:
        name = QCoreApplication.translate("LesionRow", "New lesion")
    elif not carried:
        name = QCoreApplication.translate("LesionRow", "New lesion “{lesion}”")
    else:
        name = QCoreApplication.translate("LesionRow", "Lesion {lesion}")
    name = name.format(lesion=label)
    what = FIELD_NAMES.get(field)
    if not what:
        return name
    return QCoreApplication.translate("LesionRow", "{lesion}, {field}").format(
        lesion=name, field=row_text(what)
    )


def unknown(what: str, code: object) -> str:
    """A code of a draft that is not offered: "the body site “x” is not known"; ``what`` is a
    field of ``FIELD_NAMES`` or "sign"."""
    if what == "sign":
        return QCoreApplication.translate("LesionRow", "the sign “{code}” is not known").format(
            code=code
        )
    if what == "method":
        return QCoreApplication.translate(
            "LesionRow", "the measurement method “{code}” is not known"
        ).format(code=code)
    return QCoreApplication.translate("LesionRow", "the {field} “{code}” is not known").format(
        field=row_text(FIELD_NAMES[what]), code=code
    )


def format_mm2(value: float, *, signed: bool = False) -> str:
    """An area or a change of area: one decimal under 100 mm², whole mm² above; a true minus;
    thousands grouped as the window's locale groups them, as the Overview does
    (``number_text.grouped_number``: "12 566" in English and Portuguese, "12,566" or "١٢٬٥٦٦" in
    Arabic); in the window's digits and decimal mark ("12,5" in Portuguese)."""
    decimals = 1 if abs(value) < 100 else 0
    text = grouped_number(value, decimals)  # the window locale's grouping, as the Overview
    return f"+{text}" if signed and not text.startswith("−") else text


def describe_last(last: LesionMeasurement | None, last_on: date | None) -> str:
    if last is None or last_on is None:
        return QCoreApplication.translate("LesionRow", "not measured before")
    size = in_window_digits(f"{last.longest_mm:g}×{last.width_mm:g}")
    day, method = shown_date(last_on), last.method.label.lower()
    if last.depth_mm is not None:
        text = QCoreApplication.translate(
            "LesionRow", "last {size} mm, depth {depth} mm on {day} ({method})"
        ).format(size=size, depth=in_window_digits(f"{last.depth_mm:g}"), day=day, method=method)
    else:
        text = QCoreApplication.translate("LesionRow", "last {size} mm on {day} ({method})")
        text = text.format(size=size, day=day, method=method)
    flags = [row_text(label).lower() for name, label in FLAGS if getattr(last, name)]
    if not flags:
        return text
    return QCoreApplication.translate("LesionRow", "{last}; {signs}").format(
        last=text, signs=QCoreApplication.translate("LesionRow", ", ").join(flags)
    )
