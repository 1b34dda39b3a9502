"""Where the patient list's queries run: on the task runner, one at a time, the newest first.

Each question to the database (the first page of a query and the pages in view, a page scrolled
to, the page of a patient to select) runs on a worker thread, so a slow server never freezes the
window. At most one runs at a time: a new query (a keystroke, a filter, a sort, a refresh) drops
every request still waiting, and answers to a query older than the newest are dropped on arrival,
so the rows shown always belong to the newest query, whatever order the answers come back in.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Signal

from calcitrack.domain.patient_list import PatientListPage, PatientListQuery
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_sources import PatientPages

PAGE = 50
"""Rows per page: more than a tall screen shows (the view asks for the pages it shows), and
no more: each row fetched costs ≈ 0.015 ms in SQL and Python, on every keystroke."""


@dataclass(frozen=True)
class ListAnswer:
    """Pages of ``query`` (the first one first, for a reload) and the patient to select, if
    any (listed in one of them)."""

    query: PatientListQuery
    pages: tuple[PatientListPage, ...]
    select: str | None = None


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
        # (generation, work, whether a reload, the page number of a fetch)
        self._waiting: deque[tuple[int, Callable[[], ListAnswer | None], bool, int | None]] = (
            deque()
        )

    @property
    def today(self) -> date:
        return self._today()

    def reload(
        self, query: PatientListQuery, *, pages: Sequence[int] = (), keep: str | None = None
    ) -> None:
        """Ask for the first page of ``query``, the pages numbered ``pages`` (those in view),
        and the page of the patient ``keep`` wherever listed."""
        self._generation += 1
        self._waiting.clear()  # older questions: their answers would be dropped anyway
        source, today = self._source, self._today()

        def work() -> ListAnswer:
            got = [source.list_page(query, offset=0, limit=PAGE, today=today)]
            matching = got[0].matching
            for number in sorted(set(pages) - {0}):
                if number * PAGE < matching:
                    got.append(_page(source, query, number, today))
            if keep is None:
                return ListAnswer(query, tuple(got))
            if not any(s.patient.mrn == keep for page in got for s in page.rows):
                position = source.list_position(query, keep, today=today)
                if position is None:
                    return ListAnswer(query, tuple(got))
                got.append(_page(source, query, position // PAGE, today))
            return ListAnswer(query, tuple(got), keep)

        self._queue(work, reset=True)

    def fetch(self, query: PatientListQuery, number: int) -> None:
        """Ask for the page numbered ``number`` of ``query`` (rows ``number * PAGE`` on)."""
        source, today = self._source, self._today()
        self._queue(
            lambda: ListAnswer(query, (_page(source, query, number, today),)),
            reset=False,
            page=number,
        )

    def drop_fetches(self) -> list[int]:
        """Forget the pages asked for by ``fetch`` that are still waiting (the view scrolled on
        past them): their numbers."""
        dropped = [item[3] for item in self._waiting if item[3] is not None]
        kept = [item for item in self._waiting if item[3] is None]
        self._waiting = deque(kept)
        return dropped

    def find(self, query: PatientListQuery, mrn: str) -> None:
        """Ask for the page of the patient ``mrn``, to select it; nothing comes back if the
        patient is not listed under ``query``."""
        source, today = self._source, self._today()

        def work() -> ListAnswer | None:
            position = source.list_position(query, mrn, today=today)
            if position is None:
                return None
            return ListAnswer(query, (_page(source, query, position // PAGE, today),), mrn)

        self._queue(work, reset=False)

    # ---------------------------------------------------------------- one at a time

    def _queue(
        self, work: Callable[[], ListAnswer | None], *, reset: bool, page: int | None = None
    ) -> None:
        self._waiting.append((self._generation, work, reset, page))
        if not self._running:
            self._next()

    def _next(self) -> None:
        if not self._waiting:
            return
        generation, work, reset, _page_number = self._waiting.popleft()
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


def _page(
    source: PatientPages, query: PatientListQuery, number: int, today: date
) -> PatientListPage:
    return source.list_page(query, offset=number * PAGE, limit=PAGE, today=today)
