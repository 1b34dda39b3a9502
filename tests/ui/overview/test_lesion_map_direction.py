"""The lesion map in a right-to-left window (Arabic): the drawing is never mirrored, so the
patient's right stays where the body map puts it, and clicks land on the same sites."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Laterality
from calcitrack.ui.overview.lesion_map_view import LesionMapView
from tests.reports.charts.test_lesion_map import ra_lesions
from tests.ui.overview.test_lesion_map_view import pixel, shown_view


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    before = qapp.layoutDirection()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(before)


def _anchors(view: LesionMapView) -> dict[tuple[str, Laterality], QPoint]:
    geometry = view.drawing.geometry
    return {
        key: pixel(view, *geometry.anchor(*key)[:2])
        for key in (("thigh", Laterality.RIGHT), ("thigh", Laterality.LEFT),
                    ("upper_back", Laterality.LEFT), ("buttock", Laterality.RIGHT))
    }  # fmt: skip


def _picked(qtbot: QtBot, view: LesionMapView, at: QPoint) -> list[object]:
    with qtbot.waitSignal(view.site_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=at)
    return list(blocker.args or [])


def _painted_ring(view: LesionMapView) -> QPoint:
    (centre, _radius, _colour, _dashed), *_ = view.canvas.rings
    return centre.toPoint()


def test_right_to_left_the_map_is_not_mirrored(qtbot: QtBot, right_to_left: None) -> None:
    view = shown_view(qtbot)
    view.set_lesions(ra_lesions())
    assert view.isRightToLeft()
    ltr = LesionMapView()
    ltr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.addWidget(ltr)
    ltr.resize(view.size())
    ltr.show()
    qtbot.waitExposed(ltr)
    ltr.set_lesions(ra_lesions())
    assert _anchors(view) == _anchors(ltr)
    # the image itself is painted as drawn: the same pixels in both directions
    assert view.canvas.grab().toImage() == ltr.canvas.grab().toImage()
    front_right = _anchors(view)[("thigh", Laterality.RIGHT)]
    front_left = _anchors(view)[("thigh", Laterality.LEFT)]
    assert front_right.x() < front_left.x()  # the patient's right on the viewer's left (front)
    # a click where the drawing shows the right thigh picks the right thigh; the ring is painted
    # where the click was, not at its mirror image
    view.picking_site = True
    assert _picked(qtbot, view, front_right) == ["thigh", "right"]
    view.mark_site(("thigh", Laterality.RIGHT))
    assert (_painted_ring(view) - front_right).manhattanLength() <= 2


def test_the_map_tells_a_screen_reader_which_side_is_the_patients(qtbot: QtBot) -> None:
    view = shown_view(qtbot)
    description = view.canvas.accessibleDescription()
    assert "patient's right" in description
