"""Photographs for the tests: drawn with Pillow (a coloured square and a millimetre ruler), and
the entities the service would return for them."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from calcitrack.domain.entities import LesionPhotograph


def drawn(width: int, height: int, colour: str = "#c08070", fmt: str = "JPEG") -> bytes:
    """A synthetic lesion photograph: skin-coloured ground, a darker plaque, a ruler below."""
    image = Image.new("RGB", (width, height), "#e8c8b0")
    draw = ImageDraw.Draw(image)
    draw.ellipse((width // 4, height // 4, width * 3 // 4, height * 3 // 4), fill=colour)
    for tick in range(0, width, max(1, width // 20)):
        draw.line((tick, height - 12, tick, height - 2), fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    return buffer.getvalue()


def thumbnail_of(data: bytes, side: int = 128) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        image.thumbnail((side, side))
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="JPEG")
    return buffer.getvalue()


def photograph(
    label: str,
    day: date,
    *,
    width: int = 400,
    height: int = 300,
    photo_id: int | None = None,
    caption: str | None = None,
    colour: str = "#c08070",
) -> LesionPhotograph:
    """A described photograph with its thumbnail (no full image: it is loaded by id)."""
    image = drawn(width, height, colour)
    return LesionPhotograph(
        lesion_label=label,
        visit_date=day,
        media_type="image/jpeg",
        width_px=width,
        height_px=height,
        sha256=hashlib.sha256(image).hexdigest(),
        caption=caption,
        thumbnail=thumbnail_of(image),
        id=photo_id,
    )


class ImageStore:
    """The full images by photograph id, and which ids were asked for (``load_image``)."""

    def __init__(self) -> None:
        self.images: dict[int, bytes] = {}
        self.asked: list[int] = []

    def add(self, photo: LesionPhotograph, colour: str = "#c08070") -> LesionPhotograph:
        assert photo.id is not None
        self.images[photo.id] = drawn(photo.width_px, photo.height_px, colour)
        return photo

    def load_image(self, photograph_id: int) -> bytes:
        self.asked.append(photograph_id)
        return self.images.get(photograph_id, b"")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
