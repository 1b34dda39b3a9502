"""Where the window will write an export, checked before any work starts (as the command line's
``output_paths`` does): a file that can be written, a folder files can be written in. The
answer is a sentence naming the path and the reason, or None."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def os_reason(exc: OSError) -> str:
    if exc.errno in _FULL:
        return "disk full (no space left on the device)"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)


def _probe(folder: Path) -> str | None:
    """Writability tried for real: permission bits do not tell about a read-only file system."""
    try:
        handle, name = tempfile.mkstemp(prefix=".calcitrack-probe-", dir=folder)
    except OSError as exc:
        return f"{folder}: cannot write in that folder ({os_reason(exc)})"
    os.close(handle)
    os.unlink(name)
    return None


def file_problem(path: Path) -> str | None:
    if path.is_dir():
        return f"{path}: is a folder; give a file name such as export.json"
    folder = path.parent
    if not folder.is_dir():
        return f"{path}: the folder {folder} does not exist"
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path}: the file exists and cannot be replaced (read-only)"
    return _probe(folder)


def folder_problem(folder: Path) -> str | None:
    """None if files can be written in ``folder`` (created if missing)."""
    if folder.exists() and not folder.is_dir():
        return f"{folder}: is a file, not a folder"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"{folder}: cannot create it ({os_reason(exc)})"
    return _probe(folder)
