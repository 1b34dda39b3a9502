"""The worker processes that re-assess the clinic, kept for one run of the window's refresh.

A call hands over a chunk of patient ids; the chunk is split into parts, one more than there are
workers, so that every process stays busy to the chunk's end; the parts' results are merged. A
process that dies fails its part's patients (they stay out of date) and the pool is made anew
for the next chunk. A clinic in memory (no file another process could open) is assessed in the
calling thread instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from datetime import date

from sqlalchemy import Engine

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.services.reassessment_worker import (
    PartResult,
    SettingsData,
    assess_in_worker,
    start_worker,
)

log = logging.getLogger(__name__)

STOPPED = "stopped"
"""The kind of a patient's failure when the pool was closed before its part ran."""
MIN_PART = 25
"""Fewer patients than this in a part cost more in passing them than they save."""


def default_processes() -> int:
    counter = getattr(os, "process_cpu_count", os.cpu_count)  # 3.13 knows the affinity
    return max(1, counter() or 1)


def shares_file(engine: Engine) -> bool:
    """Whether another process can open the database ``engine`` reads (not a memory one)."""
    database = engine.url.database
    return engine.dialect.name != "sqlite" or database not in (None, "", ":memory:")


class WorkerPool:
    def __init__(self, engine: Engine, processes: int) -> None:
        self._url = engine.url.render_as_string(hide_password=False)
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=self.processes,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=start_worker,
                    initargs=(self._url,),
                )
            return self._pool

    def run(self, patient_ids: list[int], settings: ClinicSettings, today: date) -> PartResult:
        """Assess the chunk in the workers; blocks until every part is back."""
        pool = self._executor()
        size = max(MIN_PART, -(-len(patient_ids) // (self.processes + 1)))
        parts = [patient_ids[i : i + size] for i in range(0, len(patient_ids), size)]
        data = SettingsData.of(settings)
        futures: list[tuple[list[int], Future[PartResult]]] = [
            (part, pool.submit(assess_in_worker, part, data, today)) for part in parts
        ]
        merged = PartResult()
        broken = False
        for part, future in futures:
            try:
                result = future.result()
            except CancelledError:  # ``close`` while waiting: the window is closing
                merged.failed.extend((pid, STOPPED) for pid in part)
                continue
            except Exception as error:  # the process died, or the part could not be passed
                log.error(
                    "a re-assessment worker failed (%s); %d patients stay out of date",
                    type(error).__name__, len(part),
                )
                merged.failed.extend((pid, type(error).__name__) for pid in part)
                broken = True
                continue
            merged.assessed.extend(result.assessed)
            merged.failed.extend(result.failed)
            merged.current += result.current
        if broken:
            self.close()  # a broken pool takes no more work; the next chunk starts a new one
        return merged

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
