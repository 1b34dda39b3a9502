"""The research CSV from a real database (SQLite and PostgreSQL): the stored demo clinic gives the
same files as its charts do (nothing lost in the store), a signed visit says so, every patient's
export is in the audit trail with its format, pseudonymisation and folder; an unknown MRN or a
refused folder writes and records nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.reports.exports.research_csv import ResearchFolderError, write_research_csv
from calcitrack.services.audit_service import AuditService
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, DEMO_SSC_MRN, demo_charts
from calcitrack.services.errors import NotFoundError
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.research.research_service import ResearchService
from calcitrack.services.visit_service import VisitService
from tests.support.accounts import TEST_PASSWORD
from tests.support.research_export import read_export

MADE_ON = date(2026, 12, 6)


def _export(clinic: Clinic, folder: Path, mrns: list[str] | None, pseudonymise: bool) -> None:
    ResearchService(clinic.context()).export_csv(
        mrns, pseudonymised=pseudonymise, to=folder.name,
        write=lambda charts, settings, record: write_research_csv(
            charts, settings, folder, pseudonymise=pseudonymise, made_on=MADE_ON,
            before_publish=record,
        ),
    )


def _exports(clinic: Clinic) -> list[tuple[str | None, dict[str, object]]]:
    entries = AuditService(clinic.context()).entries(newest_first=True, limit=50)
    return [(e.patient_mrn, e.changes) for e in entries if e.action == "export"]


def test_the_stored_clinic_gives_the_charts_files_and_the_trail_records_each_patient(
    clinic: Clinic, tmp_path: Path
) -> None:
    ChartService(clinic.context()).add_charts(demo_charts())
    _export(clinic, tmp_path / "stored", None, False)
    write_research_csv(demo_charts(), ClinicSettings(), tmp_path / "pure", pseudonymise=False,
                       made_on=MADE_ON)
    stored, pure = read_export(tmp_path / "stored"), read_export(tmp_path / "pure")
    assert stored == pure
    assert sorted(_exports(clinic)) == sorted(
        (c.patient.mrn, {"format": "csv", "pseudonymised": False, "to": "stored",
                         "patients_in_export": 5})
        for c in demo_charts()
    )


def test_a_signed_visit_says_so_and_a_pseudonymised_export_is_recorded_as_such(
    clinic: Clinic, tmp_path: Path
) -> None:
    ChartService(clinic.context()).add_charts(demo_charts()[:3])
    chart = PatientService(clinic.context()).chart(DEMO_SSC_MRN)
    VisitService(clinic.context()).sign(DEMO_SSC_MRN, chart.visits[0], TEST_PASSWORD)
    _export(clinic, tmp_path / "study", [DEMO_SSC_MRN], True)
    _header, visits = read_export(tmp_path / "study")["visits"]
    assert [v["vis_signed"] for v in visits] == ["1"] + ["0"] * (len(chart.visits) - 1)
    assert _exports(clinic) == [
        (DEMO_SSC_MRN, {"format": "csv", "pseudonymised": True, "to": "study",
                        "patients_in_export": 1}),
    ]


def test_an_unknown_mrn_writes_and_records_nothing(clinic: Clinic, tmp_path: Path) -> None:
    ChartService(clinic.context()).add_charts(demo_charts()[:1])
    (tmp_path / "out").mkdir()
    with pytest.raises(NotFoundError, match="NO-SUCH"):
        _export(clinic, tmp_path / "out" / "study", [DEMO_RA_MRN, "NO-SUCH"], False)
    assert list((tmp_path / "out").iterdir()) == []
    assert _exports(clinic) == []


def test_a_refused_folder_records_nothing(clinic: Clinic, tmp_path: Path) -> None:
    ChartService(clinic.context()).add_charts(demo_charts()[:1])
    (tmp_path / "study").mkdir()
    (tmp_path / "study" / "old.csv").write_text("x", "utf-8")
    with pytest.raises(ResearchFolderError, match="not empty"):
        _export(clinic, tmp_path / "study", None, True)
    assert [p.name for p in (tmp_path / "study").iterdir()] == ["old.csv"]
    assert _exports(clinic) == []
