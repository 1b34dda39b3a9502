"""The research tables' columns: one ``Form`` per table (a REDCap instrument), each column with its
kind, label, unit, range, code list and whether ``--pseudonymise`` drops it.

The same specification gives the tables their headers (``research_tables``) and the REDCap data
dictionary its rows (``research_dictionary``), so the two cannot drift apart. Code lists come from
the project's own code lists (``CodedEnum.codes()``, the analyte, drug, body-site and joint
tables), never retyped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Literal

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import (
    CalcinosisType,
    CodedEnum,
    Das28Variant,
    Frequency,
    ImagingModality,
    ImagingVerdict,
    Laterality,
    LesionStatus,
    MeasurementMethod,
    ProcedureOutcome,
    ProcedureType,
    Route,
    Sex,
    Side,
    UnderlyingDisease,
    VisitType,
)
from calcitrack.domain.flags import FlagKind, Severity
from calcitrack.domain.laboratory.lab_units import ANALYTES
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.review.assessment_types import ResponseCategory
from calcitrack.domain.rom import JOINTS

Kind = Literal["id", "text", "notes", "date", "number", "integer", "yesno", "choice"]
Choices = tuple[tuple[str, str], ...]

STUDY_ID = "study_id"
REPEAT_INSTRUMENT = "redcap_repeat_instrument"
REPEAT_INSTANCE = "redcap_repeat_instance"


@dataclass(frozen=True)
class Column:
    """One variable: ``name`` is the CSV header and the REDCap variable name."""

    name: str
    label: str
    kind: Kind
    note: str = ""
    """The unit, or how the value was obtained (REDCap's Field Note)."""
    choices: Choices = ()
    radio: bool = False
    minimum: float | None = None
    maximum: float | None = None
    identifying: bool = False
    """Names, the MRN, lesion labels, people and free text: left out by ``--pseudonymise``."""
    identifier: bool = False
    """REDCap's "Identifier?" (its own de-identified exports leave such fields out)."""


@dataclass(frozen=True)
class Form:
    """One table: a CSV file ``<name>.csv`` and a REDCap instrument of the same name."""

    name: str
    title: str
    repeating: bool
    columns: tuple[Column, ...]
    """The variables after ``study_id`` (and, for a repeating form, REDCap's repeat columns)."""

    def kept(self, pseudonymised: bool) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not (pseudonymised and c.identifying))

    def header(self, pseudonymised: bool) -> tuple[str, ...]:
        lead = (STUDY_ID, REPEAT_INSTRUMENT, REPEAT_INSTANCE) if self.repeating else (STUDY_ID,)
        return lead + tuple(c.name for c in self.kept(pseudonymised))


def coded(codes: type[CodedEnum]) -> Choices:
    """The (code, label) pairs of a code list, in its order."""
    return tuple((member.value, member.english_label) for member in codes)


def enum_choices(codes: type[Enum]) -> Choices:
    """(code, label) of a plain string enum; a space in a value becomes "_" in its code."""
    return tuple((str(m.value).replace(" ", "_"), str(m.value).capitalize()) for m in codes)


def _pairs(items: Iterable[tuple[str, str]]) -> Choices:
    return tuple(items)


YES_NO = "1 = yes, 0 = no"


def _date(name: str, label: str, *, identifying: bool = False, identifier: bool = False,
          note: str = "YYYY-MM-DD") -> Column:
    return Column(name, label, "date", note, identifying=identifying, identifier=identifier)


def _num(name: str, label: str, note: str, lo: float | None = None,
         hi: float | None = None) -> Column:
    return Column(name, label, "number", note, minimum=lo, maximum=hi)


def _int(name: str, label: str, note: str = "", lo: float | None = None,
         hi: float | None = None) -> Column:
    return Column(name, label, "integer", note, minimum=lo, maximum=hi)


def _yes(name: str, label: str) -> Column:
    return Column(name, label, "yesno", YES_NO)


def _choice(name: str, label: str, choices: Choices, *, radio: bool = False,
            identifying: bool = False) -> Column:
    return Column(name, label, "choice", choices=choices, radio=radio, identifying=identifying)


def _text(name: str, label: str, note: str = "", *, identifying: bool = False,
          identifier: bool = False) -> Column:
    return Column(name, label, "text", note, identifying=identifying, identifier=identifier)


def _free(name: str, label: str) -> Column:
    return Column(name, label, "notes", "free text as typed", identifying=True)


SITES = _pairs((s.code, s.name) for s in BODY_SITES.values())
ANALYTE_CHOICES = _pairs((a.code, a.name) for a in ANALYTES.values())
DRUG_CHOICES = _pairs((d.code, d.name) for d in DRUGS.values())
JOINT_CHOICES = _pairs((j, j.replace("_", " ").capitalize()) for j in JOINTS)
RESPONSE_CHOICES = enum_choices(ResponseCategory)

PATIENTS = Form("patients", "Patients", False, (
    _text("mrn", "Medical record number", identifying=True, identifier=True),
    _text("family_name", "Family name", identifying=True, identifier=True),
    _text("given_name", "Given name", identifying=True, identifier=True),
    _choice("sex", "Sex", coded(Sex), radio=True),
    _date("date_of_birth", "Date of birth", identifier=True),
    _choice("underlying_disease", "Underlying disease", coded(UnderlyingDisease)),
    _text("underlying_disease_snomed", "Underlying disease, SNOMED CT concept id",
          "empty where no code was verified"),
    _date("disease_diagnosed_on", "Underlying disease diagnosed on"),
    _choice("calcinosis_type", "Calcinosis type", coded(CalcinosisType)),
    _date("calcinosis_onset_on", "Calcinosis onset on"),
    _yes("archived", "Chart archived"),
    _yes("dates_shifted", "Dates shifted by --pseudonymise"),
))

VISITS = Form("visits", "Visits", True, (
    _date("vis_date", "Visit date"),
    _choice("vis_type", "Visit type", coded(VisitType)),
    _text("vis_clinician", "Clinician", identifying=True),
    _num("vis_weight_kg", "Weight (kg)", "kg", 0),
    _num("vis_height_cm", "Height (cm)", "cm", 0),
    _int("vis_heart_rate_bpm", "Heart rate (beats/min)", "/min", 0),
    _int("vis_systolic_bp_mmhg", "Systolic blood pressure (mmHg)", "mm[Hg]", 0),
    _int("vis_diastolic_bp_mmhg", "Diastolic blood pressure (mmHg)", "mm[Hg]", 0),
    _int("vis_pain_nrs", "Pain, numeric rating scale (0-10)", "0-10", 0, 10),
    _num("vis_patient_global_mm", "Patient global assessment (mm, 0-100)", "mm", 0, 100),
    _num("vis_evaluator_global_mm", "Evaluator global assessment (mm, 0-100)", "mm", 0, 100),
    _int("vis_tender_joints_28", "Tender joint count (28 joints)", "0-28", 0, 28),
    _int("vis_swollen_joints_28", "Swollen joint count (28 joints)", "0-28", 0, 28),
    _num("vis_das28_recorded", "DAS28 as typed in", "score"),
    _choice("vis_das28_recorded_variant", "Variant of the DAS28 typed in",
            coded(Das28Variant), radio=True),
    _num("vis_das28_esr", "DAS28-ESR computed", "from the visit's joint counts, patient global "
         "and the ESR of the visit day; empty when an input is missing"),
    _num("vis_das28_crp", "DAS28-CRP computed", "from the visit's joint counts, patient global "
         "and the CRP of the visit day; empty when an input is missing"),
    _num("vis_cdai", "CDAI computed", "joint counts + globals in cm"),
    _num("vis_sdai", "SDAI computed", "CDAI + CRP of the visit day in mg/dL"),
    _date("vis_next_visit_due_on", "Next visit due on"),
    _yes("vis_signed", "Visit signed by a physician"),
    _free("vis_notes", "Visit notes"),
))

LESION_MEASUREMENTS = Form("lesion_measurements", "Lesion measurements", True, (
    _date("les_visit_date", "Visit date"),
    _text("les_code", "Lesion code (L01, L02... within the patient)"),
    _text("les_label", "Lesion label as recorded", identifying=True),
    _choice("les_body_site", "Body site", SITES),
    _choice("les_laterality", "Laterality", coded(Laterality)),
    _choice("les_status", "Lesion status (now)", coded(LesionStatus)),
    _date("les_status_changed_on", "Lesion status changed on"),
    _date("les_first_seen_on", "Lesion first seen on"),
    _num("les_longest_mm", "Longest diameter (mm)", "mm", 0),
    _num("les_width_mm", "Width perpendicular to it (mm)", "mm", 0),
    _num("les_depth_mm", "Depth (mm)", "mm", 0),
    _num("les_area_mm2", "Area (mm2), ellipse pi/4 x longest x width", "mm2", 0),
    _choice("les_method", "Measured by", coded(MeasurementMethod)),
    _yes("les_ulcerated", "Ulcerated"),
    _yes("les_extrusion", "Extruding calcium"),
    _yes("les_infected", "Infected"),
    _yes("les_tender", "Tender"),
    _yes("les_inflamed", "Inflamed"),
))

ROM = Form("rom", "Range of motion", True, (
    _date("rom_visit_date", "Visit date"),
    _choice("rom_joint", "Joint", JOINT_CHOICES),
    _text("rom_movement", "Movement", "CalciTrack movement code"),
    _choice("rom_side", "Side", coded(Side), radio=True),
    _num("rom_degrees", "Range (degrees)", "deg"),
))

LABS = Form("labs", "Laboratory results", True, (
    _date("lab_collected_on", "Collected on"),
    _choice("lab_analyte", "Analyte", ANALYTE_CHOICES),
    _text("lab_loinc", "LOINC code", "of the unit's kind (molar for a molar unit); empty if none"),
    _num("lab_value", "Value as entered", "in lab_unit"),
    _text("lab_unit", "Unit as entered (UCUM)"),
    _num("lab_ref_low", "Reporting lab's lower reference limit", "in lab_unit"),
    _num("lab_ref_high", "Reporting lab's upper reference limit", "in lab_unit"),
    _num("lab_value_normalised", "Value in the analyte's canonical unit", "in lab_unit_normalised"),
    _text("lab_unit_normalised", "Canonical unit (UCUM)"),
))

MEDICATION_PERIODS = Form("medication_periods", "Medication periods", True, (
    _choice("med_drug", "Drug", DRUG_CHOICES),
    _text("med_drug_name", "Drug name", "as typed for a drug outside the formulary",
          identifying=True),
    _text("med_atc", "ATC code", "empty where no code was verified"),
    _num("med_dose", "Dose", "in med_dose_unit", 0),
    _text("med_dose_unit", "Dose unit (UCUM)"),
    _choice("med_frequency", "Frequency", coded(Frequency)),
    _choice("med_route", "Route", coded(Route)),
    _num("med_daily_dose_mg", "Daily dose (mg/day)", "mg/d; daily frequencies in mg only", 0),
    _date("med_start_on", "Started on"),
    _date("med_stop_on", "Stopped on (the first day off this dose)"),
    _yes("med_current", "Current (no stop date)"),
    _free("med_start_reason", "Reason for starting"),
    _free("med_stop_reason", "Reason for stopping"),
))

IMAGING = Form("imaging", "Imaging studies", True, (
    _date("img_date", "Study date"),
    _choice("img_modality", "Modality", coded(ImagingModality)),
    _choice("img_body_site", "Body site", SITES),
    _choice("img_laterality", "Laterality", coded(Laterality)),
    _text("img_lesion_codes", "Lesions shown (codes, ;-separated)"),
    _choice("img_verdict", "Reader's verdict against the previous study", coded(ImagingVerdict)),
    _text("img_reader", "Reader", identifying=True),
    _free("img_findings", "Findings"),
))

PROCEDURES = Form("procedures", "Procedures", True, (
    _date("prc_date", "Procedure date"),
    _choice("prc_type", "Procedure", coded(ProcedureType)),
    _choice("prc_body_site", "Body site", SITES),
    _choice("prc_laterality", "Laterality", coded(Laterality)),
    _text("prc_lesion_codes", "Lesions treated (codes, ;-separated)"),
    _choice("prc_outcome", "Outcome", coded(ProcedureOutcome)),
    _yes("prc_has_complications", "Complications recorded"),
    _text("prc_operator", "Operator", identifying=True),
    _free("prc_complications", "Complications"),
    _free("prc_notes", "Notes"),
))

ASSESSMENTS = Form("assessments", "Response assessment at each visit", True, (
    _date("asm_visit_date", "Assessed visit"),
    _choice("asm_category", "Response category (decision support)", RESPONSE_CHOICES),
    _date("asm_baseline_date", "Baseline visit"),
    _date("asm_previous_date", "Previous visit"),
    _num("asm_burden_mm2", "Lesion burden at the visit (mm2)", "mm2", 0),
    _num("asm_burden_baseline_mm2", "Lesion burden at baseline (mm2)", "mm2", 0),
    _num("asm_burden_previous_mm2", "Lesion burden at the previous visit (mm2)", "mm2", 0),
    _num("asm_change_from_baseline_pct", "Burden change from baseline (%)",
         "%; on the lesions comparable at both visits"),
    _num("asm_change_from_previous_pct", "Burden change from the previous visit (%)",
         "%; on the lesions comparable at both visits"),
    _num("asm_sum_longest_mm", "Sum of longest diameters (mm)", "mm", 0),
    _num("asm_sum_longest_baseline_mm", "Sum of longest diameters at baseline (mm)", "mm", 0),
    _int("asm_new_lesions_n", "New lesions since baseline", "count", 0),
    _int("asm_new_ulceration_n", "Lesions newly ulcerated since baseline", "count", 0),
    _text("asm_regimen", "Calcinosis-directed regimen judged (;-separated)"),
    _date("asm_regimen_start_on", "Regimen started on"),
    _num("asm_months_on_regimen", "Months on the regimen", "months of 30.4375 days", 0),
    _int("asm_settings_version", "Clinic settings version used", "", 0),
    _free("asm_rule", "Rule that decided the category, in words"),
))

ASSESSMENT_FLAGS = Form("assessment_flags", "Flags raised at each visit", True, (
    _date("flg_visit_date", "Assessed visit"),
    _text("flg_code", "Flag code", "stable identifier of the rule"),
    _choice("flg_kind", "Kind", enum_choices(FlagKind), radio=True),
    _choice("flg_severity", "Severity", enum_choices(Severity), radio=True),
    _text("flg_title", "Flag title", identifying=True),
))

FORMS: tuple[Form, ...] = (
    PATIENTS, VISITS, LESION_MEASUREMENTS, ROM, LABS, MEDICATION_PERIODS, IMAGING, PROCEDURES,
    ASSESSMENTS, ASSESSMENT_FLAGS,
)
"""Every table, in the order of the files and of the data dictionary."""
