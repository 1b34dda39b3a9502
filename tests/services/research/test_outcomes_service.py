"""The clinic outcomes from the store, on a real SQLite file and a real PostgreSQL server: the
constructed clinic of tests/domain/outcomes gives the same hand counts once stored; unknown codes
are refused before anything is read; an export is recorded once per cohort patient."""

from __future__ import annotations

import pytest

from calcitrack.bootstrap import Clinic
from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery
from calcitrack.services.audit_service import AuditService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.research.outcomes_service import OutcomesService
from tests.domain.outcomes.outcomes_clinic import AS_OF, QUERY
from tests.domain.outcomes.outcomes_clinic import clinic as constructed


@pytest.fixture
def stored(clinic: Clinic) -> Clinic:
    ChartService(clinic.context()).add_charts(list(constructed()))
    return clinic


def test_the_report_of_the_stored_clinic(stored: Clinic) -> None:
    report = OutcomesService(stored.context()).report(QUERY)
    assert [m.mrn for m in report.cohort] == ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"]
    assert (report.n, report.still_on, report.not_started) == (8, 6, 2)
    assert report.windows[0].counts() == {"improved": 1}
    assert report.windows[1].counts() == {"improved": 1, "stable": 1}
    assert [b.mrn for b in report.waterfall.bars] == ["A4", "A2", "A8", "A7", "A1"]
    assert (report.drug_survival.n, report.drug_survival.events) == (8, 2)
    assert (report.time_to_improved.n, report.time_to_improved.events) == (5, 2)
    assert report.time_to_improved.median_days == 180
    assert report.visits_on_regimen == 15


def test_the_disease_filter_counts_the_others_of_that_disease_only(stored: Clinic) -> None:
    service = OutcomesService(stored.context())
    assert service.report(OutcomesQuery(QUERY.regimen, "ra", AS_OF)).not_started == 0
    ssc = service.report(OutcomesQuery(QUERY.regimen, "ssc", AS_OF))
    assert (ssc.n, ssc.not_started) == (8, 2)
    alone = service.report(OutcomesQuery(("diltiazem",), None, AS_OF))
    # diltiazem alone: A2 from day −30, A10 and A9 join the cohort
    assert alone.n == 10 and alone.not_started == 0


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        (OutcomesQuery(("diltiazem", "colchicin"), None, AS_OF), "diltiazem, colchicine"),
        (OutcomesQuery(("diltiazem",), "RA", AS_OF), "ra, dm, jdm, ssc, sle, overlap, other"),
    ],
)
def test_unknown_codes_are_refused_with_the_valid_ones(
    stored: Clinic, query: OutcomesQuery, listed: str
) -> None:
    with pytest.raises(DomainValidationError) as refused:
        OutcomesService(stored.context()).report(query)
    assert listed in str(refused.value)


def test_an_export_is_recorded_once_per_cohort_patient(stored: Clinic) -> None:
    service = OutcomesService(stored.context())
    report = service.report(QUERY)
    service.record_export(report, what="outcomes-csv", to="outcomes.csv")
    entries = [
        e for e in AuditService(stored.context()).entries() if e.action == AuditAction.EXPORT
    ]
    assert len(entries) == 8
    assert all(e.changes == {"format": "outcomes-csv", "to": "outcomes.csv"} for e in entries)
    assert sorted(e.patient_mrn or "" for e in entries) == [f"A{i}" for i in range(1, 9)]
    with pytest.raises(ValueError, match="outcomes-pdf or outcomes-csv"):
        service.record_export(report, what="json", to="x.json")


def test_the_regimen_choices() -> None:
    from calcitrack.domain.outcomes.query_check import regimen_choices

    assert ("diltiazem", "Diltiazem") in regimen_choices()
