"""A rotating log file in the user's log directory. Log records name ids and MRN-free facts only:
never a patient's name.

The file holds what CalciTrack says (loggers under ``calcitrack``) from ``level`` up, and what the
libraries it uses say (fontTools, matplotlib, PIL, reportlab, SQLAlchemy, …) only from WARNING
up: a PDF export used to add ~160 ``fontTools.subset`` INFO lines (matplotlib subsets the chart
fonts) and bury the app's own lines. The most talkative libraries are also set to WARNING, so
their INFO records are not even made.

The log is its owner's alone (POSIX): its folder 0700, the file and every rotated file 0600,
whatever the umask, and those an earlier version left readable are tightened.
"""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Final

from calcitrack.private_files import FILE_MODE, make_private, private_folder

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"

OWN_LOGGER: Final = "calcitrack"
THIRD_PARTY_LEVEL: Final = logging.WARNING
QUIET_LIBRARIES: Final = ("fontTools", "matplotlib", "PIL")
"""Libraries known to log at INFO/DEBUG during an export or a chart."""


class OwnOrWarning(logging.Filter):
    """Passes CalciTrack's records, and other loggers' from WARNING up."""

    def filter(self, record: logging.LogRecord) -> bool:
        own = record.name == OWN_LOGGER or record.name.startswith(OWN_LOGGER + ".")
        return own or record.levelno >= THIRD_PARTY_LEVEL


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are made 0600: the current one when it is opened (the first
    time and after each rotation); the rotated ones keep that mode when renamed."""

    _calcitrack: bool = False
    """True on the handler configure_logging installed (the one a later call replaces)."""

    def _open(self) -> TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        fd = os.open(self.baseFilename, flags, FILE_MODE)
        try:
            make_private(Path(self.baseFilename))  # one an earlier version made 0644
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise


def configure_logging(folder: Path, *, level: int = logging.INFO) -> Path:
    private_folder(folder)
    path = folder / "calcitrack.log"
    for rotated in folder.glob("calcitrack.log.*"):
        make_private(rotated)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_calcitrack", False):
            root.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(OwnOrWarning())
    handler._calcitrack = True
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LIBRARIES:
        library = logging.getLogger(name)
        if library.level == logging.NOTSET or library.level < THIRD_PARTY_LEVEL:
            library.setLevel(THIRD_PARTY_LEVEL)
    return path
