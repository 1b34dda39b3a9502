"""The FHIR export through the service, streamed: a bad value in the last patient leaves the old
file whole and the audit trail as it was — no export entry, and no entry for the summary PDFs
already drawn for the patients before it (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from calcitrack.bootstrap import Clinic
from calcitrack.domain.entities import PatientChart
from calcitrack.reports.exports.fhir_writer import FhirBundleError, FhirWriter
from calcitrack.reports.exports.summary_writer import SummaryWriter
from calcitrack.services.audit_service import AuditService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.research.fhir_export_service import FhirExportService
from calcitrack.services.summary_source import SummarySource
from tests.support.sample_chart import sample_chart


def _bad(chart: PatientChart) -> PatientChart:
    broken = dataclasses.replace(chart.visits[0], weight_kg=float("inf"))
    return dataclasses.replace(chart, visits=(broken, *chart.visits[1:]))


def test_a_bad_last_patient_leaves_the_old_file_and_the_trail_as_they_were(
    clinic: Clinic, tmp_path: Path
) -> None:
    charts = [sample_chart("A-1"), sample_chart("B-2", "Ortiz"), sample_chart("C-3", "Silva")]
    ChartService(clinic.context()).add_charts(charts)
    service = FhirExportService(clinic.context())
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "b.json"
    path.write_text("the old file", encoding="utf-8")
    writer = FhirWriter(SummaryWriter(SummarySource(clinic.context())))

    def write(read: Sequence[PatientChart], record: Callable[[], None]) -> None:
        # a value the store would not hold
        writer.write((_bad(c) if c.patient.mrn == "C-3" else c for c in read), path,
                     before_publish=record)

    before = len(AuditService(clinic.context()).entries())
    with pytest.raises(FhirBundleError, match="patient C-3"):
        service.export(["A-1", "B-2", "C-3"], write, to="b.json", with_summaries=True)
    assert path.read_text(encoding="utf-8") == "the old file"
    assert sorted(p.name for p in path.parent.iterdir()) == ["b.json"]
    assert len(AuditService(clinic.context()).entries()) == before


def test_the_charts_are_handed_over_in_order_with_their_number(clinic: Clinic) -> None:
    ChartService(clinic.context()).add_charts([sample_chart("A-1"), sample_chart("B-2", "Ortiz")])
    seen: list[tuple[int, list[str]]] = []

    def write(read: Sequence[PatientChart], _record: Callable[[], None]) -> None:
        seen.append((len(read), [c.patient.mrn for c in read]))

    FhirExportService(clinic.context()).export(["B-2", "A-1"], write, to="b.json")
    assert seen == [(2, ["B-2", "A-1"])]
