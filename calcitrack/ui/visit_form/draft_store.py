"""Unsaved visit forms kept on disk, so that a crash or a power cut loses nothing typed.

One JSON file per draft: the form's payload (every section's state) inside an envelope that says
for which patient and visit, who typed it (``author``: the signed-in account) and when it was
started and last typed. Written atomically (a temporary file, flushed to disk, then renamed over
the old one). A file that cannot be read is moved aside as ``*.corrupt`` rather than offered back
or deleted. Log lines name no patient (no name, no MRN): only the kind of error.

Drafts are personal. A store bound to an account (``DraftStore(root, author)``, built where the
window is built) keeps that account's drafts in a folder of its own under ``root``
(``account-<id>``), lists and loads only those, and stamps each with its author: two people's
drafts of the same new visit never collide, and no one is offered someone else's typing. Drafts
left directly in ``root`` by an earlier version carry no author; ``earlier()`` lists them and
``claim()`` moves one into the account that recovers it (``draft_offers.py`` decides who may).

Drafts are patient data: every folder is made (and tightened to) 0700 and every file 0600
(``calcitrack.private_files``).

The payload's ``mrn``, ``visit_id`` and ``visit_date`` (ISO date) keys, when present, are copied to
the envelope so that ``pending()`` can list drafts without understanding the form's state.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from calcitrack.private_files import atomic_private, private_folder
from calcitrack.ui.common.number_text import in_window_digits
from calcitrack.ui.common.window_locale import shown_date

log = logging.getLogger(__name__)

SUFFIX = ".draft.json"
FORMAT = 2
"""2: with ``author``, ``started_at`` and ``last_typed_at`` (1 had only ``saved_at``)."""


def draft_key(mrn: str, visit_id: int | None) -> str:
    """The key of the draft of a patient's new visit (``visit_id`` None) or of an edited one."""
    return f"{mrn}--{visit_id if visit_id is not None else 'new'}"


@dataclass(frozen=True)
class DraftAuthor:
    """The account a draft belongs to: its id (the folder) and its names (what is shown)."""

    account_id: int | None
    username: str
    display_name: str

    @property
    def folder(self) -> str:
        if self.account_id is not None:
            return f"account-{self.account_id}"
        return "user-" + quote(self.username, safe="")

    def as_json(self) -> dict[str, Any]:
        return {"id": self.account_id, "username": self.username, "name": self.display_name}

    @staticmethod
    def from_json(value: object) -> DraftAuthor | None:
        if not isinstance(value, dict) or not isinstance(value.get("username"), str):
            return None
        account_id = value.get("id")
        return DraftAuthor(
            account_id if isinstance(account_id, int) else None,
            value["username"],
            str(value.get("name") or value["username"]),
        )


@dataclass(frozen=True)
class DraftInfo:
    key: str
    mrn: str
    visit_id: int | None
    visit_date: date | None
    saved_at: datetime
    """When the file was last written."""
    author: DraftAuthor | None = None
    """None: kept by an earlier version, which did not record who typed it."""
    started_at: datetime | None = None
    """When the first keystroke of this draft was kept (None: not known)."""
    last_typed_at: datetime | None = None
    """When what the draft holds last changed (None: not known, see ``saved_at``)."""

    @property
    def typed_at(self) -> datetime:
        return self.last_typed_at or self.saved_at


class DraftStore:
    """The drafts under ``root``: the bound ``author``'s own if given (the app's case), else the
    files directly in ``root`` (a form tested on its own, and drafts of earlier versions)."""

    def __init__(
        self,
        root: Path,
        author: DraftAuthor | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.root = Path(root)
        self.author = author
        self.directory = self.root / author.folder if author is not None else self.root
        """Where this store's own drafts are."""
        self._now = now or (lambda: datetime.now().astimezone())
        self._kept: dict[str, tuple[str, str, Any]] = {}
        """Per key, what was last written: (started_at, last_typed_at, payload as JSON)."""

    def path_for(self, key: str) -> Path:
        """The file of ``key``: every character that is not safe in a file name is %-escaped."""
        return self.directory / (quote(key, safe="-_.") + SUFFIX)

    def save(self, key: str, payload: dict[str, Any]) -> None:
        """Write the draft of ``key``; when it was started is kept from the first write, when it
        was last typed changes only when ``payload`` does."""
        now = self._now().isoformat(timespec="seconds")
        content = json.loads(json.dumps(payload))  # as it reads back, to compare
        started, typed, previous = self._kept.get(key) or self._written(key) or (now, now, None)
        if previous != content:
            typed = now
        envelope = {
            "format": FORMAT,
            "key": key,
            "author": self.author.as_json() if self.author is not None else None,
            "started_at": started,
            "last_typed_at": typed,
            "saved_at": now,
            "mrn": payload.get("mrn"),
            "visit_id": payload.get("visit_id"),
            "visit_date": payload.get("visit_date"),
            "payload": payload,
        }
        self._write(self.path_for(key), envelope)
        self._kept[key] = (started, typed, content)

    def load(self, key: str) -> dict[str, Any] | None:
        """The payload saved under ``key``; None if there is none or it cannot be read."""
        envelope = self._read(self.path_for(key))
        return envelope["payload"] if envelope and self._own(envelope) else None

    def discard(self, key: str) -> None:
        self._kept.pop(key, None)
        self.path_for(key).unlink(missing_ok=True)

    def pending(self) -> list[DraftInfo]:
        """This store's readable drafts, oldest first (a bound store: its author's only)."""
        found = [info for info in self._infos(self.directory) if self._own_info(info)]
        return sorted(found, key=lambda info: info.typed_at)

    def info(self, key: str) -> DraftInfo | None:
        return next((info for info in self.pending() if info.key == key), None)

    # -- drafts of an earlier version ------------------------------------------------------

    def earlier(self) -> list[DraftInfo]:
        """Drafts an earlier version left directly in ``root``, with no author (a bound store
        only: an unbound store's own drafts are those)."""
        if self.author is None:
            return []
        found = [info for info in self._infos(self.root) if info.author is None]
        return sorted(found, key=lambda info: info.typed_at)

    def claim(self, key: str) -> bool:
        """Make the earlier version's draft of ``key`` this store's author's own (it is moved,
        not copied: it is offered to no one else afterwards). False if it is gone, or if the
        author already has a draft of that visit (theirs is never overwritten)."""
        source = self.root / self.path_for(key).name
        envelope = self._read(source) if self.author is not None else None
        if envelope is None or DraftAuthor.from_json(envelope.get("author")) is not None:
            return False
        target = self.path_for(key)
        if target.exists():
            return False
        kept = str(envelope.get("saved_at") or self._now().isoformat(timespec="seconds"))
        envelope.update(
            format=FORMAT,
            key=key,
            author=self.author.as_json() if self.author is not None else None,
            started_at=envelope.get("started_at") or kept,
            last_typed_at=envelope.get("last_typed_at") or kept,
            claimed_at=self._now().isoformat(timespec="seconds"),
            kept_by_an_earlier_version=True,
        )
        self._write(target, envelope)
        source.unlink(missing_ok=True)
        return True

    def discard_earlier(self, key: str) -> None:
        (self.root / self.path_for(key).name).unlink(missing_ok=True)

    # -- files -----------------------------------------------------------------------------

    def _folders(self) -> None:
        """``root`` and this store's folder exist and are the user's alone (an earlier version
        made them with the default mode)."""
        for folder in dict.fromkeys((self.root, self.directory)):
            private_folder(folder)

    def _write(self, target: Path, envelope: dict[str, Any]) -> None:
        self._folders()
        text = json.dumps(envelope, ensure_ascii=False, indent=1)
        with atomic_private(target) as out:
            out.write(text.encode("utf-8"))

    def _written(self, key: str) -> tuple[str, str, Any] | None:
        """(started_at, last_typed_at, payload) of the draft on disk (a recovered draft keeps
        when it was started)."""
        envelope = self._read(self.path_for(key))
        if envelope is None or not self._own(envelope):
            return None
        saved = str(envelope.get("saved_at") or "")
        started = str(envelope.get("started_at") or saved) or None
        typed = str(envelope.get("last_typed_at") or saved) or None
        if started is None or typed is None:
            return None
        return started, typed, envelope["payload"]

    def _own(self, envelope: dict[str, Any]) -> bool:
        author = DraftAuthor.from_json(envelope.get("author"))
        return self.author is None or _same(author, self.author)

    def _own_info(self, info: DraftInfo) -> bool:
        return self.author is None or _same(info.author, self.author)

    def _infos(self, folder: Path) -> list[DraftInfo]:
        if not folder.is_dir():
            return []
        found = []
        for path in sorted(folder.glob(f"*{SUFFIX}")):
            envelope = self._read(path)
            if envelope is None:
                continue
            key = envelope.get("key") or unquote(path.name[: -len(SUFFIX)])
            visit_id = envelope.get("visit_id")
            saved_at = _iso_datetime(envelope.get("saved_at"))
            found.append(
                DraftInfo(
                    key=key,
                    mrn=str(envelope.get("mrn") or key.rsplit("--", 1)[0]),
                    visit_id=visit_id if isinstance(visit_id, int) else None,
                    visit_date=_iso_date(envelope.get("visit_date")),
                    saved_at=saved_at,
                    author=DraftAuthor.from_json(envelope.get("author")),
                    started_at=_iso_datetime_or_none(envelope.get("started_at")),
                    last_typed_at=_iso_datetime_or_none(envelope.get("last_typed_at")),
                )
            )
        return found

    def _read(self, path: Path) -> dict[str, Any] | None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            self._set_aside(path, type(error).__name__)
            return None
        try:
            envelope = json.loads(text)
        except json.JSONDecodeError as error:
            self._set_aside(path, f"{type(error).__name__} at line {error.lineno}")
            return None
        if not isinstance(envelope, dict) or not isinstance(envelope.get("payload"), dict):
            self._set_aside(path, "not a draft envelope")
            return None
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


def _same(found: DraftAuthor | None, author: DraftAuthor) -> bool:
    if found is None:
        return False
    if author.account_id is not None:
        return found.account_id == author.account_id
    return found.account_id is None and found.username == author.username


def _iso_date(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _iso_datetime_or_none(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _iso_datetime(value: object) -> datetime:
    return _iso_datetime_or_none(value) or datetime.min.replace(tzinfo=timezone.utc)


def moment_text(moment: datetime) -> str:
    """"14:02" today, "2026-11-19 14:02" another day (local time), in the window's digits and
    date form ("19/11/2026 14:02" in Portuguese)."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    time = in_window_digits(f"{local:%H:%M}")
    if local.date() == datetime.now().date():
        return time
    return f"{shown_date(local.date())} {time}"
