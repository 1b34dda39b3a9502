"""Reading an interchange file from disk for an import (the command line's and the window's):
its size is checked before anything is read, then its text and JSON (import_limits.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from calcitrack.i18n.catalogue import _
from calcitrack.i18n.formats import number
from calcitrack.services.import_export import import_limits
from calcitrack.services.import_export.import_limits import ImportFileError


def read_interchange_file(path: Path) -> Any:
    """The JSON of the interchange file at ``path``; else an ``ImportFileError`` naming the file
    and saying why not (nothing is read past the size limit)."""
    try:
        if path.is_dir():
            raise ImportFileError(_("{path}: is a folder, not a file").format(path=path))
        limit = import_limits.MAX_FILE_BYTES
        too_large = ImportFileError(
            _(
                "{path}: larger than the {size} MB an import reads; split the file (export "
                "fewer patients per file)"
            ).format(path=path, size=number(limit // 1_000_000, 0))
        )
        if path.stat().st_size > limit:
            raise too_large
        with path.open("rb") as source:  # a device or a pipe has no size: read one byte more
            raw = source.read(limit + 1)
        if len(raw) > limit:
            raise too_large
    except FileNotFoundError:
        raise ImportFileError(_("{path}: no such file").format(path=path)) from None
    except OSError as exc:
        raise ImportFileError(
            _("{path}: cannot be read ({reason})").format(path=path, reason=exc.strerror or exc)
        ) from None
    try:
        return import_limits.parse(import_limits.decode(raw))
    except ImportFileError as exc:
        # TRANSLATORS: a file's path, then what is wrong with it
        raise ImportFileError(_("{path}: {problem}").format(path=path, problem=exc)) from None
