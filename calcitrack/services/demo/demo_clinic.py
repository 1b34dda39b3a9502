"""The demo clinic: five fictional patients whose charts exercise every part of CalciTrack.

DEMO-0001 and DEMO-0002 follow the two published cases (see :mod:`demo_cases`); the other three
are small invented charts that use SI lab units (mmol/L, µmol/L, g/L), a dose change, an
excised and a resolved lesion, and an archived patient. Deterministic pure data: every date is
fixed (the last is 2026-09-14) and nothing depends on today's date.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from calcitrack.domain.clinic_settings import FOLLOW_UP_WEEKS, ClinicSettings
from calcitrack.domain.codes import (
    CalcinosisType,
    DoseUnit,
    Frequency,
    ImagingModality,
    LesionStatus,
    ProcedureOutcome,
    ProcedureType,
    Route,
    Sex,
    UnderlyingDisease,
    VisitType,
)
from calcitrack.domain.entities import (
    ImagingStudy,
    LabResult,
    Lesion,
    Patient,
    PatientChart,
    Procedure,
    Visit,
)
from calcitrack.services.demo.demo_cases import (
    CALIPER,
    MG,
    ORAL,
    ULTRASOUND,
    B,
    L,
    R,
    dm_case_chart,
    lab,
    measurements,
    med,
    ra_case_chart,
    rom,
    visit_type,
)

DEMO_RA_MRN = "DEMO-0001"
DEMO_DM_MRN = "DEMO-0002"
DEMO_SSC_MRN = "DEMO-0003"
DEMO_JDM_MRN = "DEMO-0004"
DEMO_SLE_MRN = "DEMO-0005"


def _si_minerals(day: date, calcium: float, phosphate: float, creatinine: float,
                 albumin: float | None = None) -> tuple[LabResult, ...]:
    """Calcium and phosphate in mmol/L, creatinine in µmol/L, albumin in g/L (SI lab)."""
    found = (
        lab("calcium_total", day, calcium, "mmol/L", 2.15, 2.55),
        lab("phosphate", day, phosphate, "mmol/L", 0.81, 1.45),
        lab("creatinine", day, creatinine, "umol/L", 45, 90),
    )
    return found + ((lab("albumin", day, albumin, "g/L", 35, 50),) if albumin is not None else ())


# ------------------------------------------------- DEMO-0003: limited SSc, finger calcinosis


def _ssc_chart() -> PatientChart:
    days = (date(2025, 5, 12), date(2025, 11, 10), date(2026, 5, 11))
    lesions = (("R index finger", "finger", R), ("R thumb", "finger", R),
               ("L middle finger", "finger", L), ("L thenar eminence", "hand", L))
    sizes = {
        "R index finger": ((8, 5, 3), (9, 6, 3), (8, 5, 3)),
        "R thumb": ((12, 7, 4), (12, 7, 4), (11, 7, 4)),
        "L middle finger": ((6, 4, 3), (6, 4, 3), (6, 4, 3)),
        "L thenar eminence": ((15, 10, 5), (16, 10, 5), (15, 9, 5)),
    }
    methods = dict.fromkeys(sizes, CALIPER)
    flags = {("R index finger", 1): "ulcerated extrusion tender inflamed",
             ("R index finger", 2): "tender", ("R thumb", 0): "tender"}
    vitals = ((62.0, 68, 112, 70, 4), (61.5, 64, 108, 68, 6), (62.3, 66, 110, 70, 3))
    notes = {0: "Finger-tip deposits painful when gripping; diltiazem increased to 240 mg.",
             1: "R index finger ulcer extruding chalky material; minocycline course started.",
             2: "Ulcer healed; deposits unchanged in size."}
    visits = tuple(
        Visit(None, day, visit_type(i), "Dr. Henrik Lindqvist", weight_kg=w, heart_rate_bpm=hr,
              systolic_bp_mmhg=sbp, diastolic_bp_mmhg=dbp, pain_nrs=pain, notes=notes[i],
              lesion_measurements=measurements(sizes, i, methods, flags),
              rom=rom("wrist", "flexion", 70, 75) + rom("wrist", "extension", 60, 65))
        for i, (day, (w, hr, sbp, dbp, pain)) in enumerate(zip(days, vitals, strict=True))
    )
    labs = (*_si_minerals(days[0], 2.38, 1.12, 68, 40),
            lab("crp", days[0], 3, "mg/L", None, 5), lab("esr", days[0], 22, "mm/h", None, 36),
            *_si_minerals(days[2], 2.41, 1.05, 71, 41))
    increase = "Painful finger-tip deposits: dose increased to 240 mg once daily"
    medications = (
        med("diltiazem", 180, MG, Frequency.QD, ORAL, date(2024, 9, 2), days[0],
            "Calcinosis and Raynaud phenomenon (extended release)", increase),
        med("diltiazem", 240, MG, Frequency.QD, ORAL, days[0], start_reason=increase),
        med("minocycline", 100, MG, Frequency.QD, ORAL, days[1], date(2026, 2, 2),
            "Inflamed ulcerated finger-tip deposit: 12-week course", "Course completed"),
    )
    patient = Patient(DEMO_SSC_MRN, "Sørensen", "Ingrid", Sex.FEMALE, date(1962, 8, 3),
                      UnderlyingDisease.SSC, date(2010, 4, 12), CalcinosisType.DYSTROPHIC,
                      date(2019, 9, 1))
    imaging = (ImagingStudy(date(2025, 5, 5), ImagingModality.XRAY, "hand", B,
                            findings="AP hands: calcific deposits at the right thumb and index "
                                     "finger tips, left middle finger and left thenar eminence."),)
    return PatientChart(patient, tuple(Lesion(lb, s, side, date(2025, 5, 12))
                                       for lb, s, side in lesions),
                        visits, labs, medications, imaging)


# --------------------------------------------------- DEMO-0004: juvenile dermatomyositis


def _jdm_chart() -> PatientChart:
    days = (date(2025, 2, 3), date(2025, 8, 4), date(2026, 2, 2), date(2026, 8, 3))
    excised_on = date(2025, 9, 15)
    sizes = {
        "R elbow": ((25, 18, 6), (24, 17, 6), (22, 16, 5), (21, 15, 5)),
        "L elbow": ((30, 20, 8), (31, 20, 8), None, None),
        "L knee": ((18, 12, 5), (18, 12, 5), (17, 11, 5), (16, 11, 4)),
    }
    methods = {"R elbow": ULTRASOUND, "L elbow": ULTRASOUND, "L knee": CALIPER}
    flags = {("L elbow", 0): "tender", ("L elbow", 1): "tender inflamed"}
    # weight kg, height cm, heart rate, systolic, diastolic, pain, L elbow extension (deficit < 0)
    vitals = ((50.0, 162.0, 76, 112, 68, 3, -20), (52.5, 164.5, 74, 114, 70, 4, -25),
              (54.0, 166.5, 72, 116, 70, 2, -10), (56.0, 168.0, 70, 116, 72, 1, -5))
    notes = {0: "Firm nodules at both elbows and the left knee; disease otherwise quiet.",
             1: "L elbow nodule inflamed and blocking extension: referred for excision.",
             2: "L elbow scar healed; extension improving with physiotherapy.",
             3: "No new deposits."}
    visits = tuple(
        Visit(None, day, visit_type(i), "Dr. Lucía Beltrán", weight_kg=w, height_cm=h,
              heart_rate_bpm=hr, systolic_bp_mmhg=sbp, diastolic_bp_mmhg=dbp, pain_nrs=pain,
              notes=notes[i], lesion_measurements=measurements(sizes, i, methods, flags),
              rom=rom("elbow", "extension", -10, ext) + rom("elbow", "flexion", 140, 135))
        for i, (day, (w, h, hr, sbp, dbp, pain, ext)) in enumerate(zip(days, vitals, strict=True))
    )
    labs = tuple(
        item for day, ca, p, cr, ck, vit_d in ((days[0], 2.42, 1.50, 58, 120, 55),
                                               (days[2], 2.39, 1.42, 62, 98, 71))
        for item in (lab("calcium_total", day, ca, "mmol/L", 2.20, 2.70),
                     lab("phosphate", day, p, "mmol/L", 1.00, 1.80),
                     lab("creatinine", day, cr, "umol/L", 40, 90),
                     lab("creatine_kinase", day, ck, "U/L", 40, 200),
                     lab("vitamin_d_25oh", day, vit_d, "nmol/L", 50, None))
    )
    medications = (
        med("prednisolone", 30, MG, Frequency.QD, ORAL, date(2018, 3, 5), date(2019, 9, 2),
            "Juvenile dermatomyositis at diagnosis (taper summarised as one period)",
            "Tapered off"),
        med("methotrexate", 15, MG, Frequency.QW, Route.SC, date(2018, 3, 5),
            start_reason="Juvenile dermatomyositis, steroid-sparing"),
        med("ivig", 2, DoseUnit.G_PER_KG, Frequency.Q4W, Route.IV, date(2021, 5, 3),
            date(2022, 5, 2), "Calcinosis with active skin disease", "Skin disease inactive"),
    )
    patient = Patient(DEMO_JDM_MRN, "Álvarez", "Tomás", Sex.MALE, date(2010, 6, 15),
                      UnderlyingDisease.JDM, date(2018, 2, 20), CalcinosisType.DYSTROPHIC,
                      date(2021, 3, 1))
    lesions = (
        Lesion("R elbow", "elbow", R, date(2021, 3, 1)),
        Lesion("L elbow", "elbow", L, date(2021, 3, 1), LesionStatus.EXCISED, excised_on),
        Lesion("L knee", "knee", L, date(2024, 6, 10)),
    )
    excision = Procedure(excised_on, ProcedureType.EXCISION, "elbow", L, ("L elbow",),
                         ProcedureOutcome.COMPLETE, "Deposit removed en bloc; wound healed.")
    return PatientChart(patient, lesions, visits, labs, medications, (), (excision,))


# -------------------------------------------------- DEMO-0005: SLE, archived, one lesion resolved


def _sle_chart() -> PatientChart:
    days = (date(2023, 5, 8), date(2023, 8, 7), date(2023, 11, 6), date(2024, 5, 6))
    resolved_on = days[2]
    sizes = {"L buttock": ((35, 25, 9), None, (34, 25, 9), (35, 24, 9)),
             "R lower leg": ((14, 10, 4), None, None, None)}
    methods = {"L buttock": ULTRASOUND, "R lower leg": CALIPER}
    flags = {("R lower leg", 0): "tender"}
    visits = (
        Visit(None, days[0], VisitType.BASELINE, "Dr. Aurélie Fontaine", weight_kg=67.0,
              heart_rate_bpm=72, systolic_bp_mmhg=118, diastolic_bp_mmhg=72, pain_nrs=4,
              notes="Tender nodule on the R shin: intralesional sodium thiosulfate planned.",
              lesion_measurements=measurements(sizes, 0, methods, flags)),
        Visit(None, days[1], VisitType.TELEPHONE, "Dr. Aurélie Fontaine", pain_nrs=1,
              notes="Three injections done; shin nodule no longer palpable by the patient."),
        Visit(None, days[2], VisitType.FOLLOW_UP, "Dr. Aurélie Fontaine", weight_kg=66.5,
              heart_rate_bpm=70, systolic_bp_mmhg=116, diastolic_bp_mmhg=74, pain_nrs=1,
              notes="R lower leg deposit resolved. L buttock deposit unchanged, painless.",
              lesion_measurements=measurements(sizes, 2, methods)),
        Visit(None, days[3], VisitType.FOLLOW_UP, "Dr. Aurélie Fontaine", weight_kg=66.8,
              heart_rate_bpm=71, systolic_bp_mmhg=120, diastolic_bp_mmhg=76, pain_nrs=1,
              notes="Stable. Moving abroad: care transferred and chart archived.",
              lesion_measurements=measurements(sizes, 3, methods)),
    )
    labs = (*_si_minerals(days[0], 2.31, 1.02, 64, 38),
            lab("crp", days[0], 5, "mg/L", None, 5), lab("ana_titre", days[0], 640, "{titer}"),
            *_si_minerals(days[3], 2.28, 1.10, 66))
    medications = (
        med("hydroxychloroquine", 200, MG, Frequency.BID, ORAL, date(2012, 10, 1),
            start_reason="Systemic lupus erythematosus"),
        med("prednisolone", 5, MG, Frequency.QD, ORAL, date(2012, 10, 1),
            start_reason="Systemic lupus erythematosus, maintenance"),
    )
    patient = Patient(DEMO_SLE_MRN, "Dubois", "Chloé", Sex.FEMALE, date(1981, 11, 23),
                      UnderlyingDisease.SLE, date(2012, 9, 10), CalcinosisType.DYSTROPHIC,
                      date(2020, 2, 1), archived=True)
    lesions = (Lesion("L buttock", "buttock", L, days[0]),
               Lesion("R lower leg", "lower_leg", R, days[0], LesionStatus.RESOLVED, resolved_on,
                      notes="Anterior shin"))
    injections = tuple(
        Procedure(day, ProcedureType.INTRALESIONAL_THIOSULFATE, "lower_leg", R, ("R lower leg",),
                  outcome, "Sodium thiosulfate 250 mg/mL injected into the deposit.")
        for day, outcome in ((date(2023, 5, 15), ProcedureOutcome.PARTIAL),
                             (date(2023, 6, 12), ProcedureOutcome.PARTIAL),
                             (date(2023, 7, 10), ProcedureOutcome.COMPLETE))
    )
    return PatientChart(patient, lesions, visits, labs, medications, (), injections)


def demo_charts() -> list[PatientChart]:
    """The five demo patients, DEMO-0001 to DEMO-0005, built afresh (and identically) each call;
    each visit planned the next (``with_next_visits_due``), so Today has patients due."""
    return [with_next_visits_due(chart) for chart in (
        ra_case_chart(DEMO_RA_MRN), dm_case_chart(DEMO_DM_MRN), _ssc_chart(), _jdm_chart(),
        _sle_chart())]


def with_next_visits_due(chart: PatientChart) -> PatientChart:
    """``chart`` with each visit's next visit due: the date of the visit that followed (as
    booked then), and after the latest the clinic's default follow-up interval, as the visit
    form would plan it (an archived patient's latest plans none)."""
    ordered = sorted(chart.visits, key=lambda v: v.visit_date)
    if not ordered:
        return chart
    weeks = int(ClinicSettings.defaults()[FOLLOW_UP_WEEKS])
    planned = ordered[-1].visit_date + timedelta(weeks=weeks)
    after_latest = None if chart.patient.archived else planned
    dues = [*(later.visit_date for later in ordered[1:]), after_latest]
    visits = tuple(
        dataclasses.replace(visit, next_visit_due_on=due)
        for visit, due in zip(ordered, dues, strict=True)
    )
    return dataclasses.replace(chart, visits=visits)
