"""A constructed clinic of ten patients whose outcomes are counted by hand in the tests.

One lesion "L1" of 100 mm × W mm per patient: the burden change from a baseline of 100 × 40 is
(W − 40) / 40 × 100 %, so W = 30 is −25 % (improved), W = 50 is +25 % (progressed).

Day numbers are days from T0 (each patient's regimen start, T0 unless said):

| MRN | regimen | visits (day: W) | stop | notes |
|-----|---------|-----------------|------|-------|
| A1  | dil+col from T0 | 0: 40, 91: 38, 180: 28, 370: 25 | – | improved at 180 |
| A2  | dil from −30, col from 0 | −30: 40, 60: 42 | col 100 | stops before improving |
| A3  | dil+col | −10: 40; lab at 200 | – | no visit after the start |
| A4  | dil+col from AS_OF − 100 | 0: 40, 60: 50 | – | follow-up shorter |
| A5  | dil+col | 30: 40, 182: 40 | – | no visit before the start: no baseline |
| A6  | dil+col | 0: 40, 180: (L1 not measured) | – | the assessment's own reason |
| A7  | dil+col | 0: 40, 90: 30 | dil 300 | improved at 90, then stops |
| A8  | dil+col | 0: 40, 400: 40, AS_OF+5: 10 | col AS_OF+10 | records after the as-of day |
| A9  | diltiazem only | 0: 40 | – | never started |
| A10 | dil from 0, col from AS_OF+3 | 0: 40 | – | starts after the as-of day |
"""

from __future__ import annotations

from datetime import date, timedelta

from calcitrack.domain.codes import (
    DoseUnit,
    Frequency,
    Laterality,
    Route,
    Sex,
    UnderlyingDisease,
)
from calcitrack.domain.entities import (
    LabResult,
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    PatientChart,
    Visit,
)
from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery
from calcitrack.services.demo.demo_cases import med

T0 = date(2025, 1, 6)
AS_OF = date(2026, 6, 1)
QUERY = OutcomesQuery(("diltiazem", "colchicine"), None, AS_OF)


def day(n: int, start: date = T0) -> date:
    return start + timedelta(days=n)


def dil(start: date, stop: date | None = None) -> MedicationPeriod:
    return med("diltiazem", 60, DoseUnit.MG, Frequency.BID, Route.ORAL, start, stop)


def col(start: date, stop: date | None = None) -> MedicationPeriod:
    return med("colchicine", 0.5, DoseUnit.MG, Frequency.BID, Route.ORAL, start, stop)


def visit(on: date, width: float | None = 40.0) -> Visit:
    measured = () if width is None else (LesionMeasurement("L1", 100.0, width),)
    return Visit(patient_id=None, visit_date=on, weight_kg=60.0, lesion_measurements=measured)


def chart(
    mrn: str,
    visits: tuple[Visit, ...],
    meds: tuple[MedicationPeriod, ...],
    *,
    disease: UnderlyingDisease = UnderlyingDisease.SSC,
    labs: tuple[LabResult, ...] = (),
) -> PatientChart:
    patient = Patient(mrn, "Test", mrn, Sex.FEMALE, date(1970, 5, 1), disease)
    lesion = Lesion("L1", "thigh", Laterality.RIGHT, date(2024, 1, 1))
    return PatientChart(patient, (lesion,), visits, labs, meds)


def clinic() -> tuple[PatientChart, ...]:
    late = AS_OF - timedelta(days=100)
    return (
        chart(
            "A1",
            (visit(T0), visit(day(91), 38), visit(day(180), 28), visit(day(370), 25)),
            (dil(T0), col(T0)),
        ),
        chart("A2", (visit(day(-30)), visit(day(60), 42)), (dil(day(-30)), col(T0, day(100)))),
        chart(
            "A3",
            (visit(day(-10)),),
            (dil(T0), col(T0)),
            labs=(LabResult("calcium_total", day(200), 2.3, "mmol/L"),),
        ),
        chart("A4", (visit(late), visit(day(60, late), 50)), (dil(late), col(late))),
        chart("A5", (visit(day(30)), visit(day(182))), (dil(T0), col(T0))),
        chart("A6", (visit(T0), visit(day(180), None)), (dil(T0), col(T0))),
        chart("A7", (visit(T0), visit(day(90), 30)), (dil(T0, day(300)), col(T0))),
        chart(
            "A8",
            (visit(T0), visit(day(400)), visit(AS_OF + timedelta(days=5), 10)),
            (dil(T0), col(T0, AS_OF + timedelta(days=10))),
        ),
        chart("A9", (visit(T0),), (dil(T0),)),
        chart("A10", (visit(T0),), (dil(T0), col(AS_OF + timedelta(days=3)))),
    )
