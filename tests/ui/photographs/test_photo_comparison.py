"""Baseline / previous / now side by side at one scale on screen, the date under each, "No
photograph" where a slot is empty; each slot's chooser works from the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import LesionPhotograph
from calcitrack.ui.photographs.photo_comparison import (
    NO_PHOTOGRAPH,
    PhotoComparison,
    PhotoComparisonDialog,
    common_scale,
    default_choice,
)
from tests.ui.photographs.images import ImageStore, photograph

ALT = Qt.KeyboardModifier.AltModifier
DAYS = (date(2025, 5, 12), date(2025, 11, 3), date(2026, 3, 16), date(2026, 9, 14))


def shown_comparison(
    qtbot: QtBot, photos: list[LesionPhotograph], store: ImageStore
) -> PhotoComparisonDialog:
    dialog = PhotoComparisonDialog("R thigh", photos, store.load_image)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 620)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


def displayed(comparison: PhotoComparison) -> list[QSize | None]:
    sizes: list[QSize | None] = []
    for slot in comparison.slots:
        pixmap = slot.image.pixmap()
        sizes.append(None if pixmap.isNull() else pixmap.size())
    return sizes


def test_default_choice_is_first_one_before_the_latest_and_latest() -> None:
    assert default_choice(0) == (None, None, None)
    assert default_choice(1) == (None, None, 0)
    assert default_choice(2) == (0, None, 1)
    assert default_choice(5) == (0, 3, 4)


def test_common_scale_fits_the_largest_into_the_cell() -> None:
    scale = common_scale([(2000, 1500), (1000, 750)], QSize(400, 400))
    assert scale == pytest.approx(0.2)  # 2000 px into 400
    assert common_scale([], QSize(400, 400)) == 1.0


def test_three_photographs_of_different_sizes_share_one_scale(qtbot: QtBot) -> None:
    store = ImageStore()
    photos = [  # the phone changed: the newer photographs are larger images
        store.add(photograph("R thigh", DAYS[0], photo_id=1, width=800, height=600)),
        store.add(photograph("R thigh", DAYS[1], photo_id=2, width=1000, height=750)),
        store.add(photograph("R thigh", DAYS[2], photo_id=3, width=1600, height=1200)),
        store.add(photograph("R thigh", DAYS[3], photo_id=4, width=2000, height=1500)),
    ]
    dialog = shown_comparison(qtbot, photos, store)
    comparison = dialog.comparison
    assert [p.id if p else None for p in comparison.chosen()] == [1, 3, 4]
    assert sorted(store.asked) == [1, 3, 4]  # full images, not thumbnails
    assert [s.date.text() for s in comparison.slots] == ["2025-05-12", "2026-03-16", "2026-09-14"]

    sizes = displayed(comparison)
    assert all(size is not None for size in sizes)
    ratios = [
        size.width() / photo.width_px
        for size, photo in zip(sizes, comparison.chosen(), strict=True)
        if size is not None and photo is not None
    ]
    assert ratios == pytest.approx([ratios[0]] * 3, abs=0.002)  # one scale on screen
    cell = comparison.slots[2].image.contentsRect()
    largest = sizes[2]
    assert largest is not None
    assert largest.width() <= cell.width() and largest.height() <= cell.height()
    assert largest.width() >= cell.width() - 1 or largest.height() >= cell.height() - 1  # fits
    assert sizes[0] is not None and sizes[0].width() < largest.width()  # the smaller image

    dialog.resize(900, 500)  # the window smaller: still one scale, still fitted
    qtbot.waitUntil(lambda: comparison.slots[2].image.pixmap().width() < largest.width())
    resized = displayed(comparison)
    assert resized[0] is not None and resized[2] is not None
    assert resized[0].width() / 800 == pytest.approx(resized[2].width() / 2000, abs=0.002)


def test_equal_image_sizes_are_shown_at_equal_width(qtbot: QtBot) -> None:
    store = ImageStore()
    photos = [
        store.add(photograph("R thigh", day, photo_id=i, width=1200, height=900))
        for i, day in enumerate(DAYS[:3], start=1)
    ]
    dialog = shown_comparison(qtbot, photos, store)
    sizes = displayed(dialog.comparison)
    assert None not in sizes
    assert len({size.width() for size in sizes if size is not None}) == 1


def test_a_missing_slot_says_no_photograph_and_a_chooser_fills_it(qtbot: QtBot) -> None:
    store = ImageStore()
    photos = [
        store.add(photograph("R thigh", DAYS[0], photo_id=1)),
        store.add(photograph("R thigh", DAYS[3], photo_id=2)),
    ]
    dialog = shown_comparison(qtbot, photos, store)
    comparison = dialog.comparison
    previous = comparison.slots[1]
    assert previous.image.text() == NO_PHOTOGRAPH and previous.image.pixmap().isNull()
    assert previous.date.text() == ""

    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)  # P&revious
    assert previous.combo.hasFocus()
    qtbot.keyClick(previous.combo, Qt.Key.Key_Down)
    assert comparison.chosen()[1] is photos[0]
    assert previous.date.text() == "2025-05-12"
    assert not previous.image.pixmap().isNull()

    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)  # &Now: set to none
    assert comparison.slots[2].combo.hasFocus()
    qtbot.keyClick(comparison.slots[2].combo, Qt.Key.Key_Home)
    assert comparison.chosen()[2] is None
    assert comparison.slots[2].image.text() == NO_PHOTOGRAPH

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_two_photographs_of_one_visit_go_by_the_cameras_date() -> None:
    """Attached in the other order at one visit: the one taken later is "now" (the QA trial's
    "previous" was newer than its "now")."""
    import dataclasses
    from datetime import date

    from calcitrack.ui.photographs.photo_pixmaps import photographs_of
    from tests.ui.photographs.images import photograph

    visit = date(2026, 9, 14)
    later = dataclasses.replace(photograph("R knee", visit, photo_id=1),
                                captured_on=date(2026, 12, 6))  # fmt: skip
    on_the_day = dataclasses.replace(photograph("R knee", visit, photo_id=2), captured_on=visit)
    first = photograph("R knee", date(2025, 3, 10), photo_id=3)
    ordered = photographs_of([later, on_the_day, first], "R knee")
    assert [p.id for p in ordered] == [3, 2, 1]
