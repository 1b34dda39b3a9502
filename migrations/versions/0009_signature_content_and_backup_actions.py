"""signature content hash, restore and backup-check audit actions

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

A signature is bound to what was signed: ``visits.signed_content_hash`` holds the SHA-256 of the
visit's whole clinical content (the visit, its lesion measurements, range of motion, labs,
medication changes, imaging and procedures linked to it) as signed, or as last amended, so that
``audit verify``, ``db check`` and the window find a signed visit changed behind the
application's back. A visit signed before this revision keeps NULL: nothing was bound when it was
signed, and none is claimed for it. The CHECK ``content_hash_of_signature`` allows a hash only on
a signed visit.

The audit trail's action codes gain ``restore`` (a database restored from a backup) and
``backup_check`` (a backup verified after it was written, with its result).

On SQLite ``visits`` and ``audit_log`` are rebuilt (batch mode); the audit log's append-only
triggers go with the old table and are created again, as frozen copies of those in 0005. A
downgrade drops the column and keeps the action codes allowed, since entries written with them stay
in the append-only trail (as 0006 and 0008 did).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_ACTIONS = (
    "'create', 'update', 'delete', 'sign', 'amend', 'login', 'login_failed', 'logout', "
    "'lockout', 'export', 'pdf', 'backup', 'bulk_insert', 'account', 'confirm'"
)
NEW_ACTIONS = OLD_ACTIONS + ", 'restore', 'backup_check'"
MESSAGE = "the audit trail is append-only"
SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
)


def upgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signed_content_hash', sa.String(length=64), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f('ck_visits_content_hash_of_signature'),
            'signed_content_hash IS NULL OR signed_by_id IS NOT NULL',
        )
    _replace_action_check(NEW_ACTIONS)


def downgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_visits_content_hash_of_signature'), type_='check')
        batch_op.drop_column('signed_content_hash')
    # The action CHECK keeps 'restore' and 'backup_check': see the module's docstring.


def _replace_action_check(actions: str) -> None:
    name = op.f('ck_audit_log_action')
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(name, 'audit_log', type_='check')
        op.create_check_constraint(name, 'audit_log', f"action IN ({actions})")
        return
    # SQLite rebuilds the table; its triggers do not survive the rebuild
    with op.batch_alter_table('audit_log', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint(name, type_='check')
        batch_op.create_check_constraint(name, f"action IN ({actions})")
    for statement in SQLITE_TRIGGERS:
        op.execute(statement)
