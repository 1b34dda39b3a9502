"""Where a command will write, checked before any work starts: a file to write (``export -o``,
``report -o``, ``audit export --csv``) or a folder to fill (``report --out-dir``).

A path that cannot take the output is refused with the option, the path and the reason (exit 2,
command-line usage), so that nothing is read, built, written or recorded in the audit trail for
an output that could never be saved. Writability is tried for real (a probe file created and
removed at once in the folder), because permission bits do not tell about a read-only file
system, a folder of /proc, or an administrator's account.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from calcitrack.cli.exits import EXIT_USAGE, UserError

_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def os_reason(exc: OSError) -> str:
    """An operating-system error for people: a full disk says so."""
    if exc.errno in _FULL:
        return "disk full (no space left on the device)"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)


def _probe(option: str, folder: Path) -> None:
    try:
        handle, name = tempfile.mkstemp(prefix=".calcitrack-probe-", dir=folder)
    except OSError as exc:
        raise UserError(
            f"{option} {folder}: cannot write in that folder ({os_reason(exc)})", EXIT_USAGE
        ) from None
    os.close(handle)
    os.unlink(name)


def checked_file(option: str, path: Path, example: str) -> Path:
    """``path`` if a file can be written there (a new file, or one to replace)."""
    if path.is_dir():
        raise UserError(f"{option} {path}: is a folder; give a file name such as {example}",
                        EXIT_USAGE)
    folder = path.parent
    if not folder.exists():
        raise UserError(f"{option} {path}: the folder {folder} does not exist", EXIT_USAGE)
    if not folder.is_dir():
        raise UserError(f"{option} {path}: {folder} is a file, not a folder", EXIT_USAGE)
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(f"{option} {path}: the file exists and cannot be replaced (read-only)",
                        EXIT_USAGE)
    _probe(option, folder)
    return path


def checked_folder(option: str, path: Path) -> Path:
    """``path``, created if missing, if files can be written in it."""
    if path.exists() and not path.is_dir():
        raise UserError(f"{option} {path}: is a file, not a folder", EXIT_USAGE)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{option} {path}: cannot create it ({os_reason(exc)})",
                        EXIT_USAGE) from None
    _probe(option, path)
    return path
