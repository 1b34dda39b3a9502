"""A clinic day's visit summaries, built in parallel worker processes.

Building a summary is CPU-bound (matplotlib and reportlab hold the interpreter lock), so the batch
runs one process per core. Each worker opens the same database itself (already prepared by the
parent, :func:`calcitrack.bootstrap.attach_clinic`) and reads one chart per summary. A failure is
reported for its patient and the batch goes on. The "spawn" start method is used everywhere, so
Linux behaves as Windows and macOS do (and no database connection is inherited by a fork).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed

from calcitrack.bootstrap import Clinic, attach_clinic
from calcitrack.domain.entities import User
from calcitrack.i18n.catalogue import _, activate, current_language, using
from calcitrack.i18n.digits import Digits
from calcitrack.i18n.languages import Language
from calcitrack.reports.exports.summary_batch import SummaryJob, SummaryOutcome, build_summary
from calcitrack.reports.exports.summary_writer import SummaryWriter
from calcitrack.services.summary_source import SummarySource
from calcitrack.services.worker_lifeline import exit_with_parent

log = logging.getLogger(__name__)

_worker_clinic: Clinic | None = None

__all__ = ["SummaryJob", "SummaryOutcome", "default_processes", "run_batch"]


def default_processes() -> int:
    counter = getattr(os, "process_cpu_count", os.cpu_count)  # 3.13 knows the affinity
    return max(1, counter() or 1)


def run_batch(
    clinic: Clinic,
    jobs: Sequence[SummaryJob],
    *,
    processes: int | None = None,
    language: Language | None = None,
    digits: Digits = "latn",
) -> Iterator[SummaryOutcome]:
    """Build every job's summary in ``language`` (by default the current one) with ``digits``;
    yields each outcome as it finishes (in finishing order). Worker processes start in English:
    each activates the language itself."""
    language = current_language() if language is None else language
    workers = min(processes or default_processes(), len(jobs))
    if workers <= 1:
        writer = SummaryWriter(SummarySource(clinic.context()))
        for job in jobs:
            with using(language, digits):
                outcome = build_summary(writer, job)
            yield outcome
        return
    # The workers act as the one signed in; nobody is: PermissionError, as on one process.
    actor = clinic.context().actor
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(clinic.url, actor, language.code, digits),
    ) as pool:
        futures: dict[Future[SummaryOutcome], SummaryJob] = {
            pool.submit(_build_in_worker, job): job for job in jobs
        }
        for future in as_completed(futures):
            job = futures[future]
            try:
                yield future.result()
            except Exception as exc:  # the worker process itself died
                log.error("summary worker failed for %s: %s", job.mrn, type(exc).__name__)
                yield SummaryOutcome(job, _("the worker process failed ({error})").format(
                    error=type(exc).__name__))  # fmt: skip


def _start_worker(url: str, user: User, language: str = "en", digits: Digits = "latn") -> None:
    global _worker_clinic
    exit_with_parent()  # a killed command does not leave its workers behind
    activate(Language(language), digits)  # a spawned process starts in English
    _worker_clinic = attach_clinic(url, user)


def _build_in_worker(job: SummaryJob) -> SummaryOutcome:
    assert _worker_clinic is not None, "worker not initialised"
    return build_summary(SummaryWriter(SummarySource(_worker_clinic.context())), job)
