"""medication period deletions (a period deleted as entered in error, with the reason)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

A medication period entered in error can be deleted from the Medications tab, with the reason,
as a visit can. The reason has a table of its own, ``medication_period_deletions`` (the patient,
the deleted period's id, its drug and start, the reason), stamped and so audited; the period's
values are in its own ``delete`` entry of the trail. A new table only: nothing existing is
rebuilt or changed. A downgrade drops the table; the trail keeps its entries.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = 'medication_period_deletions'


def upgrade() -> None:
    op.create_table(TABLE,
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('period_id', sa.Integer(), nullable=False),
    sa.Column('drug_name', sa.String(length=120), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(trim(reason)) > 0',
                       name=op.f('ck_medication_period_deletions_reason_not_blank')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'],
                            name=op.f('fk_medication_period_deletions_created_by_id_users')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'],
                            name=op.f('fk_medication_period_deletions_patient_id_patients')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'],
                            name=op.f('fk_medication_period_deletions_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_medication_period_deletions'))
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_medication_period_deletions_patient_id'),
                              ['patient_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_medication_period_deletions_patient_id'))
    op.drop_table(TABLE)
