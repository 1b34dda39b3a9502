"""One visit summary of a clinic-day batch: what to write, where and in which language, and what
became of it.

The command line (``calcitrack report --date``, in worker processes) and the window (File →
Clinic-day summaries…, on its task runner) build each summary with :func:`build_summary`, so a
patient's failure reads the same in both and the batch goes on past it.
"""

from __future__ import annotations

import logging
import traceback
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from calcitrack.i18n.catalogue import _, using
from calcitrack.i18n.languages import Language
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
    language: Language | None = None
    """The language this summary was asked for; None: the language current when it is built
    (the batch's)."""


@dataclass(frozen=True)
class SummaryOutcome:
    job: SummaryJob
    error: str | None = None
    """None when written; else the reason, for the person running the batch."""


def clinic_day_jobs(
    mrns: list[str], day: date, folder: Path, language: Language | None = None
) -> list[SummaryJob]:
    """One job per patient seen on ``day``: ``<MRN>_<date>.pdf`` in ``folder``, in ``language``
    (None: the batch's)."""
    return [SummaryJob(mrn, day, folder / summary_file_name(mrn, day), language) for mrn in mrns]


def build_summary(writer: SummaryFileWriter, job: SummaryJob) -> SummaryOutcome:
    """Write ``job``'s summary in its language; a failure is returned as its reason (in the
    language of the one running the batch), never raised."""
    return SummaryOutcome(job, _failure(writer, job))


def _failure(writer: SummaryFileWriter, job: SummaryJob) -> str | None:
    try:
        with using(job.language) if job.language is not None else nullcontext():
            writer.write(job.mrn, job.visit_date, job.path)
    except OSError as exc:
        return _("cannot write {file}: {reason}").format(file=job.path,
                                                          reason=exc.strerror or exc)
    except LookupError as exc:
        return str(exc.args[0] if exc.args else exc)
    except Exception as exc:
        # The message may quote chart text (a name); the log gets the type and where it failed.
        log.error(
            "summary for %s on %s failed: %s\n%s",
            job.mrn,
            job.visit_date,
            type(exc).__name__,
            "".join(traceback.format_tb(exc.__traceback__)),
        )
        return _("the summary could not be built ({error}: {message})").format(
            error=type(exc).__name__, message=exc
        )
    return None
