"""Opening a clinic's database for the command line and the GUI (composition roots only)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine

from calcitrack.domain.entities import User
from calcitrack.services.accounts.account_service import AccountService
from calcitrack.services.context import ServiceContext
from calcitrack.store.audit_trail.anchor_log import AnchorLog
from calcitrack.store.engine import database_url, describe, make_engine
from calcitrack.store.locations import default_database
from calcitrack.store.migrations import (
    SCHEMA_HEAD,
    OpenResult,
    current_revision,
    prepare_database,
)
from calcitrack.store.read_only import ReadOnlyDatabaseError, read_only_reason, snapshot_engine
from calcitrack.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class Clinic:
    url: str
    engine: Engine
    uow: UnitOfWork
    opened: OpenResult
    user: User | None = None
    """Who is signed in (None until someone is)."""
    today: Callable[[], date] = date.today
    """The clinical calendar; tests fix it, the application uses the workstation's date."""
    read_only: str | None = None
    """Why the database cannot be written, when it is read from a snapshot (else None)."""

    @property
    def where(self) -> str:
        return describe(self.url)

    def context(self) -> ServiceContext:
        if self.user is None:
            raise PermissionError("nobody is signed in")
        return ServiceContext(self.uow, self.user, self.today)

    def accounts(self) -> AccountService:
        return AccountService(self.uow)

    def close(self) -> None:
        self.engine.dispose()


def open_clinic(target: str | None, *, allow_read_only: bool = False) -> Clinic:
    """The clinic at ``target``. A SQLite file that cannot be written raises
    ReadOnlyDatabaseError with the reason, unless ``allow_read_only`` (a command that only
    reads): then it is read from a snapshot and ``read_only`` says why (store/read_only.py)."""
    url = database_url(target or default_database())
    read_only = read_only_reason(url)
    if read_only is not None and not allow_read_only:
        raise ReadOnlyDatabaseError(
            f"{read_only}. CalciTrack needs to write to it to work; the command line can still "
            "read it (calcitrack export, report, db check, audit verify)"
        )
    engine = snapshot_engine(url) if read_only is not None else make_engine(url)
    try:
        if read_only is not None:
            with engine.connect() as conn:
                if current_revision(conn) != SCHEMA_HEAD:  # an upgrade would need to write
                    raise ReadOnlyDatabaseError(
                        f"{read_only}; its schema is older than this CalciTrack reads"
                    )
        opened = prepare_database(engine)
        anchors = (  # a snapshot's anchors are those of the file it was read from, never noted
            AnchorLog.for_url(url, writes=False) if read_only else AnchorLog.for_engine(engine)
        )
        uow = UnitOfWork(engine, anchor_log=anchors)
    except BaseException:
        engine.dispose()
        raise
    log.info(
        "opened %s database (%s), schema %s", engine.dialect.name, opened.action, opened.revision
    )
    return Clinic(url, engine, uow, opened, read_only=read_only)


def attach_clinic(url: str, user: User) -> Clinic:
    """Open a clinic that another process of this run has already prepared (a worker of a
    batch): no schema check or upgrade, no user created; ``user`` acts."""
    engine = make_engine(url)
    uow = UnitOfWork(engine, anchor_log=AnchorLog.for_engine(engine))
    return Clinic(url, engine, uow, OpenResult("attached", ""), user)
