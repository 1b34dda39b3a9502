"""What the clinic outcomes window needs from the services and the writers (the application passes
services.research.outcomes_service.OutcomesService and reports.exports' writers)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery, OutcomesReport


class ReportWriter(Protocol):
    """Writes a report to a file, privately and atomically (``write_outcomes_pdf``, ``…_csv``),
    calling ``before_publish`` (the audit entry) before the file is renamed into place."""

    def __call__(
        self, report: OutcomesReport, path: Path, *,
        before_publish: Callable[[], object] | None = None,
    ) -> object: ...  # fmt: skip


class OutcomesSource(Protocol):
    def report(self, query: OutcomesQuery) -> OutcomesReport: ...

    def record_export(self, report: OutcomesReport, *, what: str, to: str) -> None:
        """The audit trail records that ``report`` was written (``what``: "outcomes-pdf" or
        "outcomes-csv") to ``to``."""

    def regimen_choices(self) -> Sequence[tuple[str, str]]:
        """(code, name) of every drug a regimen can be built from."""
        ...


@dataclass(frozen=True)
class OutcomesTools:
    source: OutcomesSource
    write_pdf: ReportWriter
    write_csv: ReportWriter | None
    """None until a CSV writer is wired in (the button is then disabled)."""
    today: Callable[[], date] = date.today
