"""Clinical entities as frozen dataclasses: what the store returns and the services accept.

``id`` is None for an entity not stored yet; ``version`` is the optimistic-locking counter of the
stored row (0 before the first save).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from calcitrack.domain.codes import (
    CalcinosisType,
    Das28Variant,
    DoseUnit,
    Frequency,
    ImagingModality,
    ImagingVerdict,
    Laterality,
    LesionStatus,
    MeasurementMethod,
    ProcedureOutcome,
    ProcedureType,
    Role,
    Route,
    Sex,
    Side,
    UnderlyingDisease,
    VisitType,
)

if TYPE_CHECKING:
    from calcitrack.domain.flags import Flag
    from calcitrack.domain.sign_off import VisitSignature


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    roles: frozenset[Role]
    """Several roles add up (an admin who is also a physician): domain/clinic/permissions.py."""
    active: bool = True
    id: int | None = None

    def has_role(self, role: Role) -> bool:
        return role in self.roles

    @property
    def roles_text(self) -> str:
        """"Physician, Administrator": the roles in the order of ``Role``."""
        return ", ".join(role.label for role in Role if role in self.roles) or "no role"


@dataclass(frozen=True)
class Patient:
    mrn: str
    family_name: str
    given_name: str
    sex: Sex
    date_of_birth: date
    underlying_disease: UnderlyingDisease
    disease_diagnosed_on: date | None = None
    calcinosis_type: CalcinosisType = CalcinosisType.DYSTROPHIC
    calcinosis_onset_on: date | None = None
    archived: bool = False
    id: int | None = None
    version: int = 0

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}"

    def age_on(self, day: date) -> int:
        """Age in completed years on ``day``."""
        before_birthday = (day.month, day.day) < (self.date_of_birth.month, self.date_of_birth.day)
        return day.year - self.date_of_birth.year - int(before_birthday)


@dataclass(frozen=True)
class Lesion:
    """A calcinosis lesion with a persistent identity across visits."""

    label: str
    body_site: str
    laterality: Laterality
    first_seen_on: date
    status: LesionStatus = LesionStatus.ACTIVE
    status_changed_on: date | None = None
    notes: str = ""
    patient_id: int | None = None
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class LesionMeasurement:
    """One lesion measured at one visit. ``lesion_label`` ties it to its lesion before ids exist."""

    lesion_label: str
    longest_mm: float
    width_mm: float
    depth_mm: float | None = None
    method: MeasurementMethod = MeasurementMethod.CALIPER
    ulcerated: bool = False
    extrusion: bool = False
    infected: bool = False
    tender: bool = False
    inflamed: bool = False
    lesion_id: int | None = None
    id: int | None = None

    @property
    def area_mm2(self) -> float:
        """Ellipse area π/4·L·W in mm² (DOMAIN.md §0.3)."""
        return math.pi / 4 * self.longest_mm * self.width_mm


@dataclass(frozen=True)
class RomMeasurement:
    joint: str
    movement: str
    side: Side
    degrees: float
    id: int | None = None


@dataclass(frozen=True)
class Visit:
    patient_id: int | None
    visit_date: date
    visit_type: VisitType = VisitType.FOLLOW_UP
    clinician: str = ""
    weight_kg: float | None = None
    height_cm: float | None = None
    heart_rate_bpm: int | None = None
    systolic_bp_mmhg: int | None = None
    diastolic_bp_mmhg: int | None = None
    pain_nrs: int | None = None
    patient_global_mm: float | None = None
    evaluator_global_mm: float | None = None
    tender_joints_28: int | None = None
    swollen_joints_28: int | None = None
    das28_recorded: float | None = None
    das28_recorded_variant: Das28Variant | None = None
    notes: str = ""
    next_visit_due_on: date | None = None
    lesion_measurements: tuple[LesionMeasurement, ...] = ()
    rom: tuple[RomMeasurement, ...] = ()
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class LabResult:
    """A lab value as entered (value + UCUM unit) and normalised to the analyte's canonical unit.

    The reporting lab's reference range is in the unit as entered.
    """

    analyte: str
    collected_on: date
    value: float
    unit: str
    normalised_value: float | None = None
    normalised_unit: str | None = None
    ref_low: float | None = None
    ref_high: float | None = None
    patient_id: int | None = None
    visit_id: int | None = None
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class MedicationPeriod:
    """One drug at one dose between two dates: a dose change closes a period and opens the next.

    ``stop_on`` is the first day *off* this dose (None while current), so the regimen on a day D is
    every period with ``start_on <= D`` and (``stop_on`` is None or ``D < stop_on``).
    """

    drug: str
    drug_name: str
    dose: float
    dose_unit: DoseUnit
    frequency: Frequency
    route: Route
    start_on: date
    stop_on: date | None = None
    start_reason: str = ""
    stop_reason: str = ""
    atc: str | None = None
    patient_id: int | None = None
    id: int | None = None
    version: int = 0

    def active_on(self, day: date) -> bool:
        return self.start_on <= day and (self.stop_on is None or day < self.stop_on)


@dataclass(frozen=True)
class ImagingStudy:
    """An imaging study at a body site: the report's finding, who read it, the reader's verdict
    against the previous comparable study (None: not stated) and the lesions it shows (labels)."""

    study_date: date
    modality: ImagingModality
    body_site: str
    laterality: Laterality | None = None
    lesion_labels: tuple[str, ...] = ()
    findings: str = ""
    reader: str | None = None
    verdict: ImagingVerdict | None = None
    patient_id: int | None = None
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class Procedure:
    """A procedure at a body site on the lesions it treated (labels), with who did it, its outcome
    and any complications."""

    procedure_date: date
    procedure_type: ProcedureType
    body_site: str
    laterality: Laterality | None = None
    lesion_labels: tuple[str, ...] = ()
    outcome: ProcedureOutcome = ProcedureOutcome.PENDING
    notes: str = ""
    operator: str | None = None
    complications: str | None = None
    patient_id: int | None = None
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class LesionPhotograph:
    """A photograph of one lesion at one visit, as stored: the image has its orientation applied
    and carries no metadata; ``captured_on`` is the camera's capture date when it gave one.
    ``image`` and ``thumbnail`` are empty when only the description was read."""

    lesion_label: str
    visit_date: date
    media_type: str
    width_px: int
    height_px: int
    sha256: str
    captured_on: date | None = None
    caption: str | None = None
    image: bytes = b""
    thumbnail: bytes = b""
    visit_id: int | None = None
    patient_id: int | None = None
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class PatientChart:
    """Everything recorded for one patient: the unit of import and export."""

    patient: Patient
    lesions: tuple[Lesion, ...] = ()
    visits: tuple[Visit, ...] = ()
    labs: tuple[LabResult, ...] = ()
    medications: tuple[MedicationPeriod, ...] = ()
    imaging: tuple[ImagingStudy, ...] = ()
    procedures: tuple[Procedure, ...] = ()
    photographs: tuple[LesionPhotograph, ...] = ()
    """Descriptions only (no image bytes) unless the reader asked for the images."""
    signatures: tuple[VisitSignature, ...] = ()
    """The signed visits (not part of import and export: a signature belongs to the clinic
    that signed)."""

    def signature_of(self, visit_id: int | None) -> VisitSignature | None:
        return next((s for s in self.signatures if s.visit_id == visit_id), None)


@dataclass(frozen=True)
class PatientSummary:
    """A row of the patient list: ``next_due_on`` is the next visit planned at the latest visit;
    ``current_drugs`` the drug codes of the regimen on the day the list was read; ``flags`` and
    ``response_category`` the latest stored assessment (None: not assessed yet); ``flags_stale``
    whether that assessment used other settings or rules than those in force."""

    patient: Patient
    last_visit_on: date | None
    visit_count: int
    active_lesions: int
    next_due_on: date | None = None
    current_drugs: frozenset[str] = frozenset()
    flags: Sequence[Flag] = ()
    """A tuple, or as the patient list reads them ``FlagsReadLater`` (equal to that tuple): each
    flag's kind and severity known, its texts read when first looked at (``flag_marks``)."""
    response_category: str | None = None
    flags_assessed_on: date | None = None
    flags_stale: bool = False
    """The stored flags were assessed with other clinic settings or rules than those in force:
    shown as out of date until the background re-assessment reaches the patient."""

    @property
    def on_diltiazem(self) -> bool:
        return "diltiazem" in self.current_drugs
