"""A large synthetic clinic for benchmarks: made-up patients with years of visits.

Names are drawn from small lists of invented name parts; MRNs are ``SYN-000001`` onwards. The
charts are valid by construction (a test validates a sample) and are written with bulk inserts.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from calcitrack.domain.codes import (
    DoseUnit,
    Frequency,
    Laterality,
    Route,
    Sex,
    Side,
    UnderlyingDisease,
    VisitType,
)
from calcitrack.domain.entities import (
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    PatientChart,
    RomMeasurement,
    Visit,
)
from calcitrack.domain.laboratory import lab_results
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.services.context import ServiceContext
from calcitrack.store import bulk

GIVEN = (
    "Ana",
    "Béatrice",
    "Chidi",
    "Dagný",
    "Eun",
    "Farah",
    "Göran",
    "Hana",
    "Iñaki",
    "Jorun",
    "Kalani",
    "Léa",
    "Mateus",
    "Noor",
    "Oskar",
    "Priya",
    "Rafaël",
    "Søren",
    "Tuuli",
    "Zeynep",
)
FAMILY = (
    "Almeida",
    "Brønd",
    "Castaño",
    "Dumitru",
    "Eklund",
    "Fontaine",
    "Gallo",
    "Høeg",
    "Ibarra",
    "Janssen",
    "Kowalczyk",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Pereira",
    "Quintero",
    "Rossi",
    "Szabó",
    "Vermeulen",
)
SITES = (
    ("thigh", "hip"),
    ("buttock", "hip"),
    ("knee", "knee"),
    ("elbow", "elbow"),
    ("forearm", "wrist"),
    ("finger", "wrist"),
    ("upper_arm", "elbow"),
)
FIRST_VISIT = date(2015, 1, 5)
LAST_DAY = date(2026, 10, 30)


COLCHICINE_SHARE = 0.5
"""Of the synthetic patients on diltiazem, about this share also take colchicine (so that the
clinic outcomes of diltiazem + colchicine have a cohort); about a third of those stop it."""


def synthetic_charts(count: int, *, seed: int = 1) -> Iterator[PatientChart]:
    rng = random.Random(seed)
    # A second stream for colchicine: every other value of a chart is the same as before it was
    # added, for the same seed.
    added = random.Random(f"colchicine {seed}")
    for number in range(1, count + 1):
        chart = _chart(rng, number)
        yield _with_colchicine(added, chart)


def _with_colchicine(rng: random.Random, chart: PatientChart) -> PatientChart:
    """``chart`` with a colchicine course beside its diltiazem for a share of the patients."""
    takes, after, stops, lasts = (
        rng.random(), rng.randint(0, 90), rng.random(), rng.randint(60, 900)
    )
    diltiazem = next((p for p in chart.medications if p.drug == "diltiazem"), None)
    if diltiazem is None or takes >= COLCHICINE_SHARE:
        return chart
    start = diltiazem.start_on + timedelta(days=after)
    stop = start + timedelta(days=lasts) if stops < 1 / 3 else None
    colchicine = DRUGS["colchicine"]
    period = MedicationPeriod(
        "colchicine",
        colchicine.name,
        0.5,
        DoseUnit.MG,
        Frequency.BID,
        Route.ORAL,
        start,
        stop if stop is not None and stop <= LAST_DAY else None,
        start_reason="synthetic",
        stop_reason="synthetic" if stop is not None and stop <= LAST_DAY else "",
        atc=colchicine.atc,
    )
    return PatientChart(
        chart.patient, chart.lesions, chart.visits, chart.labs, (*chart.medications, period)
    )


def _chart(rng: random.Random, number: int) -> PatientChart:
    sex = rng.choice((Sex.FEMALE, Sex.FEMALE, Sex.MALE))
    born = date(rng.randint(1940, 2000), rng.randint(1, 12), rng.randint(1, 28))
    start = FIRST_VISIT + timedelta(days=rng.randint(0, 3000))
    patient = Patient(
        mrn=f"SYN-{number:06d}",
        family_name=rng.choice(FAMILY),
        given_name=rng.choice(GIVEN),
        sex=sex,
        date_of_birth=born,
        underlying_disease=rng.choice(
            (
                UnderlyingDisease.RA,
                UnderlyingDisease.DM,
                UnderlyingDisease.SSC,
                UnderlyingDisease.SLE,
            )
        ),
        disease_diagnosed_on=start - timedelta(days=rng.randint(365, 3650)),
        calcinosis_onset_on=start - timedelta(days=rng.randint(30, 700)),
        archived=rng.random() < 0.05,
    )
    lesions = []
    for i in range(rng.randint(1, 6)):
        site, _joint = rng.choice(SITES)
        side = rng.choice((Laterality.LEFT, Laterality.RIGHT))
        lesions.append(
            Lesion(f"{side.english_label[0]} {site.replace('_', ' ')} {i + 1}", site, side, start)
        )
    visit_days = []
    day = start
    for _ in range(rng.randint(2, 12)):
        if day > LAST_DAY:
            break
        visit_days.append(day)
        day += timedelta(days=rng.randint(60, 200))
    trend = rng.uniform(-0.12, 0.1)
    sizes = {le.label: (rng.uniform(5, 150), rng.uniform(0.3, 1.0)) for le in lesions}
    weight = round(rng.uniform(45, 95), 1)
    visits, lab_rows = [], []
    # The same for every visit of the chart (and no draw of the seed's stream).
    joint = "hip" if any(le.body_site in ("thigh", "buttock") for le in lesions) else "knee"
    for n, day in enumerate(visit_days):
        measurements = []
        for le in lesions:
            longest, ratio = sizes[le.label]
            longest = max(1.0, longest * (1 + trend * n + rng.uniform(-0.05, 0.05)))
            measurements.append(
                LesionMeasurement(
                    le.label,
                    round(longest, 1),
                    round(longest * ratio, 1),
                    round(rng.uniform(1, 20), 1),
                    ulcerated=rng.random() < 0.08,
                    infected=rng.random() < 0.03,
                    tender=rng.random() < 0.3,
                )
            )
        visits.append(
            Visit(
                patient_id=None,
                visit_date=day,
                visit_type=VisitType.BASELINE if n == 0 else VisitType.FOLLOW_UP,
                weight_kg=round(weight + rng.uniform(-2, 2), 1),
                heart_rate_bpm=rng.randint(55, 95),
                systolic_bp_mmhg=rng.randint(100, 150),
                diastolic_bp_mmhg=rng.randint(60, 90),
                pain_nrs=rng.randint(0, 9),
                patient_global_mm=float(rng.randint(0, 80)),
                evaluator_global_mm=float(rng.randint(0, 60)),
                tender_joints_28=rng.randint(0, 8),
                swollen_joints_28=rng.randint(0, 5),
                lesion_measurements=tuple(measurements),
                rom=(RomMeasurement(joint, "flexion", Side.RIGHT, float(rng.randint(80, 130))),),
            )
        )
        for analyte, unit, low, high in (
            ("calcium_total", "mg/dL", 8.4, 10.4),
            ("phosphate", "mg/dL", 2.6, 4.4),
            ("crp", "mg/L", 0.2, 30.0),
        ):
            value = round(rng.uniform(low, high), 2)
            lab_rows.append(lab_results.entered(analyte, day, value, unit))
    diltiazem = DRUGS["diltiazem"]
    medications = (
        (
            MedicationPeriod(
                "diltiazem",
                diltiazem.name,
                60.0,
                DoseUnit.MG,
                Frequency.BID,
                Route.ORAL,
                start + timedelta(days=14),
                atc=diltiazem.atc,
                start_reason="synthetic",
            ),
        )
        if rng.random() < 0.6
        else ()
    )
    return PatientChart(patient, tuple(lesions), tuple(visits), tuple(lab_rows), medications)


def build_synthetic_clinic(
    context: ServiceContext,
    count: int,
    *,
    seed: int = 1,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write ``count`` synthetic patients in one transaction; returns the number written."""
    with context.uow.begin(context.actor_id) as session:
        return bulk.write_charts(
            session,
            synthetic_charts(count, seed=seed),
            actor_id=context.actor_id,
            now=session.info["now"],
            progress=progress,
        )
