"""One visit summary of a clinic-day batch: what to write and where, and what became of it.

The command line (``calcitrack report --date``, in worker processes) and the window (File →
Clinic-day summaries…, on its task runner) build each summary with :func:`build_summary`, so a
patient's failure reads the same in both and the batch goes on past it.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from calcitrack.reports.exports.summary_writer import summary_file_name

log = logging.getLogger(__name__)


class SummaryFileWriter(Protocol):
    """``summary_writer.SummaryWriter``: writes one visit's summary to a file."""

    def write(self, mrn: str, visit_date: date | None, path: Path) -> object: ...


@dataclass(frozen=True)
class SummaryJob:
    mrn: str
    visit_date: date
    path: Path


@dataclass(frozen=True)
class SummaryOutcome:
    job: SummaryJob
    error: str | None = None
    """None when written; else the reason, for the person running the batch."""


def clinic_day_jobs(mrns: list[str], day: date, folder: Path) -> list[SummaryJob]:
    """One job per patient seen on ``day``: ``<MRN>_<date>.pdf`` in ``folder``."""
    return [SummaryJob(mrn, day, folder / summary_file_name(mrn, day)) for mrn in mrns]


def build_summary(writer: SummaryFileWriter, job: SummaryJob) -> SummaryOutcome:
    """Write ``job``'s summary; a failure is returned as its reason, never raised."""
    try:
        writer.write(job.mrn, job.visit_date, job.path)
    except OSError as exc:
        return SummaryOutcome(job, f"cannot write {job.path}: {exc.strerror or exc}")
    except LookupError as exc:
        return SummaryOutcome(job, str(exc.args[0] if exc.args else exc))
    except Exception as exc:
        # The message may quote chart text (a name); the log gets the type and where it failed.
        log.error(
            "summary for %s on %s failed: %s\n%s",
            job.mrn,
            job.visit_date,
            type(exc).__name__,
            "".join(traceback.format_tb(exc.__traceback__)),
        )
        return SummaryOutcome(job, f"the summary could not be built ({type(exc).__name__}: {exc})")
    return SummaryOutcome(job)
