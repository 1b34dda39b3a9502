"""The FHIR export as a service: the charts asked for, one audit entry per patient once the
Bundle is written, nothing written or recorded for an unknown MRN or a failed write; with
summaries, each visit's PDF inside (SQLite and PostgreSQL)."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from pypdf import PdfReader

from calcitrack.bootstrap import Clinic
from calcitrack.domain.entities import PatientChart
from calcitrack.reports.exports.fhir_writer import FhirWriter
from calcitrack.reports.exports.summary_writer import SummaryWriter
from calcitrack.services.audit_service import AuditService
from calcitrack.services.errors import NotFoundError
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.research.fhir_export_service import FhirExportService
from calcitrack.services.summary_source import SummarySource
from calcitrack.services.visit_service import VisitService
from tests.support.accounts import TEST_PASSWORD
from tests.support.sample_chart import sample_chart


def _two_patients(clinic: Clinic) -> FhirExportService:
    ChartService(clinic.context()).add_charts([sample_chart("A-1"), sample_chart("B-2", "Ortiz")])
    return FhirExportService(clinic.context())


def test_export_writes_the_bundle_then_records_each_patient(
    clinic: Clinic, tmp_path: Path
) -> None:
    service = _two_patients(clinic)
    path = tmp_path / "b.json"
    assert service.all_mrns() == ["A-1", "B-2"]
    count = service.export(["B-2", "A-1", "B-2"], lambda c, record: FhirWriter().write(
        c, path, before_publish=record),
                           to="b.json")  # fmt: skip
    assert count == 2
    bundle = Bundle.model_validate_json(path.read_text(encoding="utf-8"))
    patients = [e.resource for e in bundle.entry or [] if e.resource.get_resource_type()
                == "Patient"]  # fmt: skip
    assert [p.identifier[0].value for p in patients] == ["B-2", "A-1"]
    entries = AuditService(clinic.context()).entries(newest_first=True, limit=2)
    assert sorted((e.action, e.patient_mrn) for e in entries) == [
        ("export", "A-1"), ("export", "B-2")
    ]  # fmt: skip
    for entry in entries:
        assert entry.changes == {"format": "fhir", "to": "b.json", "with_summaries": False,
                                 "patients_in_export": 2}  # fmt: skip


def test_unknown_mrn_builds_writes_and_records_nothing(clinic: Clinic) -> None:
    service = _two_patients(clinic)
    before = len(AuditService(clinic.context()).entries())
    called: list[Sequence[PatientChart]] = []
    with pytest.raises(NotFoundError, match="no patient with MRN 'NOPE-1'"):
        service.export(["A-1", "NOPE-1"], lambda c, _record: called.append(c), to="b.json")
    assert called == []
    assert len(AuditService(clinic.context()).entries()) == before


def test_a_failed_write_is_not_recorded(clinic: Clinic, tmp_path: Path) -> None:
    service = _two_patients(clinic)
    before = len(AuditService(clinic.context()).entries())

    def fail(charts: Sequence[PatientChart], record: Callable[[], None]) -> None:
        FhirWriter().write(charts, tmp_path / "missing" / "b.json", before_publish=record)

    with pytest.raises(OSError):
        service.export(["A-1"], fail, to="b.json")
    assert len(AuditService(clinic.context()).entries()) == before
    assert not (tmp_path / "missing").exists()


def test_with_summaries_each_visit_pdf_is_attached(clinic: Clinic, tmp_path: Path) -> None:
    service = _two_patients(clinic)
    path = tmp_path / "b.json"
    writer = FhirWriter(SummaryWriter(SummarySource(clinic.context())))
    service.export(["A-1"], lambda c, record: writer.write(c, path, before_publish=record),
                   to="b.json", with_summaries=True)
    bundle = Bundle.model_validate_json(path.read_text(encoding="utf-8"))
    by_url = {e.fullUrl: e.resource for e in bundle.entry or []}
    documents = [r for r in by_url.values() if r.get_resource_type() == "DocumentReference"]
    assert len(documents) == 2  # one per visit of the sample chart
    for document in documents:
        attachment = document.content[0].attachment
        assert attachment.contentType == "application/pdf"
        pdf = attachment.data  # fhir.resources decodes base64Binary
        assert pdf.startswith(b"%PDF-")
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        encounter = by_url[document.context.encounter[0].reference]
        assert encounter.get_resource_type() == "Encounter"
        day = encounter.period.start.isoformat()[:10]
        assert f"visit of {day}" in text  # the summary of this encounter's visit
        assert attachment.title == f"A-1_{day}.pdf"
    raw = path.read_text(encoding="utf-8")
    assert base64.b64encode(documents[0].content[0].attachment.data).decode() in raw
    entries = AuditService(clinic.context()).entries("A-1")
    assert [e.changes["to"] for e in entries if e.action == "pdf"] == ["FHIR export b.json"] * 2
    assert [e.changes["with_summaries"] for e in entries if e.action == "export"] == [True]


def test_a_summary_says_whether_its_visit_is_signed(clinic: Clinic, tmp_path: Path) -> None:
    """DocumentReference.docStatus (composition-status): an unsigned visit's summary is
    "preliminary" ("the content may be incomplete or unverified"), a signed one "final"
    ("complete and verified by an appropriate person"); status stays "current"."""
    service = _two_patients(clinic)
    chart = PatientService(clinic.context()).chart("A-1")
    signed = chart.visits[0]
    VisitService(clinic.context()).sign("A-1", signed, TEST_PASSWORD)
    path = tmp_path / "b.json"
    writer = FhirWriter(SummaryWriter(SummarySource(clinic.context())))
    service.export(["A-1"], lambda c, record: writer.write(c, path, before_publish=record),
                   to="b.json", with_summaries=True)
    bundle = Bundle.model_validate_json(path.read_text(encoding="utf-8"))
    by_url = {e.fullUrl: e.resource for e in bundle.entry or []}
    status = {
        by_url[d.context.encounter[0].reference].period.start.isoformat()[:10]: (
            d.status, d.docStatus)
        for d in by_url.values() if d.get_resource_type() == "DocumentReference"
    }  # fmt: skip
    assert status == {
        v.visit_date.isoformat(): ("current", "final" if v.visit_date == signed.visit_date
                                   else "preliminary")
        for v in chart.visits
    }  # fmt: skip
