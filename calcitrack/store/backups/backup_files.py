"""The automatic backups in a clinic's backup folder: their names, and pruning them.

An automatic backup is named ``calcitrack-auto-<UTC time>.sqlite3`` (``.dump`` for PostgreSQL)
and has its manifest beside it saying ``"kind": "automatic"`` for that very file. Pruning looks
only at files that pass both tests: anything else in the folder (a backup made by hand, a file a
person put there) is never deleted.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from calcitrack.domain.clinic.backup_manifest import (
    KIND_AUTOMATIC,
    BackupManifest,
    ManifestError,
    manifest_path,
)
from calcitrack.domain.clinic.backup_retention import to_prune
from calcitrack.domain.clinic_settings import (
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_WEEKLY,
    ClinicSettings,
)

log = logging.getLogger(__name__)

PREFIX = "calcitrack-auto-"
_NAME = re.compile(r"^calcitrack-auto-(\d{8}T\d{6}Z)\.(sqlite3|dump)$")
_STAMP = "%Y%m%dT%H%M%SZ"


def automatic_name(moment: datetime, dialect: str) -> str:
    suffix = "sqlite3" if dialect == "sqlite" else "dump"
    return f"{PREFIX}{moment.astimezone(timezone.utc).strftime(_STAMP)}.{suffix}"


@dataclass(frozen=True)
class AutomaticBackup:
    path: Path
    made_at: datetime


def automatic_backups(folder: Path, source: str | None = None) -> list[AutomaticBackup]:
    """CalciTrack's own automatic backups in ``folder`` (by name and manifest), oldest first;
    with ``source``, only those of that database (a workstation's folder may hold a demo
    clinic's backups beside the real one's)."""
    found: list[AutomaticBackup] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            manifest = BackupManifest.from_json(json.loads(manifest_path(path).read_text("utf-8")))
        except (OSError, ValueError, ManifestError):
            continue  # no manifest of ours: not ours to delete
        if manifest.kind != KIND_AUTOMATIC or manifest.file != path.name:
            continue
        if source is not None and manifest.source != source:
            continue
        made = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=timezone.utc)
        found.append(AutomaticBackup(path, made))
    return sorted(found, key=lambda b: b.made_at)


def prune(folder: Path, settings: ClinicSettings, source: str) -> list[Path]:
    """Delete the automatic backups of ``source`` (and their manifests) the retention does not
    keep; returns the backups deleted."""
    backups = automatic_backups(folder, source)
    local = {b.made_at.astimezone(): b for b in backups}
    doomed = to_prune(local, int(settings[BACKUP_KEEP_DAILY]), int(settings[BACKUP_KEEP_WEEKLY]))
    removed: list[Path] = []
    for moment in doomed:
        path = local[moment].path
        try:
            path.unlink()
            manifest_path(path).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not prune an old automatic backup: %s", exc)
            continue
        removed.append(path)
    if removed:
        log.info("pruned %d old automatic backup(s)", len(removed))
    return removed
