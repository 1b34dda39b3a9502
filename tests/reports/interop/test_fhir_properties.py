"""Property: any chart CalciTrack accepts gives a Bundle that validates, whose references
resolve, and that carries the names, doses and dates exactly as entered."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.visits.validation import validate_chart
from tests.reports.interop.fhir_support import bundle_json, resources, unresolved
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)

names = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).map(str.strip).filter(bool)
doses = st.floats(min_value=0.001, max_value=5000, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    family=names,
    given_name=names,
    dose=doses,
    unit=st.sampled_from(list(DoseUnit)),
    frequency=st.sampled_from(list(Frequency)),
    start=st.dates(date(2000, 1, 1), date(2026, 1, 1)),
    days=st.one_of(st.none(), st.integers(1, 3000)),
)
def test_any_accepted_chart_gives_a_valid_bundle_keeping_its_values(
    family: str,
    given_name: str,
    dose: float,
    unit: DoseUnit,
    frequency: Frequency,
    start: date,
    days: int | None,
) -> None:
    chart = sample_chart("P-1", family)
    stop = start + timedelta(days=days) if days is not None else None
    period = MedicationPeriod("colchicine", "Colchicine", dose, unit, frequency, Route.ORAL,
                              start, stop, atc="M04AC01")  # fmt: skip
    chart = dataclasses.replace(
        chart,
        patient=dataclasses.replace(chart.patient, given_name=given_name),
        medications=(period,),
    )
    assume(not validate_chart(chart, today=TODAY))
    bundle = bundle_json([chart])
    assert unresolved(bundle) == set()
    (patient,) = resources(bundle, "Patient")
    assert patient["name"][0]["family"] == family
    assert patient["name"][0]["given"] == [given_name]
    (statement,) = resources(bundle, "MedicationStatement")
    quantity = statement["dosage"][0]["doseAndRate"][0]["doseQuantity"]
    assert quantity["value"] == dose and quantity["code"] == unit.value
    expected = {"start": start.isoformat()}
    if stop is not None:
        expected["end"] = (stop - timedelta(days=1)).isoformat()
    assert statement["effectivePeriod"] == expected
