"""Where the patient list's queries run: on the task runner, one at a time, the newest first.

Each question to the database (the first rows of a query, the next page, the rows down to a
patient to select) runs on a worker thread, so a slow server never freezes the window. At most
one runs at a time: a new query (a keystroke, a filter, a sort, a refresh) drops every request
still waiting, and answers to a query older than the newest are dropped on arrival, so the rows
shown always belong to the newest query, whatever order the answers come back in.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from calcitrack.domain.patient_list import PatientListPage, PatientListQuery
from calcitrack.ui.common.task_runner import Runner

PAGE = 100
"""Rows per page: more than a tall screen shows (the view asks for the next as it scrolls), and
no more, since each row a keystroke fetches is mapped in Python (≈ 0.07 ms a row)."""
KEEP_WITHIN = 2000
"""A search or filter keeps the selected patient selected if listed in the first this many rows
(fetched down to it); further down, the selection is let go rather than fetch thousands of rows."""


class PatientPages(Protocol):
    def list_page(
        self,
        query: PatientListQuery,
        *,
        offset: int = 0,
        limit: int = 200,
        today: date | None = None,
    ) -> PatientListPage: ...

    def list_position(
        self, query: PatientListQuery, mrn: str, *, today: date | None = None
    ) -> int | None: ...


@dataclass(frozen=True)
class ListAnswer:
    """Rows of ``query`` (``page``; None: no rows to add) and the patient to select, if any."""

    query: PatientListQuery
    page: PatientListPage | None
    select: str | None = None


def _pages(rows: int) -> int:
    """``rows`` rounded up to whole pages (at least one)."""
    return max(1, -(-rows // PAGE)) * PAGE


class PatientListLoader(QObject):
    """Asks ``source`` for the list's rows on ``runner``; ``reloaded`` brings the first rows of
    a query, ``extended`` more rows of the same query, ``failed`` an error."""

    reloaded = Signal(object)
    """ListAnswer: the first rows of the newest query."""
    extended = Signal(object)
    """ListAnswer: rows that continue those shown (``page.offset`` is where they start)."""
    failed = Signal(object)

    def __init__(
        self,
        source: PatientPages,
        runner: Runner,
        today: Callable[[], date],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._runner = runner
        self._today = today
        self._generation = 0
        self._running = False
        self._waiting: deque[tuple[int, Callable[[], ListAnswer | None], bool]] = deque()

    @property
    def today(self) -> date:
        return self._today()

    def reload(
        self, query: PatientListQuery, *, rows: int = PAGE, keep: str | None = None,
        keep_within: int | None = KEEP_WITHIN,
    ) -> None:
        """Ask for the first ``rows`` rows of ``query`` (whole pages), and down to the patient
        ``keep`` if listed within ``keep_within`` rows (None: wherever listed)."""
        self._generation += 1
        self._waiting.clear()  # older questions: their answers would be dropped anyway
        source, today = self._source, self._today()

        def work() -> ListAnswer:
            page = source.list_page(query, offset=0, limit=_pages(rows), today=today)
            if keep is None or any(s.patient.mrn == keep for s in page.rows):
                return ListAnswer(query, page, keep)
            if len(page.rows) >= page.matching:
                return ListAnswer(query, page)
            position = source.list_position(query, keep, today=today)
            if position is None or (keep_within is not None and position >= keep_within):
                return ListAnswer(query, page)
            more = _rows_down_to(source, query, len(page.rows), position, today)
            return ListAnswer(query, _joined(page, more), keep)

        self._queue(work, reset=True)

    def fetch(self, query: PatientListQuery, offset: int) -> None:
        """Ask for the page of ``query`` that starts at row ``offset``."""
        source, today = self._source, self._today()
        self._queue(
            lambda: ListAnswer(
                query, source.list_page(query, offset=offset, limit=PAGE, today=today)
            ),
            reset=False,
        )

    def find(self, query: PatientListQuery, mrn: str, offset: int) -> None:
        """Ask for the rows from ``offset`` down to the patient ``mrn``, to select it; nothing
        comes back if the patient is not listed under ``query``."""
        source, today = self._source, self._today()

        def work() -> ListAnswer | None:
            position = source.list_position(query, mrn, today=today)
            if position is None:
                return None
            if position < offset:  # fetched meanwhile
                return ListAnswer(query, None, mrn)
            return ListAnswer(query, _rows_down_to(source, query, offset, position, today), mrn)

        self._queue(work, reset=False)

    # ---------------------------------------------------------------- one at a time

    def _queue(self, work: Callable[[], ListAnswer | None], *, reset: bool) -> None:
        self._waiting.append((self._generation, work, reset))
        if not self._running:
            self._next()

    def _next(self) -> None:
        if not self._waiting:
            return
        generation, work, reset = self._waiting.popleft()
        self._running = True
        self._runner.submit(
            work,
            on_done=lambda answer: self._on_answered(generation, reset, answer),
            on_error=lambda error: self._on_failed(generation, error),
        )

    def _on_answered(self, generation: int, reset: bool, answer: ListAnswer | None) -> None:
        self._running = False
        if generation == self._generation and answer is not None:
            (self.reloaded if reset else self.extended).emit(answer)
        self._next()

    def _on_failed(self, generation: int, error: BaseException) -> None:
        self._running = False
        if generation == self._generation:
            self.failed.emit(error)
        self._next()


def _rows_down_to(
    source: PatientPages, query: PatientListQuery, offset: int, position: int, today: date
) -> PatientListPage:
    """The rows from ``offset`` down to ``position``, to the end of its page."""
    return source.list_page(
        query, offset=offset, limit=_pages(position + 1) - offset, today=today
    )


def _joined(first: PatientListPage, more: PatientListPage) -> PatientListPage:
    return PatientListPage(first.rows + more.rows, first.offset, more.matching, more.total)
