"""One session per unit of work; the stamps (who, when, version) are set here and nowhere else, and
every change is audited in the same transaction (store/audit_trail/audit.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from calcitrack.store.audit_trail import audit
from calcitrack.store.audit_trail.anchor_log import AnchorLog
from calcitrack.store.base import Stamped

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class UnitOfWork:
    """Hands out transactional sessions bound to the acting user.

    ``with uow.begin(actor_id) as session:`` commits on success and rolls back on any error; the
    audit entries of its changes (and of the events it records) are committed with them.
    """

    def __init__(
        self, engine: Engine, clock: Clock = utc_now, anchor_log: AnchorLog | None = None
    ) -> None:
        """``anchor_log``: where this workstation notes the chain's head after every commit
        that wrote to the trail (the composition roots give the data directory's log)."""
        self.engine = engine
        self._clock = clock
        self.anchor_log = anchor_log
        self._factory = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def begin(self, actor_id: int | None) -> Iterator[Session]:
        with self._factory.begin() as session:
            session.info["actor_id"] = actor_id
            session.info["now"] = self._clock()
            event.listen(session, "before_flush", _stamp)
            audit.start(session)
            if self.anchor_log is not None:
                audit.on_chain_written(session, self.anchor_log.note)
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only (nothing it holds may be flushed)."""
        with self._factory() as session:
            session.info["actor_id"] = None
            event.listen(session, "before_flush", _refuse)
            yield session


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    actor_id = session.info.get("actor_id")
    now = session.info["now"]
    changed = [obj for obj in session.dirty if session.is_modified(obj)]
    for obj in list(session.new) + changed:
        if not isinstance(obj, Stamped):
            continue
        if actor_id is None:
            raise PermissionError("a change to clinical data needs a signed-in user")
        if obj in session.new:
            obj.created_at = now
            obj.created_by_id = actor_id
        obj.updated_at = now
        obj.updated_by_id = actor_id


def _refuse(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("a read-only session tried to write")
