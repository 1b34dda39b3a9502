"""What the person at the command line (or the start-up message box) is told of an error."""

from __future__ import annotations

import errno
import logging

from sqlalchemy.exc import DatabaseError, DBAPIError, SQLAlchemyError

from calcitrack.cli.exits import (
    EXIT_DATA,
    EXIT_DATABASE,
    EXIT_DENIED,
    EXIT_FAILED,
    UserError,
)
from calcitrack.domain.clinic.permissions import PermissionDeniedError
from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.errors import ConflictError, NotFoundError
from calcitrack.store.backups.backup import BackupError
from calcitrack.store.locations import log_dir
from calcitrack.store.migrations import SchemaError
from calcitrack.store.network_share import NetworkShareError
from calcitrack.store.read_only import ReadOnlyDatabaseError

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
    if isinstance(exc, SchemaError | NetworkShareError | ReadOnlyDatabaseError):
        return str(exc), EXIT_DATABASE
    storage = _storage(exc)
    if storage is not None:
        log.error("storage refused a write", exc_info=exc)
        return storage, EXIT_FAILED if isinstance(exc, OSError) else EXIT_DATABASE
    if isinstance(exc, DatabaseError):
        log.error("database unavailable", exc_info=exc)
        return f"the database cannot be opened: {exc.orig}", EXIT_DATABASE
    if isinstance(exc, SQLAlchemyError):
        log.error("database error", exc_info=exc)
        return f"database error ({type(exc).__name__}); see the log in {log_dir()}", EXIT_DATABASE
    return None


def _storage(exc: Exception) -> str | None:
    """A full disk or a read-only database, said plainly (SQLite: SQLITE_FULL, SQLITE_READONLY;
    PostgreSQL: disk_full, read_only_sql_transaction; the operating system: ENOSPC, EROFS)."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"disk full: {exc.filename or 'a file'} could not be written ({exc.strerror})"
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return f"read-only file system: {exc.filename or 'a file'} could not be written"
    if not isinstance(exc, DBAPIError):
        return None
    text = str(exc.orig).lower()
    code = getattr(exc.orig, "sqlstate", None)
    if "disk is full" in text or "no space left" in text or code == "53100":
        return f"disk full: the database could not save ({str(exc.orig).strip()}); free space"
    if "readonly database" in text or "read-only" in text or code == "25006":
        return f"the database is read-only: {str(exc.orig).strip()}; nothing was saved"
    return None
