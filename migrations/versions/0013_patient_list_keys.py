"""the patient list in the database: search and sort keys, their indexes, the flags' order

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

The patient list searches, filters and sorts in the database and reads a page at a time:

- ``patients`` gains ``search_key`` (the MRN and the name in the orders people type it, folded:
  calcitrack.domain.text.patient_search_key), ``name_key`` (folded family name, U+001F, folded
  given name) and ``mrn_key`` (the MRN case-folded), compared as code points (collation "C" on
  PostgreSQL, as Python compares). They are computed here for every existing patient, and by
  CalciTrack on every write after.
- The search key is indexed: on SQLite by ``patient_search``, an FTS5 table with the trigram
  tokenizer kept in step by triggers; on PostgreSQL by a GIN trigram index (``pg_trgm``; when the
  extension cannot be created the index is left out with a logged note and searches scan).
- B-tree indexes serve the list's orders and counts: archived + name, archived + MRN, archived +
  birth date, archived + search key (a search too short for trigrams scans this index, not the
  table), and lesions by patient and status (the active lesions column).
- ``patient_flags`` gains ``flag_rank`` (the list's flags order, worst first; NULL without
  flags), computed here from each stored row's flags, indexed.

The new columns are derived and not audited: no signed content or audit entry changes. A
downgrade drops them, the search index and the triggers.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

SORT_KEY = sa.Text().with_variant(sa.Text(collation='C'), 'postgresql')
KEYS = ('search_key', 'name_key', 'mrn_key')
INDEXES = (
    ('ix_patients_list_name', ['archived', 'name_key', 'mrn']),
    ('ix_patients_list_mrn', ['archived', 'mrn_key']),
    ('ix_patients_list_born', ['archived', 'date_of_birth', 'name_key']),
    ('ix_patients_list_search', ['archived', 'search_key']),
)
SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE patient_search USING fts5(search_key, content='patients', "
    "content_rowid='id', tokenize='trigram case_sensitive 1', columnsize=0)",
    "CREATE TRIGGER patients_search_insert AFTER INSERT ON patients BEGIN "
    "INSERT INTO patient_search(rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER patients_search_delete AFTER DELETE ON patients BEGIN "
    "INSERT INTO patient_search(patient_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER patients_search_update AFTER UPDATE OF search_key ON patients BEGIN "
    "INSERT INTO patient_search(patient_search, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO patient_search(rowid, search_key) VALUES (new.id, new.search_key); END",
    "INSERT INTO patient_search(patient_search) VALUES ('rebuild')",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS patients_search_insert",
    "DROP TRIGGER IF EXISTS patients_search_delete",
    "DROP TRIGGER IF EXISTS patients_search_update",
    "DROP TABLE IF EXISTS patient_search",
)
TRIGRAM_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_patients_search_key_trgm ON patients "
    "USING gin (search_key gin_trgm_ops)"
)

# Frozen copies of calcitrack.domain.text's folding as of this revision.
_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i", "ħ": "h"}
)
_SEARCH = str.maketrans({"-": " ", "‐": " ", "–": " ", "'": None, "’": None, "`": None})
_BADNESS = {'contraindication': 3, 'warning': 2, 'review': 1}


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _search_text(text: str) -> str:
    return " ".join(_fold(text).translate(_SEARCH).split())


def _keys(mrn: str, family: str, given: str) -> dict[str, str]:
    f, g = _search_text(family), _search_text(given)
    return {
        'search_key': "\x1f".join((_search_text(mrn), f"{f} {g}", f"{g} {f}", f"{f}, {g}")),
        'name_key': f"{_fold(family)}\x1f{_fold(given)}",
        'mrn_key': mrn.casefold(),
    }


def _flag_rank(flags_json: str) -> int | None:
    try:
        severities = [_BADNESS[item['severity']] for item in json.loads(flags_json)]
    except (ValueError, TypeError, KeyError):  # unreadable: the list shows no flags
        return None
    return -(10 * max(severities) + len(severities)) if severities else None


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table('patients') as batch_op:
        for key in KEYS:
            batch_op.add_column(sa.Column(key, SORT_KEY, server_default='', nullable=False))
    patients = sa.table(
        'patients', sa.column('id'), sa.column('mrn'), sa.column('family_name'),
        sa.column('given_name'), *(sa.column(key) for key in KEYS),
    )
    rows = bind.execute(
        sa.select(patients.c.id, patients.c.mrn, patients.c.family_name, patients.c.given_name)
    ).all()
    if rows:
        bind.execute(
            patients.update().where(patients.c.id == sa.bindparam('pid')),
            [{'pid': pid, **_keys(mrn, family, given)} for pid, mrn, family, given in rows],
        )
    with op.batch_alter_table('patients') as batch_op:
        for name, columns in INDEXES:
            batch_op.create_index(name, columns, unique=False)

    with op.batch_alter_table('lesions') as batch_op:
        batch_op.create_index('ix_lesions_patient_status', ['patient_id', 'status'], unique=False)

    with op.batch_alter_table('patient_flags') as batch_op:
        batch_op.add_column(sa.Column('flag_rank', sa.Integer(), nullable=True))
        batch_op.create_index('ix_patient_flags_flag_rank', ['flag_rank'], unique=False)
    flags = sa.table(
        'patient_flags', sa.column('patient_id'), sa.column('flags_json'), sa.column('flag_rank')
    )
    ranks = [
        {'pid': pid, 'flag_rank': rank}
        for pid, text in bind.execute(sa.select(flags.c.patient_id, flags.c.flags_json))
        if (rank := _flag_rank(text)) is not None
    ]
    if ranks:
        bind.execute(flags.update().where(flags.c.patient_id == sa.bindparam('pid')), ranks)

    if bind.dialect.name == 'sqlite':
        for sql in SQLITE_SEARCH:
            bind.exec_driver_sql(sql)
    elif bind.dialect.name == 'postgresql':
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except sa.exc.DBAPIError as error:
            log.warning(
                "the pg_trgm extension cannot be created (%s): the patient list's search scans "
                "without an index; a superuser can create it, then: %s",
                type(error.orig).__name__, TRIGRAM_INDEX,
            )
        else:
            bind.exec_driver_sql(TRIGRAM_INDEX)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for sql in SQLITE_DROP:
            bind.exec_driver_sql(sql)
    else:
        bind.exec_driver_sql("DROP INDEX IF EXISTS ix_patients_search_key_trgm")
    with op.batch_alter_table('patient_flags') as batch_op:
        batch_op.drop_index('ix_patient_flags_flag_rank')
        batch_op.drop_column('flag_rank')
    with op.batch_alter_table('lesions') as batch_op:
        batch_op.drop_index('ix_lesions_patient_status')
    with op.batch_alter_table('patients') as batch_op:
        for name, _columns in INDEXES:
            batch_op.drop_index(name)
        for key in KEYS:
            batch_op.drop_column(key)
