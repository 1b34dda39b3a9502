"""Correcting and deleting one medication period as recorded. The caller validated the change
and owns the transaction; the audit trail records each changed field (store/audit_trail)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.visits.period_correction import CORRECTABLE
from calcitrack.domain.visits.record_changes import ChangeStamp
from calcitrack.store import mapping
from calcitrack.store.records import MedicationDeletionRecord, MedicationPeriodRecord
from calcitrack.store.stamps import last_change, refused_if_saved_meanwhile


def period_for_update(session: Session, period_id: int) -> MedicationPeriodRecord | None:
    return session.get(MedicationPeriodRecord, period_id, with_for_update=True)


def last_saved(session: Session, period_id: int) -> ChangeStamp | None:
    """Who saved the period last and when; None if it does not exist."""
    record = session.get(MedicationPeriodRecord, period_id)
    return last_change(session, record) if record is not None else None


def correct(
    session: Session, record: MedicationPeriodRecord, corrected: MedicationPeriod
) -> MedicationPeriod:
    """Write the correctable fields of ``corrected`` into ``record``.

    Raises SavedMeanwhileError when the period was saved by another transaction since
    ``record`` was read (its version moved)."""
    values = mapping.medication_values(corrected)
    with refused_if_saved_meanwhile():
        for name, _ in CORRECTABLE:
            if getattr(record, name) != values[name]:
                setattr(record, name, values[name])
        session.flush()
    return mapping.medication(record)


def delete(session: Session, record: MedicationPeriodRecord, reason: str) -> None:
    """Delete the period, keeping which it was and why. Raises SavedMeanwhileError like
    ``correct``."""
    with refused_if_saved_meanwhile():
        session.add(
            MedicationDeletionRecord(
                patient_id=record.patient_id,
                period_id=record.id,
                drug_name=record.drug_name,
                start_on=record.start_on,
                reason=reason,
            )
        )
        session.delete(record)
        session.flush()
