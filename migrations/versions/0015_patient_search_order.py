"""an index that puts the patients a search found in name order without reading their rows

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

A search of three characters or more finds its patients through the trigram index, then sorts
them by name for the list's first page. Each one's name was read from its row in ``patients``
(about 1 µs a patient: 2–4 ms when a few thousand of 50,000 match). ``patients`` gains the index
``ix_patients_found_in_name_order`` (id, archived, name key, MRN): the sort reads it instead of the
rows (calcitrack/store/patient_list_shortcuts.py). Derived, not audited; a downgrade drops it.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = 'ix_patients_found_in_name_order'


def upgrade() -> None:
    op.create_index(INDEX, 'patients', ['id', 'archived', 'name_key', 'mrn'])


def downgrade() -> None:
    op.drop_index(INDEX, table_name='patients')
