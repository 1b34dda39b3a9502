"""Visits with their lesion measurements and range-of-motion measurements."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from calcitrack.domain.codes import Das28Variant, MeasurementMethod, Side, VisitType
from calcitrack.store.base import Base, Stamped, in_clause


def _between(column: str, low: float, high: float) -> CheckConstraint:
    return CheckConstraint(
        f"{column} IS NULL OR ({column} >= {low} AND {column} <= {high})", name=f"{column}_range"
    )


class VisitRecord(Stamped, Base):
    __tablename__ = "visits"
    __table_args__ = (
        UniqueConstraint("patient_id", "visit_date"),
        CheckConstraint(in_clause("visit_type", VisitType.codes()), name="visit_type"),
        CheckConstraint(
            f"das28_recorded_variant IS NULL OR "
            f"{in_clause('das28_recorded_variant', Das28Variant.codes())}",
            name="das28_variant",
        ),
        _between("weight_kg", 0.5, 400),
        _between("height_cm", 30, 250),
        _between("heart_rate_bpm", 20, 250),
        _between("systolic_bp_mmhg", 40, 300),
        _between("diastolic_bp_mmhg", 20, 200),
        _between("pain_nrs", 0, 10),
        _between("patient_global_mm", 0, 100),
        _between("evaluator_global_mm", 0, 100),
        _between("tender_joints_28", 0, 28),
        _between("swollen_joints_28", 0, 28),
        _between("das28_recorded", 0, 10),
        CheckConstraint(
            "next_visit_due_on IS NULL OR next_visit_due_on > visit_date", name="next_due_after"
        ),
        CheckConstraint("(signed_by_id IS NULL) = (signed_at IS NULL)", name="signed_by_and_at"),
        CheckConstraint(
            "signature_meaning IS NULL OR signed_by_id IS NOT NULL", name="meaning_of_signature"
        ),
        CheckConstraint(
            "signed_content_hash IS NULL OR signed_by_id IS NOT NULL",
            name="content_hash_of_signature",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    visit_date: Mapped[date]
    visit_type: Mapped[str] = mapped_column(String(20))
    clinician: Mapped[str] = mapped_column(String(100), default="")
    weight_kg: Mapped[float | None]
    height_cm: Mapped[float | None]
    heart_rate_bpm: Mapped[int | None]
    systolic_bp_mmhg: Mapped[int | None]
    diastolic_bp_mmhg: Mapped[int | None]
    pain_nrs: Mapped[int | None]
    patient_global_mm: Mapped[float | None]
    evaluator_global_mm: Mapped[float | None]
    tender_joints_28: Mapped[int | None]
    swollen_joints_28: Mapped[int | None]
    das28_recorded: Mapped[float | None]
    das28_recorded_variant: Mapped[str | None] = mapped_column(String(5))
    notes: Mapped[str] = mapped_column(Text(), default="")
    next_visit_due_on: Mapped[date | None]
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime | None]
    signature_meaning: Mapped[str | None] = mapped_column(String(100))
    """What the signer confirmed ("reviewed and approved"); NULL for a signature made before the
    meaning was recorded."""
    signed_content_hash: Mapped[str | None] = mapped_column(String(64))
    """SHA-256 of the visit's whole clinical content as signed (or as last amended); NULL for a
    signature made before content was bound to signatures."""

    measurements: Mapped[list[LesionMeasurementRecord]] = relationship(
        cascade="all, delete-orphan", order_by="LesionMeasurementRecord.id"
    )
    rom: Mapped[list[RomMeasurementRecord]] = relationship(
        cascade="all, delete-orphan", order_by="RomMeasurementRecord.id"
    )


class LesionMeasurementRecord(Stamped, Base):
    __tablename__ = "lesion_measurements"
    __table_args__ = (
        UniqueConstraint("visit_id", "lesion_id"),
        CheckConstraint(in_clause("method", MeasurementMethod.codes()), name="method"),
        CheckConstraint("longest_mm > 0 AND longest_mm <= 1000", name="longest_range"),
        CheckConstraint("width_mm > 0 AND width_mm <= longest_mm", name="width_le_longest"),
        _between("depth_mm", 0, 300),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    lesion_id: Mapped[int] = mapped_column(ForeignKey("lesions.id"), index=True)
    longest_mm: Mapped[float]
    width_mm: Mapped[float]
    depth_mm: Mapped[float | None]
    method: Mapped[str] = mapped_column(String(12))
    ulcerated: Mapped[bool] = mapped_column(default=False)
    extrusion: Mapped[bool] = mapped_column(default=False)
    infected: Mapped[bool] = mapped_column(default=False)
    tender: Mapped[bool] = mapped_column(default=False)
    inflamed: Mapped[bool] = mapped_column(default=False)


class RomMeasurementRecord(Stamped, Base):
    __tablename__ = "rom_measurements"
    __table_args__ = (
        UniqueConstraint("visit_id", "joint", "movement", "side"),
        CheckConstraint(in_clause("side", Side.codes()), name="side"),
        CheckConstraint("degrees >= -90 AND degrees <= 200", name="degrees_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    joint: Mapped[str] = mapped_column(String(20))
    movement: Mapped[str] = mapped_column(String(30))
    side: Mapped[str] = mapped_column(String(5))
    degrees: Mapped[float]
