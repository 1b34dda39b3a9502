"""The patient list's question in SQL: the filters, the search and the order of a PatientListQuery.

Every expression here gives the same answer on SQLite and PostgreSQL and the same order as
Python's (text compared as code points: collation "C" on PostgreSQL). The search looks in
``patients.search_key`` (``patient_search_key``), through its index where the typed text is long
enough to use one (store/records/patient_search.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from calcitrack.domain.codes import CalcinosisType, CodedEnum, UnderlyingDisease
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.patient_list import ListColumn, PatientListQuery
from calcitrack.domain.text import search_text
from calcitrack.store.records import (
    SEARCH_TABLE,
    MedicationPeriodRecord,
    PatientFlagsRecord,
    PatientRecord,
)

P = PatientRecord
F = PatientFlagsRecord

#: The shortest text the trigram index finds (shorter ones scan the search key).
TRIGRAM = 3


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def conditions(
    session: Session, query: PatientListQuery, today: date
) -> list[ColumnElement[bool]]:
    """The WHERE of the patients ``query`` lists (status, disease, diltiazem, search)."""
    where: list[ColumnElement[bool]] = []
    # Where the search index finds the patients, the other filters must not lead SQLite to walk
    # an index of every patient instead: "+column" keeps them out of the plan's index choice.
    plain = _no_index if _finds_by_trigrams(session, query) else _as_is
    if query.status.archived is not None:
        where.append(plain(P.archived).is_(query.status.archived))
    if query.disease is not None:
        where.append(plain(P.underlying_disease) == query.disease.value)
    if query.on_diltiazem:  # IN, not EXISTS: one pass over the periods, not one per patient
        m = MedicationPeriodRecord
        taking = select(m.patient_id).where(m.drug == "diltiazem", _active_on(today, listed=False))
        where.append(P.id.in_(taking))
    needle = search_text(query.search)
    if needle:
        where.append(_search(session, needle))
    return where


def _no_index(column: Any) -> ColumnElement[Any]:
    """``+column`` (SQLite: the same value, but no index is chosen for it)."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def _as_is(column: Any) -> Any:
    return column


def _active_on(today: date | ColumnElement[date], *, listed: bool = True) -> ColumnElement[bool]:
    """Medication periods active on ``today`` (MedicationPeriod.active_on): the listed
    patient's, or with ``listed=False`` anyone's."""
    m = MedicationPeriodRecord
    active = and_(m.start_on <= today, or_(m.stop_on.is_(None), m.stop_on > today))
    return and_(m.patient_id == P.id, active) if listed else active


def _search(session: Session, needle: str) -> ColumnElement[bool]:
    """The patients whose search key contains ``needle`` (already ``search_text``)."""
    if dialect(session) == "postgresql":
        # LIKE is what the trigram index serves; the needle's own wildcards are escaped.
        pattern = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return P.search_key.like(f"%{pattern}%", escape="\\")
    if len(needle) < TRIGRAM:  # GLOB, not instr: a quarter less per patient, where it scans
        return P.search_key.op("GLOB")(glob_pattern(needle))
    contains = func.instr(P.search_key, needle) > 0
    found = select(text("rowid")).select_from(text(SEARCH_TABLE)).where(
        text(f"{SEARCH_TABLE} MATCH :phrase").bindparams(phrase=phrase(needle))
    )
    return and_(P.id.in_(found.scalar_subquery()), contains)


_GLOB_SPECIAL = str.maketrans({"*": "[*]", "?": "[?]", "[": "[[]"})


def glob_pattern(needle: str) -> str:
    """The SQLite GLOB pattern of the keys that contain ``needle`` (case-sensitive, as the keys
    are folded): its own wildcards and brackets each in a bracket of their own."""
    return f"*{needle.translate(_GLOB_SPECIAL)}*"


def phrase(needle: str) -> str:
    """``needle`` as an FTS5 phrase: with the trigram tokenizer it matches exactly the keys that
    contain the needle (its trigrams one after another)."""
    return '"' + needle.replace('"', '""') + '"'


def c_order(session: Session, expression: SQLColumnExpression[Any]) -> SQLColumnExpression[Any]:
    """``expression`` compared as code points (as Python compares strings)."""
    if dialect(session) == "postgresql":
        return expression.collate("C")
    return expression


def _label_rank(
    kind: type[CodedEnum], column: SQLColumnExpression[Any]
) -> SQLColumnExpression[Any]:
    """The code's place in the alphabetical order of the labels (case-folded)."""
    order = sorted({member.label.casefold() for member in kind})
    return case({m.value: order.index(m.label.casefold()) for m in kind}, value=column)


def last_visit() -> SQLColumnExpression[Any]:
    """The latest visit's date (kept by triggers: store/records/patient_list_figures.py)."""
    return P.last_visit_on


def next_due() -> SQLColumnExpression[Any]:
    """The next visit planned at the latest visit (kept by triggers, as ``last_visit``)."""
    return P.next_due_on


def visit_count() -> SQLColumnExpression[Any]:
    return P.visit_count


def active_lesions() -> SQLColumnExpression[Any]:
    return P.active_lesions


def current_drug_codes(
    session: Session, today: date | ColumnElement[date]
) -> SQLColumnExpression[Any]:
    """The codes of the drugs taken on ``today`` (a day or a bound parameter), joined by U+001F
    (repeats possible)."""
    m = MedicationPeriodRecord
    if dialect(session) == "postgresql":
        joined = func.string_agg(m.drug, literal("\x1f"))
    else:
        joined = func.group_concat(m.drug, "\x1f")
    return select(joined).where(_active_on(today)).scalar_subquery()


def _drug_names(session: Session, today: date) -> SQLColumnExpression[Any]:
    """``drug_names`` of the current drugs, case-folded: "colchicine, diltiazem"; NULL if none."""
    m = MedicationPeriodRecord
    name = case(
        {code: drug.name.casefold() for code, drug in DRUGS.items()},
        value=m.drug,
        else_=func.lower(m.drug),
    ).label("name")
    # One row per drug (correlated with the listed patient two levels up).
    per_drug = select(name).where(_active_on(today)).group_by(m.drug).correlate(P)
    if dialect(session) == "postgresql":
        names = per_drug.subquery()
        ordered = aggregate_order_by(literal(", "), names.c.name.collate("C"))
        return select(func.string_agg(names.c.name, ordered)).scalar_subquery()
    names = per_drug.order_by(name).subquery()  # group_concat takes the rows in this order
    return select(func.group_concat(names.c.name, ", ")).scalar_subquery()


def sort_value(session: Session, column: ListColumn, today: date) -> SQLColumnExpression[Any]:
    """The value ``column`` sorts by (the reference's ``sort_value``); NULL: nothing recorded."""
    if column is ListColumn.MRN:
        return P.mrn_key
    if column is ListColumn.NAME:
        return P.name_key
    if column is ListColumn.BORN:
        return P.date_of_birth
    if column is ListColumn.DISEASE:
        return _label_rank(UnderlyingDisease, P.underlying_disease)
    if column is ListColumn.CALCINOSIS:
        return _label_rank(CalcinosisType, P.calcinosis_type)
    if column is ListColumn.LAST_VISIT:
        return last_visit()
    if column is ListColumn.NEXT_DUE:
        return next_due()
    if column is ListColumn.VISITS:
        return visit_count()
    if column is ListColumn.ACTIVE_LESIONS:
        return active_lesions()
    if column is ListColumn.CURRENT_DRUGS:
        return c_order(session, _drug_names(session, today))
    return F.flag_rank  # FLAGS: the worst first (the query joins patient_flags)


#: Columns that may have nothing recorded (NULL): they sort last in either order.
NULLABLE = frozenset(
    {ListColumn.LAST_VISIT, ListColumn.NEXT_DUE, ListColumn.CURRENT_DRUGS, ListColumn.FLAGS}
)


def order_by(
    session: Session, query: PatientListQuery, today: date
) -> list[SQLColumnExpression[Any]]:
    """The list's order: the column, then name order (then MRN); NULLs last in either order."""
    value = sort_value(session, query.sort, today)
    name_key: SQLColumnExpression[Any] = P.name_key
    if _finds_by_trigrams(session, query):
        # Sort the patients the search index found (as many as match), rather than walk the
        # name index through the whole clinic looking for them: "|| ''" hides the index.
        value = value.concat("") if query.sort is ListColumn.NAME else value
        name_key = P.name_key.concat("")
    first: SQLColumnExpression[Any] = value.desc() if query.descending else value.asc()
    if query.sort in NULLABLE:
        first = first.nulls_last()
    mrn = c_order(session, P.mrn)
    if query.sort is ListColumn.NAME:  # ties of the name (the same folded name) in MRN order
        return [first, mrn]
    return [first, name_key, mrn]


def _finds_by_trigrams(session: Session, query: PatientListQuery) -> bool:
    return dialect(session) == "sqlite" and len(search_text(query.search)) >= TRIGRAM


def before(
    session: Session, query: PatientListQuery, today: date, target: tuple[object, str, str]
) -> ColumnElement[bool]:
    """Rows listed before the row whose (sort value, name key, MRN) is ``target``."""
    value = sort_value(session, query.sort, today)
    own, name_key, mrn = target
    by_name = or_(
        P.name_key < name_key,
        and_(P.name_key == name_key, c_order(session, P.mrn) < mrn),
    )
    if own is None:
        return or_(value.is_not(None), and_(value.is_(None), by_name))
    ahead = value > own if query.descending else value < own
    return or_(and_(value.is_not(None), ahead), and_(value == own, by_name))

