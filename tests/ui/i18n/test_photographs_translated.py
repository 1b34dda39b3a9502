"""A lesion's photographs (the strip under its title, the full image, the comparison, deleting one)
and the attach dialog in the pseudo-language: every text a person reads came through the
translation, and none is clipped by the longer text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calcitrack.domain.errors import DomainValidationError
from calcitrack.ui.photographs.attach_dialog import AttachPhotographsDialog
from calcitrack.ui.photographs.lesion_photos import LesionPhotos
from tests.support.pseudo_locale import OPEN, assert_translated, shown
from tests.ui.photographs.images import ImageStore, drawn, photograph, write
from tests.ui.photographs.test_attach_dialog import LESIONS, MAX_BYTES, Recorder, drop

pytestmark = pytest.mark.usefixtures("pseudo_language")

MARCH, JUNE, SEPTEMBER = date(2026, 3, 16), date(2026, 6, 15), date(2026, 9, 14)
LESION = "R thigh"
CAPTION = "before treatment"
VISITS = ("2026-09-14 (latest)", "2026-06-15")
"""The visits offered, as the photograph flow words them (checked in the window's tests)."""


@pytest.fixture
def photos(qtbot: QtBot) -> LesionPhotos:
    store = ImageStore()
    strip = LesionPhotos(store.load_image, lambda _photograph, _reason: None)
    strip.resize(700, 260)
    shown(qtbot, strip)
    strip.show_lesion(
        LESION,
        [
            store.add(photograph(LESION, MARCH, photo_id=1, caption=CAPTION)),
            store.add(photograph(LESION, JUNE, photo_id=2)),
            store.add(photograph(LESION, SEPTEMBER, photo_id=3, width=1200, height=900)),
        ],
    )
    return strip


def test_a_lesions_photographs_and_none(qtbot: QtBot, photos: LesionPhotos) -> None:
    assert photos.title_label.text().startswith(OPEN)
    assert_translated(photos)
    photos.show_lesion("L hip", [])  # none of this lesion
    assert_translated(photos)
    photos.show_lesion(None, [])  # no lesion chosen
    assert_translated(photos)


def test_the_full_image(qtbot: QtBot, photos: LesionPhotos) -> None:
    viewer = photos.strip.open_current()
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert viewer.windowTitle().startswith(OPEN)
    assert_translated(viewer)
    viewer.reject()


def test_the_full_image_that_cannot_be_read(qtbot: QtBot, photos: LesionPhotos) -> None:
    photos.strip.set_sources(lambda _photograph_id: b"", None)
    photos.strip.setCurrentRow(0)
    viewer = photos.strip.open_current()  # the thumbnail shown, and said so
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert_translated(viewer)
    viewer.reject()


def test_the_comparison(qtbot: QtBot, photos: LesionPhotos) -> None:
    dialog = photos.compare()
    assert dialog is not None
    dialog.resize(1200, 620)
    qtbot.waitExposed(dialog)
    assert_translated(dialog, CAPTION)  # the caption typed, as the photograph's tooltip
    dialog.comparison.choose(1, None)  # an empty slot: "No photograph"
    assert_translated(dialog, CAPTION)
    dialog.reject()


def test_deleting_a_photograph(qtbot: QtBot, photos: LesionPhotos) -> None:
    dialog = photos.strip.ask_to_delete()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert_translated(dialog)
    dialog.reject()


def test_attaching_photographs(qtbot: QtBot, tmp_path: Path) -> None:
    recorder = Recorder()
    first = write(tmp_path / "a.jpg", drawn(400, 300))
    second = write(tmp_path / "b.jpg", drawn(400, 300, colour="#905050"))
    empty = write(tmp_path / "empty.png", b"")
    recorder.refuse[1] = DomainValidationError("caption", "at most 200 characters")
    dialog = AttachPhotographsDialog(
        LESIONS, recorder.attach, recorder.check, MAX_BYTES, lesion_label=LESION, visits=VISITS
    )
    shown(qtbot, dialog)
    assert_translated(dialog, *LESIONS, *VISITS)
    drop(dialog, [first, second, empty])
    assert dialog.file_list.item(2).text().startswith(OPEN)  # refused: the file is empty
    assert dialog.attach_button.text().startswith(OPEN)  # "Attach 2"
    assert_translated(dialog, *LESIONS, *VISITS)
    dialog.attach_accepted()  # the second refused, after the first was attached
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text().startswith(OPEN)
    assert_translated(dialog, *LESIONS, *VISITS)


def test_attaching_at_a_visit_named_in_words(qtbot: QtBot) -> None:
    recorder = Recorder()
    dialog = AttachPhotographsDialog(
        LESIONS, recorder.attach, recorder.check, MAX_BYTES, visit_text="the visit of 2026-09-14"
    )
    shown(qtbot, dialog)
    assert_translated(dialog, *LESIONS)
