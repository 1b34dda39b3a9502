"""Lesion photographs, stored in the database so that every workstation of a clinic sees them.

The image is what ``services/photographs`` made of the file: orientation applied, re-encoded
without any metadata. Its bytes and its thumbnail are left out of the audit trail (the entry
would be megabytes); ``sha256`` is audited and binds the entry to the image.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from calcitrack.store.base import Base, Stamped


class LesionPhotographRecord(Stamped, Base):
    __tablename__ = "lesion_photographs"
    __table_args__ = (
        CheckConstraint("media_type IN ('image/jpeg', 'image/png')", name="media_type"),
        CheckConstraint("width_px > 0 AND height_px > 0", name="size"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    lesion_id: Mapped[int] = mapped_column(ForeignKey("lesions.id"), index=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    media_type: Mapped[str] = mapped_column(String(20))
    captured_on: Mapped[date | None]
    """The capture date from the camera's EXIF DateTimeOriginal, the only metadata kept."""
    width_px: Mapped[int]
    height_px: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    """SHA-256 (hex) of ``image``."""
    caption: Mapped[str | None] = mapped_column(Text())
    image: Mapped[bytes] = deferred(mapped_column(LargeBinary(), nullable=False))
    thumbnail: Mapped[bytes] = deferred(mapped_column(LargeBinary(), nullable=False))
