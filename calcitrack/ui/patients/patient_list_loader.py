"""Where the patient list's queries run: on the task runner, one at a time, the newest first.

Each question to the database (the first page of a query and the pages in view, a page scrolled
to, the page of a patient to select) runs on a worker thread, so a slow server never freezes the
window. At most one runs at a time: a new query (a keystroke, a filter, a sort, a refresh) drops
every request still waiting, and answers to a query older than the newest are dropped on arrival,
so the rows shown always belong to the newest query, whatever order the answers come back in.

A new query's rows and its count are asked side by side, on two connections: counting the
patients a one-letter search finds reads an index of the whole clinic (4–5 ms at 50,000), which
then costs no more than the rows, and the first rows are shown with their count.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from calcitrack.domain.entities import PatientSummary
from calcitrack.domain.patient_list import PatientListPage, PatientListQuery
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_sources import PatientPages

PAGE = 100
"""Rows per page: more than a tall screen shows (the view asks for the pages it shows), and
no more, since each row fetched is mapped in Python (≈ 0.07 ms a row)."""


@dataclass(frozen=True)
class ListAnswer:
    """Pages of ``query`` (the first one first, for a reload) and the patient to select, if
    any (listed in one of them)."""

    query: PatientListQuery
    pages: tuple[PatientListPage, ...]
    select: str | None = None


@dataclass
class _Job:
    """Works run side by side (on the task runner's read threads); ``answer`` makes the list's
    answer of their results once all are back."""

    generation: int
    works: tuple[Callable[[], Any], ...]
    answer: Callable[[list[Any]], ListAnswer | None]
    reset: bool
    page: int | None = None
    results: list[Any] = field(default_factory=list)
    error: BaseException | None = None
    waiting: int = 0


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
        self._waiting: deque[_Job] = deque()

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
        numbers = sorted(set(pages) - {0})

        def rows() -> list[tuple[int, tuple[PatientSummary, ...]]]:
            got = [(n * PAGE, _rows(source, query, n, today)) for n in (0, *numbers)]
            if keep is not None and not any(s.patient.mrn == keep for _, r in got for s in r):
                position = source.list_position(query, keep, today=today)
                if position is not None:
                    got.append(
                        (position // PAGE * PAGE, _rows(source, query, position // PAGE, today))
                    )
            return got

        def counted() -> tuple[int, int]:
            return source.list_counts(query, today=today)

        def answer(results: list[Any]) -> ListAnswer:
            got, (matching, total) = results
            listed = tuple(
                PatientListPage(r, offset, matching, total)
                for offset, r in got
                if offset == 0 or offset < matching
            )
            found = keep is not None and any(
                s.patient.mrn == keep for page in listed for s in page.rows
            )
            return ListAnswer(query, listed, keep if found else None)

        self._queue(_Job(self._generation, (rows, counted), answer, reset=True))

    def fetch(self, query: PatientListQuery, number: int) -> None:
        """Ask for the page numbered ``number`` of ``query`` (rows ``number * PAGE`` on)."""
        source, today = self._source, self._today()
        self._queue(
            _Job(
                self._generation,
                (lambda: _page(source, query, number, today),),
                lambda results: ListAnswer(query, (results[0],)),
                reset=False,
                page=number,
            )
        )

    def drop_fetches(self) -> list[int]:
        """Forget the pages asked for by ``fetch`` that are still waiting (the view scrolled on
        past them): their numbers."""
        dropped = [job.page for job in self._waiting if job.page is not None]
        self._waiting = deque(job for job in self._waiting if job.page is None)
        return dropped

    def find(self, query: PatientListQuery, mrn: str) -> None:
        """Ask for the page of the patient ``mrn``, to select it; nothing comes back if the
        patient is not listed under ``query``."""
        source, today = self._source, self._today()

        def work() -> PatientListPage | None:
            position = source.list_position(query, mrn, today=today)
            return None if position is None else _page(source, query, position // PAGE, today)

        def answer(results: list[Any]) -> ListAnswer | None:
            return None if results[0] is None else ListAnswer(query, (results[0],), mrn)

        self._queue(_Job(self._generation, (work,), answer, reset=False))

    # ---------------------------------------------------------------- one at a time

    def _queue(self, job: _Job) -> None:
        self._waiting.append(job)
        if not self._running:
            self._next()

    def _next(self) -> None:
        if not self._waiting:
            return
        job = self._waiting.popleft()
        self._running = True
        job.results = [None] * len(job.works)
        job.waiting = len(job.works)
        for at, work in enumerate(job.works):
            self._runner.submit(
                work,
                on_done=self._answered(job, at),
                on_error=lambda error: self._on_failed(job, error),
            )

    def _answered(self, job: _Job, at: int) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            job.results[at] = result
            self._on_back(job)

        return done

    def _on_failed(self, job: _Job, error: BaseException) -> None:
        job.error = job.error or error
        self._on_back(job)

    def _on_back(self, job: _Job) -> None:
        job.waiting -= 1
        if job.waiting:
            return  # the other works of the job are still on their way
        self._running = False
        if job.generation == self._generation:
            if job.error is not None:
                self.failed.emit(job.error)
            else:
                answer = job.answer(job.results)
                if answer is not None:
                    (self.reloaded if job.reset else self.extended).emit(answer)
        self._next()


def _rows(
    source: PatientPages, query: PatientListQuery, number: int, today: date
) -> tuple[PatientSummary, ...]:
    return source.list_rows(query, offset=number * PAGE, limit=PAGE, today=today)


def _page(
    source: PatientPages, query: PatientListQuery, number: int, today: date
) -> PatientListPage:
    return source.list_page(query, offset=number * PAGE, limit=PAGE, today=today)
