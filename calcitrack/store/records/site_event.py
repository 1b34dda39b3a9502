"""Imaging studies and procedures, each at a body site, with the lesions they show or treat."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import (
    ImagingModality,
    ImagingVerdict,
    Laterality,
    ProcedureOutcome,
    ProcedureType,
)
from calcitrack.store.base import Base, Stamped, in_clause

_SITE = in_clause("body_site", tuple(BODY_SITES))
_SIDE = f"laterality IS NULL OR {in_clause('laterality', Laterality.codes())}"


class ImagingStudyRecord(Stamped, Base):
    __tablename__ = "imaging_studies"
    __table_args__ = (
        CheckConstraint(in_clause("modality", ImagingModality.codes()), name="modality"),
        CheckConstraint(_SITE, name="body_site"),
        CheckConstraint(_SIDE, name="laterality"),
        CheckConstraint(
            f"verdict IS NULL OR {in_clause('verdict', ImagingVerdict.codes())}", name="verdict"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    study_date: Mapped[date]
    modality: Mapped[str] = mapped_column(String(12))
    body_site: Mapped[str] = mapped_column(String(30))
    laterality: Mapped[str | None] = mapped_column(String(10))
    findings: Mapped[str] = mapped_column(Text(), default="")
    reader: Mapped[str | None] = mapped_column(String(120))
    verdict: Mapped[str | None] = mapped_column(String(20))
    """The reader's comparison with the previous study (ImagingVerdict); NULL: not stated."""


class ImagingStudyLesionRecord(Stamped, Base):
    """One lesion an imaging study shows."""

    __tablename__ = "imaging_study_lesions"
    __table_args__ = (UniqueConstraint("imaging_study_id", "lesion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    imaging_study_id: Mapped[int] = mapped_column(ForeignKey("imaging_studies.id"))
    lesion_id: Mapped[int] = mapped_column(ForeignKey("lesions.id"))


class ProcedureRecord(Stamped, Base):
    __tablename__ = "procedures"
    __table_args__ = (
        CheckConstraint(in_clause("procedure_type", ProcedureType.codes()), name="procedure_type"),
        CheckConstraint(in_clause("outcome", ProcedureOutcome.codes()), name="outcome"),
        CheckConstraint(_SITE, name="body_site"),
        CheckConstraint(_SIDE, name="laterality"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    procedure_date: Mapped[date]
    procedure_type: Mapped[str] = mapped_column(String(30))
    body_site: Mapped[str] = mapped_column(String(30))
    laterality: Mapped[str | None] = mapped_column(String(10))
    outcome: Mapped[str] = mapped_column(String(15))
    notes: Mapped[str] = mapped_column(Text(), default="")
    operator: Mapped[str | None] = mapped_column(String(120))
    complications: Mapped[str | None] = mapped_column(Text())


class ProcedureLesionRecord(Stamped, Base):
    """One lesion a procedure treated."""

    __tablename__ = "procedure_lesions"
    __table_args__ = (UniqueConstraint("procedure_id", "lesion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"))
    lesion_id: Mapped[int] = mapped_column(ForeignKey("lesions.id"))


class SiteEventDeletionRecord(Stamped, Base):
    """An imaging study, procedure or photograph deleted as entered in error, and why. The row's
    own values are in its ``delete`` entry of the audit trail, written by the same transaction;
    ``created_by_id``/``created_at`` say who deleted it and when."""

    __tablename__ = "site_event_deletions"
    __table_args__ = (
        CheckConstraint("kind IN ('imaging', 'procedure', 'photograph')", name="kind"),
        CheckConstraint("length(trim(reason)) > 0", name="reason_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    record_id: Mapped[int]
    """The deleted row's id (the row is gone: no foreign key), as its audit entries name it."""
    event_date: Mapped[date]
    reason: Mapped[str] = mapped_column(Text())
