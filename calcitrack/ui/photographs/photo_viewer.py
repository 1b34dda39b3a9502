"""One photograph at full size, fitted to the window: the lesion and the date in the title, Esc
closes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from calcitrack.domain.entities import LesionPhotograph
from calcitrack.ui.photographs.photo_pixmaps import date_text, decode_pixmap, title_text


class FittedImage(QLabel):
    """A label that shows its pixmap as large as fits, keeping the aspect ratio (never enlarged
    past the image's own pixels)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(1, 1)
        self._source: QPixmap | None = None

    def set_source(self, pixmap: QPixmap | None, missing: str) -> None:
        self._source = pixmap
        if pixmap is None:
            self.clear()
            self.setText(missing)
        else:
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._source is None:
            return
        room = self.contentsRect().size().boundedTo(self._source.size())
        self.setPixmap(
            self._source.scaled(
                room.expandedTo(QSize(1, 1)),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class PhotoViewerDialog(QDialog):
    """The full image of ``photograph`` (its bytes in ``data``; the thumbnail when the full image
    could not be read)."""

    def __init__(
        self, photograph: LesionPhotograph, data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.photograph = photograph
        self.setWindowTitle(
            self.tr("Photograph: {title}").format(title=title_text(photograph))
        )
        self.image = FittedImage()
        self.image.setAccessibleName(self.tr("Photograph"))
        pixmap = decode_pixmap(data)
        note = ""
        if pixmap is None:
            pixmap = decode_pixmap(photograph.thumbnail)
            note = self.tr(" · the full image could not be read: the thumbnail is shown")
        self.image.set_source(pixmap, self.tr("The photograph could not be read."))
        caption = (
            self.tr(" · {caption}").format(caption=photograph.caption) if photograph.caption
            else ""
        )
        self.caption_label = QLabel(
            self.tr("{lesion}, {date}{caption} · {width} × {height} pixels{note}").format(
                lesion=photograph.lesion_label,
                date=date_text(photograph),
                caption=caption,
                width=photograph.width_px,
                height=photograph.height_px,
                note=note,
            ),
            wordWrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.caption_label)
        self.resize(900, 700)
