"""The files offered to attach as photographs: each one's name, size and, when it is refused,
why. A file larger than the limit is refused by its size on disk, never read."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from calcitrack.ui.common.number_text import in_window_digits

Check = Callable[[bytes], "str | None"]
"""A problem with this image (unreadable, not a photograph, …), None when it can be attached."""

ACCEPTED_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")
FILE_FILTER = str(
    QT_TRANSLATE_NOOP(
        "AttachFiles", "Photographs (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)"
    )
)
"""The file dialog's filter, in English (shown translated)."""


def size_text(size: int) -> str:
    """"340 KB", "4.2 MB": a file's size as a person reads it (1 MB = 1,000,000 bytes)."""
    if size < 1_000:
        return QCoreApplication.translate("AttachFiles", "{size} bytes").format(
            size=in_window_digits(str(size))
        )
    if size < 1_000_000:
        return QCoreApplication.translate("AttachFiles", "{size} KB").format(
            size=in_window_digits(f"{size / 1_000:.0f}")
        )
    return QCoreApplication.translate("AttachFiles", "{size} MB").format(
        size=in_window_digits(f"{size / 1_000_000:.1f}")
    )


@dataclass(frozen=True)
class FileCandidate:
    path: Path
    size: int
    data: bytes | None = field(repr=False)
    """The file's bytes when it is accepted; None when refused."""
    problem: str | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def accepted(self) -> bool:
        return self.problem is None and self.data is not None

    def describe(self) -> str:
        if self.size < 0:
            return QCoreApplication.translate("AttachFiles", "{file} — {problem}").format(
                file=self.name, problem=self.problem
            )
        if self.problem:
            return QCoreApplication.translate(
                "AttachFiles", "{file} — {size} — not attached: {problem}"
            ).format(file=self.name, size=size_text(self.size), problem=self.problem)
        return QCoreApplication.translate("AttachFiles", "{file} — {size}").format(
            file=self.name, size=size_text(self.size)
        )


def read_candidate(path: str | os.PathLike[str], max_bytes: int, check: Check) -> FileCandidate:
    """``path`` as offered: its size taken from the file system first, so a file over
    ``max_bytes`` is refused without being read; then read and given to ``check``."""
    where = Path(path)
    try:
        size = os.path.getsize(where)
    except OSError as error:
        return FileCandidate(where, -1, None, _unreadable(error))
    if where.is_dir():
        return FileCandidate(
            where, -1, None, QCoreApplication.translate("AttachFiles", "is a folder, not a file")
        )
    if size > max_bytes:
        return FileCandidate(where, size, None, _too_large(max_bytes))
    if size == 0:
        return FileCandidate(
            where, size, None, QCoreApplication.translate("AttachFiles", "the file is empty")
        )
    try:
        data = where.read_bytes()
    except OSError as error:
        return FileCandidate(where, size, None, _unreadable(error))
    if len(data) > max_bytes:  # it grew since its size was taken
        return FileCandidate(where, len(data), None, _too_large(max_bytes))
    problem = check(data)
    return FileCandidate(where, size, None if problem else data, problem)


def _unreadable(error: OSError) -> str:
    return QCoreApplication.translate("AttachFiles", "cannot be read ({reason})").format(
        reason=error.strerror or error
    )


def _too_large(max_bytes: int) -> str:
    return QCoreApplication.translate("AttachFiles", "larger than the limit of {limit}").format(
        limit=size_text(max_bytes)
    )
