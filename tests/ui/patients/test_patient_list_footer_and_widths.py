"""The list's footer separates thousands as the status bar does, and the Flags column opens wide
enough for its longest text with the out-of-date mark (a QA trial at 50,000 patients read
"47478 of 50001 patients" beside "2,500 of 50,001", and "review (" for "review (out of date)")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.patients.patient_flags_cell import STALE_MARK, flag_icon
from calcitrack.ui.patients.patient_list_panel import PatientListPanel, count_text
from calcitrack.ui.patients.patient_table_model import FLAGS_COLUMN


def test_the_footer_separates_thousands() -> None:
    assert count_text(47_478, 50_001) == "47,478 of 50,001 patients"
    assert count_text(1, 1) == "1 of 1 patient"
    assert count_text(0, 0) == "0 of 0 patients"


class _NoPatients:
    """A source the panel never asks (no refresh): only its layout is looked at."""

    def list_page(self, *args: object, **kwargs: object) -> object:
        raise AssertionError("not asked")

    def list_position(self, *args: object, **kwargs: object) -> object:
        raise AssertionError("not asked")


def test_the_flags_column_opens_wide_enough_for_the_out_of_date_mark(qtbot: QtBot) -> None:
    panel = PatientListPanel(_NoPatients(), InlineTaskRunner())  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    view = panel.view
    longest = view.fontMetrics().horizontalAdvance(f"2 safety · review {STALE_MARK}")
    assert flag_icon  # the cell draws an icon before its text
    room = view.horizontalHeader().sectionSize(FLAGS_COLUMN) - view.iconSize().width()
    assert room > longest
