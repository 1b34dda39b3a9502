"""The clinic outcomes PDF written to a file: privately (0600) and atomically, so a failure leaves
the file that was there, or none; what the window and the command line call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from calcitrack.domain.outcomes.outcomes_types import OutcomesReport
from calcitrack.private_files import write_private


def write_outcomes_pdf(
    report: OutcomesReport, path: Path, *, generated_at: datetime | None = None,
    before_publish: Callable[[], object] | None = None,
) -> None:
    """Build the PDF of ``report`` and write it to ``path`` (replaced if it exists). The builder
    (reportlab, matplotlib) is imported here, not with the module: the window imports this one
    at start-up. ``before_publish`` (the audit entry) runs when the file is written, before it
    is renamed into place; if it raises, no file appears."""
    from calcitrack.reports.outcomes.outcomes_pdf import outcomes_pdf  # see the docstring

    write_private(Path(path), outcomes_pdf(report, generated_at=generated_at),
                  before_replace=before_publish)
