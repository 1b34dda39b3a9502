"""Amendments of signed visits: why, and the visit as it stood signed before the amendment."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from calcitrack.store.base import Base, Stamped


class VisitAmendmentRecord(Stamped, Base):
    """``created_by_id``/``created_at`` say who amended the visit and when."""

    __tablename__ = "visit_amendments"
    __table_args__ = (CheckConstraint("length(trim(reason)) > 0", name="reason_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    reason: Mapped[str] = mapped_column(Text())
    original_json: Mapped[str] = mapped_column(Text())
    """The visit with everything saved with it, as signed (or as last amended) before this
    amendment: JSON of its ``VisitContent``."""
