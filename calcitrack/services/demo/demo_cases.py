"""The two published cases behind CalciTrack, as demo charts, and the helpers that build charts.

Facts (ages, sites, sizes, labs, drugs, doses, course) follow /work/shared/cases; names,
clinicians, dates and the follow-up after presentation are invented. Pure data: nothing here
depends on today's date. Unit slips of the RA report are corrected (cases/README.md): its
haemoglobin is 11.3 g/dL and its CRP 2.1 mg/L (which gives the reported DAS28-CRP 1.51).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from calcitrack.domain.codes import (
    CalcinosisType,
    Das28Variant,
    DoseUnit,
    Frequency,
    ImagingModality,
    ImagingVerdict,
    Laterality,
    MeasurementMethod,
    ProcedureOutcome,
    ProcedureType,
    Route,
    Sex,
    Side,
    UnderlyingDisease,
    VisitType,
)
from calcitrack.domain.entities import (
    ImagingStudy,
    LabResult,
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    PatientChart,
    Procedure,
    RomMeasurement,
    Visit,
)
from calcitrack.domain.laboratory import lab_results
from calcitrack.domain.medications.drugs import DRUGS

Size = tuple[float, float, float]
"""One lesion at one visit: longest diameter, perpendicular width and depth, all in mm."""

L, R, B = Laterality.LEFT, Laterality.RIGHT, Laterality.BILATERAL
CALIPER, ULTRASOUND = MeasurementMethod.CALIPER, MeasurementMethod.ULTRASOUND
ORAL, IV = Route.ORAL, Route.IV
MG = DoseUnit.MG


# ------------------------------------------------------------------------------- helpers


def lab(analyte: str, day: date, value: float, unit: str,
        low: float | None = None, high: float | None = None) -> LabResult:
    """A lab result as entered, with its value in the analyte's canonical unit (DOMAIN.md §0.1)."""
    return lab_results.entered(analyte, day, value, unit, low, high)


def med(drug: str, dose: float, unit: DoseUnit, frequency: Frequency, route: Route,
        start: date, stop: date | None = None, start_reason: str = "", stop_reason: str = "",
        name: str | None = None) -> MedicationPeriod:
    """A medication period named and coded from the drug table (``name`` only for "other")."""
    entry = DRUGS[drug]
    return MedicationPeriod(
        drug=drug, drug_name=name or entry.name, atc=entry.atc, dose=dose, dose_unit=unit,
        frequency=frequency, route=route, start_on=start, stop_on=stop,
        start_reason=start_reason, stop_reason=stop_reason,
    )


def measurements(sizes: Mapping[str, Sequence[Size | None]], index: int,
                 methods: Mapping[str, MeasurementMethod],
                 flags: Mapping[tuple[str, int], str] | None = None,
                 ) -> tuple[LesionMeasurement, ...]:
    """Every lesion measured at visit ``index`` (None: not present or not measured then).

    ``flags`` maps (label, visit index) to space-separated state flags, e.g. "ulcerated infected".
    """
    found = []
    for label, row in sizes.items():
        size = row[index]
        if size is None:
            continue
        longest, width, depth = size
        states = dict.fromkeys((flags or {}).get((label, index), "").split(), True)
        found.append(LesionMeasurement(label, longest, width, depth, method=methods[label],
                                       **states))
    return tuple(found)


def rom(joint: str, movement: str, right: float | None = None,
        left: float | None = None) -> tuple[RomMeasurement, ...]:
    """Range of motion of one joint movement, right and/or left, in degrees."""
    sides = ((Side.RIGHT, right), (Side.LEFT, left))
    return tuple(RomMeasurement(joint, movement, side, degrees)
                 for side, degrees in sides if degrees is not None)


def visit_type(index: int) -> VisitType:
    return VisitType.BASELINE if index == 0 else VisitType.FOLLOW_UP


# ----------------------------------------------------------- DEMO-0001: RA, responds to diltiazem

_RA_DAYS = (date(2025, 3, 10), date(2025, 4, 21), date(2025, 6, 16), date(2025, 9, 15),
            date(2025, 12, 15), date(2026, 3, 16), date(2026, 9, 14))
_RA_DILTIAZEM_START = date(2025, 3, 24)
_RA_LESIONS = (  # label, body site, side, measured by
    ("R lateral thigh", "thigh", R, ULTRASOUND),
    ("R buttock", "buttock", R, ULTRASOUND),
    ("R knee", "knee", R, CALIPER),
    ("L lateral thigh", "thigh", L, ULTRASOUND),
    ("R upper chest", "chest", R, CALIPER),
)
_RA_SIZES: dict[str, tuple[Size | None, ...]] = {  # one (L, W, depth) per visit of _RA_DAYS
    "R lateral thigh": ((300, 120, 25), (298, 120, 25), (285, 112, 24), (265, 104, 22),
                        (250, 97, 21), (238, 91, 20), (225, 85, 19)),
    "R buttock": ((150, 100, 20), (149, 99, 20), (142, 94, 19), (134, 88, 18),
                  (126, 83, 17), (120, 79, 16), (115, 75, 15)),
    "R knee": ((60, 40, 12), (60, 40, 12), (57, 38, 11), (53, 35, 10),
               (50, 33, 10), (47, 31, 9), (45, 30, 9)),
    "L lateral thigh": ((120, 60, 15), (119, 60, 15), (113, 56, 14), (106, 52, 13),
                        (100, 49, 12), (95, 47, 12), (90, 45, 11)),
    "R upper chest": ((10, 8, 10), (10, 8, 10), (10, 8, 10), (9, 7, 9),
                      (9, 7, 9), (8, 6, 8), (8, 6, 8)),
}
# weight kg, heart rate, systolic, diastolic, pain NRS, patient global mm, evaluator global mm,
# right hip flexion, right hip internal rotation (the left hip stays at 120° and 38°)
_RA_VITALS = (
    (60.0, 78, 122, 76, 3, 10, 6, 100, 25),
    (60.2, 74, 120, 75, 3, 10, 5, 100, 25),
    (59.8, 72, 118, 74, 2, 9, 5, 104, 28),
    (60.4, 71, 121, 76, 2, 8, 4, 109, 30),
    (60.0, 73, 119, 74, 1, 6, 3, 112, 32),
    (59.6, 72, 118, 73, 1, 5, 3, 116, 34),
    (60.1, 74, 120, 75, 1, 5, 2, 118, 35),
)
_RA_DAS28 = {0: 1.51, 3: 1.44, 6: 1.36}  # DAS28-CRP typed in on the days CRP was measured
_RA_NOTES = {
    0: "Referred by GP for indurated pigmented plaques. RA in remission on methotrexate. "
       "MDT to decide on calcinosis treatment; surgery near the right hip discussed.",
    1: "Four weeks on diltiazem and colchicine; tolerated, no dizziness.",
    3: "Plaques softer and smaller. Right hip moves more freely; surgery not needed for now.",
    6: "Sustained response; pelvic X-ray shows less calcification than in March 2025.",
}


def _ra_visits() -> tuple[Visit, ...]:
    methods = {label: method for label, _, _, method in _RA_LESIONS}
    visits = []
    for i, (day, v) in enumerate(zip(_RA_DAYS, _RA_VITALS, strict=True)):
        weight, hr, sbp, dbp, pain, ptga, evga, hip_flexion, hip_ir = v
        das28 = _RA_DAS28.get(i)
        visits.append(Visit(
            patient_id=None, visit_date=day, visit_type=visit_type(i),
            clinician="Dr. Yasmin El-Tayeb" if i % 2 == 0 else "Dr. Kofi Mensah",
            weight_kg=weight, height_cm=163.0 if i == 0 else None, heart_rate_bpm=hr,
            systolic_bp_mmhg=sbp, diastolic_bp_mmhg=dbp, pain_nrs=pain,
            patient_global_mm=ptga, evaluator_global_mm=evga,
            tender_joints_28=0, swollen_joints_28=0, das28_recorded=das28,
            das28_recorded_variant=Das28Variant.CRP if das28 is not None else None,
            notes=_RA_NOTES.get(i, ""),
            lesion_measurements=measurements(_RA_SIZES, i, methods),
            rom=(*rom("hip", "flexion", hip_flexion, 120),
                 *rom("hip", "internal_rotation", hip_ir, 38)),
        ))
    return tuple(visits)


def _ra_labs() -> tuple[LabResult, ...]:
    first, mid, last = _RA_DAYS[0], _RA_DAYS[3], _RA_DAYS[6]
    presentation = (
        lab("haemoglobin", first, 11.3, "g/dL", 12.0, None),
        lab("pth_intact", first, 45.6, "pg/mL", 10, 65),
        lab("calcium_total", first, 8.5, "mg/dL", 8.5, 10.5),
        lab("albumin", first, 4.5, "g/dL", 3.5, 5.0),
        lab("phosphate", first, 3.3, "mg/dL", 2.5, 4.5),
        lab("calcium_urine_24h", first, 55, "mg/(24.h)", 20, 275),
        lab("creatinine", first, 1.0, "mg/dL", 0.6, 1.4),
        lab("alkaline_phosphatase", first, 76, "U/L", 40, 130),
        lab("esr", first, 50, "mm/h", None, 30),
        lab("crp", first, 2.1, "mg/L", None, 5),
        lab("anti_ccp", first, 30, "U/mL", None, 20),
    )
    repeats = tuple(
        item
        for day, ca, p, alb, cr, crp, esr in ((mid, 9.0, 3.4, 4.4, 0.9, 1.8, 38),
                                              (last, 9.1, 3.2, 4.5, 1.0, 1.5, 32))
        for item in (
            lab("calcium_total", day, ca, "mg/dL", 8.5, 10.5),
            lab("phosphate", day, p, "mg/dL", 2.5, 4.5),
            lab("albumin", day, alb, "g/dL", 3.5, 5.0),
            lab("creatinine", day, cr, "mg/dL", 0.6, 1.4),
            lab("crp", day, crp, "mg/L", None, 5),
            lab("esr", day, esr, "mm/h", None, 30),
        )
    )
    return presentation + repeats


def _ra_medications() -> tuple[MedicationPeriod, ...]:
    ra_start = date(2020, 3, 2)
    return (
        med("methotrexate", 15, MG, Frequency.QW, ORAL, ra_start,
            start_reason="RA (EULAR/ACR 2010), started by the previous rheumatologist"),
        med("hydroxychloroquine", 200, MG, Frequency.QD, ORAL, ra_start,
            start_reason="RA, with methotrexate"),
        med("folic_acid", 10, MG, Frequency.QW, ORAL, ra_start,
            start_reason="Supplement with weekly methotrexate"),
        med("diltiazem", 60, MG, Frequency.BID, ORAL, _RA_DILTIAZEM_START,
            start_reason="MDT decision for dystrophic calcinosis cutis: 120 mg/day = 2 mg/kg/day "
                         "at 60 kg (reported effective range 2–4 mg/kg/day)"),
        med("colchicine", 0.5, MG, Frequency.QD, ORAL, _RA_DILTIAZEM_START,
            start_reason="MDT decision: low dose for its anti-inflammatory effect; interaction "
                         "with diltiazem reviewed, kept at 0.5 mg/day"),
    )


def ra_case_chart(mrn: str) -> PatientChart:
    """A woman of 50 with RA in remission and extensive dystrophic calcinosis that shrinks on
    diltiazem 2 mg/kg/day with low-dose colchicine; no ulceration, no new lesions."""
    first = _RA_DAYS[0]
    patient = Patient(
        mrn=mrn, family_name="Haddad", given_name="Amal", sex=Sex.FEMALE,
        date_of_birth=date(1975, 1, 20), underlying_disease=UnderlyingDisease.RA,
        disease_diagnosed_on=date(2020, 2, 17), calcinosis_type=CalcinosisType.DYSTROPHIC,
        calcinosis_onset_on=date(2024, 3, 1),
    )
    lesions = tuple(Lesion(label, site, side, first, notes="Indurated hyperpigmented plaque")
                    for label, site, side, _ in _RA_LESIONS)
    imaging = (
        ImagingStudy(first, ImagingModality.XRAY, "hip", B,
                     findings="AP pelvis: extensive subcutaneous calcification over both gluteal "
                              "regions and the lateral upper thighs; muscles and bones spared."),
        ImagingStudy(first, ImagingModality.XRAY, "knee", R, ("R knee",),
                     findings="AP and lateral: flaky calcification in the subcutaneous fat only."),
        ImagingStudy(_RA_DAYS[-1], ImagingModality.XRAY, "hip", B,
                     findings="AP pelvis: calcification less extensive and less dense than on "
                              "the March 2025 film.", verdict=ImagingVerdict.LESS),
    )
    return PatientChart(patient, lesions, _ra_visits(), _ra_labs(), _ra_medications(), imaging)


# ------------------------------------------------------- DEMO-0002: DM, refractory calcinosis

_DM_DAYS = (date(2023, 1, 16), date(2023, 4, 17), date(2023, 7, 17), date(2023, 10, 16),
            date(2024, 1, 15), date(2024, 4, 15), date(2024, 7, 15))
_DM_ONSET = date(2011, 6, 20)
_DM_LESIONS = (  # label, body site, side, first seen, measured by
    ("R hip", "hip", R, _DM_ONSET, ULTRASOUND),
    ("L hip", "hip", L, _DM_ONSET, ULTRASOUND),
    ("R thigh", "thigh", R, _DM_ONSET, CALIPER),
    ("L thigh", "thigh", L, _DM_ONSET, CALIPER),
    ("R buttock", "buttock", R, _DM_ONSET, CALIPER),
    ("R upper arm", "upper_arm", R, _DM_ONSET, CALIPER),
    ("L upper arm", "upper_arm", L, _DM_ONSET, CALIPER),
    ("L buttock", "buttock", L, _DM_DAYS[2], CALIPER),
    ("R posterior thigh", "thigh", R, _DM_DAYS[4], CALIPER),
)
_DM_SIZES: dict[str, tuple[Size | None, ...]] = {  # one (L, W, depth) per visit of _DM_DAYS
    "R hip": ((60, 40, 12), (61, 41, 12), (63, 43, 13), (65, 45, 13), (67, 46, 14),
              (70, 48, 14), (72, 50, 15)),
    "L hip": ((50, 35, 10), (51, 35, 10), (53, 37, 10), (55, 38, 11), (57, 39, 11),
              (58, 41, 12), (60, 42, 12)),
    "R thigh": ((80, 45, 15), (82, 46, 15), (85, 48, 16), (87, 50, 16), (90, 52, 17),
                (92, 53, 17), (95, 55, 18)),
    "L thigh": ((70, 40, 14), (71, 41, 14), (74, 43, 15), (77, 45, 15), (80, 47, 16),
                (82, 48, 16), (85, 50, 17)),
    "R buttock": ((90, 60, 18), (93, 62, 18), (97, 64, 19), (100, 66, 19), (104, 68, 20),
                  (107, 70, 21), (110, 72, 21)),
    "R upper arm": ((40, 25, 8), (41, 25, 8), (42, 26, 8), (44, 27, 9), (45, 28, 9),
                    (46, 29, 9), (48, 30, 10)),
    "L upper arm": ((35, 20, 8), (35, 21, 8), (37, 22, 8), (38, 23, 8), (39, 24, 9),
                    (40, 25, 9), (42, 26, 9)),
    "L buttock": (None, None, (20, 15, 6), (28, 20, 8), (34, 24, 9), (40, 27, 10), (45, 30, 11)),
    "R posterior thigh": (None, None, None, None, (15, 12, 5), (20, 16, 6), (25, 20, 7)),
}
_ULCER = "ulcerated extrusion tender"
_INFECTED = "ulcerated extrusion tender infected inflamed"
_DM_FLAGS = {
    ("R buttock", 2): _INFECTED, ("R buttock", 3): _ULCER, ("R buttock", 4): _INFECTED,
    ("R buttock", 5): _ULCER, ("R buttock", 6): _ULCER,
    ("L thigh", 4): _ULCER, ("L thigh", 5): _INFECTED, ("L thigh", 6): _ULCER,
    ("R upper arm", 5): _ULCER, ("R upper arm", 6): _ULCER,
    ("R thigh", 3): "tender", ("R thigh", 4): "tender", ("R thigh", 5): "tender",
    ("R thigh", 6): "tender",
}
# weight kg, heart rate, systolic, diastolic, pain NRS, right and left hip flexion
_DM_VITALS = (
    (58.0, 82, 128, 78, 5, 110, 112),
    (57.5, 80, 126, 78, 5, 108, 111),
    (57.0, 92, 124, 74, 6, 105, 110),
    (56.8, 80, 130, 80, 6, 102, 108),
    (56.5, 88, 126, 76, 6, 100, 106),
    (56.0, 86, 128, 78, 7, 96, 105),
    (55.5, 82, 132, 80, 8, 92, 104),
)
_DM_NOTES = {
    0: "Tracker baseline. Calcinosis since 2011 with buttock and thigh paresthesia. "
       "Plan: IVIg for 6 cycles and monthly pamidronate for a year.",
    2: "R buttock ulcer discharging chalky material, surrounding cellulitis. Antibiotics; "
       "debridement booked. New nodule on the L buttock.",
    4: "R buttock ulcer infected again. Pamidronate course ends next month with little benefit.",
    5: "L thigh ulcer infected. Pain now limits walking.",
    6: "X-ray in June shows progression at hips, thighs and both arms. Refractory course: "
       "discuss surgery for the ulcerated buttock lesion and other systemic options.",
}


def _dm_visits() -> tuple[Visit, ...]:
    methods = {row[0]: row[4] for row in _DM_LESIONS}
    visits = []
    for i, (day, v) in enumerate(zip(_DM_DAYS, _DM_VITALS, strict=True)):
        weight, hr, sbp, dbp, pain, hip_right, hip_left = v
        visits.append(Visit(
            patient_id=None, visit_date=day, visit_type=visit_type(i),
            clinician="Dr. Inês Carvalho", weight_kg=weight,
            height_cm=158.0 if i == 0 else None, heart_rate_bpm=hr, systolic_bp_mmhg=sbp,
            diastolic_bp_mmhg=dbp, pain_nrs=pain, notes=_DM_NOTES.get(i, ""),
            lesion_measurements=measurements(_DM_SIZES, i, methods, _DM_FLAGS),
            rom=rom("hip", "flexion", hip_right, hip_left),
        ))
    return tuple(visits)


def _dm_labs() -> tuple[LabResult, ...]:
    at_diagnosis = (lab("creatine_kinase", date(2006, 5, 2), 952, "U/L", 38, 176),)
    follow_up = tuple(
        item
        for i, ca, p, alb, cr, crp, ck in ((0, 9.2, 3.6, 3.9, 0.8, 4, 110),
                                           (2, 9.0, 3.7, 3.7, 0.9, 38, 125),
                                           (4, 9.3, 3.8, 3.8, 0.9, 45, 118),
                                           (6, 9.1, 3.5, 3.9, 0.9, 7, 104))
        for item in (
            lab("calcium_total", _DM_DAYS[i], ca, "mg/dL", 8.6, 10.2),
            lab("phosphate", _DM_DAYS[i], p, "mg/dL", 2.5, 4.5),
            lab("albumin", _DM_DAYS[i], alb, "g/dL", 3.5, 5.2),
            lab("creatinine", _DM_DAYS[i], cr, "mg/dL", 0.5, 1.1),
            lab("crp", _DM_DAYS[i], crp, "mg/L", None, 5),
            lab("creatine_kinase", _DM_DAYS[i], ck, "U/L", 38, 176),
        )
    )
    return at_diagnosis + follow_up


def _dm_medications() -> tuple[MedicationPeriod, ...]:
    dx_start, qd = date(2006, 6, 5), Frequency.QD
    taper = "Tapered as the muscle enzymes fell"
    antibiotic = {"name": "Flucloxacillin", "start_reason": "Infected calcinosis ulcer",
                  "stop_reason": "Course completed"}
    return (  # in start order, as the store returns them
        med("prednisolone", 60, MG, qd, ORAL, dx_start, date(2006, 8, 14),
            "Initial treatment of dermatomyositis", taper),
        med("azathioprine", 50, MG, Frequency.BID, ORAL, dx_start,
            start_reason="Steroid-sparing treatment of dermatomyositis"),
        med("prednisolone", 30, MG, qd, ORAL, date(2006, 8, 14), date(2006, 11, 13), taper, taper),
        med("prednisolone", 10, MG, qd, ORAL, date(2006, 11, 13), date(2008, 1, 7), taper, taper),
        med("prednisolone", 5, MG, qd, ORAL, date(2008, 1, 7), date(2009, 6, 1), taper,
            "Stopped: tapered off"),
        med("ivig", 2, DoseUnit.G_PER_KG, Frequency.Q4W, IV, date(2023, 2, 6), date(2023, 7, 24),
            "Refractory calcinosis: 400 mg/kg/day × 5 days per cycle (2 g/kg per cycle), "
            "6 cycles planned", "6 cycles completed; little benefit"),
        med("pamidronate", 60, MG, Frequency.QMONTH, IV, date(2023, 2, 6), date(2024, 2, 5),
            "Refractory calcinosis: monthly infusion for one year",
            "One-year course completed; lesions progressed"),
        med("other", 500, MG, Frequency.QID, ORAL, _DM_DAYS[2], date(2023, 7, 31), **antibiotic),
        med("other", 500, MG, Frequency.QID, ORAL, _DM_DAYS[4], date(2024, 1, 29), **antibiotic),
        med("other", 500, MG, Frequency.QID, ORAL, _DM_DAYS[5], date(2024, 4, 29), **antibiotic),
    )


def _dm_imaging() -> tuple[ImagingStudy, ...]:
    regions = (("hip", B, ()), ("thigh", B, ()), ("upper_arm", R, ("R upper arm",)),
               ("upper_arm", L, ("L upper arm",)))
    before, after = date(2023, 1, 9), date(2024, 6, 17)
    return tuple(
        ImagingStudy(day, ImagingModality.XRAY, site, side, labels, findings=text, verdict=verdict)
        for day, text, verdict in (
            (before, "Numerous calcified deposits in the subcutaneous tissue.", None),
            (after, "More and larger subcutaneous calcifications than in January 2023: "
                    "progression.", ImagingVerdict.MORE))
        for site, side, labels in regions
    )


def dm_case_chart(mrn: str) -> PatientChart:
    """A woman with dermatomyositis since 51 and calcinosis since 2011 that progresses through
    IVIg and pamidronate: new lesions, ulcers with chalky extrusion, recurrent infection."""
    patient = Patient(
        mrn=mrn, family_name="Ferreira-Nuñez", given_name="Graça", sex=Sex.FEMALE,
        date_of_birth=date(1955, 4, 12), underlying_disease=UnderlyingDisease.DM,
        disease_diagnosed_on=date(2006, 5, 2), calcinosis_type=CalcinosisType.DYSTROPHIC,
        calcinosis_onset_on=_DM_ONSET,
    )
    lesions = tuple(Lesion(label, site, side, seen) for label, site, side, seen, _ in _DM_LESIONS)
    debridement = Procedure(
        date(2023, 7, 20), ProcedureType.DEBRIDEMENT, "buttock", R, ("R buttock",),
        ProcedureOutcome.PARTIAL, notes="Infected ulcer debrided and chalky deposits removed; "
                                        "healed slowly, ulcer recurred.")
    return PatientChart(patient, lesions, _dm_visits(), _dm_labs(), _dm_medications(),
                        _dm_imaging(), (debridement,))
