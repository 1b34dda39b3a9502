"""the patient list's figures on patients, kept by triggers, indexed for the list's orders

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06

The list sorted by last visit, next due, visits or active lesions computed each figure for every
patient of the clinic per page. ``patients`` gains them as columns:

- ``last_visit_on`` (the latest visit's date), ``next_due_on`` (the next visit planned at the
  latest visit), ``visit_count``, ``active_lesions``: filled here from the visits and lesions,
  then kept exact by triggers on ``visits`` and ``lesions`` (SQLite triggers; plpgsql functions
  and triggers on PostgreSQL) that recompute a patient's figures after each insert, update or
  delete, whoever writes.
- Per figure two B-tree indexes (ascending, descending with nothing recorded last), each
  archived + figure + name key + MRN (as code points), so a first page is read from an index.

Derived, not audited: no signed content or audit entry changes. A downgrade drops them.
(A frozen copy of calcitrack/store/records/patient_list_figures.py as of this revision.)
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    ('last_visit_on', sa.Date(), None),
    ('next_due_on', sa.Date(), None),
    ('visit_count', sa.Integer(), '0'),
    ('active_lesions', sa.Integer(), '0'),
)
FILL = (
    'UPDATE patients SET last_visit_on = (SELECT max(v.visit_date) FROM visits v WHERE v.patient_id = patients.id), next_due_on = (SELECT v.next_visit_due_on FROM visits v WHERE v.patient_id = patients.id ORDER BY v.visit_date DESC LIMIT 1), visit_count = (SELECT count(*) FROM visits v WHERE v.patient_id = patients.id)',
    "UPDATE patients SET active_lesions = (SELECT count(*) FROM lesions l WHERE l.patient_id = patients.id AND l.status = 'active')",
)
SQLITE = (
    'CREATE TRIGGER visits_list_figures_insert AFTER INSERT ON visits FOR EACH ROW BEGIN UPDATE patients SET last_visit_on = (SELECT max(v.visit_date) FROM visits v WHERE v.patient_id = new.patient_id), next_due_on = (SELECT v.next_visit_due_on FROM visits v WHERE v.patient_id = new.patient_id ORDER BY v.visit_date DESC LIMIT 1), visit_count = (SELECT count(*) FROM visits v WHERE v.patient_id = new.patient_id) WHERE id = new.patient_id; END',
    'CREATE TRIGGER visits_list_figures_delete AFTER DELETE ON visits FOR EACH ROW BEGIN UPDATE patients SET last_visit_on = (SELECT max(v.visit_date) FROM visits v WHERE v.patient_id = old.patient_id), next_due_on = (SELECT v.next_visit_due_on FROM visits v WHERE v.patient_id = old.patient_id ORDER BY v.visit_date DESC LIMIT 1), visit_count = (SELECT count(*) FROM visits v WHERE v.patient_id = old.patient_id) WHERE id = old.patient_id; END',
    'CREATE TRIGGER visits_list_figures_update AFTER UPDATE OF patient_id, visit_date, next_visit_due_on ON visits FOR EACH ROW BEGIN UPDATE patients SET last_visit_on = (SELECT max(v.visit_date) FROM visits v WHERE v.patient_id = old.patient_id), next_due_on = (SELECT v.next_visit_due_on FROM visits v WHERE v.patient_id = old.patient_id ORDER BY v.visit_date DESC LIMIT 1), visit_count = (SELECT count(*) FROM visits v WHERE v.patient_id = old.patient_id) WHERE id = old.patient_id; UPDATE patients SET last_visit_on = (SELECT max(v.visit_date) FROM visits v WHERE v.patient_id = new.patient_id), next_due_on = (SELECT v.next_visit_due_on FROM visits v WHERE v.patient_id = new.patient_id ORDER BY v.visit_date DESC LIMIT 1), visit_count = (SELECT count(*) FROM visits v WHERE v.patient_id = new.patient_id) WHERE id = new.patient_id; END',
    "CREATE TRIGGER lesions_list_figures_insert AFTER INSERT ON lesions FOR EACH ROW BEGIN UPDATE patients SET active_lesions = (SELECT count(*) FROM lesions l WHERE l.patient_id = new.patient_id AND l.status = 'active') WHERE id = new.patient_id; END",
    "CREATE TRIGGER lesions_list_figures_delete AFTER DELETE ON lesions FOR EACH ROW BEGIN UPDATE patients SET active_lesions = (SELECT count(*) FROM lesions l WHERE l.patient_id = old.patient_id AND l.status = 'active') WHERE id = old.patient_id; END",
    "CREATE TRIGGER lesions_list_figures_update AFTER UPDATE OF patient_id, status ON lesions FOR EACH ROW BEGIN UPDATE patients SET active_lesions = (SELECT count(*) FROM lesions l WHERE l.patient_id = old.patient_id AND l.status = 'active') WHERE id = old.patient_id; UPDATE patients SET active_lesions = (SELECT count(*) FROM lesions l WHERE l.patient_id = new.patient_id AND l.status = 'active') WHERE id = new.patient_id; END",
    'CREATE INDEX ix_patients_figure_last_visit_on_asc ON patients (archived, last_visit_on, name_key, mrn)',
    'CREATE INDEX ix_patients_figure_last_visit_on_desc ON patients (archived, last_visit_on DESC, name_key, mrn)',
    'CREATE INDEX ix_patients_figure_next_due_on_asc ON patients (archived, next_due_on, name_key, mrn)',
    'CREATE INDEX ix_patients_figure_next_due_on_desc ON patients (archived, next_due_on DESC, name_key, mrn)',
    'CREATE INDEX ix_patients_figure_visit_count_asc ON patients (archived, visit_count, name_key, mrn)',
    'CREATE INDEX ix_patients_figure_visit_count_desc ON patients (archived, visit_count DESC, name_key, mrn)',
    'CREATE INDEX ix_patients_figure_active_lesions_asc ON patients (archived, active_lesions, name_key, mrn)',
    'CREATE INDEX ix_patients_figure_active_lesions_desc ON patients (archived, active_lesions DESC, name_key, mrn)',
)
POSTGRESQL = (
    'CREATE OR REPLACE FUNCTION visits_list_figures_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE patients SET last_visit_on = (SELECT max(v.visit_date) FROM visits v WHERE v.patient_id = new.patient_id), next_due_on = (SELECT v.next_visit_due_on FROM visits v WHERE v.patient_id = new.patient_id ORDER BY v.visit_date DESC LIMIT 1), visit_count = (SELECT count(*) FROM visits v WHERE v.patient_id = new.patient_id) WHERE id = new.patient_id; RETURN NULL; END $$',
    'CREATE TRIGGER visits_list_figures_insert AFTER INSERT ON visits FOR EACH ROW EXECUTE FUNCTION visits_list_figures_insert()',
    'CREATE OR REPLACE FUNCTION visits_list_figures_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE patients SET last_visit_on = (SELECT max(v.visit_date) FROM visits v WHERE v.patient_id = old.patient_id), next_due_on = (SELECT v.next_visit_due_on FROM visits v WHERE v.patient_id = old.patient_id ORDER BY v.visit_date DESC LIMIT 1), visit_count = (SELECT count(*) FROM visits v WHERE v.patient_id = old.patient_id) WHERE id = old.patient_id; RETURN NULL; END $$',
    'CREATE TRIGGER visits_list_figures_delete AFTER DELETE ON visits FOR EACH ROW EXECUTE FUNCTION visits_list_figures_delete()',
    'CREATE OR REPLACE FUNCTION visits_list_figures_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE patients SET last_visit_on = (SELECT max(v.visit_date) FROM visits v WHERE v.patient_id = old.patient_id), next_due_on = (SELECT v.next_visit_due_on FROM visits v WHERE v.patient_id = old.patient_id ORDER BY v.visit_date DESC LIMIT 1), visit_count = (SELECT count(*) FROM visits v WHERE v.patient_id = old.patient_id) WHERE id = old.patient_id; UPDATE patients SET last_visit_on = (SELECT max(v.visit_date) FROM visits v WHERE v.patient_id = new.patient_id), next_due_on = (SELECT v.next_visit_due_on FROM visits v WHERE v.patient_id = new.patient_id ORDER BY v.visit_date DESC LIMIT 1), visit_count = (SELECT count(*) FROM visits v WHERE v.patient_id = new.patient_id) WHERE id = new.patient_id; RETURN NULL; END $$',
    'CREATE TRIGGER visits_list_figures_update AFTER UPDATE OF patient_id, visit_date, next_visit_due_on ON visits FOR EACH ROW EXECUTE FUNCTION visits_list_figures_update()',
    "CREATE OR REPLACE FUNCTION lesions_list_figures_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE patients SET active_lesions = (SELECT count(*) FROM lesions l WHERE l.patient_id = new.patient_id AND l.status = 'active') WHERE id = new.patient_id; RETURN NULL; END $$",
    'CREATE TRIGGER lesions_list_figures_insert AFTER INSERT ON lesions FOR EACH ROW EXECUTE FUNCTION lesions_list_figures_insert()',
    "CREATE OR REPLACE FUNCTION lesions_list_figures_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE patients SET active_lesions = (SELECT count(*) FROM lesions l WHERE l.patient_id = old.patient_id AND l.status = 'active') WHERE id = old.patient_id; RETURN NULL; END $$",
    'CREATE TRIGGER lesions_list_figures_delete AFTER DELETE ON lesions FOR EACH ROW EXECUTE FUNCTION lesions_list_figures_delete()',
    "CREATE OR REPLACE FUNCTION lesions_list_figures_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE patients SET active_lesions = (SELECT count(*) FROM lesions l WHERE l.patient_id = old.patient_id AND l.status = 'active') WHERE id = old.patient_id; UPDATE patients SET active_lesions = (SELECT count(*) FROM lesions l WHERE l.patient_id = new.patient_id AND l.status = 'active') WHERE id = new.patient_id; RETURN NULL; END $$",
    'CREATE TRIGGER lesions_list_figures_update AFTER UPDATE OF patient_id, status ON lesions FOR EACH ROW EXECUTE FUNCTION lesions_list_figures_update()',
    'CREATE INDEX ix_patients_figure_last_visit_on_asc ON patients (archived, last_visit_on, name_key, mrn COLLATE "C")',
    'CREATE INDEX ix_patients_figure_last_visit_on_desc ON patients (archived, last_visit_on DESC NULLS LAST, name_key, mrn COLLATE "C")',
    'CREATE INDEX ix_patients_figure_next_due_on_asc ON patients (archived, next_due_on, name_key, mrn COLLATE "C")',
    'CREATE INDEX ix_patients_figure_next_due_on_desc ON patients (archived, next_due_on DESC NULLS LAST, name_key, mrn COLLATE "C")',
    'CREATE INDEX ix_patients_figure_visit_count_asc ON patients (archived, visit_count, name_key, mrn COLLATE "C")',
    'CREATE INDEX ix_patients_figure_visit_count_desc ON patients (archived, visit_count DESC, name_key, mrn COLLATE "C")',
    'CREATE INDEX ix_patients_figure_active_lesions_asc ON patients (archived, active_lesions, name_key, mrn COLLATE "C")',
    'CREATE INDEX ix_patients_figure_active_lesions_desc ON patients (archived, active_lesions DESC, name_key, mrn COLLATE "C")',
)
SQLITE_DROP = (
    'DROP INDEX IF EXISTS ix_patients_figure_last_visit_on_asc',
    'DROP INDEX IF EXISTS ix_patients_figure_last_visit_on_desc',
    'DROP INDEX IF EXISTS ix_patients_figure_next_due_on_asc',
    'DROP INDEX IF EXISTS ix_patients_figure_next_due_on_desc',
    'DROP INDEX IF EXISTS ix_patients_figure_visit_count_asc',
    'DROP INDEX IF EXISTS ix_patients_figure_visit_count_desc',
    'DROP INDEX IF EXISTS ix_patients_figure_active_lesions_asc',
    'DROP INDEX IF EXISTS ix_patients_figure_active_lesions_desc',
    'DROP TRIGGER IF EXISTS visits_list_figures_insert',
    'DROP TRIGGER IF EXISTS visits_list_figures_delete',
    'DROP TRIGGER IF EXISTS visits_list_figures_update',
    'DROP TRIGGER IF EXISTS lesions_list_figures_insert',
    'DROP TRIGGER IF EXISTS lesions_list_figures_delete',
    'DROP TRIGGER IF EXISTS lesions_list_figures_update',
)
POSTGRESQL_DROP = (
    'DROP INDEX IF EXISTS ix_patients_figure_last_visit_on_asc',
    'DROP INDEX IF EXISTS ix_patients_figure_last_visit_on_desc',
    'DROP INDEX IF EXISTS ix_patients_figure_next_due_on_asc',
    'DROP INDEX IF EXISTS ix_patients_figure_next_due_on_desc',
    'DROP INDEX IF EXISTS ix_patients_figure_visit_count_asc',
    'DROP INDEX IF EXISTS ix_patients_figure_visit_count_desc',
    'DROP INDEX IF EXISTS ix_patients_figure_active_lesions_asc',
    'DROP INDEX IF EXISTS ix_patients_figure_active_lesions_desc',
    'DROP TRIGGER IF EXISTS visits_list_figures_insert ON visits',
    'DROP FUNCTION IF EXISTS visits_list_figures_insert()',
    'DROP TRIGGER IF EXISTS visits_list_figures_delete ON visits',
    'DROP FUNCTION IF EXISTS visits_list_figures_delete()',
    'DROP TRIGGER IF EXISTS visits_list_figures_update ON visits',
    'DROP FUNCTION IF EXISTS visits_list_figures_update()',
    'DROP TRIGGER IF EXISTS lesions_list_figures_insert ON lesions',
    'DROP FUNCTION IF EXISTS lesions_list_figures_insert()',
    'DROP TRIGGER IF EXISTS lesions_list_figures_delete ON lesions',
    'DROP FUNCTION IF EXISTS lesions_list_figures_delete()',
    'DROP TRIGGER IF EXISTS lesions_list_figures_update ON lesions',
    'DROP FUNCTION IF EXISTS lesions_list_figures_update()',
)


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table('patients') as batch_op:
        for name, type_, default in COLUMNS:
            batch_op.add_column(
                sa.Column(name, type_, server_default=default, nullable=default is None)
            )
    for sql in FILL:
        bind.exec_driver_sql(sql)
    for sql in POSTGRESQL if bind.dialect.name == 'postgresql' else SQLITE:
        bind.exec_driver_sql(sql)


def downgrade() -> None:
    bind = op.get_bind()
    for sql in POSTGRESQL_DROP if bind.dialect.name == 'postgresql' else SQLITE_DROP:
        bind.exec_driver_sql(sql)
    with op.batch_alter_table('patients') as batch_op:
        for name, _type, _default in COLUMNS:
            batch_op.drop_column(name)
