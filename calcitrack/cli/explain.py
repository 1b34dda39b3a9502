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
from calcitrack.i18n.catalogue import _, ngettext
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
        count = len(exc.problems)
        heading = ngettext("{count} problem:", "{count} problems:", count).format(count=count)
        lines = [heading] + [str(p) for p in exc.problems]
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
        return _("the database cannot be opened: {reason}").format(reason=exc.orig), EXIT_DATABASE
    if isinstance(exc, SQLAlchemyError):
        log.error("database error", exc_info=exc)
        message = _("database error ({error}); see the log in {folder}").format(
            error=type(exc).__name__, folder=log_dir()
        )
        return message, EXIT_DATABASE
    return None


def _storage(exc: Exception) -> str | None:
    """A full disk or a read-only database, said plainly (SQLite: SQLITE_FULL, SQLITE_READONLY;
    PostgreSQL: disk_full, read_only_sql_transaction; the operating system: ENOSPC, EROFS)."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return _("disk full: {file} could not be written ({reason})").format(
            file=exc.filename or _("a file"), reason=exc.strerror
        )
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return _("read-only file system: {file} could not be written").format(
            file=exc.filename or _("a file")
        )
    if not isinstance(exc, DBAPIError):
        return None
    text = str(exc.orig).lower()
    code = getattr(exc.orig, "sqlstate", None)
    if "disk is full" in text or "no space left" in text or code == "53100":
        return _("disk full: the database could not save ({reason}); free space").format(
            reason=str(exc.orig).strip()
        )
    if "readonly database" in text or "read-only" in text or code == "25006":
        return _("the database is read-only: {reason}; nothing was saved").format(
            reason=str(exc.orig).strip()
        )
    return None
