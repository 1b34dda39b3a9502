"""The clinic's name and logo (the header of every PDF visit summary): a single row.

No row means the clinic has not named itself yet: ``DEFAULT_NAME``, no logo, version 0. The row's
``version`` is ClinicIdentity.version (bumped by every save); its stamps say who saved last.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from calcitrack.domain.clinic.clinic_identity import NAME_MAX
from calcitrack.store.base import Base, Stamped

IDENTITY_ROW_ID = 1


class ClinicIdentityRecord(Stamped, Base):
    __tablename__ = "clinic_identity"
    __table_args__ = (
        CheckConstraint(f"id = {IDENTITY_ROW_ID}", name="single_row"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary())
    """A PNG or JPEG image as uploaded (checked by the domain before it is written)."""
