"""Where a command will write, checked before any work starts: a file to write (``export -o``,
``report -o``, ``audit export --csv``), a folder to fill (``report --out-dir``) or a new or empty
folder to fill as a whole (``export --format csv --out-dir``).

A path that cannot take the output is refused with the option, the path and the reason (exit 2,
command-line usage), so that nothing is read, built, written or recorded in the audit trail for
an output that could never be saved. The checks are ``calcitrack.output_paths``, which the window
asks too; their reasons are told here in the command's language (``os_reason`` too, which the
commands use for a write that fails later).
"""

from __future__ import annotations

from pathlib import Path

from calcitrack import output_paths
from calcitrack.cli.exits import EXIT_USAGE, UserError
from calcitrack.i18n.catalogue import _
from calcitrack.output_paths import file_problem, folder_problem, new_folder_problem

__all__ = ["checked_file", "checked_folder", "checked_new_folder", "os_reason"]


def checked_file(option: str, path: Path, example: str) -> Path:
    """``path`` if a file can be written there (a new file, or one to replace)."""
    problem = file_problem(path, example)
    if problem is not None:
        raise UserError(problem.text(f"{option} ", _), EXIT_USAGE)
    return path


def checked_folder(option: str, path: Path) -> Path:
    """``path``, created if missing, if files can be written in it."""
    problem = folder_problem(path)
    if problem is not None:
        raise UserError(problem.text(f"{option} ", _), EXIT_USAGE)
    return path


def checked_new_folder(option: str, path: Path) -> Path:
    """``path`` if it is missing or empty and can be made beside (nothing is created)."""
    problem = new_folder_problem(path)
    if problem is not None:
        raise UserError(problem.text(f"{option} ", _), EXIT_USAGE)
    return path


def os_reason(exc: OSError) -> str:
    """An operating-system error for people, in the command's language (a full disk, a
    read-only file system; otherwise the system's own wording)."""
    return output_paths.os_reason(exc, _)
