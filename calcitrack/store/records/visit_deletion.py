"""Deleted visits: the reason and the whole visit as it was, so a deletion can be reviewed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from calcitrack.store.base import Base, Stamped


class VisitDeletionRecord(Stamped, Base):
    """``created_by_id``/``created_at`` say who deleted the visit and when."""

    __tablename__ = "visit_deletions"
    __table_args__ = (CheckConstraint("length(trim(reason)) > 0", name="reason_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    visit_date: Mapped[date]
    reason: Mapped[str] = mapped_column(Text())
    snapshot_json: Mapped[str] = mapped_column(Text())
