"""The recall list on paper: a plain table of the overdue patients (MRN, name, next visit due,
days overdue), printed through the system print dialog as a QTextDocument."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter

from calcitrack.domain.worklist import Worklist
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.common.window_locale import shown_date

HEADERS = (
    str(QT_TRANSLATE_NOOP("RecallDocument", "MRN")),
    str(QT_TRANSLATE_NOOP("RecallDocument", "Name")),
    str(QT_TRANSLATE_NOOP("RecallDocument", "Next visit due")),
    str(QT_TRANSLATE_NOOP("RecallDocument", "Days overdue")),
)
"""The columns of the list, in English (shown translated: ``headers``)."""


def headers() -> list[str]:
    """The columns of the list as a person reads them."""
    return [QCoreApplication.translate("RecallDocument", header) for header in HEADERS]


def recall_rows(worklist: Worklist) -> list[tuple[str, str, str, str]]:
    """The cells of each overdue patient, the longest overdue first, as the window shows them (the
    CSV export writes ISO dates: ``write_recall_csv``)."""
    return [
        (row.mrn, row.name, shown_date(row.day), in_window_digits(str(worklist.days_overdue(row))))
        for row in worklist.overdue
    ]


class RecallDocument(QObject):
    """The list as printed (a QObject: Qt's translation reads counted texts from ``tr``)."""

    def html(self, worklist: Worklist) -> str:
        rows = recall_rows(worklist)
        cells = "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
            for row in rows
        )
        head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers())
        title = self.tr("Recall list: overdue on {day}").format(day=shown_date(worklist.today))
        intro = self.tr(
            "%n patient(s) whose next visit was due before today (the next visit due planned "
            "at each patient's latest visit).",
            "",
            len(rows),
        )
        return (
            f"<h2>{html.escape(title, quote=False)}</h2><p>{html.escape(intro, quote=False)}</p>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>"
            f"{cells}</table>"
        )


def recall_html(worklist: Worklist) -> str:
    return RecallDocument().html(worklist)


def print_recall(worklist: Worklist, printer: QPrinter) -> None:
    document = QTextDocument()
    document.setHtml(recall_html(worklist))
    document.print_(printer)


def suggested_file_name(day: date) -> str:
    return f"recall-list-{day.isoformat()}.csv"


def csv_path(chosen: str) -> Path:
    """The chosen file, ``.csv`` added when it has no such suffix."""
    path = Path(chosen).expanduser()
    return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")


def path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be written, or None."""
    if path.is_dir():
        return QCoreApplication.translate(
            "RecallDocument", "{path} is a folder; give a file name such as recall-list.csv"
        ).format(path=path)
    if not path.parent.is_dir():
        return QCoreApplication.translate(
            "RecallDocument", "The folder {folder} does not exist"
        ).format(folder=path.parent)
    return None
