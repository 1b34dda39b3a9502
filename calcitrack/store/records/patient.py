"""Patients and their lesions (a lesion keeps its identity across visits)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import CalcinosisType, Laterality, LesionStatus, Sex, UnderlyingDisease
from calcitrack.store.base import Base, Stamped, in_clause

#: Text compared as code points, as Python compares strings (PostgreSQL's default collation
#: follows the locale, SQLite's BINARY already compares code points).
SORT_KEY = Text().with_variant(Text(collation="C"), "postgresql")


class PatientRecord(Stamped, Base):
    __tablename__ = "patients"
    __table_args__ = (
        # the list's default order; with the search key, a search too short for the trigram
        # index reads this index alone, never the table
        Index("ix_patients_list_name", "archived", "name_key", "mrn", "search_key"),
        Index("ix_patients_list_mrn", "archived", "mrn_key"),
        # the patients a trigram search found, put in name order without reading their rows
        # (SQLite: store/patient_list_shortcuts.py names it)
        Index("ix_patients_found_in_name_order", "id", "archived", "name_key", "mrn"),
        Index("ix_patients_list_born", "archived", "date_of_birth", "name_key"),
        CheckConstraint(in_clause("sex", Sex.codes()), name="sex"),
        CheckConstraint(in_clause("underlying_disease", UnderlyingDisease.codes()), name="disease"),
        CheckConstraint(
            in_clause("calcinosis_type", CalcinosisType.codes()), name="calcinosis_type"
        ),
        CheckConstraint("length(trim(mrn)) > 0", name="mrn_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mrn: Mapped[str] = mapped_column(String(40), unique=True)
    family_name: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(10))
    date_of_birth: Mapped[date]
    underlying_disease: Mapped[str] = mapped_column(String(10))
    disease_diagnosed_on: Mapped[date | None]
    calcinosis_type: Mapped[str] = mapped_column(String(20))
    calcinosis_onset_on: Mapped[date | None]
    archived: Mapped[bool] = mapped_column(default=False)
    # The patient list's keys, derived from the MRN and the name by store/mapping.patient_values
    # on every write (not audited: the trail has the MRN and the name they come from). A row
    # written by other software gets empty keys: listed, found by nothing, sorted first by name.
    search_key: Mapped[str] = mapped_column(SORT_KEY, server_default="")
    """``patient_search_key``: what a list search looks in (indexed: store/patient_search_index)."""
    name_key: Mapped[str] = mapped_column(SORT_KEY, server_default="")
    """Folded family name, U+001F, folded given name: the list's name order."""
    mrn_key: Mapped[str] = mapped_column(SORT_KEY, server_default="")
    """The MRN case-folded: the list's MRN order."""
    # The list's figures, kept exact by database triggers on visits and lesions (never written
    # by CalciTrack's code: store/records/patient_list_figures.py), indexed per database there.
    last_visit_on: Mapped[date | None] = mapped_column(default=None)
    """The date of the latest visit; NULL without visits."""
    next_due_on: Mapped[date | None] = mapped_column(default=None)
    """The next visit planned at the latest visit; NULL if none."""
    visit_count: Mapped[int] = mapped_column(default=0, server_default="0")
    active_lesions: Mapped[int] = mapped_column(default=0, server_default="0")

    lesions: Mapped[list[LesionRecord]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", order_by="LesionRecord.id"
    )


class LesionRecord(Stamped, Base):
    __tablename__ = "lesions"
    __table_args__ = (
        UniqueConstraint("patient_id", "label"),
        Index("ix_lesions_patient_status", "patient_id", "status"),  # the list's active lesions
        CheckConstraint(in_clause("body_site", tuple(BODY_SITES)), name="body_site"),
        CheckConstraint(in_clause("laterality", Laterality.codes()), name="laterality"),
        CheckConstraint(in_clause("status", LesionStatus.codes()), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    label: Mapped[str] = mapped_column(String(60))
    body_site: Mapped[str] = mapped_column(String(30))
    laterality: Mapped[str] = mapped_column(String(10))
    first_seen_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(10))
    status_changed_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text(), default="")

    patient: Mapped[PatientRecord] = relationship(back_populates="lesions")
