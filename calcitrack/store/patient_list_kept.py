"""What the patient list keeps between keystrokes while the database is unchanged.

While a nurse types a name, each keystroke asks again what the last one asked: how many patients
the clinic has, how many match, and which ones. At 50,000 patients the answers cost milliseconds
each (PostgreSQL reads every index entry to count the clinic; a search matching a few thousand
patients sorts them all by name), so they are kept (``Kept``) and reused while the database is
exactly as it was when they were read:

- **Counts:** the clinic's total, and the number of patients each filter and search matches.
- **Matches of a search** of 3+ characters in name order, filtered by status alone, that finds
  at most ``CAP`` patients: all their ids in list order. The same search again (a backspace back
  to it, the next page, a refresh) is answered from them, and a longer search that contains a
  kept one ("castan" after "cast") takes the search index's matches of its own text and keeps
  those among the kept ids, in their order, instead of sorting again (its matches are among them).

**Unchanged** means: on SQLite, neither the connection's ``data_version`` (moved by a commit of
any other connection, in this process or another) nor its ``total_changes()`` (its own writes)
moved since it last read for the list, and the connection is not new; on PostgreSQL, the
current snapshot (the transactions committed as of now, cluster-wide) is the one the answers
were read under. Anything else forgets everything kept. The matches are read from the SQLite
connection itself (half the time of SQLAlchemy's results); the other shortcuts
(store/patient_list_shortcuts.py) and the general query answer what this does not.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import date
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from calcitrack.domain.patient_list import ListColumn, PatientListQuery, StatusFilter
from calcitrack.domain.text import search_text
from calcitrack.store import patient_list_sql as sql
from calcitrack.store.patient_list_shortcuts import ORDERED
from calcitrack.store.patient_list_sql import TRIGRAM, P, dialect, phrase
from calcitrack.store.records import SEARCH_TABLE

CAP = 5000
"""The most matches kept for one search (a few thousand sort in 3–6 ms; more would cost more
to read than the other shortcuts take)."""
KEPT = 16
"""Searches whose matches are kept: a few words typed and deleted again, letter by letter (at
most 640 kB)."""
COUNTS = 512
"""Counts kept at most (forgotten all at once beyond)."""

_SEEN = "calcitrack.patient_list_kept.seen"
"""Key, in a pooled SQLite connection's info, of the (total changes, data version) it showed
when it last read for the list."""

Key = tuple[bool | None, str]
"""A kept search: (archived, or None for every patient; the folded search text)."""


class Kept:
    """One database's kept answers (thread-safe: each use holds ``lock``)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.snapshot: str | None = None
        """PostgreSQL: the snapshot the answers were read under (SQLite keeps its stamps on
        each connection)."""
        self._matches: OrderedDict[Key, array[int]] = OrderedDict()
        self._counts: dict[Hashable, int] = {}

    def forget(self) -> None:
        self._matches.clear()
        self._counts.clear()

    def count(self, key: Hashable, counted: Callable[[], int]) -> int:
        """The count kept under ``key``, else ``counted()`` (then kept)."""
        with self.lock:
            found = self._counts.get(key)
            if found is None:
                found = counted()
                if len(self._counts) >= COUNTS:
                    self._counts.clear()
                self._counts[key] = found
            return found

    def exact(self, key: Key) -> array[int] | None:
        found = self._matches.get(key)
        if found is not None:
            self._matches.move_to_end(key)
        return found

    def narrowest_within(self, key: Key) -> array[int] | None:
        """The fewest kept ids of a search, under the same status, whose text the key's text
        contains (its matches are among them); None if none is kept."""
        archived, needle = key
        within = [
            ids for (status, kept), ids in self._matches.items()
            if status == archived and kept in needle
        ]  # fmt: skip
        return min(within, key=len, default=None)

    def keep(self, key: Key, ids: array[int]) -> None:
        self._matches[key] = ids
        self._matches.move_to_end(key)
        while len(self._matches) > KEPT:
            self._matches.popitem(last=False)


_KEPT: WeakKeyDictionary[Engine, Kept] = WeakKeyDictionary()
_KEPT_LOCK = threading.Lock()


def kept(session: Session) -> Kept:
    """The answers kept for the session's database, forgotten first if it may have changed
    since it was last read for the list."""
    engine = session.get_bind()
    assert isinstance(engine, Engine)  # the unit of work binds sessions to its engine
    with _KEPT_LOCK:
        answers = _KEPT.get(engine)
        if answers is None:
            answers = _KEPT[engine] = Kept()
    with answers.lock:
        if _changed(session, answers):
            answers.forget()
    return answers


def count_key(query: PatientListQuery, today: date) -> Hashable:
    """What the number of patients ``query`` lists depends on (not its order)."""
    on = today if query.on_diltiazem else None
    return ("matching", search_text(query.search), query.status, query.disease, on)


def listed(
    session: Session, query: PatientListQuery, today: date, answers: Kept
) -> array[int] | None:
    """The ids of every patient ``query`` lists, in list order, when it is a search whose
    matches are kept (see the module); else None."""
    needle = search_text(query.search)
    if not _applies(query, needle):
        return None
    key: Key = (query.status.archived, needle)
    with answers.lock:
        found = answers.exact(key)
        if found is not None:
            return found
        wider = answers.narrowest_within(key)
        if wider is not None:
            ids: array[int] | None = _narrowed(session, needle, wider, today)
        else:
            ids = _all(session, query, key, today)
        if ids is not None:
            answers.keep(key, ids)
        return ids


def _applies(query: PatientListQuery, needle: str) -> bool:
    """A search of 3+ characters, in name order (ascending), filtered by status alone."""
    return (
        len(needle) >= TRIGRAM
        and query.sort is ListColumn.NAME
        and not query.descending
        and query.disease is None
        and not query.on_diltiazem
    )


def _changed(session: Session, answers: Kept) -> bool:
    """Whether the database may have changed since it was last read for the list (SQLite: by
    this session's connection, or the connection is new)."""
    connection = session.connection()
    if dialect(session) == "postgresql":
        # The snapshot names the transactions committed as of now: an equal one sees equal data.
        snapshot = connection.exec_driver_sql("SELECT pg_current_snapshot()::text").scalar_one()
        seen, answers.snapshot = answers.snapshot, str(snapshot)
        return seen != answers.snapshot
    shown = connection.exec_driver_sql(
        "SELECT total_changes(), data_version FROM pragma_data_version"
    ).one()
    stamp = (int(shown[0]), int(shown[1]))
    info = connection.connection.info
    seen_here = info.get(_SEEN)
    info[_SEEN] = stamp
    return seen_here != stamp


_FOUND = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :phrase"
"""SQLite: the rowids (patient ids) whose search key contains the phrase's text."""


def _all(
    session: Session, query: PatientListQuery, key: Key, today: date
) -> array[int] | None:
    """Every match of the key's search, sorted; None if more than ``CAP``."""
    if dialect(session) != "sqlite":
        where = sql.conditions(session, query, today)
        ids = session.scalars(
            select(P.id).where(*where).order_by(*sql.order_by(session, query, today))
            .limit(CAP + 1)
        ).all()  # fmt: skip
        return array("q", ids) if len(ids) <= CAP else None
    archived, needle = key
    connection = session.connection().connection.driver_connection
    assert connection is not None  # an open session's connection
    found = {"phrase": phrase(needle), "archived": archived}
    (everyone,) = connection.execute(f"SELECT count(*) FROM ({_FOUND})", found).fetchone()
    if everyone > CAP:
        return None
    status = "" if archived is None else "AND archived = :archived"
    ids = connection.execute(
        f"SELECT id FROM patients INDEXED BY {ORDERED} WHERE id IN ({_FOUND}) "
        f"{status} ORDER BY name_key, mrn",
        found,
    )
    return array("q", (row[0] for row in ids))


def _narrowed(session: Session, needle: str, wider: array[int], today: date) -> array[int]:
    """The ids of ``wider`` (in its order) whose key contains ``needle``."""
    if dialect(session) != "sqlite":
        everyone = PatientListQuery(search=needle, status=StatusFilter.ALL)
        where = sql.conditions(session, everyone, today)  # the search alone
        found = set(session.scalars(select(P.id).where(*where)))
        return array("q", (i for i in wider if i in found))
    connection = session.connection().connection.driver_connection
    assert connection is not None  # an open session's connection
    matches = {row[0] for row in connection.execute(_FOUND, {"phrase": phrase(needle)})}
    return array("q", (i for i in wider if i in matches))
