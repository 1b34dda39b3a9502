"""clinic text settings (the backup folder)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

Clinic settings so far are numbers (``clinic_settings.value`` is a float). The automatic backups'
folder is text, so text settings get a table of their own, ``clinic_text_settings`` (one row per
key, "" for the setting's default), beside the numbers: stamped like them, so it is audited like
them and written in the same save, which bumps the same ``clinic_settings_revision``. A new table
only: nothing existing is rebuilt or changed, and ``clinic_settings`` keeps its NOT NULL value.

An upgraded clinic has no rows: every text setting is at its default (the backup folder: each
workstation's own data folder) until an admin saves. A downgrade drops the table, and with it a
folder the clinic chose; its entries stay in the append-only trail.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('clinic_text_settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(trim(key)) > 0',
                       name=op.f('ck_clinic_text_settings_key_not_blank')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'],
                            name=op.f('fk_clinic_text_settings_created_by_id_users')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'],
                            name=op.f('fk_clinic_text_settings_updated_by_id_users')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_clinic_text_settings'))
    )


def downgrade() -> None:
    op.drop_table('clinic_text_settings')
