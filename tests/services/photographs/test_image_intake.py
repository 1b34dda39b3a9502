"""Taking a photograph file in (services/photographs/image_intake.py), with real files made by
Pillow and pillow-heif: the orientation applied, every EXIF field but the capture date gone (GPS
and the camera's serial number among them, checked on the stored bytes), the size capped before
anything is decoded, broken files and decompression bombs refused naming the field."""

from __future__ import annotations

import io
import mmap
import struct
import zlib
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageOps

from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.photographs.image_intake import (
    MAX_FILE_BYTES,
    MAX_SIDE_PX,
    THUMBNAIL_SIDE_PX,
    PreparedImage,
    prepare,
    prepare_file,
)
from tests.support.photos import RED, phone_exif, photo_file

MB = 1_000_000


def _opened(data: bytes) -> Image.Image:
    picture = Image.open(io.BytesIO(data))
    picture.load()
    return picture


def _no_metadata(data: bytes) -> None:
    """No EXIF block at all, no GPS, no camera identifiers, no ICC profile, no text chunks."""
    picture = _opened(data)
    assert dict(picture.getexif()) == {}
    assert "exif" not in picture.info and "icc_profile" not in picture.info
    for secret in (b"Exif", b"SERIAL-0042", b"PhoneMaker", b"2025:04:14"):
        assert secret not in data


def _is_red(rgb: tuple[int, ...]) -> bool:
    return rgb[0] > 150 and rgb[2] < 100


def _quadrant_colours(picture: Image.Image) -> list[bool]:
    rgb = picture.convert("RGB")
    w, h = rgb.size
    points = [(w // 4, h // 4), (3 * w // 4, h // 4), (w // 4, 3 * h // 4),
              (3 * w // 4, 3 * h // 4)]  # fmt: skip
    return [_is_red(rgb.getpixel(p)) for p in points]  # type: ignore[arg-type]


moments = st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2035, 12, 31))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    width=st.integers(16, 90),
    height=st.integers(16, 90),
    orientation=st.integers(1, 8),
    taken=st.none() | moments,
    stamped=st.none() | moments,
    gps=st.booleans(),
    fmt=st.sampled_from(["JPEG", "PNG"]),
)
def test_round_trip_keeps_only_the_capture_date_and_applies_the_orientation(
    width: int,
    height: int,
    orientation: int,
    taken: datetime | None,
    stamped: datetime | None,
    gps: bool,
    fmt: str,
) -> None:
    data = photo_file(width, height, fmt, phone_exif(orientation, taken, stamped, gps))
    expected = ImageOps.exif_transpose(_opened(data))

    prepared = prepare(data)

    assert prepared.media_type == ("image/png" if fmt == "PNG" else "image/jpeg")
    wanted_day = taken.date() if taken else (stamped.date() if stamped else None)
    assert prepared.captured_on == wanted_day
    stored = _opened(prepared.image)
    assert stored.size == expected.size == (prepared.width_px, prepared.height_px)
    assert _quadrant_colours(stored) == _quadrant_colours(expected)
    assert _quadrant_colours(stored).count(True) == 1  # one red quadrant, in its place
    _no_metadata(prepared.image)
    _no_metadata(prepared.thumbnail)
    assert _opened(prepared.thumbnail).format == "JPEG"
    import hashlib

    assert prepared.sha256 == hashlib.sha256(prepared.image).hexdigest()


def test_orientation_6_turns_a_landscape_file_upright() -> None:
    prepared = prepare(photo_file(80, 40, "JPEG", phone_exif(orientation=6)))
    assert (prepared.width_px, prepared.height_px) == (40, 80)
    # orientation 6: the camera was turned clockwise; the top-left quadrant comes to the top right
    assert _quadrant_colours(_opened(prepared.image)) == [False, True, False, False]


def test_gps_and_device_identifiers_are_never_stored() -> None:
    data = photo_file(120, 90, "JPEG", phone_exif(gps=True))
    assert b"SERIAL-0042" in data and b"PhoneMaker" in data  # the file carries them
    prepared = prepare(data)
    _no_metadata(prepared.image)
    _no_metadata(prepared.thumbnail)
    assert prepared.captured_on == date(2025, 4, 14)


def test_an_unparseable_capture_date_is_none() -> None:
    exif = phone_exif(taken=None)
    exif.get_ifd(0x8769)[0x9003] = "0000:00:00 00:00:00"
    exif[0x0132] = "yesterday"
    assert prepare(photo_file(32, 32, "JPEG", exif)).captured_on is None


def test_a_large_photograph_is_scaled_down_and_thumbnailed() -> None:
    prepared = prepare(photo_file(4000, 1000, "JPEG", phone_exif()))
    assert (prepared.width_px, prepared.height_px) == (MAX_SIDE_PX, 750)
    assert max(_opened(prepared.thumbnail).size) == THUMBNAIL_SIDE_PX


def test_a_heic_from_a_phone_round_trips() -> None:
    data = photo_file(96, 64, "HEIF", phone_exif(orientation=1, gps=True))
    assert _opened(data).format == "HEIF"
    prepared = prepare(data)
    assert prepared.media_type == "image/jpeg"
    assert (prepared.width_px, prepared.height_px) == (96, 64)
    assert prepared.captured_on == date(2025, 4, 14)
    assert _quadrant_colours(_opened(prepared.image)) == [True, False, False, False]
    _no_metadata(prepared.image)


def test_a_png_with_transparency_and_text_keeps_its_alpha_but_not_its_text() -> None:
    from PIL import PngImagePlugin

    picture = Image.new("RGBA", (20, 10), (*RED, 128))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "GPS 48.85N PhoneMaker")
    out = io.BytesIO()
    picture.save(out, "PNG", pnginfo=info)
    prepared = prepare(out.getvalue())
    assert prepared.media_type == "image/png"
    assert _opened(prepared.image).mode == "RGBA"
    assert b"PhoneMaker" not in prepared.image and b"tEXt" not in prepared.image


def _refusal(data: bytes) -> str:
    with pytest.raises(DomainValidationError) as refused:
        prepare(data)
    assert refused.value.field == "photograph"
    return refused.value.reason


def test_a_200_mb_file_is_refused_on_its_size_before_decoding(tmp_path: Path) -> None:
    # a real, decodable JPEG at its start: were it decoded, it would be taken; the rest is a
    # sparse hole (no 200 MB written to disk or allocated in memory)
    path = tmp_path / "huge.jpg"
    path.write_bytes(photo_file(64, 48, "JPEG", phone_exif()))
    with path.open("r+b") as f:
        f.truncate(200 * MB)
    with pytest.raises(DomainValidationError) as refused:
        prepare_file(path)
    assert str(refused.value) == (
        "photograph: the file is 200.0 MB; photographs up to 25 MB are taken"
    )
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        assert _refusal(mapped) == (  # type: ignore[arg-type]  # bytes-like, never read
            "the file is 200.0 MB; photographs up to 25 MB are taken"
        )


def test_a_file_just_over_the_cap_is_refused_and_one_at_it_is_not_refused_for_size() -> None:
    assert "photographs up to 25 MB" in _refusal(b"\0" * (MAX_FILE_BYTES + 1))
    assert _refusal(b"\0" * MAX_FILE_BYTES) == "not a JPEG, PNG or HEIC image"


def test_a_truncated_jpeg_is_refused() -> None:
    data = photo_file(400, 300, "JPEG", phone_exif())
    assert "damaged or incomplete" in _refusal(data[: len(data) // 2])


@pytest.mark.parametrize(
    "data",
    [b"", b"hello, not an image", b"GIF89a" + b"\0" * 40, b"%PDF-1.7\n" + b"\0" * 40],
)
def test_what_is_not_a_photograph_is_refused(data: bytes) -> None:
    assert _refusal(data) in {"not a JPEG, PNG or HEIC image", "the file is empty"}


def test_a_gif_is_refused_even_though_pillow_reads_it() -> None:
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "GIF")
    assert _refusal(out.getvalue()) == "not a JPEG, PNG or HEIC image"


def test_a_decompression_bomb_is_refused_from_its_header() -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 40_000, 40_000, 8, 2, 0, 0, 0)
    bomb = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 1000))
        + chunk(b"IEND", b"")
    )
    assert "too many pixels" in _refusal(bomb)


def test_prepared_image_is_frozen() -> None:
    prepared = prepare(photo_file())
    assert isinstance(prepared, PreparedImage)
    with pytest.raises(AttributeError):
        prepared.sha256 = "x"  # type: ignore[misc]


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "HEIF"])
def test_what_prepare_stores_comes_through_prepare_unchanged(fmt: str) -> None:
    # an exported photograph imported again is not degraded by another JPEG encoding
    first = prepare(photo_file(120, 80, fmt, phone_exif(orientation=3)))
    again = prepare(first.image)
    assert again.image == first.image and again.sha256 == first.sha256
    assert (again.width_px, again.height_px, again.media_type) == (
        first.width_px, first.height_px, first.media_type
    )  # fmt: skip


def test_a_jpeg_with_a_comment_or_trailing_bytes_is_re_encoded() -> None:
    clean = prepare(photo_file(64, 48)).image
    out = io.BytesIO()
    _opened(clean).save(out, "JPEG", quality=95, comment=b"PhoneMaker SERIAL-0042")
    commented = out.getvalue()
    assert b"SERIAL-0042" in commented
    assert b"SERIAL-0042" not in prepare(commented).image
    trailing = clean + b"SERIAL-0042 hidden after the end"
    assert prepare(trailing).image != trailing
    assert b"SERIAL-0042" not in prepare(trailing).image


def test_a_heic_taken_with_the_phone_turned_comes_upright() -> None:
    prepared = prepare(photo_file(96, 64, "HEIF", phone_exif(orientation=6)))
    assert (prepared.width_px, prepared.height_px) == (64, 96)
    assert _quadrant_colours(_opened(prepared.image)) == [False, True, False, False]
    _no_metadata(prepared.image)


def test_capture_date_of_reads_the_header_only() -> None:
    from calcitrack.services.photographs.image_intake import capture_date_of

    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2025:03:10 09:30:00"
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "tan").save(buffer, format="JPEG", exif=exif)
    assert capture_date_of(buffer.getvalue()) == date(2025, 3, 10)
    assert capture_date_of(b"not an image") is None
