"""Real photograph files for tests, made with Pillow: a picture whose top-left quadrant is red and
the rest blue (so that a rotation shows), with the EXIF a phone writes (orientation, capture date,
GPS position, camera make and serial number)."""

from __future__ import annotations

import io
from datetime import datetime

from PIL import Image

TAG_ORIENTATION = 0x0112
TAG_MAKE = 0x010F
TAG_DATETIME = 0x0132
TAG_DATETIME_ORIGINAL = 0x9003
TAG_BODY_SERIAL = 0xA431
IFD_EXIF = 0x8769
IFD_GPS = 0x8825
GPS_LATITUDE = 2
RED, BLUE = (220, 30, 30), (30, 30, 220)


def quadrant_picture(width: int, height: int) -> Image.Image:
    picture = Image.new("RGB", (width, height), BLUE)
    picture.paste(RED, (0, 0, max(1, width // 2), max(1, height // 2)))
    return picture


def phone_exif(
    orientation: int = 1,
    taken: datetime | None = datetime(2025, 4, 14, 10, 30),
    stamped: datetime | None = None,
    gps: bool = True,
) -> Image.Exif:
    exif = Image.Exif()
    exif[TAG_ORIENTATION] = orientation
    exif[TAG_MAKE] = "PhoneMaker"
    if stamped is not None:
        exif[TAG_DATETIME] = stamped.strftime("%Y:%m:%d %H:%M:%S")
    inner = exif.get_ifd(IFD_EXIF)
    inner[TAG_BODY_SERIAL] = "SERIAL-0042-XYZ"
    if taken is not None:
        inner[TAG_DATETIME_ORIGINAL] = taken.strftime("%Y:%m:%d %H:%M:%S")
    if gps:
        where = exif.get_ifd(IFD_GPS)
        where[1] = "N"
        where[GPS_LATITUDE] = (48.0, 51.0, 29.0)
        where[3] = "E"
        where[4] = (2.0, 17.0, 40.0)
    return exif


def photo_file(
    width: int = 64,
    height: int = 48,
    fmt: str = "JPEG",
    exif: Image.Exif | None = None,
) -> bytes:
    """The quadrant picture saved as ``fmt`` (JPEG, PNG or HEIF) with ``exif``."""
    out = io.BytesIO()
    extra = {"exif": exif.tobytes()} if exif is not None else {}
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
    quadrant_picture(width, height).save(out, format=fmt, **extra)
    return out.getvalue()
