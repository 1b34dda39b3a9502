"""The list's footer separates thousands as the status bar does, and the Flags column opens wide
enough for its longest text with the out-of-date mark (a QA trial at 50,000 patients read
"47478 of 50001 patients" beside "2,500 of 50,001", and "review (" for "review (out of date)")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
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


def _drawn_across(image: QImage, left: int, right: int) -> bool:
    """Whether anything varies from left to right in ``image`` between ``left`` and ``right``
    (a title's letters do; a header's plain background varies only from top to bottom)."""
    for y in range(2, image.height() - 2):
        first = image.pixel(left, y)
        if any(image.pixel(x, y) != first for x in range(left + 1, right)):
            return True
    return False


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_the_flags_title_shows_when_its_wide_column_runs_out_of_a_narrow_list(
    qtbot: QtBot, qapp: QApplication, direction: Qt.LayoutDirection
) -> None:
    """At a first start the list is about 400 pixels wide: MRN and Name fill most of it and the
    Flags column starts near its far edge (the left one in Arabic). A title centred in the wide
    column was drawn out of view (the column showed no title at all); it starts at the column's
    start now, as its cells do."""
    qapp.setLayoutDirection(direction)  # as the Arabic window sets it
    try:
        _title_in_view(qtbot)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _title_in_view(qtbot: QtBot) -> None:
    panel = PatientListPanel(_NoPatients(), InlineTaskRunner())  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.resize(400, 500)
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.view.horizontalHeader()
    at, size = header.sectionViewportPosition(FLAGS_COLUMN), header.sectionSize(FLAGS_COLUMN)
    shown = header.viewport().width()
    left, right = max(at, 0), min(at + size, shown)  # the part of the column in view
    title_width = header.fontMetrics().horizontalAdvance(
        str(panel.model.headerData(FLAGS_COLUMN, Qt.Orientation.Horizontal))
    )
    assert right - left > title_width + 12  # room for the title at the column's start
    assert not left < at + size / 2 < right  # its middle out of view
    image = header.viewport().grab().toImage()
    assert _drawn_across(image, left + 3, right - 3)
