"""The matches of the last few searches, kept to answer the next keystroke (SQLite).

While a nurse types a name, each keystroke's patients are among the previous one's: those whose
search key contains "casta" are among those whose key contains "cast". Finding a few thousand
patients in the trigram index and sorting them all by name costs 3–6 ms at 50,000 patients, on
every keystroke. So when a search of 3+ characters, in name order and filtered by status alone,
matches at most ``CAP`` patients, all their ids are kept in list order (``Recent``), and:

- the same search again (a backspace back to it, the next page, a refresh) is answered from them;
- a longer search that contains a kept one ("castan" after "cast") takes the trigram index's
  matches of its own text (no sort) and keeps those of the kept ids, in the kept order.

Kept ids are only ever used while the database is as it was when they were read. Each read first
asks SQLite for its connection's ``data_version`` (changed when any other connection, in this
process or another, committed a write since this connection last read) and ``total_changes()``
(changed by this connection's own writes); if either differs from what this connection showed
last time, or the connection is new, everything kept is forgotten. The ids are read from the
SQLite connection itself (half the time of reading them through SQLAlchemy's results). The other
shortcuts (store/patient_list_shortcuts.py) and the general query answer whatever this does not.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from weakref import WeakKeyDictionary

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from calcitrack.domain.patient_list import ListColumn, PatientListQuery, StatusFilter
from calcitrack.domain.text import search_text
from calcitrack.store.patient_list_shortcuts import ORDERED
from calcitrack.store.patient_list_sql import TRIGRAM, dialect, phrase
from calcitrack.store.records import SEARCH_TABLE

CAP = 5000
"""The most matches kept for one search (a few thousand sort in 3–6 ms; more would cost more
to read than the other shortcuts take)."""
KEPT = 16
"""Searches kept: a few words typed and deleted again, letter by letter (at most 640 kB)."""

_SEEN = "calcitrack.patient_list_narrowing.seen"
"""Key, in the pooled connection's info, of the (total changes, data version) it last showed."""

Key = tuple[bool | None, str]
"""(archived, or None for every patient; the folded search text)."""


class Recent:
    """The ids, in list order, of the patients the last few searches found, per status."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._kept: OrderedDict[Key, array[int]] = OrderedDict()

    def forget(self) -> None:
        self._kept.clear()

    def exact(self, key: Key) -> array[int] | None:
        found = self._kept.get(key)
        if found is not None:
            self._kept.move_to_end(key)
        return found

    def narrowest_within(self, key: Key) -> array[int] | None:
        """The fewest kept ids of a search, under the same status, whose text the key's text
        contains (its matches are among them); None if none is kept."""
        archived, needle = key
        within = [
            ids for (status, kept), ids in self._kept.items()
            if status == archived and kept in needle
        ]  # fmt: skip
        return min(within, key=len, default=None)

    def keep(self, key: Key, ids: array[int]) -> None:
        self._kept[key] = ids
        self._kept.move_to_end(key)
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)


_RECENT: WeakKeyDictionary[Engine, Recent] = WeakKeyDictionary()
_RECENT_LOCK = threading.Lock()


def _recent(engine: Engine) -> Recent:
    with _RECENT_LOCK:
        recent = _RECENT.get(engine)
        if recent is None:
            recent = _RECENT[engine] = Recent()
        return recent


def listed(session: Session, query: PatientListQuery) -> array[int] | None:
    """The ids of every patient ``query`` lists, in list order, when it is a search this
    answers (see the module); else None."""
    needle = search_text(query.search)
    if not _applies(session, query, needle):
        return None
    key: Key = ({StatusFilter.ACTIVE: False, StatusFilter.ARCHIVED: True}.get(query.status), needle)
    engine = session.get_bind()
    assert isinstance(engine, Engine)  # the unit of work binds sessions to its engine
    recent = _recent(engine)
    with recent.lock:
        if _changed(session):
            recent.forget()
        kept = recent.exact(key)
        if kept is not None:
            return kept
        wider = recent.narrowest_within(key)
        ids = _narrowed(session, needle, wider) if wider is not None else _all(session, key)
        if ids is not None:
            recent.keep(key, ids)
        return ids


def _applies(session: Session, query: PatientListQuery, needle: str) -> bool:
    """A search of 3+ characters on SQLite, in name order (ascending), filtered by status."""
    return (
        dialect(session) == "sqlite"
        and len(needle) >= TRIGRAM
        and query.sort is ListColumn.NAME
        and not query.descending
        and query.disease is None
        and not query.on_diltiazem
    )


def _changed(session: Session) -> bool:
    """Whether the database may have changed since this session's connection last read it
    (or the connection is new)."""
    connection = session.connection()
    shown = connection.exec_driver_sql(
        "SELECT total_changes(), data_version FROM pragma_data_version"
    ).one()
    stamp = (int(shown[0]), int(shown[1]))
    info = connection.connection.info
    seen = info.get(_SEEN)
    info[_SEEN] = stamp
    return seen != stamp


_FOUND = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :phrase"
"""The rowids (patient ids) whose search key contains the phrase's text."""


def _all(session: Session, key: Key) -> array[int] | None:
    """Every match of the key's search, sorted; None if more than ``CAP``."""
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


def _narrowed(session: Session, needle: str, wider: array[int]) -> array[int]:
    """The ids of ``wider`` (in its order) whose key contains ``needle``."""
    connection = session.connection().connection.driver_connection
    assert connection is not None  # an open session's connection
    found = {row[0] for row in connection.execute(_FOUND, {"phrase": phrase(needle)})}
    return array("q", (i for i in wider if i in found))
