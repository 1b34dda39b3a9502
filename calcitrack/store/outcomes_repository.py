"""What the clinic outcomes read before loading charts: which patients (of a disease) ever had a
medication period of every drug of a regimen — only their charts can hold the regimen — and how
many patients of the disease there are."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from calcitrack.store.records import MedicationPeriodRecord, PatientRecord


def patients_with_every_drug(
    session: Session, drugs: Sequence[str], disease: str | None
) -> list[int]:
    """Ids of the patients (of ``disease``, or all) with a period of each of ``drugs``."""
    query = (
        select(MedicationPeriodRecord.patient_id)
        .join(PatientRecord, PatientRecord.id == MedicationPeriodRecord.patient_id)
        .where(MedicationPeriodRecord.drug.in_(list(drugs)))
        .group_by(MedicationPeriodRecord.patient_id)
        .having(func.count(distinct(MedicationPeriodRecord.drug)) == len(set(drugs)))
        .order_by(MedicationPeriodRecord.patient_id)
    )
    if disease is not None:
        query = query.where(PatientRecord.underlying_disease == disease)
    return list(session.scalars(query).all())


def count_patients(session: Session, disease: str | None) -> int:
    query = select(func.count()).select_from(PatientRecord)
    if disease is not None:
        query = query.where(PatientRecord.underlying_disease == disease)
    return int(session.scalar(query) or 0)


def patient_ids(session: Session, mrns: Sequence[str]) -> dict[str, int]:
    """The ids of the patients with these MRNs (those that exist)."""
    rows = session.execute(
        select(PatientRecord.mrn, PatientRecord.id).where(PatientRecord.mrn.in_(list(mrns)))
    ).all()
    return {mrn: patient_id for mrn, patient_id in rows}
