"""The flags cell of the patient list: its short text, tooltip, icon and colour.

Stored flags assessed with other clinic settings or rules than those in force
(``PatientSummary.flags_stale``) are shown as out of date — greyed, "(out of date)" after the
text, and a tooltip saying they are being re-assessed — so that nobody reads old flags as current.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from calcitrack.domain.entities import PatientSummary
from calcitrack.domain.flags import Flag, FlagKind, Severity, decision_support_note, severity_label
from calcitrack.domain.flags_read_later import flag_marks
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.common.window_locale import shown_date

SEVERITY_ORDER = {Severity.CONTRAINDICATION: 0, Severity.WARNING: 1, Severity.REVIEW: 2}

STALE_COLOR = QColor("#808080")
STALE_MARK = str(QT_TRANSLATE_NOOP("PatientFlagsCell", "(out of date)"))
"""After the flags while they are stale, in English (shown translated)."""


def _cell_text(safety: int, review: bool) -> str:
    parts = [
        *(
            [
                QCoreApplication.translate("PatientFlagsCell", "{count} safety").format(
                    count=in_window_digits(str(safety))
                )
            ]
            if safety
            else []
        ),
        *([QCoreApplication.translate("PatientFlagsCell", "review")] if review else []),
    ]
    return QCoreApplication.translate("PatientFlagsCell", " · ").join(parts)


def flags_text(flags: Sequence[Flag]) -> str:
    """Short text of the flags column: "2 safety · review" (from the flags' kinds alone)."""
    kinds = [kind for kind, _severity in flag_marks(flags)]
    return _cell_text(kinds.count(FlagKind.SAFETY), FlagKind.REVIEW in kinds)


def _with_stale_mark(text: str) -> str:
    if not text:
        return QCoreApplication.translate("PatientFlagsCell", STALE_MARK)
    return QCoreApplication.translate("PatientFlagsCell", "{flags} (out of date)").format(
        flags=text
    )


def widest_cell_text() -> str:
    """The longest text of the column, "2 safety · review (out of date)" (for its width)."""
    return _with_stale_mark(_cell_text(2, True))


def is_stale(summary: PatientSummary) -> bool:
    """Flags assessed with other settings or rules (a never-assessed patient is not stale: it is
    "Not assessed yet")."""
    return summary.flags_stale and summary.flags_assessed_on is not None


def flags_cell_text(summary: PatientSummary) -> str:
    """The cell's text: the flags, and "(out of date)" after them while they are stale."""
    text = flags_text(summary.flags)
    return _with_stale_mark(text) if is_stale(summary) else text


def flags_tooltip(summary: PatientSummary) -> str:
    """Every flag's title, reason and triggers, and the decision-support note."""
    if summary.flags_assessed_on is None and not summary.flags:
        return QCoreApplication.translate("PatientFlagsCell", "Not assessed yet")
    stale = (
        [
            QCoreApplication.translate(
                "PatientFlagsCell",
                "Out of date: these flags were assessed with earlier clinic settings or rules "
                "and are being re-assessed now.",
            )
        ]
        if is_stale(summary)
        else []
    )
    if not summary.flags:
        assessed = QCoreApplication.translate(
            "PatientFlagsCell", "No flags (assessed {date})"
        ).format(
            date=shown_date(summary.flags_assessed_on) if summary.flags_assessed_on else "—"
        )
        return "\n".join([*stale, assessed, *([decision_support_note()] if stale else [])])
    blocks = [
        "\n".join(
            (
                QCoreApplication.translate("PatientFlagsCell", "• {title} ({severity})").format(
                    title=f.title, severity=severity_label(f.severity)
                ),
                *(f"   {t}" for t in f.triggers),
            )
        )
        for f in summary.flags
    ]
    assessed = shown_date(summary.flags_assessed_on) if summary.flags_assessed_on else "—"
    last = QCoreApplication.translate("PatientFlagsCell", "Assessed {date}. {note}").format(
        date=assessed, note=decision_support_note()
    )
    return "\n".join([*stale, *blocks, last])


_ICONS: dict[tuple[Severity, bool], QIcon] = {}


def flag_icon(flags: Sequence[Flag], *, stale: bool = False) -> QIcon | None:
    """The worst flag's icon, greyed when ``stale`` (made once each: painting asks for it on
    every row); from the flags' severities alone."""
    if not flags:
        return None
    worst = min((severity for _kind, severity in flag_marks(flags)), key=SEVERITY_ORDER.__getitem__)
    if (worst, stale) not in _ICONS:
        pixmap = {
            Severity.CONTRAINDICATION: QStyle.StandardPixmap.SP_MessageBoxCritical,
            Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            Severity.REVIEW: QStyle.StandardPixmap.SP_MessageBoxInformation,
        }[worst]
        icon = QApplication.style().standardIcon(pixmap)
        if stale:
            icon = QIcon(icon.pixmap(16, 16, QIcon.Mode.Disabled))
        _ICONS[worst, stale] = icon
    return _ICONS[worst, stale]
