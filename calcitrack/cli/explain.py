"""What the person at the command line (or the start-up message box) is told of an error."""

from __future__ import annotations

import logging

from sqlalchemy.exc import DatabaseError, SQLAlchemyError

from calcitrack.cli.exits import (
    EXIT_DATA,
    EXIT_DATABASE,
    EXIT_DENIED,
    EXIT_FAILED,
    UserError,
)
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.permissions import PermissionDeniedError
from calcitrack.services.errors import ConflictError, NotFoundError
from calcitrack.store.backup import BackupError
from calcitrack.store.locations import log_dir
from calcitrack.store.migrations import SchemaError
from calcitrack.store.network_share import NetworkShareError

log = logging.getLogger("calcitrack.cli")


def explain(exc: Exception) -> tuple[str, int] | None:
    """The one-line message and exit code of an error a user can act on; None for a bug."""
    if isinstance(exc, UserError):
        return str(exc), exc.code
    if isinstance(exc, DomainValidationError):
        lines = [f"{len(exc.problems)} problem(s):"] + [str(p) for p in exc.problems]
        return "\n  ".join(lines), EXIT_DATA
    if isinstance(exc, PermissionDeniedError):
        return str(exc), EXIT_DENIED
    if isinstance(exc, NotFoundError):
        return str(exc.args[0]), EXIT_FAILED
    if isinstance(exc, ConflictError | BackupError):
        return str(exc), EXIT_FAILED
    if isinstance(exc, SchemaError | NetworkShareError):
        return str(exc), EXIT_DATABASE
    if isinstance(exc, DatabaseError):
        log.error("database unavailable", exc_info=exc)
        return f"the database cannot be opened: {exc.orig}", EXIT_DATABASE
    if isinstance(exc, SQLAlchemyError):
        log.error("database error", exc_info=exc)
        return f"database error ({type(exc).__name__}); see the log in {log_dir()}", EXIT_DATABASE
    return None
