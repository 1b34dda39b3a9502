"""audit action for confirmed unusual values

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23

The audit trail's action codes gain ``confirm``: a person confirmed an unusual value before it was
saved (the visit form's confirmation, or ``calcitrack import --accept-unusual``), and the entry
keeps who, which value at which visit, and the reason she was shown (domain/visits/plausibility.py).
Nothing else changes.

On SQLite ``audit_log`` is rebuilt (batch mode) and its append-only triggers go with the old
table: they are created again, as frozen copies of those in 0005. A downgrade keeps the code
allowed, since the entries written with it stay in the append-only trail (as 0006 did for
``account``).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_ACTIONS = (
    "'create', 'update', 'delete', 'sign', 'amend', 'login', 'login_failed', 'logout', "
    "'lockout', 'export', 'pdf', 'backup', 'bulk_insert', 'account'"
)
NEW_ACTIONS = OLD_ACTIONS + ", 'confirm'"
MESSAGE = "the audit trail is append-only"
SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
)


def upgrade() -> None:
    _replace_action_check(NEW_ACTIONS)


def downgrade() -> None:
    # The action CHECK keeps 'confirm': the trail's 'confirm' entries can be neither deleted nor
    # changed (append-only, hash-chained), and narrowing the CHECK over them fails on both
    # databases. 0006 never writes the code, so the wider CHECK changes nothing for it.
    pass


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
