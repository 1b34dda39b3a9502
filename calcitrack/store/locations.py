"""Where CalciTrack keeps its files: the user's data and log directories, or CALCITRACK_HOME."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "CalciTrack"
HOME_ENV = "CALCITRACK_HOME"
DATABASE_ENV = "CALCITRACK_DATABASE_URL"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else user_data_path(APP_NAME, appauthor=False)


def backups_dir() -> Path:
    """This workstation's own backup folder: the automatic backups' while the clinic has set no
    backup folder (clinic setting ``backup/folder``)."""
    return data_dir() / "backups"


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else user_log_path(APP_NAME, appauthor=False)


def default_database() -> str:
    """The database to open when none is given: CALCITRACK_DATABASE_URL, else the local file."""
    return os.environ.get(DATABASE_ENV) or str(data_dir() / "calcitrack.sqlite3")
