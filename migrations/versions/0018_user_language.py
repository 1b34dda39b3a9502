"""each account's language: the one its windows are shown in

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07

``users`` gains ``language``: the account's language preference, one of ``system`` (follow the
operating system's languages: the default, and what every existing account starts with), ``en``,
``pt_PT`` or ``ar`` (calcitrack.i18n.languages.PREFERENCES, of which the CHECK
``ck_users_language`` is a frozen copy: a new language needs a revision, as a new role does). The
user changes it herself (Change my settings); it applies from her next sign-in. The table is
rebuilt on SQLite (batch mode). A downgrade drops the column: every account then follows the
system's languages again.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECK = 'ck_users_language'
PREFERENCES = ('system', 'en', 'pt_PT', 'ar')


def upgrade() -> None:
    with op.batch_alter_table('users') as batch_op:
        batch_op.add_column(
            sa.Column('language', sa.String(length=10), server_default='system', nullable=False)
        )
    with op.batch_alter_table('users') as batch_op:
        batch_op.create_check_constraint(
            op.f(CHECK), 'language IN (' + ', '.join(f"'{p}'" for p in PREFERENCES) + ')'
        )


def downgrade() -> None:
    with op.batch_alter_table('users') as batch_op:
        batch_op.drop_constraint(op.f(CHECK), type_='check')
        batch_op.drop_column('language')
