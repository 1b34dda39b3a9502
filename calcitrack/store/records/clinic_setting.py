"""Clinic settings: one row per threshold, one per text setting (clinic_text_settings), and one
revision row counting the saves.

Every declared key is written on each save (not only the keys that differ from the default): the
rows are the thresholds an admin approved, so a later CalciTrack with another default does not
change them silently. Keys not declared by this version (a newer CalciTrack's) are left alone and
ignored on read. ``ClinicSettings.version`` is the revision row's version (0 before the first
save); its stamps say who saved last and when. Its ``assessed_version`` (revision 0016) is the
version of the last save that changed a value the assessment reads (0: none did), which the
stored patient flags are compared with. An optional setting that is not set (no default,
see ``calcitrack.domain.clinic_settings``) has no row.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from calcitrack.store.base import Base, Stamped

REVISION_ROW_ID = 1


class ClinicSettingRecord(Stamped, Base):
    __tablename__ = "clinic_settings"
    __table_args__ = (CheckConstraint("length(trim(key)) > 0", name="key_not_blank"),)

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[float]


class ClinicTextSettingRecord(Stamped, Base):
    """A text setting (the backup folder): one row per key, "" for the default, written in the
    same save (and revision) as the numbers, audited like them (revision 0010)."""

    __tablename__ = "clinic_text_settings"
    __table_args__ = (CheckConstraint("length(trim(key)) > 0", name="key_not_blank"),)

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text())


class ClinicSettingsRevisionRecord(Stamped, Base):
    """The single row whose ``version`` is the settings version (bumped by every save) and whose
    ``assessed_version`` is the version at which a setting the assessment reads last changed
    (``calcitrack.domain.clinic_settings.ASSESSED_KEYS``; kept by a save of other settings)."""

    __tablename__ = "clinic_settings_revision"
    __table_args__ = (
        CheckConstraint(f"id = {REVISION_ROW_ID}", name="single_row"),
        CheckConstraint(
            "assessed_version >= 0 AND assessed_version <= version", name="assessed_not_ahead"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    assessed_version: Mapped[int] = mapped_column(default=0, server_default="0")
