"""signature meaning

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

A visit's signature states what it means: ``visits.signature_meaning`` ("reviewed and approved")
is written with each signature from now on, beside the signer and the time. A visit signed
before keeps NULL there: its signer never saw a statement of meaning, so none is claimed for it
(it shows as "Signed by …", a new one as "Signed — reviewed and approved by …"). The CHECK
``meaning_of_signature`` allows a meaning only on a signed visit. ``visits`` is rebuilt on SQLite
(batch mode; foreign keys are off during an upgrade and checked before it commits).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signature_meaning', sa.String(length=100), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f('ck_visits_meaning_of_signature'),
            'signature_meaning IS NULL OR signed_by_id IS NOT NULL',
        )


def downgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_visits_meaning_of_signature'), type_='check')
        batch_op.drop_column('signature_meaning')
