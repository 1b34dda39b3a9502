"""Turning a stored photograph's bytes into something Qt draws, and the words shown with one."""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPixmap

from calcitrack.domain.entities import LesionPhotograph
from calcitrack.ui.common.window_locale import shown_date


def decode_pixmap(data: bytes) -> QPixmap | None:
    """The image in ``data`` (JPEG or PNG as stored; HEIC through pillow-heif), None when it is
    empty or cannot be read."""
    if not data:
        return None
    image: QImage | None = QImage.fromData(data)
    if image is None or image.isNull():
        image = _through_pillow(data)
    if image is None or image.isNull():
        return None
    return QPixmap.fromImage(image)


def _through_pillow(data: bytes) -> QImage | None:
    """Formats Qt has no plug-in for (HEIC from phones): Pillow reads, Qt shows a PNG of it."""
    try:
        import pillow_heif
        from PIL import Image

        pillow_heif.register_heif_opener()
        with Image.open(io.BytesIO(data)) as opened:
            buffer = io.BytesIO()
            opened.convert("RGB").save(buffer, format="PNG")
    except Exception:  # any unreadable image is shown as "cannot be read"
        return None
    return QImage.fromData(buffer.getvalue())


def photographs_of(
    photographs: Iterable[LesionPhotograph], lesion_label: str
) -> list[LesionPhotograph]:
    """The photographs of one lesion, oldest first (``taken_order``)."""
    mine = [p for p in photographs if p.lesion_label == lesion_label]
    return sorted(mine, key=taken_order)


def taken_order(photograph: LesionPhotograph) -> tuple[date, date, int]:
    """Oldest first: by visit, then by the camera's date within a visit (two taken at one visit
    on different days: the QA trial's "previous" was newer than its "now"), then as attached."""
    taken = photograph.captured_on or photograph.visit_date
    return photograph.visit_date, taken, photograph.id if photograph.id is not None else 0


def date_text(photograph: LesionPhotograph) -> str:
    """The visit date, and the camera's capture date when it differs."""
    text = shown_date(photograph.visit_date)
    taken = photograph.captured_on
    if taken is not None and taken != photograph.visit_date:
        return QCoreApplication.translate("PhotoPixmaps", "{visit} (taken {taken})").format(
            visit=text, taken=shown_date(taken)
        )
    return text


def title_text(photograph: LesionPhotograph) -> str:
    """"R thigh — 2026-03-16": the lesion and the date, for a window title."""
    return QCoreApplication.translate("PhotoPixmaps", "{lesion} — {date}").format(
        lesion=photograph.lesion_label, date=date_text(photograph)
    )
