"""The recall list on paper: a plain table of the overdue patients (MRN, name, next visit due,
days overdue), printed through the system print dialog as a QTextDocument."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter

from calcitrack.domain.worklist import Worklist

HEADERS = ("MRN", "Name", "Next visit due", "Days overdue")


def recall_rows(worklist: Worklist) -> list[tuple[str, str, str, str]]:
    """The cells of each overdue patient, the longest overdue first."""
    return [
        (row.mrn, row.name, row.day.isoformat(), str(worklist.days_overdue(row)))
        for row in worklist.overdue
    ]


def recall_html(worklist: Worklist) -> str:
    rows = recall_rows(worklist)
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in HEADERS)
    return (
        f"<h2>Recall list: overdue on {worklist.today.isoformat()}</h2>"
        f"<p>{len(rows)} patient{'' if len(rows) == 1 else 's'} whose next visit was due before "
        "today (the next visit due planned at each patient's latest visit).</p>"
        f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>{cells}"
        "</table>"
    )


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
        return f"{path} is a folder; give a file name such as recall-list.csv"
    if not path.parent.is_dir():
        return f"The folder {path.parent} does not exist"
    return None
