"""A dose entered at a visit is checked against its drug's label like every unusual value: it is
saved only once the nurse confirmed it (the visit form, the service), and an import needs
``--accept-unusual`` for a medication period that breaks its label."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import DoseUnit, Frequency, Route, Sex, UnderlyingDisease
from calcitrack.domain.entities import MedicationPeriod, Patient, PatientChart, Visit
from calcitrack.domain.visits.plausibility import (
    UnconfirmedValuesError,
    chart_unusual_values,
    confirmations,
    unusual_values,
)
from calcitrack.domain.visits.visit_entry import MedicationChange, MedicationChangeKind, VisitEntry

TODAY = date(2026, 7, 6)
EARLIER = date(2026, 4, 6)
PATIENT = Patient("P-1", "Test", "Ana", Sex.FEMALE, date(1970, 1, 1), UnderlyingDisease.RA, id=1)
MTX = MedicationPeriod(
    "methotrexate", "Methotrexate", 15, DoseUnit.MG, Frequency.QW, Route.ORAL, EARLIER, id=7
)
CHART = PatientChart(
    PATIENT, visits=(Visit(1, EARLIER, weight_kg=61.0, id=10),), medications=(MTX,)
)
DEFAULTS = ClinicSettings.defaults()
Kind = MedicationChangeKind


def _change(kind: Kind, drug: str, dose: float, frequency: Frequency, **more: object) -> (
    MedicationChange
):
    return MedicationChange(
        kind, drug, "a reason", dose=dose, dose_unit=DoseUnit.MG, frequency=frequency,
        route=Route.ORAL, **more,  # type: ignore[arg-type]  # the remaining fields by name
    )


def _entry(*changes: MedicationChange, weight_kg: float | None = None) -> VisitEntry:
    return VisitEntry(Visit(1, TODAY, weight_kg=weight_kg), medication_changes=changes)


def test_methotrexate_90_mg_twice_daily_is_asked_about_on_its_dose_with_its_source() -> None:
    # the reproduction: a dose change of methotrexate to 90 mg twice daily (1260 mg a week)
    change = _change(Kind.DOSE, "methotrexate", 90, Frequency.BID, period_id=7)
    found = unusual_values(_entry(change), CHART, DEFAULTS)
    assert [u.check for u in found] == ["methotrexate_not_weekly", "methotrexate_above_max"]
    assert {u.field for u in found} == {"medication_changes[0].dose"}
    assert {u.value for u in found} == {"90 mg twice daily"}
    assert found[0].label == "Change dose of Methotrexate"
    assert "[R63]" in found[0].reason and "Decision support" in found[0].reason
    assert "25 mg/week" in found[1].limit


def test_methotrexate_15_mg_weekly_and_a_stop_are_not_asked_about() -> None:
    weekly = _change(Kind.DOSE, "methotrexate", 15, Frequency.QW, period_id=7)
    stop = MedicationChange(Kind.STOP, "methotrexate", "remission", period_id=7)
    assert unusual_values(_entry(weekly), CHART, DEFAULTS) == []
    assert unusual_values(_entry(stop), CHART, DEFAULTS) == []


@pytest.mark.parametrize(
    ("dose", "unusual"), [(240, False), (300, True)]  # twice daily: 480 and 600 mg/day
)
def test_diltiazem_above_the_label_maximum_of_480_mg_a_day(dose: float, unusual: bool) -> None:
    change = _change(Kind.START, "diltiazem", dose, Frequency.BID)
    found = unusual_values(_entry(change), CHART, DEFAULTS)
    assert [u.check for u in found] == (["diltiazem_above_max"] if unusual else [])


def test_a_per_kg_limit_uses_this_visits_weight_else_the_latest_earlier_one() -> None:
    # azathioprine: at most 2.5 mg/kg/day; 200 mg once daily is 3.33 mg/kg/day at 60 kg and
    # 3.28 at 61 kg; 150 mg is 2.46 at 61 kg
    high = _change(Kind.START, "azathioprine", 200, Frequency.QD)
    (here,) = unusual_values(_entry(high, weight_kg=60.0), CHART, DEFAULTS)
    assert "this visit's weight" in here.reason and "3.33" in here.reason
    (before,) = unusual_values(_entry(high), CHART, DEFAULTS)
    assert "2026-04-06" in before.reason and "3.28" in before.reason
    assert unusual_values(_entry(_change(Kind.START, "azathioprine", 150, Frequency.QD)),
                          CHART, DEFAULTS) == []


def test_the_service_check_refuses_an_unconfirmed_dose_and_takes_a_confirmed_one() -> None:
    change = _change(Kind.START, "hydroxychloroquine", 400, Frequency.BID)  # 800 > 400 mg/day
    entry = _entry(change)
    with pytest.raises(UnconfirmedValuesError) as refused:
        confirmations(entry, CHART, DEFAULTS)
    assert [p.field for p in refused.value.problems] == ["medication_changes[0].dose"]
    shown = unusual_values(entry, CHART, DEFAULTS)
    confirmed = dataclasses.replace(entry, confirmed=tuple(shown))
    assert [u.check for u in confirmations(confirmed, CHART, DEFAULTS)] == [
        "hydroxychloroquine_above_max"
    ]
    retyped = dataclasses.replace(
        confirmed, medication_changes=(dataclasses.replace(change, dose=600),)
    )
    with pytest.raises(UnconfirmedValuesError):  # another dose needs its own confirmation
        confirmations(retyped, CHART, DEFAULTS)


def test_an_import_lists_a_medication_period_that_breaks_its_label() -> None:
    daily = dataclasses.replace(MTX, frequency=Frequency.QD, dose=10, id=None)
    chart = dataclasses.replace(CHART, medications=(daily,))
    found = chart_unusual_values(chart, DEFAULTS)  # 70 mg a week, taken daily
    assert [(u.check, u.field) for u in found] == [
        ("methotrexate_not_weekly", "medications[0].dose"),
        ("methotrexate_above_max", "medications[0].dose"),
    ]
    assert found[0].label == "Methotrexate from 2026-04-06"
    assert chart_unusual_values(CHART, DEFAULTS) == []  # 15 mg weekly: nothing
