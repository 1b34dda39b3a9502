"""The patient list's fast mapping gives what the plain mapping gives."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import CalcinosisType, Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient
from calcitrack.domain.flags import FlagKind, Severity
from calcitrack.services.patient_service import PatientService
from calcitrack.store import mapping
from calcitrack.store.records import PatientRecord

ENUMS = [Sex, UnderlyingDisease, CalcinosisType, FlagKind, Severity]


@pytest.mark.parametrize("kind", ENUMS)
def test_coded_gives_the_member_the_enum_gives(kind: type) -> None:
    for member in kind:
        assert mapping.coded(kind, member.value) is kind(member.value) is member
        assert mapping.coded(kind, member) is member


@pytest.mark.parametrize("kind", ENUMS)
@pytest.mark.parametrize("code", ["", "FEMALE", "no such code", None, 1, ["female"], {}])
def test_coded_refuses_what_the_enum_refuses(kind: type, code: object) -> None:
    with pytest.raises(ValueError):
        mapping.coded(kind, code)


def test_a_row_maps_to_the_patient_its_record_maps_to(clinic: Clinic) -> None:
    service = PatientService(clinic.context())
    service.create(
        Patient("R-1", "Cadório", "Inês", Sex.FEMALE, date(1970, 5, 6), UnderlyingDisease.DM)
    )
    service.create(
        Patient(
            "R-2",
            "Ames",
            "Al",
            Sex.MALE,
            date(1950, 1, 2),
            UnderlyingDisease.SSC,
            disease_diagnosed_on=date(2001, 3, 4),
            calcinosis_type=CalcinosisType.METASTATIC,
            calcinosis_onset_on=date(2002, 5, 6),
            archived=True,
        )
    )
    columns = [getattr(PatientRecord, name) for name in mapping.PATIENT_ROW_COLUMNS]
    with clinic.uow.read() as session:
        rows = session.execute(select(*columns).order_by(PatientRecord.mrn)).all()
        records = session.scalars(select(PatientRecord).order_by(PatientRecord.mrn)).all()
        from_records = [mapping.patient(r) for r in records]
    assert [mapping.patient_from_row(row) for row in rows] == from_records
    assert len(from_records) == 2


def test_a_row_with_an_unknown_code_is_refused() -> None:
    row = ("R-1", "A", "B", "x", date(1970, 1, 1), "ssc", None, "dystrophic", None, False, 1, 0)
    with pytest.raises(ValueError):
        mapping.patient_from_row(row)
