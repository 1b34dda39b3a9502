"""Each patient's flags as last computed: a cache, rebuilt when it is stale.

A row is stale when it was computed for another day or with other clinic settings or rules
(``settings_version``, ``rules_version``). ``settings_version`` holds the settings' assessed
version (``ClinicSettings.assessed_version``, revision 0016; before it, the version itself), so a
save of settings the assessment does not read leaves the row current. It is derived data, not
clinical data: no user stamps and no optimistic locking (two workstations computing it from the
same versions write the same thing).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from calcitrack.store.base import Base


class PatientFlagsRecord(Base):
    __tablename__ = "patient_flags"
    __table_args__ = (
        CheckConstraint(
            "settings_version >= 0 AND rules_version >= 0", name="versions_not_negative"
        ),
    )

    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    flags_json: Mapped[str] = mapped_column(Text())
    response_category: Mapped[str | None] = mapped_column(String(30))
    assessed_on: Mapped[date]
    settings_version: Mapped[int]
    rules_version: Mapped[int]
    computed_at: Mapped[datetime]
    flag_rank: Mapped[int | None] = mapped_column(index=True)
    """The patient list's flags order, worst first: ``flag_repository.flag_rank`` of the flags
    (NULL without flags)."""
