"""The patient list read from the store: next due date, current drugs, archived patients.

Runs on SQLite and PostgreSQL (the ``clinic`` fixture).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import event

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.entities import MedicationPeriod, PatientChart, PatientSummary
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.store import patient_repository
from tests.support.sample_chart import sample_chart

D1, D2 = date(2025, 1, 13), date(2025, 4, 14)  # the sample chart's two visits


def _chart(
    mrn: str,
    family_name: str,
    *,
    due: tuple[date | None, date | None] = (None, None),
    archived: bool = False,
    colchicine_stop: date | None = None,
) -> PatientChart:
    chart = sample_chart(mrn, family_name)
    visits = tuple(
        dataclasses.replace(v, next_visit_due_on=d) for v, d in zip(chart.visits, due, strict=True)
    )
    colchicine = MedicationPeriod(
        "colchicine", "Colchicine", 0.5, DoseUnit.MG, Frequency.QD, Route.ORAL, D1, colchicine_stop
    )
    return dataclasses.replace(
        chart,
        patient=dataclasses.replace(chart.patient, archived=archived),
        visits=visits,
        medications=(*chart.medications, colchicine),
    )


def _by_mrn(rows: list[PatientSummary]) -> dict[str, PatientSummary]:
    return {row.patient.mrn: row for row in rows}


def test_next_due_is_the_one_planned_at_the_latest_visit(clinic: Clinic) -> None:
    ChartService(clinic.context()).add_charts(
        [
            # Planned at both visits: the latest plan counts, not the earliest or the largest.
            _chart("T-1", "Ames", due=(date(2025, 9, 1), date(2025, 7, 14))),
            # Planned only at the first visit: the latest visit planned nothing.
            _chart("T-2", "Bell", due=(date(2025, 3, 1), None)),
        ]
    )
    service = PatientService(clinic.context())
    service.create(dataclasses.replace(sample_chart("T-3", "Cole").patient))  # never seen
    rows = _by_mrn(service.list_patients(today=date(2025, 5, 1)))
    assert rows["T-1"].next_due_on == date(2025, 7, 14)
    assert rows["T-1"].last_visit_on == D2
    assert rows["T-2"].next_due_on is None
    assert (rows["T-3"].next_due_on, rows["T-3"].last_visit_on, rows["T-3"].visit_count) == (
        None,
        None,
        0,
    )


def test_current_drugs_are_the_periods_active_on_the_day_read(clinic: Clinic) -> None:
    ChartService(clinic.context()).add_charts(
        [_chart("T-1", "Ames", colchicine_stop=date(2025, 3, 1))]
    )
    service = PatientService(clinic.context())

    def drugs_on(day: date) -> frozenset[str]:
        return service.list_patients(today=day)[0].current_drugs

    assert drugs_on(D1 - (D2 - D1)) == frozenset()
    assert drugs_on(D1) == {"diltiazem", "colchicine"}
    assert drugs_on(date(2025, 2, 28)) == {"diltiazem", "colchicine"}
    # stop_on is the first day off the drug; the dose change on D2 keeps diltiazem going.
    assert drugs_on(date(2025, 3, 1)) == {"diltiazem"}
    assert drugs_on(D2) == {"diltiazem"}
    assert service.list_patients(today=D2)[0].on_diltiazem


def test_the_service_reads_the_regimen_of_its_own_today(clinic: Clinic) -> None:
    ChartService(clinic.context()).add_charts(
        [_chart("T-1", "Ames", colchicine_stop=date(2025, 3, 1))]
    )
    context = dataclasses.replace(clinic.context(), today=lambda: date(2025, 2, 1))
    assert PatientService(context).list_patients()[0].current_drugs == {"diltiazem", "colchicine"}
    context = dataclasses.replace(clinic.context(), today=lambda: date(2025, 6, 1))
    assert PatientService(context).list_patients()[0].current_drugs == {"diltiazem"}


def test_archived_patients_are_listed_only_when_asked_with_their_details(clinic: Clinic) -> None:
    ChartService(clinic.context()).add_charts(
        [
            _chart("T-1", "Ames"),
            _chart("T-2", "Bell", due=(None, date(2025, 10, 6)), archived=True),
        ]
    )
    service = PatientService(clinic.context())
    assert [s.patient.mrn for s in service.list_patients(today=D2)] == ["T-1"]
    rows = _by_mrn(service.list_patients(include_archived=True, today=D2))
    assert sorted(rows) == ["T-1", "T-2"]
    assert rows["T-2"].patient.archived
    assert rows["T-2"].next_due_on == date(2025, 10, 6)
    assert rows["T-2"].current_drugs == {"diltiazem", "colchicine"}
    assert [s.patient.mrn for s in service.list_patients("bell", include_archived=True)] == ["T-2"]


def test_the_list_costs_the_same_queries_for_one_patient_or_many(clinic: Clinic) -> None:
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    service = PatientService(clinic.context())
    ChartService(clinic.context()).add_charts([_chart("T-0", "Ames")])
    event.listen(clinic.engine, "before_cursor_execute", count)
    try:
        service.list_patients(today=D2)
        one = len(statements)
        ChartService(clinic.context()).add_charts(
            [_chart(f"T-{i}", f"Name{i}", due=(None, date(2025, 8, i))) for i in range(1, 9)]
        )
        statements.clear()
        rows = service.list_patients(today=D2)
        assert len(statements) == one
    finally:
        event.remove(clinic.engine, "before_cursor_execute", count)
    assert len(rows) == 9
    assert all(row.on_diltiazem for row in rows)


def test_fold_is_still_importable_from_the_repository() -> None:
    assert patient_repository.fold("Cadório") == "cadorio"
