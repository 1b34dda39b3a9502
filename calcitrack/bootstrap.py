"""Opening a clinic's database for the command line and the GUI (composition roots only)."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine

from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.services.context import ServiceContext
from calcitrack.services.user_service import ensure_user
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
    user: User
    today: Callable[[], date] = date.today
    """The clinical calendar; tests fix it, the application uses the workstation's date."""

    @property
    def where(self) -> str:
        return describe(self.url)

    def context(self) -> ServiceContext:
        return ServiceContext(self.uow, self.user, self.today)

    def close(self) -> None:
        self.engine.dispose()


def workstation_user(uow: UnitOfWork) -> User:
    """Until sign-in exists, the operating-system account acts, recorded as a physician."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = "workstation"
    return ensure_user(uow, login, login, Role.PHYSICIAN)


def open_clinic(target: str | None) -> Clinic:
    url = database_url(target or default_database())
    engine = make_engine(url)
    try:
        opened = prepare_database(engine)
        uow = UnitOfWork(engine)
        user = workstation_user(uow)
    except BaseException:
        engine.dispose()
        raise
    log.info(
        "opened %s database (%s), schema %s", engine.dialect.name, opened.action, opened.revision
    )
    return Clinic(url, engine, uow, opened, user)


def attach_clinic(url: str, user: User) -> Clinic:
    """Open a clinic that another process of this run has already prepared (a worker of a
    batch): no schema check or upgrade, no user created; ``user`` acts."""
    engine = make_engine(url)
    uow = UnitOfWork(engine)
    return Clinic(url, engine, uow, OpenResult("attached", ""), user)
