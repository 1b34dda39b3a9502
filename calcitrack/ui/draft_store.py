"""Unsaved visit forms kept on disk, so that a crash or a power cut loses nothing typed.

One JSON file per draft in the user's data directory: the form's payload (every section's state)
inside an envelope that says when it was saved and for which patient and visit, written
atomically (a temporary file, flushed to disk, then renamed over the old one). A file that cannot
be read is moved aside as ``*.corrupt`` rather than offered back or deleted. Log lines name no
patient (no name, no MRN): only the kind of error.

The payload's ``mrn``, ``visit_id`` and ``visit_date`` (ISO date) keys, when present, are copied to
the envelope so that ``pending()`` can list drafts without understanding the form's state.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

log = logging.getLogger(__name__)

SUFFIX = ".draft.json"
FORMAT = 1


def draft_key(mrn: str, visit_id: int | None) -> str:
    """The key of the draft of a patient's new visit (``visit_id`` None) or of an edited one."""
    return f"{mrn}--{visit_id if visit_id is not None else 'new'}"


@dataclass(frozen=True)
class DraftInfo:
    key: str
    mrn: str
    visit_id: int | None
    visit_date: date | None
    saved_at: datetime


class DraftStore:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def path_for(self, key: str) -> Path:
        """The file of ``key``: every character that is not safe in a file name is %-escaped."""
        return self.directory / (quote(key, safe="-_.") + SUFFIX)

    def save(self, key: str, payload: dict[str, Any]) -> None:
        envelope = {
            "format": FORMAT,
            "key": key,
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "mrn": payload.get("mrn"),
            "visit_id": payload.get("visit_id"),
            "visit_date": payload.get("visit_date"),
            "payload": payload,
        }
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.path_for(key)
        fd, temp = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(envelope, out, ensure_ascii=False, indent=1)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def load(self, key: str) -> dict[str, Any] | None:
        """The payload saved under ``key``; None if there is none or it cannot be read."""
        envelope = self._read(self.path_for(key))
        return envelope["payload"] if envelope else None

    def discard(self, key: str) -> None:
        self.path_for(key).unlink(missing_ok=True)

    def pending(self) -> list[DraftInfo]:
        """Every readable draft, oldest first."""
        if not self.directory.is_dir():
            return []
        found = []
        for path in sorted(self.directory.glob(f"*{SUFFIX}")):
            envelope = self._read(path)
            if envelope is None:
                continue
            key = envelope.get("key") or unquote(path.name[: -len(SUFFIX)])
            visit_id = envelope.get("visit_id")
            found.append(
                DraftInfo(
                    key=key,
                    mrn=str(envelope.get("mrn") or key.rsplit("--", 1)[0]),
                    visit_id=visit_id if isinstance(visit_id, int) else None,
                    visit_date=_iso_date(envelope.get("visit_date")),
                    saved_at=_iso_datetime(envelope.get("saved_at")),
                )
            )
        return sorted(found, key=lambda info: info.saved_at)

    def _read(self, path: Path) -> dict[str, Any] | None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            return self._set_aside(path, type(error).__name__)
        try:
            envelope = json.loads(text)
        except json.JSONDecodeError as error:
            return self._set_aside(path, f"{type(error).__name__} at line {error.lineno}")
        if not isinstance(envelope, dict) or not isinstance(envelope.get("payload"), dict):
            return self._set_aside(path, "not a draft envelope")
        return envelope

    def _set_aside(self, path: Path, why: str) -> None:
        aside = path.with_name(path.name + ".corrupt")
        n = 1
        while aside.exists():
            n += 1
            aside = path.with_name(f"{path.name}.{n}.corrupt")
        try:
            os.replace(path, aside)
        except OSError as error:
            log.warning("an unreadable visit draft could not be moved aside: %s", error.strerror)
            return None
        log.warning("an unreadable visit draft (%s) was moved aside as *.corrupt", why)
        return None


def _iso_date(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _iso_datetime(value: object) -> datetime:
    try:
        if isinstance(value, str):
            return datetime.fromisoformat(value)
    except ValueError:
        pass
    return datetime.min.replace(tzinfo=timezone.utc)
