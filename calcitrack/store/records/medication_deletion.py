"""Medication periods deleted as entered in error: which period and why. The period's own values
are in its ``delete`` entry of the audit trail, written by the same transaction."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from calcitrack.store.base import Base, Stamped


class MedicationDeletionRecord(Stamped, Base):
    """``created_by_id``/``created_at`` say who deleted the period and when."""

    __tablename__ = "medication_period_deletions"
    __table_args__ = (CheckConstraint("length(trim(reason)) > 0", name="reason_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    period_id: Mapped[int]
    """The deleted period's id (the row is gone: no foreign key), as its audit entries name it."""
    drug_name: Mapped[str] = mapped_column(String(120))
    start_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text())
