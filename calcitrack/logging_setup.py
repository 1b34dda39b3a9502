"""A rotating log file in the user's log directory. Log records name ids and MRN-free facts only:
never a patient's name.

The file holds what CalciTrack says (loggers under ``calcitrack``) from ``level`` up, and what the
libraries it uses say (fontTools, matplotlib, PIL, reportlab, SQLAlchemy, …) only from WARNING
up: a PDF export used to add ~160 ``fontTools.subset`` INFO lines (matplotlib subsets the chart
fonts) and bury the app's own lines. The most talkative libraries are also set to WARNING, so
their INFO records are not even made.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Final

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


def configure_logging(folder: Path, *, level: int = logging.INFO) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "calcitrack.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_calcitrack", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(OwnOrWarning())
    handler._calcitrack = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LIBRARIES:
        library = logging.getLogger(name)
        if library.level == logging.NOTSET or library.level < THIRD_PARTY_LEVEL:
            library.setLevel(THIRD_PARTY_LEVEL)
    return path
