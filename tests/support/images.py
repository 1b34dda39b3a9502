"""Small real images for tests, made without Qt (store and service tests have none)."""

from __future__ import annotations

import struct
import zlib


def tiny_png(width: int = 4, height: int = 2, rgb: tuple[int, int, int] = (31, 59, 87)) -> bytes:
    """A valid PNG of one colour (8-bit RGB)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width  # filter byte "none", then the pixels
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )
