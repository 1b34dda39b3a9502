"""Making a visit summary end to end: read its request, build the PDF, write or return it, with
progress for the window.

The request comes from a :class:`RequestSource` (``services.summary_source.SummarySource``, handed
in by the composition roots). The builder (reportlab, matplotlib) is imported when the first
summary is made, not with this module: the window imports this module at start-up, and start-up
time is benchmarked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from calcitrack.domain.visit_summary_request import VisitSummaryRequest

Progress = Callable[[int, int, str], None]
"""(step, of steps, what is being done now)."""


class RequestSource(Protocol):
    def request(
        self, mrn: str, visit_date: date | None = None, *, photos: bool = False
    ) -> VisitSummaryRequest: ...

    def made(self, request: VisitSummaryRequest, where: str) -> None:
        """Called once the summary exists (the audit trail records it)."""


def _no_progress(step: int, steps: int, doing: str) -> None:
    pass


def summary_file_name(mrn: str, day: date) -> str:
    """``<MRN>_<date>.pdf``, with anything a file system may refuse in an MRN replaced (a
    patient's name never goes into a file name: file names end up in logs and mail subjects)."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", mrn).strip(".") or "patient"
    return f"{safe}_{day.isoformat()}.pdf"


@dataclass(frozen=True)
class SummaryWriter:
    source: RequestSource
    photos: bool = False
    """Each lesion's baseline and current photograph side by side in the summary."""

    def write(
        self,
        mrn: str,
        visit_date: date | None,
        path: Path,
        progress: Progress = _no_progress,
        *,
        photos: bool | None = None,
    ) -> VisitSummaryRequest:
        """Write the summary of ``mrn``'s visit (None: the latest) to ``path``, atomically;
        ``photos`` (default: the writer's) puts each lesion's photographs in it."""
        progress(0, 2, "Reading the chart")
        with_photos = self.photos if photos is None else photos
        request = self.source.request(mrn, visit_date, photos=with_photos)
        progress(1, 2, "Drawing the charts and tables")
        from calcitrack.reports.summary.visit_summary import (
            write_visit_summary,  # see the docstring
        )

        write_visit_summary(request, path)
        self.source.made(request, str(path))
        progress(2, 2, "Written")
        return request

    def pdf(
        self,
        mrn: str,
        visit_date: date | None,
        progress: Progress = _no_progress,
        *,
        where: str = "for printing",
    ) -> bytes:
        """The summary of ``mrn``'s visit as PDF bytes (for printing; ``where`` says what for,
        in the audit trail's entry)."""
        progress(0, 2, "Reading the chart")
        request = self.source.request(mrn, visit_date, photos=self.photos)
        progress(1, 2, "Drawing the charts and tables")
        from calcitrack.reports.summary.visit_summary import (
            build_visit_summary,  # see the docstring
        )

        data = build_visit_summary(request)
        self.source.made(request, where)
        progress(2, 2, "Ready")
        return data
