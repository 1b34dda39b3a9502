"""The audit trail: one row per change of clinical data or event, chained by hashes.

Append-only: rows are only ever inserted, by calcitrack/store/audit_trail/audit.py, which
assigns the ids (previous + 1, under the chain lock) and the hashes. Triggers refuse UPDATE and
DELETE (and
TRUNCATE on PostgreSQL), so only someone who drops them first can edit the trail, and the chain
check (``calcitrack audit verify``) then names the first entry that was touched.

``patient_id`` is a plain column, not a foreign key: the trail outlives what it describes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, CheckConstraint, ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from calcitrack.domain.audit_trail.audit import CRUD_ACTIONS, AuditAction
from calcitrack.store.base import Base, in_clause

APPEND_ONLY_MESSAGE = "the audit trail is append-only"


class AuditEntryRecord(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        CheckConstraint(in_clause("action", AuditAction.codes()), name="action"),
        CheckConstraint(
            f"actor_id IS NOT NULL OR NOT ({in_clause('action', CRUD_ACTIONS)})",
            name="change_has_actor",
        ),
        CheckConstraint("length(hash) = 64 AND length(prev_hash) = 64", name="hash_length"),
        Index("ix_audit_log_patient_id", "patient_id"),
        Index("ix_audit_log_actor_id", "actor_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    """The chain order: 1, 2, 3, … with no gaps (assigned by the chain, never by the database)."""
    occurred_at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str | None] = mapped_column(String(60))
    record_id: Mapped[str | None] = mapped_column(String(100))
    patient_id: Mapped[int | None]
    changes_json: Mapped[str] = mapped_column(Text())
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# The same statements as migration 0005 (which keeps its own frozen copy).
SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END",
)
POSTGRESQL_TRIGGERS = (
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}'; END $$",
    "CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
)
POSTGRESQL_DROP = ("DROP FUNCTION IF EXISTS audit_log_append_only() CASCADE",)


def _ddl(sql: str, dialect: str) -> DDL:
    """``sql`` run on ``dialect`` only."""
    ddl = DDL(sql)  # type: ignore[no-untyped-call]  # SQLAlchemy's DDL.__init__ is unannotated
    return ddl.execute_if(dialect=dialect)


for _sql in SQLITE_TRIGGERS:
    event.listen(AuditEntryRecord.__table__, "after_create", _ddl(_sql, "sqlite"))
for _sql in POSTGRESQL_TRIGGERS:
    event.listen(AuditEntryRecord.__table__, "after_create", _ddl(_sql, "postgresql"))
for _sql in POSTGRESQL_DROP:
    event.listen(AuditEntryRecord.__table__, "after_drop", _ddl(_sql, "postgresql"))
