"""the settings version at which a value the assessment reads last changed

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08

Every save of the clinic settings bumps ``clinic_settings_revision.version``, and the stored
patient flags were compared with it: a save of the idle-lock minutes or of the backup folder made
every patient's flags out of date, and every open workstation re-assessed the whole clinic. The
revision row gains ``assessed_version``: the version of the last save that changed a value the
assessment reads (calcitrack.domain.clinic_settings.ASSESSED_KEYS), kept by a save of any other
setting. The stored flags (``patient_flags.settings_version``, not renamed) are compared with it
from now on.

An upgraded clinic starts with ``assessed_version`` = ``version``: its flags stored with the
version in force stay current, the others stay out of date, as before. The CHECK
``assessed_not_ahead`` keeps it between 0 and ``version``. The table is rebuilt on SQLite (batch
mode). Settings data, audited like the rest of the row from the next save on; a downgrade drops
the column (the flags are then compared with ``version`` again: those stored with an older
version show as out of date and are re-assessed).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECK = 'ck_clinic_settings_revision_assessed_not_ahead'


def upgrade() -> None:
    with op.batch_alter_table('clinic_settings_revision') as batch_op:
        batch_op.add_column(
            sa.Column('assessed_version', sa.Integer(), server_default='0', nullable=False)
        )
    op.execute('UPDATE clinic_settings_revision SET assessed_version = version')
    with op.batch_alter_table('clinic_settings_revision') as batch_op:
        batch_op.create_check_constraint(
            op.f(CHECK), 'assessed_version >= 0 AND assessed_version <= version'
        )


def downgrade() -> None:
    with op.batch_alter_table('clinic_settings_revision') as batch_op:
        batch_op.drop_constraint(op.f(CHECK), type_='check')
        batch_op.drop_column('assessed_version')
