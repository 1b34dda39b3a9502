"""A clinic-day batch writes each summary in the language it was asked for
(``SummaryJob.language``), in the command's own process and in its worker processes; a job that
names none is written in the batch's language. The PDFs are read back with pypdf and
``pdftotext -bbox``."""

from __future__ import annotations

from pathlib import Path

import pytest

from calcitrack.cli.report_batch import run_batch
from calcitrack.i18n.languages import Language
from calcitrack.reports.exports.summary_batch import SummaryJob, clinic_day_jobs
from calcitrack.services.import_export.chart_service import ChartService
from tests.cli.test_report_language_cli import (
    LATEST,
    PAGE_MIDDLE,
    RA,
    _page_number_x,
    _renamed,
    _text,
)
from tests.support.accounts import open_signed_in


@pytest.mark.parametrize("processes", [1, 2])
def test_each_summary_of_a_batch_in_the_language_asked_for(
    tmp_path: Path, calcitrack_home: Path, processes: int
) -> None:
    clinic = open_signed_in(f"sqlite:///{tmp_path / 'day.sqlite3'}")
    try:
        ChartService(clinic.context()).add_charts(
            [RA, _renamed(RA, "TWIN-PT"), _renamed(RA, "TWIN-AR")]
        )
        folder = tmp_path / "out"
        folder.mkdir()
        asked = {"TWIN-PT": Language.PORTUGUESE, "TWIN-AR": Language.ARABIC}
        jobs = [
            SummaryJob(job.mrn, job.visit_date, job.path, asked.get(job.mrn))
            for job in clinic_day_jobs([RA.patient.mrn, "TWIN-PT", "TWIN-AR"], LATEST, folder)
        ]
        outcomes = list(run_batch(clinic, jobs, processes=processes, language=Language.ENGLISH))
    finally:
        clinic.close()
    assert [o.error for o in outcomes] == [None, None, None]
    by_mrn = {o.job.mrn: o.job.path for o in outcomes}
    english, portuguese, arabic = (by_mrn[m] for m in (RA.patient.mrn, "TWIN-PT", "TWIN-AR"))
    assert "60.1 kg" in _text(english) and "Visit summary" in _text(english)
    assert "60,1 kg" in _text(portuguese) and "Visit summary" not in _text(portuguese)
    assert _page_number_x(portuguese) > PAGE_MIDDLE  # left to right
    assert _page_number_x(arabic) < PAGE_MIDDLE  # right to left
    assert "Visit summary" not in _text(arabic)
