"""Taking a photograph file in: what is stored of it, made with Pillow (and pillow-heif for the
HEIC files of phones); no image decoding of our own.

- A file above ``MAX_FILE_BYTES`` is refused on its size alone, before anything is decoded.
- Only JPEG, PNG and HEIC are opened; anything else, a truncated or broken file, and an image of
  more than ``MAX_PIXELS`` pixels (a decompression bomb) are refused with a message for the user.
- The EXIF orientation is applied to the pixels; the only metadata kept is the capture date (EXIF
  DateTimeOriginal, else DateTime), returned beside the image, never inside it.
- The image is re-encoded from its pixels without any metadata (no EXIF, so no GPS position and no
  device identifiers; no ICC profile: a tagged image is converted to sRGB first; no text chunks),
  its long side at most ``MAX_SIDE_PX``: JPEG (quality 90) for JPEG and HEIC files, PNG for PNG.
  A JPEG that already is exactly that (its only segment the JFIF header, nothing after its end)
  is kept byte for byte: an exported photograph imported again is not degraded by a second
  encoding.
- A JPEG thumbnail, long side ``THUMBNAIL_SIDE_PX``, and the SHA-256 of the stored image.

Every refusal is a DomainValidationError naming the field ``photograph``.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pillow_heif
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from calcitrack.domain.errors import DomainValidationError

pillow_heif.register_heif_opener()

FIELD = "photograph"
MB = 1_000_000
"""Sizes are said in decimal megabytes, as file managers show them (the attach dialog too)."""
MAX_FILE_BYTES = 25 * MB
"""The largest file taken (a phone's photograph is 2–8 MB; a HEIC of 48 megapixels ~10 MB)."""
MAX_PIXELS = 120_000_000
"""Refused above this many pixels before decoding: a small file that would decode to gigabytes."""
MAX_SIDE_PX = 3000
THUMBNAIL_SIDE_PX = 256
JPEG_QUALITY = 90
THUMBNAIL_QUALITY = 85
OPENED_FORMATS = ("JPEG", "PNG", "HEIF")
TAG_DATETIME = 0x0132
TAG_DATETIME_ORIGINAL = 0x9003
IFD_EXIF = 0x8769


@dataclass(frozen=True)
class PreparedImage:
    """A photograph as it will be stored: ``image`` (``media_type``) and ``thumbnail`` (JPEG)
    carry no metadata; ``captured_on`` is the camera's capture date when it gave one."""

    image: bytes
    thumbnail: bytes
    media_type: str
    width_px: int
    height_px: int
    sha256: str
    captured_on: date | None


def size_text(size_bytes: int) -> str:
    """``"200.0 MB"``."""
    return f"{size_bytes / MB:.1f} MB"


def check_file_size(size_bytes: int) -> None:
    """Refuse a file larger than ``MAX_FILE_BYTES`` (the file dialog asks before reading it)."""
    if size_bytes > MAX_FILE_BYTES:
        raise DomainValidationError(
            FIELD,
            f"the file is {size_text(size_bytes)}; photographs up to "
            f"{MAX_FILE_BYTES // MB} MB are taken",
        )


def prepare(data: bytes) -> PreparedImage:
    """What is stored of the photograph file ``data`` (see the module's docstring)."""
    check_file_size(len(data))
    if not data:
        raise DomainValidationError(FIELD, "the file is empty")
    source = _open(data)
    captured_on = capture_date(source)
    source_format = source.format
    picture = _decoded(source)
    picture = _in_srgb(picture)
    if max(picture.size) > MAX_SIDE_PX:
        picture.thumbnail((MAX_SIDE_PX, MAX_SIDE_PX), Image.Resampling.LANCZOS)
    if source_format == "PNG":
        media_type, image = "image/png", _png(picture)
    elif _clean_jpeg(source, data, picture):
        media_type, image = "image/jpeg", data  # already what we store: not re-encoded again
    else:
        media_type, image = "image/jpeg", _jpeg(picture, JPEG_QUALITY)
    small = picture.copy()
    small.thumbnail((THUMBNAIL_SIDE_PX, THUMBNAIL_SIDE_PX), Image.Resampling.LANCZOS)
    return PreparedImage(
        image=image,
        thumbnail=_jpeg(small, THUMBNAIL_QUALITY),
        media_type=media_type,
        width_px=picture.width,
        height_px=picture.height,
        sha256=hashlib.sha256(image).hexdigest(),
        captured_on=captured_on,
    )


def _clean_jpeg(source: Image.Image, data: bytes, picture: Image.Image) -> bool:
    """Whether ``data`` is a JPEG that already is what ``prepare`` stores: its only marker
    segment the JFIF header (no EXIF, ICC profile, comment or maker data), nothing after its end,
    upright, in RGB or grey, within the size. Kept as it is, a photograph exported and imported
    again is not re-encoded again (each JPEG encoding loses a little)."""
    applist = getattr(source, "applist", None)
    return (
        source.format == "JPEG"
        and applist is not None
        and [marker for marker, _ in applist] == ["APP0"]
        and applist[0][1].startswith(b"JFIF\0")
        and not {"exif", "icc_profile", "comment", "adobe", "photoshop", "mp"} & set(source.info)
        and data.endswith(b"\xff\xd9")
        and picture.size == source.size
        and picture.mode in ("RGB", "L")
        and max(picture.size) <= MAX_SIDE_PX
    )


def capture_date(picture: Image.Image) -> date | None:
    """The EXIF DateTimeOriginal's day, else DateTime's; None when neither is a real date."""
    try:
        exif = picture.getexif()
        original = exif.get_ifd(IFD_EXIF).get(TAG_DATETIME_ORIGINAL)
        stamped = exif.get(TAG_DATETIME)
    except Exception:  # a broken EXIF block only loses the date
        return None
    for value in (original, stamped):
        day = _exif_day(value)
        if day is not None:
            return day
    return None


def _exif_day(value: object) -> date | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", errors="replace")
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip()[:10], "%Y:%m:%d").date()
    except ValueError:
        return None


def _guarded(action: Callable[[], Image.Image]) -> Image.Image:
    """``action``'s image, a decompression bomb (Pillow's warning or error) refused."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return action()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels() from None


def _too_many_pixels() -> DomainValidationError:
    return DomainValidationError(
        FIELD,
        f"the image has too many pixels to be a photograph (more than "
        f"{MAX_PIXELS // 1_000_000} megapixels)",
    )


def _open(data: bytes) -> Image.Image:
    """The image of ``data``, its header read (nothing decoded yet)."""
    try:
        source = _guarded(lambda: Image.open(io.BytesIO(data), formats=OPENED_FORMATS))
    except DomainValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise DomainValidationError(FIELD, "not a JPEG, PNG or HEIC image") from None
    if source.width * source.height > MAX_PIXELS:
        raise _too_many_pixels()
    return source


def _decoded(source: Image.Image) -> Image.Image:
    """The pixels of ``source``, turned upright by its EXIF orientation, in RGB, RGBA or L."""
    try:
        source.load()
        upright = ImageOps.exif_transpose(source)
    except DomainValidationError:
        raise
    except Image.DecompressionBombError:
        raise _too_many_pixels() from None
    except (OSError, ValueError, SyntaxError, EOFError):
        raise DomainValidationError(
            FIELD, "the image is damaged or incomplete (it could not be read to the end)"
        ) from None
    if upright.mode in ("RGB", "RGBA", "L"):
        return upright
    has_alpha = upright.mode in ("LA", "PA") or "transparency" in upright.info
    return upright.convert("RGBA" if has_alpha else "RGB")


def _in_srgb(picture: Image.Image) -> Image.Image:
    """``picture`` converted from its embedded colour profile to sRGB (none: taken as sRGB); the
    profile itself is not kept."""
    icc = picture.info.get("icc_profile")
    if icc and picture.mode in ("RGB", "RGBA"):
        try:
            converted = ImageCms.profileToProfile(
                picture,
                ImageCms.ImageCmsProfile(io.BytesIO(icc)),
                ImageCms.createProfile("sRGB"),
                outputMode=picture.mode,
            )
            if converted is not None:
                picture = converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: the pixels are kept as they are
    picture.info = {}
    return picture


def _flat(picture: Image.Image) -> Image.Image:
    """``picture`` without transparency (over white), for JPEG."""
    if picture.mode == "RGBA":
        background = Image.new("RGB", picture.size, (255, 255, 255))
        background.paste(picture, mask=picture.getchannel("A"))
        return background
    return picture


def _jpeg(picture: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    flat = _flat(picture)
    flat.info = {}
    flat.save(out, format="JPEG", quality=quality, optimize=True)
    return out.getvalue()


def _png(picture: Image.Image) -> bytes:
    out = io.BytesIO()
    picture.info = {}
    picture.save(out, format="PNG")
    return out.getvalue()


def prepare_file(path: Path) -> PreparedImage:
    """``prepare`` for a file on disk: a file above the cap is refused from its size on disk,
    before it is read. An unreadable file is refused naming the reason."""
    try:
        check_file_size(path.stat().st_size)
        data = path.read_bytes()
    except OSError as error:
        raise DomainValidationError(
            FIELD, f"the file could not be read ({error.strerror or error})"
        ) from None
    return prepare(data)


def capture_date_of(data: bytes) -> date | None:
    """The capture date ``data``'s camera recorded (its header only: nothing decoded), or None
    (no date, or not an image: ``prepare`` says why)."""
    try:
        with _open(data) as source:
            return capture_date(source)
    except DomainValidationError:
        return None


def photograph_problem(data: bytes) -> str | None:
    """Why ``data`` would not be taken as a photograph (the reason, as a person reads it), or
    None when it would: the attach dialog lists each file with it before anything is stored."""
    try:
        prepare(data)
    except DomainValidationError as error:
        return "; ".join(problem.reason for problem in error.problems)
    return None
