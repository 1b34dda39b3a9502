"""A lesion's photographs over time, driven with the keyboard: arrows move, Enter opens the full
image (fitted, lesion and date in the title, Esc closes), Delete asks why and hands on."""

from __future__ import annotations

import io
from datetime import date

import pillow_heif
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import LesionPhotograph
from calcitrack.ui.photographs.photo_pixmaps import decode_pixmap
from calcitrack.ui.photographs.photo_strip import PhotoStrip
from tests.ui.photographs.images import ImageStore, photograph

MARCH, JUNE, SEPTEMBER = date(2026, 3, 16), date(2026, 6, 15), date(2026, 9, 14)


@pytest.fixture
def store() -> ImageStore:
    return ImageStore()


@pytest.fixture
def deleted() -> list[tuple[LesionPhotograph, str]]:
    return []


@pytest.fixture
def strip(
    qtbot: QtBot, store: ImageStore, deleted: list[tuple[LesionPhotograph, str]]
) -> PhotoStrip:
    shown = PhotoStrip(store.load_image, lambda p, reason: deleted.append((p, reason)))
    shown.set_photographs(
        [  # out of order, as a chart may hold them
            store.add(photograph("R thigh", SEPTEMBER, photo_id=3, width=1200, height=900)),
            store.add(photograph("R thigh", MARCH, photo_id=1, caption="before treatment")),
            store.add(photograph("R thigh", JUNE, photo_id=2)),
        ]
    )
    qtbot.addWidget(shown)
    shown.resize(700, 220)
    shown.show()
    qtbot.waitExposed(shown)
    shown.setFocus()
    return shown


def test_thumbnails_in_date_order_with_the_visit_date_under_each(strip: PhotoStrip) -> None:
    assert [strip.item(r).text() for r in range(strip.count())] == [
        "2026-03-16",
        "2026-06-15",
        "2026-09-14",
    ]
    assert all(not strip.item(r).icon().isNull() for r in range(strip.count()))
    assert strip.current_photograph() is not None
    assert strip.current_photograph().visit_date == SEPTEMBER  # the newest, selected


def test_arrow_keys_move_and_enter_opens_the_full_image_fitted(
    qtbot: QtBot, strip: PhotoStrip, store: ImageStore
) -> None:
    qtbot.keyClick(strip, Qt.Key.Key_Left)
    qtbot.keyClick(strip, Qt.Key.Key_Left)
    assert strip.current_photograph().visit_date == MARCH
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    assert strip.current_photograph().visit_date == SEPTEMBER

    qtbot.keyClick(strip, Qt.Key.Key_Return)
    viewer = strip.viewer
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert store.asked == [3]
    assert "R thigh" in viewer.windowTitle() and "2026-09-14" in viewer.windowTitle()
    viewer.resize(500, 500)
    qtbot.waitUntil(lambda: viewer.image.pixmap().width() <= viewer.image.width())
    shown = viewer.image.pixmap().size()
    assert shown.width() <= viewer.image.width() and shown.height() <= viewer.image.height()
    assert shown.width() / shown.height() == pytest.approx(1200 / 900, rel=0.02)
    assert shown.width() < 1200  # fitted, not the image's own size

    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: strip.viewer is None)


def test_the_thumbnail_is_shown_when_the_full_image_cannot_be_had(qtbot: QtBot) -> None:
    def broken(_photograph_id: int) -> bytes:
        raise ConnectionError("the server went away")

    strip = PhotoStrip(broken)
    qtbot.addWidget(strip)
    strip.set_photographs([photograph("L hip", MARCH, photo_id=7)])
    viewer = strip.open_current()
    assert viewer is not None
    assert not viewer.image.pixmap().isNull()
    assert "thumbnail is shown" in viewer.caption_label.text()
    viewer.reject()


def test_delete_asks_why_and_hands_the_photograph_and_reason_on(
    qtbot: QtBot, strip: PhotoStrip, deleted: list[tuple[LesionPhotograph, str]]
) -> None:
    qtbot.keyClick(strip, Qt.Key.Key_Home)
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    dialog = strip.delete_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "R thigh — 2026-03-16" in dialog.explanation_label.text()
    assert not dialog.delete_button.isEnabled()  # no reason, no deleting
    qtbot.keyClicks(dialog.reason_edit, "wrong patient's photograph")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Tab)  # to the buttons
    qtbot.keyClick(dialog.delete_button, Qt.Key.Key_Space)
    assert [(p.id, reason) for p, reason in deleted] == [(1, "wrong patient's photograph")]
    qtbot.waitUntil(lambda: strip.delete_dialog is None)


def test_escape_in_the_delete_question_deletes_nothing(
    qtbot: QtBot, strip: PhotoStrip, deleted: list[tuple[LesionPhotograph, str]]
) -> None:
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    dialog = strip.delete_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.reason_edit, "blurred")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: strip.delete_dialog is None)
    assert deleted == []


def test_without_a_delete_callable_delete_does_nothing(qtbot: QtBot) -> None:
    strip = PhotoStrip()
    qtbot.addWidget(strip)
    strip.set_photographs([photograph("L hip", MARCH, photo_id=7)])
    strip.show()
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    assert strip.delete_dialog is None
    assert not strip.delete_action.isEnabled()


def test_a_heic_image_is_shown_through_pillow_heif() -> None:
    pillow_heif.register_heif_opener()
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "#a05040").save(buffer, format="HEIF")
    pixmap = decode_pixmap(buffer.getvalue())
    assert pixmap is not None and (pixmap.width(), pixmap.height()) == (64, 48)
    assert decode_pixmap(b"not an image") is None
