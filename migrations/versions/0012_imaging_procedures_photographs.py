"""imaging and procedures entered in the window; lesion photographs

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

Imaging studies and procedures, until now imported and read-only, are entered, corrected and
deleted in the window, and lesions get photographs:

- ``imaging_studies`` gains ``reader`` (who reported the study) and ``verdict`` (the reader's
  comparison with the previous study: ``less``, ``unchanged``, ``more`` calcification or
  ``not_comparable``; NULL when not stated), and the modality ``scintigraphy``.
- ``procedures`` gains ``operator`` and ``complications``.
- A study shows, and a procedure treats, any number of lesions: ``imaging_study_lesions`` and
  ``procedure_lesions`` (stamped, so audited, one row per lesion) replace the single
  ``lesion_id`` column, whose values are copied into them before it is dropped.
- ``site_event_deletions``: an imaging study, procedure or photograph deleted as entered in
  error, with the reason (as ``visit_deletions`` and ``medication_period_deletions``).
- ``lesion_photographs``: a photograph of one lesion at one visit, stored in the database so that
  every workstation of a PostgreSQL clinic sees it: the image (re-encoded, orientation applied,
  no metadata), its thumbnail, media type, pixel size, SHA-256 and the capture date.

New columns are NULL on existing rows, which keeps the hash of every signed visit's content
(NULLs are left out of it). A downgrade copies each study's and procedure's first lesion back
into ``lesion_id`` and drops what this revision added; photographs and deletion reasons go (the
trail keeps its entries).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_MODALITIES = "'xray', 'ultrasound', 'ct', 'mri'"
NEW_MODALITIES = OLD_MODALITIES + ", 'scintigraphy'"
VERDICTS = "'less', 'unchanged', 'more', 'not_comparable'"
KINDS = "'imaging', 'procedure', 'photograph'"
MEDIA_TYPES = "'image/jpeg', 'image/png'"
LINKS = (
    ('imaging_study_lesions', 'imaging_study_id', 'imaging_studies'),
    ('procedure_lesions', 'procedure_id', 'procedures'),
)


def _stamps(table: str) -> list[sa.SchemaItem]:
    return [
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=False),
        sa.Column('updated_by_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['created_by_id'], ['users.id'],
                                name=op.f(f'fk_{table}_created_by_id_users')),
        sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'],
                                name=op.f(f'fk_{table}_updated_by_id_users')),
    ]


def upgrade() -> None:
    for table, owner_id, owner in LINKS:
        op.create_table(table,
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('patient_id', sa.Integer(), nullable=False),
        sa.Column(owner_id, sa.Integer(), nullable=False),
        sa.Column('lesion_id', sa.Integer(), nullable=False),
        *_stamps(table),
        sa.ForeignKeyConstraint(['patient_id'], ['patients.id'],
                                name=op.f(f'fk_{table}_patient_id_patients')),
        sa.ForeignKeyConstraint([owner_id], [f'{owner}.id'],
                                name=op.f(f'fk_{table}_{owner_id}_{owner}')),
        sa.ForeignKeyConstraint(['lesion_id'], ['lesions.id'],
                                name=op.f(f'fk_{table}_lesion_id_lesions')),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
        sa.UniqueConstraint(owner_id, 'lesion_id', name=op.f(f'uq_{table}_{owner_id}_lesion_id')),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f'ix_{table}_patient_id'), ['patient_id'])
        # every existing single lesion becomes the event's one linked lesion, stamped as the
        # event itself was (no audit entry: rows older than the trail's knowledge of them)
        op.execute(
            f"INSERT INTO {table} (patient_id, {owner_id}, lesion_id, created_at, updated_at, "
            "version, created_by_id, updated_by_id) "
            "SELECT patient_id, id, lesion_id, created_at, updated_at, 1, created_by_id, "
            f"updated_by_id FROM {owner} WHERE lesion_id IS NOT NULL"
        )

    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table('imaging_studies', schema=None,
                              recreate='always' if sqlite else 'auto') as batch_op:
        batch_op.add_column(sa.Column('reader', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('verdict', sa.String(length=20), nullable=True))
        batch_op.drop_constraint(op.f('ck_imaging_studies_modality'), type_='check')
        batch_op.create_check_constraint(op.f('ck_imaging_studies_modality'),
                                         f"modality IN ({NEW_MODALITIES})")
        batch_op.create_check_constraint(op.f('ck_imaging_studies_verdict'),
                                         f"verdict IS NULL OR verdict IN ({VERDICTS})")
        batch_op.drop_constraint(op.f('fk_imaging_studies_lesion_id_lesions'),
                                 type_='foreignkey')
        batch_op.drop_column('lesion_id')
    with op.batch_alter_table('procedures', schema=None,
                              recreate='always' if sqlite else 'auto') as batch_op:
        batch_op.add_column(sa.Column('operator', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('complications', sa.Text(), nullable=True))
        batch_op.drop_constraint(op.f('fk_procedures_lesion_id_lesions'), type_='foreignkey')
        batch_op.drop_column('lesion_id')

    op.create_table('site_event_deletions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    *_stamps('site_event_deletions'),
    sa.CheckConstraint(f"kind IN ({KINDS})", name=op.f('ck_site_event_deletions_kind')),
    sa.CheckConstraint('length(trim(reason)) > 0',
                       name=op.f('ck_site_event_deletions_reason_not_blank')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'],
                            name=op.f('fk_site_event_deletions_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_event_deletions'))
    )
    with op.batch_alter_table('site_event_deletions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_event_deletions_patient_id'), ['patient_id'])

    op.create_table('lesion_photographs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('lesion_id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=20), nullable=False),
    sa.Column('captured_on', sa.Date(), nullable=True),
    sa.Column('width_px', sa.Integer(), nullable=False),
    sa.Column('height_px', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('caption', sa.Text(), nullable=True),
    sa.Column('image', sa.LargeBinary(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=False),
    *_stamps('lesion_photographs'),
    sa.CheckConstraint(f"media_type IN ({MEDIA_TYPES})",
                       name=op.f('ck_lesion_photographs_media_type')),
    sa.CheckConstraint('width_px > 0 AND height_px > 0',
                       name=op.f('ck_lesion_photographs_size')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'],
                            name=op.f('fk_lesion_photographs_patient_id_patients')),
    sa.ForeignKeyConstraint(['lesion_id'], ['lesions.id'],
                            name=op.f('fk_lesion_photographs_lesion_id_lesions')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'],
                            name=op.f('fk_lesion_photographs_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lesion_photographs'))
    )
    with op.batch_alter_table('lesion_photographs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lesion_photographs_patient_id'), ['patient_id'])
        batch_op.create_index(batch_op.f('ix_lesion_photographs_lesion_id'), ['lesion_id'])
        batch_op.create_index(batch_op.f('ix_lesion_photographs_visit_id'), ['visit_id'])


def downgrade() -> None:
    for table in ('lesion_photographs', 'site_event_deletions'):
        op.drop_table(table)
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table('procedures', schema=None,
                              recreate='always' if sqlite else 'auto') as batch_op:
        batch_op.add_column(sa.Column('lesion_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f('fk_procedures_lesion_id_lesions'), 'lesions',
                                    ['lesion_id'], ['id'])
        batch_op.drop_column('complications')
        batch_op.drop_column('operator')
    with op.batch_alter_table('imaging_studies', schema=None,
                              recreate='always' if sqlite else 'auto') as batch_op:
        batch_op.add_column(sa.Column('lesion_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f('fk_imaging_studies_lesion_id_lesions'), 'lesions',
                                    ['lesion_id'], ['id'])
        batch_op.drop_constraint(op.f('ck_imaging_studies_verdict'), type_='check')
        batch_op.drop_constraint(op.f('ck_imaging_studies_modality'), type_='check')
        # 0011 knows no scintigraphy: with such a study the downgrade fails rather than
        # re-code it silently (delete or correct those studies first)
        batch_op.create_check_constraint(op.f('ck_imaging_studies_modality'),
                                         f"modality IN ({OLD_MODALITIES})")
        batch_op.drop_column('verdict')
        batch_op.drop_column('reader')
    for table, owner_id, owner in LINKS:
        op.execute(
            f"UPDATE {owner} SET lesion_id = (SELECT MIN(l.lesion_id) FROM {table} l "
            f"WHERE l.{owner_id} = {owner}.id)"
        )
        op.drop_table(table)
