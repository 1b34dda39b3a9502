"""Opening a clinic's database for the command line and the GUI (composition roots only)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine

from calcitrack.domain.entities import User
from calcitrack.services.account_service import AccountService
from calcitrack.services.context import ServiceContext
from calcitrack.store.anchor_log import AnchorLog
from calcitrack.store.engine import database_url, describe, make_engine
from calcitrack.store.locations import default_database
from calcitrack.store.migrations import OpenResult, prepare_database
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


def open_clinic(target: str | None) -> Clinic:
    url = database_url(target or default_database())
    engine = make_engine(url)
    try:
        opened = prepare_database(engine)
        uow = UnitOfWork(engine, anchor_log=AnchorLog.for_engine(engine))
    except BaseException:
        engine.dispose()
        raise
    log.info(
        "opened %s database (%s), schema %s", engine.dialect.name, opened.action, opened.revision
    )
    return Clinic(url, engine, uow, opened)


def attach_clinic(url: str, user: User) -> Clinic:
    """Open a clinic that another process of this run has already prepared (a worker of a
    batch): no schema check or upgrade, no user created; ``user`` acts."""
    engine = make_engine(url)
    uow = UnitOfWork(engine, anchor_log=AnchorLog.for_engine(engine))
    return Clinic(url, engine, uow, OpenResult("attached", ""), user)
