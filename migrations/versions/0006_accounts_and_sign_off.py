"""accounts and sign-off

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21

- Accounts: ``users`` gains its sign-in state (argon2id password hash, failed sign-ins in a row,
  locked until, password changed at). Roles move to ``user_roles`` (an account may hold several:
  an admin who is also a physician); each existing user keeps its role there. An upgraded clinic's
  users have no password: they cannot sign in until an admin sets one, and the first start asks
  for the first administrator.
- Sign-off: ``visits.signed_by_id``/``signed_at`` (both or neither), and ``visit_amendments`` (the
  reason and the visit as signed before each amendment).
- The audit trail's action codes gain ``account`` (an admin's change of a user); a downgrade
  keeps the code allowed, since the entries written with it stay in the append-only trail.

``users``, ``visits`` and ``audit_log`` are rebuilt on SQLite (batch mode; foreign keys are off
during an upgrade and checked before it commits); the audit log's append-only triggers go with
the old table and are created again, as frozen copies of those in 0005.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = "'nurse', 'physician', 'admin'"
OLD_ACTIONS = (
    "'create', 'update', 'delete', 'sign', 'amend', 'login', 'login_failed', 'logout', "
    "'lockout', 'export', 'pdf', 'backup', 'bulk_insert'"
)
NEW_ACTIONS = OLD_ACTIONS + ", 'account'"
MESSAGE = "the audit trail is append-only"
SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
)


def upgrade() -> None:
    op.create_table('user_roles',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.CheckConstraint(f"role IN ({ROLES})", name=op.f('ck_user_roles_role')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_roles_user_id_users')),
    sa.PrimaryKeyConstraint('user_id', 'role', name=op.f('pk_user_roles'))
    )
    op.execute("INSERT INTO user_roles (user_id, role) SELECT id, role FROM users")
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_users_role'), type_='check')
        batch_op.drop_column('role')
        batch_op.add_column(sa.Column('password_hash', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signed_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('signed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_visits_signed_by_id_users'), 'users', ['signed_by_id'], ['id'])
        batch_op.create_check_constraint(batch_op.f('ck_visits_signed_by_and_at'), '(signed_by_id IS NULL) = (signed_at IS NULL)')

    op.create_table('visit_amendments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('original_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(trim(reason)) > 0', name=op.f('ck_visit_amendments_reason_not_blank')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_visit_amendments_created_by_id_users')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_visit_amendments_updated_by_id_users')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_amendments_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_amendments'))
    )
    op.create_index(op.f('ix_visit_amendments_visit_id'), 'visit_amendments', ['visit_id'], unique=False)

    _replace_action_check(NEW_ACTIONS)


def downgrade() -> None:
    # The action CHECK keeps 'account': the trail's 'account' entries can be neither deleted nor
    # changed (append-only, hash-chained), and narrowing the CHECK over them fails on both
    # databases. 0005 never writes the code, so the wider CHECK changes nothing for it.
    op.drop_index(op.f('ix_visit_amendments_visit_id'), table_name='visit_amendments')
    op.drop_table('visit_amendments')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_visits_signed_by_and_at'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_visits_signed_by_id_users'), type_='foreignkey')
        batch_op.drop_column('signed_at')
        batch_op.drop_column('signed_by_id')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('password_changed_at')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_logins')
        batch_op.drop_column('password_hash')
        batch_op.add_column(sa.Column('role', sa.String(length=20), nullable=False, server_default='nurse'))
    # an account with several roles keeps the most capable clinical one
    op.execute(
        "UPDATE users SET role = CASE "
        "WHEN EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = users.id AND r.role = 'physician') THEN 'physician' "
        "WHEN EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = users.id AND r.role = 'nurse') THEN 'nurse' "
        "ELSE 'admin' END"
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_check_constraint(batch_op.f('ck_users_role'), f"role IN ({ROLES})")
    op.drop_table('user_roles')


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
