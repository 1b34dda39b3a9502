"""Who last saved a stamped row and when, for people ("saved by Dr Ruiz at 10:42"), and the
refusal of a write whose row was saved by another transaction in the meantime."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from calcitrack.domain.visits.record_changes import ChangeStamp
from calcitrack.store.base import Stamped
from calcitrack.store.records import UserRecord


class SavedMeanwhileError(RuntimeError):
    """A row this transaction updates or deletes was saved by another one after it was read (its
    version moved between the check and the write); nothing of this transaction is kept."""


def last_change(session: Session, record: Stamped) -> ChangeStamp:
    """The user (display name) and time of the latest write of ``record``."""
    user_id = record.updated_by_id
    name = session.scalar(select(UserRecord.display_name).where(UserRecord.id == user_id))
    return ChangeStamp(name or f"user {user_id}", record.updated_at)


@contextmanager
def refused_if_saved_meanwhile() -> Iterator[None]:
    """Turn SQLAlchemy's version-counter mismatch (an UPDATE or DELETE that matched no row at
    the version read) into SavedMeanwhileError."""
    try:
        yield
    except StaleDataError as error:
        raise SavedMeanwhileError(str(error)) from error
