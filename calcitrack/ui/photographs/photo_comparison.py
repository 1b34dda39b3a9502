"""Baseline, previous and now side by side for one lesion, at the same scale on screen.

"Same scale" here: a photograph carries no physical scale (no millimetres per pixel), so the
three are shown at the same *display* scale of the stored images: one factor, screen pixels per
image pixel, for all three, chosen so that the largest of them fits its cell. Photographs taken
alike (same camera distance, same stored size) then show a lesion at the same size, and a ruler
photographed beside the lesion (as drawn in the demo images) compares directly; images of equal
pixel size are shown at equal width. The factor comes from the stored ``width_px`` ×
``height_px``, so a thumbnail drawn while the full image cannot be read keeps the scale too.

Which three: baseline = the first photograph, previous = the one before now, now = the latest;
each slot has its own chooser (any of the lesion's photographs, or none)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.entities import LesionPhotograph
from calcitrack.ui.photographs.photo_pixmaps import date_text, decode_pixmap, taken_order
from calcitrack.ui.photographs.photo_strip import LoadImage, full_image, no_image

NO_PHOTOGRAPH = str(QT_TRANSLATE_NOOP("PhotoComparison", "No photograph"))
"""What an empty slot shows, in English (shown translated)."""


def default_choice(count: int) -> tuple[int | None, int | None, int | None]:
    """Positions (oldest first) for baseline, previous and now among ``count`` photographs: the
    first, the one before the latest, the latest; a slot that would repeat another is empty."""
    if count == 0:
        return None, None, None
    now = count - 1
    baseline = 0 if count >= 2 else None
    previous = count - 2 if count >= 3 else None
    return baseline, previous, now


def common_scale(sizes: Sequence[tuple[int, int]], cell: QSize) -> float:
    """Screen pixels per image pixel so that every image of ``sizes`` (w, h) fits ``cell``."""
    fits = [
        min(cell.width() / w, cell.height() / h) for w, h in sizes if w > 0 and h > 0
    ]
    return max(min(fits), 0.0) if fits else 1.0


@dataclass
class _Slot:
    combo: QComboBox
    image: QLabel
    date: QLabel


class PhotoComparison(QWidget):
    def __init__(self, load_image: LoadImage = no_image, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load_image = load_image
        self._photographs: list[LesionPhotograph] = []
        self._pixmaps: dict[int, QPixmap | None] = {}
        self.scale = 1.0
        grid = QGridLayout(self)
        self.slots: list[_Slot] = []
        names = (  # the caption, the photograph and its date of each slot
            (self.tr("&Baseline:"), self.tr("Baseline photograph"), self.tr("Baseline date")),
            (self.tr("P&revious:"), self.tr("Previous photograph"), self.tr("Previous date")),
            (self.tr("&Now:"), self.tr("Now photograph"), self.tr("Now date")),
        )
        for column, (text, photograph_name, date_name) in enumerate(names):
            combo = QComboBox()
            combo.setAccessibleName(photograph_name)
            label = QLabel(text)
            label.setBuddy(combo)
            image = QLabel(self.tr(NO_PHOTOGRAPH), alignment=Qt.AlignmentFlag.AlignCenter)
            image.setAccessibleName(photograph_name)
            image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            image.setMinimumSize(120, 120)
            image.setFrameShape(QLabel.Shape.StyledPanel)
            day = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
            day.setAccessibleName(date_name)
            grid.addWidget(label, 0, column)
            grid.addWidget(combo, 1, column)
            grid.addWidget(image, 2, column)
            grid.addWidget(day, 3, column)
            grid.setColumnStretch(column, 1)
            combo.currentIndexChanged.connect(lambda _i: self._redraw())
            self.slots.append(_Slot(combo, image, day))
        grid.setRowStretch(2, 1)

    def set_photographs(self, photographs: Sequence[LesionPhotograph]) -> None:
        """One lesion's photographs; the slots go back to baseline / previous / now."""
        self._photographs = sorted(photographs, key=taken_order)
        self._pixmaps.clear()
        for slot, position in zip(self.slots, default_choice(len(self._photographs)), strict=True):
            slot.combo.blockSignals(True)
            slot.combo.clear()
            slot.combo.addItem(self.tr("(none)"), None)
            for index, photograph in enumerate(self._photographs):
                slot.combo.addItem(date_text(photograph), index)
            slot.combo.setCurrentIndex(0 if position is None else position + 1)
            slot.combo.blockSignals(False)
        self._redraw()

    def chosen(self) -> list[LesionPhotograph | None]:
        """The photograph in each slot (baseline, previous, now)."""
        found: list[LesionPhotograph | None] = []
        for slot in self.slots:
            index = slot.combo.currentData()
            found.append(None if index is None else self._photographs[index])
        return found

    def choose(self, slot: int, photograph: LesionPhotograph | None) -> None:
        combo = self.slots[slot].combo
        if photograph is None:
            combo.setCurrentIndex(0)
        else:
            combo.setCurrentIndex(self._photographs.index(photograph) + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._redraw()

    def _pixmap(self, photograph: LesionPhotograph) -> QPixmap | None:
        key = id(photograph) if photograph.id is None else photograph.id
        if key not in self._pixmaps:
            pixmap = decode_pixmap(full_image(photograph, self._load_image))
            self._pixmaps[key] = pixmap or decode_pixmap(photograph.thumbnail)
        return self._pixmaps[key]

    def _redraw(self) -> None:
        chosen = self.chosen()
        cells = [slot.image.contentsRect().size() for slot in self.slots]
        cell = QSize(min(c.width() for c in cells), min(c.height() for c in cells))
        self.scale = common_scale(
            [(p.width_px, p.height_px) for p in chosen if p is not None], cell
        )
        for slot, photograph in zip(self.slots, chosen, strict=True):
            slot.image.clear()
            if photograph is None:
                slot.image.setText(self.tr(NO_PHOTOGRAPH))
                slot.date.setText("")
                continue
            slot.date.setText(date_text(photograph))
            slot.image.setToolTip(photograph.caption or "")
            pixmap = self._pixmap(photograph)
            if pixmap is None:
                slot.image.setText(self.tr("The photograph could not be read"))
                continue
            size = QSize(
                max(1, round(photograph.width_px * self.scale)),
                max(1, round(photograph.height_px * self.scale)),
            )
            slot.image.setPixmap(
                pixmap.scaled(
                    size,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )


class PhotoComparisonDialog(QDialog):
    """The comparison in its own window: the lesion in the title, Esc or Close closes."""

    def __init__(
        self,
        lesion_label: str,
        photographs: Sequence[LesionPhotograph],
        load_image: LoadImage = no_image,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare photographs: {lesion}").format(lesion=lesion_label))
        self.comparison = PhotoComparison(load_image)
        note = QLabel(
            self.tr(
                "Shown at the same scale on screen (screen pixels per image pixel); photographs "
                "carry no physical scale: compare against a ruler in the photograph."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.comparison, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(1200, 620)
        self.comparison.set_photographs(photographs)
