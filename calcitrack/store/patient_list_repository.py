"""The patient list's pages: search, filters, sort and paging in SQL (PatientListQuery).

A page costs the same whatever the clinic's size: the page's ids come from one query that the
indexes serve (store/patient_list_sql.py), its rows with their flags, figures and current drugs
from a second that reads only those patients, and the counts from a third. Flags are parsed for
the page's rows only. A search typed on is answered from the last searches' matches
while the database is unchanged, and so are the counts (store/patient_list_kept.py).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, bindparam, func, select
from sqlalchemy.orm import Session

from calcitrack.domain.entities import PatientSummary
from calcitrack.domain.flags import Flag
from calcitrack.domain.flags_read_later import FlagsReadLater
from calcitrack.domain.patient_list import (
    ListColumn,
    PatientListPage,
    PatientListQuery,
    StatusFilter,
)
from calcitrack.domain.review.assessment import RULES_VERSION
from calcitrack.store import mapping
from calcitrack.store import patient_list_kept as kept
from calcitrack.store import patient_list_shortcuts as shortcuts
from calcitrack.store import patient_list_sql as sql
from calcitrack.store.flag_repository import flags_read_later
from calcitrack.store.patient_list_sql import F, P
from calcitrack.store.records import ClinicSettingsRevisionRecord

log = logging.getLogger(__name__)


def list_page(
    session: Session, query: PatientListQuery, *, offset: int, limit: int, today: date
) -> PatientListPage:
    """Rows ``offset`` … ``offset + limit - 1`` of the patients matching ``query``."""
    answers = kept.kept(session)
    total = answers.count("total", lambda: session.scalar(select(func.count()).select_from(P)) or 0)
    listed = kept.listed(session, query, today, answers)
    if listed is not None:  # a keystroke's search answered from the kept matches
        start = max(offset, 0)
        ids = listed[start : start + max(limit, 0)]
        return PatientListPage(_rows(session, ids, today), offset, len(listed), total)
    rows = _page_rows(session, query, offset=offset, limit=limit, today=today)
    matching = answers.count(
        kept.count_key(query, today), lambda: _counted(session, query, today=today, total=total)
    )
    return PatientListPage(rows, offset, matching, total)


def _page_rows(
    session: Session, query: PatientListQuery, *, offset: int, limit: int, today: date
) -> tuple[PatientSummary, ...]:
    """Rows ``offset`` … ``offset + limit - 1`` of the patients matching ``query`` (the
    shortcuts of a typed search first, else the general query)."""
    ids = shortcuts.page_ids(session, query, offset=offset, limit=limit)
    if ids is None:
        where = sql.conditions(session, query, today)
        ids_query = select(P.id).where(*where).order_by(*sql.order_by(session, query, today))
        if query.sort is ListColumn.FLAGS:
            ids_query = ids_query.outerjoin(F, F.patient_id == P.id)
        ids = list(session.scalars(ids_query.offset(max(offset, 0)).limit(max(limit, 0))))
    return _rows(session, ids, today)


def _counted(session: Session, query: PatientListQuery, *, today: date, total: int) -> int:
    """How many patients match ``query`` (of ``total``, archived included)."""
    short = shortcuts.short_count(session, query)
    if short is not None:
        return short
    search = shortcuts.found(session, query)
    if search is not None:
        return shortcuts.matching(session, query, search)
    return _matching(session, query, sql.conditions(session, query, today), total)


def _matching(
    session: Session, query: PatientListQuery, where: Sequence[ColumnElement[bool]], total: int
) -> int:
    """How many patients match (of ``total``). Filtered by status alone, the matching ones are
    counted from the archived ones (few: an index range), not by counting the active ones
    (nearly all: PostgreSQL reads every index entry to count them)."""
    if query.search.strip() or query.disease is not None or query.on_diltiazem:
        return session.scalar(select(func.count()).select_from(P).where(*where)) or 0
    if query.status is StatusFilter.ALL:
        return total
    archived = session.scalar(select(func.count()).select_from(P).where(P.archived.is_(True)))
    archived = archived or 0
    return archived if query.status is StatusFilter.ARCHIVED else total - archived


def list_position(
    session: Session, query: PatientListQuery, mrn: str, *, today: date
) -> int | None:
    """The row of the patient with ``mrn`` among those matching ``query``; None if not listed."""
    where = sql.conditions(session, query, today)
    value = sql.sort_value(session, query.sort, today)
    found = session.execute(
        select(value, P.name_key, P.mrn)
        .outerjoin(F, F.patient_id == P.id)
        .where(P.mrn == mrn, *where)
    ).first()
    if found is None:
        return None
    target = (found[0], found[1], found[2])
    ahead = (
        select(func.count()).select_from(P).where(*where, sql.before(session, query, today, target))
    )
    if query.sort is ListColumn.FLAGS:
        ahead = ahead.outerjoin(F, F.patient_id == P.id)
    return session.scalar(ahead) or 0


def _rows(session: Session, ids: Sequence[int], today: date) -> tuple[PatientSummary, ...]:
    """The list rows of these patients, in this order."""
    if not ids:
        return ()
    query = _rows_statement(session)
    found = session.connection().execute(query, {"ids": list(ids), "today": today}).all()
    by_id: dict[int, PatientSummary] = {}
    for row in found:
        # The flags record the settings version at which an assessed value last changed.
        settings_version, last, visits, lesions, next_due, drugs, *flag_columns = row[:11]
        patient = mapping.patient_from_row(row[11:])
        assert patient.id is not None  # read from its row
        by_id[patient.id] = PatientSummary(
            patient,
            last,
            visits or 0,
            lesions or 0,
            next_due,
            frozenset(drugs.split("\x1f")) if drugs else frozenset(),
            *_flags(patient.id, flag_columns, settings_version or 0),
        )
    return tuple(by_id[i] for i in ids if i in by_id)


_ROWS: dict[str, Select[Any]] = {}
"""The rows statement per database (built once: building it cost as much as running it)."""


def _rows_statement(session: Session) -> Select[Any]:
    """The list rows of the patients ``:ids`` with the drugs current on ``:today``, each after
    the assessed settings' version in force (one statement: SQLite and PostgreSQL read it once)."""
    name = sql.dialect(session)
    statement = _ROWS.get(name)
    if statement is None:
        statement = _ROWS[name] = (
            select(
                select(ClinicSettingsRevisionRecord.assessed_version).scalar_subquery(),
                sql.last_visit(),
                sql.visit_count(),
                sql.active_lesions(),
                sql.next_due(),
                sql.current_drug_codes(session, bindparam("today", type_=Date())),
                F.flags_json,
                F.response_category,
                F.assessed_on,
                F.settings_version,
                F.rules_version,
                *(getattr(P, name) for name in mapping.PATIENT_ROW_COLUMNS),
            )
            .outerjoin(F, F.patient_id == P.id)
            .where(P.id.in_(bindparam("ids", expanding=True)))
        )
    return statement


def _flags(
    patient_id: int, columns: Sequence[Any], settings_version: int
) -> tuple[Sequence[Flag], str | None, date | None, bool]:
    """Flags, response category, assessment day and staleness (nothing when never assessed, or
    when the stored flags cannot be read: logged, and the background refresh rewrites them)."""
    text, category, assessed_on, its_settings, its_rules = columns
    if text is None:
        return (), None, None, False
    try:
        flags = _parsed(text)
    except ValueError as error:  # json.JSONDecodeError is a ValueError
        log.warning("cached flags of patient %s are unreadable: %s", patient_id, error)
        return (), None, None, False
    stale = its_settings != settings_version or its_rules != RULES_VERSION
    return flags, category, assessed_on, stale


#: Parsed flag texts (most patients share a few: "[]" above all); their flags, once read, are
#: immutable. Each holds its kinds and severities, and its flags only when a tooltip asked.
_PARSED: dict[str, FlagsReadLater] = {}
_PARSED_MAX = 4096


def _parsed(text: str) -> FlagsReadLater:
    """The flags stored as ``text``, their texts read when first looked at: a search's first
    page of patients never shown before would otherwise read every flag's messages on the
    keystroke, for rows whose cells show only the flags' kinds and severities."""
    flags = _PARSED.get(text)
    if flags is None:
        flags = flags_read_later(text)
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.clear()
        _PARSED[text] = flags
    return flags
