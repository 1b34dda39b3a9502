"""Two cheaper ways to the same answers for what a search keystroke asks most (SQLite).

A search of 3+ characters finds its patients through the trigram index, then sorts them all by
name to take the first page: 2–4 ms when a few thousand of 50,000 match. And it counts them by
reading each one's row to apply the status filter: 2–3 ms more. When the list is in name order
and filtered by status alone (what it is while a nurse types a name), these give the same
answers cheaper:

- ``found``: count the matches in the trigram index alone (a phrase of trigrams matches exactly
  the keys that contain the text); ``matching`` then takes off the archived ones, counted in the
  range of the name index that holds the archived patients (few).
- ``page_ids``: for a first page, walk the first ``WALK`` rows of the name index (it covers the
  search key: no row is read) and keep those containing the text; if a page's worth do, they
  are the page (0.2–0.5 ms: a clinic's common MRN prefix matches everyone, and sorting everyone
  would take 15 ms). Otherwise sort the patients found by name in an index of their ids, names
  and MRNs (migration 0015), not in their rows (1–2 ms for a few thousand).

- ``short_count``: a search of one or two characters is counted from the
  counts of such pieces kept by triggers (records/patient_search_grams.py): one row, where
  counting the keys that contain it reads every patient's key (3–4 ms at 50,000).

All give the answers of patient_list_sql.py; tests/store/test_patient_list_sql.py checks them
with the walk shortened so that both of its outcomes are met.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Boolean, Integer, String, column, func, select, table, text
from sqlalchemy.orm import Session

from calcitrack.domain.patient_list import ListColumn, PatientListQuery, StatusFilter
from calcitrack.domain.text import search_text
from calcitrack.store.patient_list_sql import TRIGRAM, P, dialect, phrase
from calcitrack.store.records import SEARCH_TABLE
from calcitrack.store.records.patient_search_grams import GRAMS, GRAMS_TABLE

WALK = 2000
"""Rows of the name order looked through for a first page before the search index is asked."""
ORDERED = "ix_patients_found_in_name_order"
"""(id, archived, name key, MRN): the found patients' places in name order (migration 0015)."""


_GRAMS = table(
    GRAMS_TABLE, column("gram", String), column("archived", Boolean), column("patients", Integer)
)


@dataclass(frozen=True)
class Found:
    """A search the trigram index serves: the folded text and how many keys contain it."""

    needle: str
    everyone: int
    """Patients whose key contains the text, archived ones included."""


def _applies(session: Session, query: PatientListQuery, needle: str) -> bool:
    """A search of 3+ characters on SQLite, filtered by status alone."""
    return (
        dialect(session) == "sqlite"
        and len(needle) >= TRIGRAM
        and query.disease is None
        and not query.on_diltiazem
    )


def found(session: Session, query: PatientListQuery) -> Found | None:
    """The trigram index's count for ``query`` when the shortcuts apply; else None."""
    needle = search_text(query.search)
    if not _applies(session, query, needle):
        return None
    everyone = session.scalar(
        select(func.count())
        .select_from(text(SEARCH_TABLE))
        .where(text(f"{SEARCH_TABLE} MATCH :phrase").bindparams(phrase=phrase(needle)))
    )
    return Found(needle, everyone or 0)


def page_ids(
    session: Session, query: PatientListQuery, *, offset: int, limit: int
) -> list[int] | None:
    """The ids of rows ``offset`` … ``offset + limit - 1`` of ``query`` in name order; None when
    the shortcuts do not apply (another order, other filters: the general query serves it)."""
    needle = search_text(query.search)
    if query.sort is not ListColumn.NAME or limit <= 0 or not _applies(session, query, needle):
        return None
    archived = query.status.archived
    # The walk reads the name index forwards only: descending, the name index's order (names
    # down, MRNs down) is not the list's (names down, MRNs up), and SQLite would sort everyone.
    if offset == 0 and archived is not None and limit <= WALK and not query.descending:
        walked = _walk(session, needle, archived, limit)
        if len(walked) == limit:
            return walked
    status = "" if archived is None else "AND archived = :archived"
    direction = "DESC" if query.descending else "ASC"
    ids = session.scalars(
        text(
            f"SELECT id FROM patients INDEXED BY {ORDERED} WHERE id IN (SELECT rowid FROM "
            f"{SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :phrase) {status} "
            f"ORDER BY name_key {direction}, mrn LIMIT :limit OFFSET :offset"
        ),
        {
            "phrase": phrase(needle),
            "archived": archived,
            "limit": limit,
            "offset": max(offset, 0),
        },
    )
    return list(ids)


def _walk(session: Session, needle: str, archived: bool, limit: int) -> list[int]:
    """The first ``limit`` ids containing ``needle`` among the first ``WALK`` in name order
    (fewer if fewer are there)."""
    walked = (
        select(P.id, P.search_key, P.name_key, P.mrn)
        .where(P.archived.is_(archived))
        .order_by(P.name_key, P.mrn)
        .limit(WALK)
        .subquery()
    )
    return list(
        session.scalars(
            select(walked.c.id)
            .where(func.instr(walked.c.search_key, needle) > 0)
            .order_by(walked.c.name_key, walked.c.mrn)
            .limit(limit)
        )
    )


def matching(session: Session, query: PatientListQuery, search: Found) -> int:
    """How many patients ``query`` lists: those found, less or only the archived ones (counted
    in the archived patients' range of the name index)."""
    if query.status is StatusFilter.ALL:
        return search.everyone
    archived = (
        session.scalar(
            select(func.count())
            .select_from(P)
            .where(P.archived.is_(True), func.instr(P.search_key, search.needle) > 0)
        )
        or 0
    )
    return archived if query.status is StatusFilter.ARCHIVED else search.everyone - archived


def short_count(session: Session, query: PatientListQuery) -> int | None:
    """How many patients ``query`` lists when it searches one or two characters and filters by
    status alone (from the pieces' counts); else None."""
    needle = search_text(query.search)
    if dialect(session) != "sqlite" or not 0 < len(needle) <= GRAMS:
        return None  # PostgreSQL keeps no such counts (records/patient_search_grams.py)
    if query.disease is not None or query.on_diltiazem:
        return None
    kept = query.status.archived
    archived = (False, True) if kept is None else (kept,)
    counted = session.scalar(
        select(func.sum(_GRAMS.c.patients)).where(
            _GRAMS.c.gram == needle, _GRAMS.c.archived.in_(archived)
        )
    )
    return int(counted or 0)
