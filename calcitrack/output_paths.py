"""Where CalciTrack will write an export, checked before any work starts: a file that can be
written (a new one, or one to replace), or a folder that files can be written in.

The command line (``cli/output_paths.py``: the option, exit 2) and the window (``ui/transfer``: a
message in the dialog) ask the same questions and give the same reasons. Writability is tried for
real, with a probe file created and removed at once in the folder, because permission bits do not
tell about a read-only file system, a folder of /proc, or an administrator's account. Like
``private_files``, this module imports nothing of CalciTrack, so every layer may use it.
"""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


@dataclass(frozen=True)
class OutputProblem:
    """Why an output cannot go to ``path`` (the file asked for, or its folder)."""

    path: Path
    reason: str

    def text(self, prefix: str = "") -> str:
        """ "export.json: is a folder; …", with ``prefix`` (an option such as "-o ") before it."""
        return f"{prefix}{self.path}: {self.reason}"


def os_reason(exc: OSError) -> str:
    """An operating-system error for people: a full disk says so."""
    if exc.errno in _FULL:
        return "disk full (no space left on the device)"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)


def _probe(folder: Path) -> OutputProblem | None:
    try:
        handle, name = tempfile.mkstemp(prefix=".calcitrack-probe-", dir=folder)
    except OSError as exc:
        return OutputProblem(folder, f"cannot write in that folder ({os_reason(exc)})")
    os.close(handle)
    os.unlink(name)
    return None


def file_problem(path: Path, example: str) -> OutputProblem | None:
    """None if a file can be written at ``path``; ``example`` names a file for the advice."""
    if path.is_dir():
        return OutputProblem(path, f"is a folder; give a file name such as {example}")
    folder = path.parent
    if not folder.exists():
        return OutputProblem(path, f"the folder {folder} does not exist")
    if not folder.is_dir():
        return OutputProblem(path, f"{folder} is a file, not a folder")
    if path.exists() and not path.is_file():  # a device (/dev/null) or a pipe: never replaced
        return OutputProblem(path, f"is not a regular file; give a file name such as {example}")
    if path.exists() and not os.access(path, os.W_OK):
        return OutputProblem(path, "the file exists and cannot be replaced (read-only)")
    return _probe(folder)


def folder_problem(folder: Path) -> OutputProblem | None:
    """None if files can be written in ``folder``, which is created if missing."""
    if folder.exists() and not folder.is_dir():
        return OutputProblem(folder, "is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return OutputProblem(folder, f"cannot create it ({os_reason(exc)})")
    return _probe(folder)


def new_folder_problem(folder: Path) -> OutputProblem | None:
    """None if ``folder`` can be filled as a whole: it is missing or empty, its parent exists,
    and files can be made beside it (a set of files is written beside it first and renamed into
    place, so that a failure leaves nothing half-written). Nothing is created."""
    if folder.exists() and not folder.is_dir():
        return OutputProblem(folder, "is a file, not a folder")
    if folder.is_dir() and any(folder.iterdir()):
        return OutputProblem(folder, "the folder is not empty; choose a new or an empty folder")
    parent = folder.parent
    if not parent.is_dir():
        return OutputProblem(folder, f"the folder {parent} does not exist")
    return _probe(parent)
