"""Charts written and read back through the store, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from calcitrack.bootstrap import Clinic
from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.errors import ConflictError
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.store import integrity
from tests.support.sample_chart import CLINICAL_TABLES, sample_chart

STORE_FIELDS = {"id", "version", "patient_id", "visit_id", "lesion_id"}


def _strip(value: object) -> object:
    """The clinical content of an entity, without store-assigned ids and versions."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _strip(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in STORE_FIELDS
        }
    if isinstance(value, tuple):
        return [_strip(v) for v in value]
    return value


def test_a_chart_reads_back_exactly_as_written(clinic: Clinic) -> None:
    chart = sample_chart()
    ChartService(clinic.context()).add_charts([chart])
    loaded = PatientService(clinic.context()).chart("T-100")
    assert _strip(loaded) == _strip(chart)
    assert loaded.patient.family_name == "Cadório"
    assert loaded.visits[0].lesion_measurements[1].area_mm2 == pytest.approx(247.4004, rel=1e-6)


def test_every_row_carries_who_and_when(clinic: Clinic) -> None:
    ChartService(clinic.context()).add_charts([sample_chart()])
    with clinic.engine.connect() as conn:
        for table in CLINICAL_TABLES:
            rows = conn.execute(
                text(f"SELECT created_by_id, updated_by_id, created_at, version FROM {table}")
            ).all()
            assert rows, table
            assert {r[0] for r in rows} == {clinic.user.id}, table
            assert all(r[2] is not None and r[3] == 1 for r in rows), table


def test_a_stale_edit_is_refused_and_changes_nothing(clinic: Clinic) -> None:
    service = PatientService(clinic.context())
    ChartService(clinic.context()).add_charts([sample_chart()])
    first_read = service.chart("T-100").patient
    second_read = service.chart("T-100").patient
    saved = service.update(dataclasses.replace(first_read, given_name="Inês Maria"))
    assert saved.version == first_read.version + 1
    with pytest.raises(ConflictError, match="changed by someone else"):
        service.update(dataclasses.replace(second_read, family_name="Overwritten"))
    now = service.chart("T-100").patient
    assert (now.given_name, now.family_name) == ("Inês Maria", "Cadório")


def test_duplicate_mrn_is_refused_by_the_service(clinic: Clinic) -> None:
    service = PatientService(clinic.context())
    chart = sample_chart()
    service.create(chart.patient)
    with pytest.raises(DomainValidationError) as caught:
        service.create(chart.patient)
    assert caught.value.field == "mrn"
    assert len(service.list_patients()) == 1


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("visits", "pain_nrs", 11),
        ("visits", "tender_joints_28", 29),
        ("lesion_measurements", "width_mm", 99.0),
        ("patients", "sex", "'x'"),
    ],
)
def test_the_schema_backs_the_validation(
    clinic: Clinic, table: str, column: str, value: object
) -> None:
    ChartService(clinic.context()).add_charts([sample_chart()])
    with pytest.raises(IntegrityError), clinic.engine.begin() as conn:
        conn.execute(text(f"UPDATE {table} SET {column} = {value}"))


def test_search_ignores_accents_and_case(clinic: Clinic) -> None:
    charts = ChartService(clinic.context())
    charts.add_charts([sample_chart(), sample_chart("T-200", "Nuñez")])
    service = PatientService(clinic.context())
    assert [s.patient.mrn for s in service.list_patients("cadorio")] == ["T-100"]
    assert [s.patient.mrn for s in service.list_patients("NUNEZ")] == ["T-200"]
    assert [s.patient.mrn for s in service.list_patients("t-2")] == ["T-200"]
    assert [s.patient.mrn for s in service.list_patients("ines cad")] == ["T-100"]
    first = service.list_patients("Cadório")[0]
    assert (first.visit_count, first.active_lesions, first.last_visit_on) == (
        2,
        1,
        date(2025, 4, 14),
    )


def test_integrity_check_finds_rows_that_mix_patients(clinic: Clinic) -> None:
    ChartService(clinic.context()).add_charts([sample_chart(), sample_chart("T-200", "Nuñez")])
    assert integrity.check(clinic.engine) == []
    with clinic.engine.begin() as conn:
        other = (
            conn.execute(
                text(
                    "SELECT l.id FROM lesions l JOIN patients p ON p.id = l.patient_id "
                    "WHERE p.mrn = 'T-200' ORDER BY l.id"
                )
            )
            .scalars()
            .first()
        )
        conn.execute(
            text(
                "UPDATE lesion_measurements SET lesion_id = :other WHERE id = "
                "(SELECT MIN(id) FROM lesion_measurements)"
            ),
            {"other": other},
        )
    problems = integrity.check(clinic.engine)
    assert len(problems) == 2 and "another patient" in problems[0]
    # raw SQL is also a change behind the application's back, which the trail's replay names
    assert problems[1].startswith("lesion_measurements #")
    assert "field lesion_id: edited behind the application's back" in problems[1]



def test_patient_list_sorts_as_people_read_names(clinic: Clinic) -> None:
    charts = ChartService(clinic.context())
    charts.add_charts(
        [
            sample_chart("T-1", "Zúñiga"),
            sample_chart("T-2", "Álvarez"),
            sample_chart("T-3", "Brønd"),
        ]
    )
    names = [s.patient.family_name for s in PatientService(clinic.context()).list_patients()]
    assert names == ["Álvarez", "Brønd", "Zúñiga"]


def test_changing_an_mrn_to_one_in_use_is_refused(clinic: Clinic) -> None:
    ChartService(clinic.context()).add_charts([sample_chart(), sample_chart("T-200", "Nuñez")])
    service = PatientService(clinic.context())
    second = service.chart("T-200").patient
    with pytest.raises(DomainValidationError) as caught:
        service.update(dataclasses.replace(second, mrn="T-100"))
    assert caught.value.field == "mrn" and "already in use" in caught.value.reason
    assert service.chart("T-200").patient == second
