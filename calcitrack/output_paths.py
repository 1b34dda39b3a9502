"""Where CalciTrack will write an export, checked before any work starts: a file that can be
written (a new one, or one to replace), or a folder that files can be written in.

The command line (``cli/output_paths.py``: the option, exit 2) and the window (``ui/transfer``: a
message in the dialog) ask the same questions and give the same reasons. Writability is tried for
real, with a probe file created and removed at once in the folder, because permission bits do not
tell about a read-only file system, a folder of /proc, or an administrator's account. Like
``private_files``, this module imports nothing of CalciTrack, so every layer may use it: its
messages are marked for the gettext catalogue here and translated by the caller where shown
(``OutputProblem.text(prefix, _)``, ``os_reason(exc, _)``); English when no translation is given.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))

Translate = Callable[[str], str]
"""A message's translation: ``calcitrack.i18n.catalogue._`` where the reason is shown (this
module imports nothing of CalciTrack, so the caller hands it over); English by default."""


def N_(message: str) -> str:
    """Mark ``message`` for the gettext catalogue (the extractor reads the name), untranslated."""
    return message


def _english(message: str) -> str:
    return message


@dataclass(frozen=True)
class OutputProblem:
    """Why an output cannot go to ``path`` (the file asked for, or its folder): ``message`` in
    English with named ``{placeholders}`` filled from ``values``, and the operating system's
    refusal as ``{reason}`` when there was one (``cause``)."""

    path: Path
    message: str
    values: Mapping[str, str] = field(default_factory=dict)
    cause: OSError | None = None

    def reason_in(self, translate: Translate = _english) -> str:
        """The reason, its message translated with ``translate`` before the values go in."""
        values = dict(self.values)
        if self.cause is not None:
            values["reason"] = os_reason(self.cause, translate)
        return translate(self.message).format(**values)

    @property
    def reason(self) -> str:
        """The reason in English."""
        return self.reason_in()

    def text(self, prefix: str = "", translate: Translate = _english) -> str:
        """ "export.json: is a folder; …", with ``prefix`` (an option such as "-o ") before it,
        the reason translated with ``translate``."""
        return f"{prefix}{self.path}: {self.reason_in(translate)}"


def os_reason(exc: OSError, translate: Translate = _english) -> str:
    """An operating-system error for people: a full disk says so (translated with
    ``translate``; the system's own wording, ``strerror``, as the system gives it)."""
    if exc.errno in _FULL:
        return translate(N_("disk full (no space left on the device)"))
    if exc.errno == errno.EROFS:
        return translate(N_("the file system is read-only"))
    return exc.strerror or str(exc)


def _probe(folder: Path) -> OutputProblem | None:
    try:
        handle, name = tempfile.mkstemp(prefix=".calcitrack-probe-", dir=folder)
    except OSError as exc:
        return OutputProblem(folder, N_("cannot write in that folder ({reason})"), cause=exc)
    os.close(handle)
    os.unlink(name)
    return None


def file_problem(path: Path, example: str) -> OutputProblem | None:
    """None if a file can be written at ``path``; ``example`` names a file for the advice."""
    if path.is_dir():
        return OutputProblem(
            path, N_("is a folder; give a file name such as {example}"), {"example": example}
        )
    folder = path.parent
    if not folder.exists():
        return OutputProblem(
            path, N_("the folder {folder} does not exist"), {"folder": str(folder)}
        )
    if not folder.is_dir():
        return OutputProblem(
            path, N_("{folder} is a file, not a folder"), {"folder": str(folder)}
        )
    if path.exists() and not path.is_file():  # a device (/dev/null) or a pipe: never replaced
        return OutputProblem(
            path, N_("is not a regular file; give a file name such as {example}"),
            {"example": example},
        )
    if path.exists() and not os.access(path, os.W_OK):
        return OutputProblem(path, N_("the file exists and cannot be replaced (read-only)"))
    return _probe(folder)


def folder_problem(folder: Path) -> OutputProblem | None:
    """None if files can be written in ``folder``, which is created if missing."""
    if folder.exists() and not folder.is_dir():
        return OutputProblem(folder, N_("is a file, not a folder"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return OutputProblem(folder, N_("cannot create it ({reason})"), cause=exc)
    return _probe(folder)


def new_folder_problem(folder: Path) -> OutputProblem | None:
    """None if ``folder`` can be filled as a whole: it is missing or empty, its parent exists,
    and files can be made beside it (a set of files is written beside it first and renamed into
    place, so that a failure leaves nothing half-written). Nothing is created."""
    if folder.exists() and not folder.is_dir():
        return OutputProblem(folder, N_("is a file, not a folder"))
    if folder.is_dir() and any(folder.iterdir()):
        return OutputProblem(
            folder, N_("the folder is not empty; choose a new or an empty folder")
        )
    parent = folder.parent
    if not parent.is_dir():
        return OutputProblem(
            folder, N_("the folder {folder} does not exist"), {"folder": str(parent)}
        )
    return _probe(parent)
