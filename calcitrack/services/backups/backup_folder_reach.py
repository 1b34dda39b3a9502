"""Whether this workstation can reach a backup folder, as a warning for the settings dialog.

A warning, never a refusal: the folder is a clinic setting, and another workstation may see a
network path this one does not. No store import, so the window may ask it directly.
"""

from __future__ import annotations

import os
from pathlib import Path

from calcitrack.i18n.catalogue import N_, _

_ELSEWHERE = N_(
    "Press Save again to keep it: another workstation may reach a path (a network share) this "
    "one does not. A workstation that cannot reach it records its automatic backup as failed "
    "and warns."
)


def elsewhere_note() -> str:
    """Why a folder this workstation cannot reach is still kept on a second Save (translated)."""
    return _(_ELSEWHERE)


def reach_warning(folder: Path) -> str | None:
    """Why this workstation could not write automatic backups into ``folder``, or None: what
    follows the folder's name, in the current language ("{folder} {reason}.")."""
    try:
        if folder.is_dir():
            if os.access(folder, os.W_OK | os.X_OK):
                return None
            return _("cannot be written from this workstation (permission denied)")
        if folder.exists():
            return _("is a file on this workstation, not a folder")
        if folder.parent.is_dir():
            return _("does not exist on this workstation (CalciTrack creates it, owner-only, at "
                     "the first automatic backup)")
        return _("cannot be reached from this workstation (the folder {parent} does not exist "
                 "here)").format(parent=folder.parent)
    except OSError as exc:
        return _("cannot be reached from this workstation ({reason})").format(
            reason=exc.strerror or exc
        )
