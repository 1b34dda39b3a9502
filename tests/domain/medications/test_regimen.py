"""Calcinosis-directed drugs, courses, the regimen judged on a day and the daily dose
(calcitrack.domain.medications.regimen; DOMAIN.md §0.4, §0.7, §5)."""

from __future__ import annotations

from datetime import date

import pytest

from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.entities import MedicationPeriod, Visit
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.medications.regimen import (
    CALCINOSIS_DIRECTED_DRUGS,
    NO_REGIMEN,
    course_start,
    courses,
    daily_mg,
    dose_reading,
    regimen_on,
)
from calcitrack.services.demo.demo_cases import med

MG, ORAL, IV = DoseUnit.MG, Route.ORAL, Route.IV
BID, QD = Frequency.BID, Frequency.QD


def _dilt(start: date, stop: date | None = None, dose: float = 60) -> MedicationPeriod:
    return med("diltiazem", dose, MG, BID, ORAL, start, stop)


def _colch(start: date, stop: date | None = None) -> MedicationPeriod:
    return med("colchicine", 0.5, MG, QD, ORAL, start, stop)


def test_calcinosis_directed_drugs_are_the_decided_list() -> None:
    assert (
        frozenset(
            {
                "diltiazem",
                "colchicine",
                "probenecid",
                "sodium_thiosulfate",
                "ivig",
                "rituximab",
                "pamidronate",
                "alendronate",
                "etidronate",
                "minocycline",
                "warfarin",
            }
        )
        == CALCINOSIS_DIRECTED_DRUGS
    )
    assert CALCINOSIS_DIRECTED_DRUGS.issubset(DRUGS)
    disease = {
        "methotrexate",
        "hydroxychloroquine",
        "folic_acid",
        "prednisolone",
        "azathioprine",
        "mycophenolate",
        "other",
    }
    assert not disease & CALCINOSIS_DIRECTED_DRUGS


@pytest.mark.parametrize(
    ("periods", "expected"),
    [
        # a dose change closes one period on the day the next opens: one course
        (
            [_dilt(date(2025, 1, 1), date(2025, 3, 1)), _dilt(date(2025, 3, 1), dose=90)],
            date(2025, 1, 1),
        ),
        # three doses in a row, listed out of order
        (
            [
                _dilt(date(2025, 6, 1), dose=120),
                _dilt(date(2025, 1, 1), date(2025, 3, 1)),
                _dilt(date(2025, 3, 1), date(2025, 6, 1), dose=90),
            ],
            date(2025, 1, 1),
        ),
        # a gap of one day ends the course
        (
            [_dilt(date(2025, 1, 1), date(2025, 3, 1)), _dilt(date(2025, 3, 2), dose=90)],
            date(2025, 3, 2),
        ),
        # overlapping periods of the same drug (two doses taken together) are one course
        ([_dilt(date(2025, 1, 1)), _dilt(date(2025, 2, 1), dose=30)], date(2025, 1, 1)),
        # another drug's contiguous period does not extend the course
        (
            [_colch(date(2025, 1, 1), date(2025, 3, 1)), _dilt(date(2025, 3, 1), dose=90)],
            date(2025, 3, 1),
        ),
    ],
)
def test_course_start_walks_back_through_contiguous_periods(
    periods: list[MedicationPeriod], expected: date
) -> None:
    last = max((p for p in periods if p.drug == "diltiazem"), key=lambda p: p.start_on)
    assert course_start(periods, last) == expected


def test_courses_end_on_the_last_stop_and_stay_open_while_current() -> None:
    found = courses(
        [
            _dilt(date(2025, 1, 1), date(2025, 3, 1)),
            _dilt(date(2025, 3, 1), date(2025, 5, 1), dose=90),
            _dilt(date(2025, 9, 1)),
        ]
    )
    assert [(c.start_on, c.stop_on, len(c.periods)) for c in found] == [
        (date(2025, 1, 1), date(2025, 5, 1), 2),
        (date(2025, 9, 1), None, 1),
    ]


def test_regimen_on_a_day_starts_with_the_latest_course_start_of_its_drugs() -> None:
    medications = (
        med("methotrexate", 15, MG, Frequency.QW, ORAL, date(2020, 1, 6)),
        _dilt(date(2025, 1, 1), date(2025, 3, 1)),
        _dilt(date(2025, 3, 1), dose=90),  # a dose change: the course still starts 2025-01-01
        _colch(date(2025, 2, 10)),
    )
    regimen = regimen_on(medications, date(2025, 6, 1))
    assert regimen.drugs == ("Diltiazem", "Colchicine")
    assert regimen.start_on == date(2025, 2, 10)
    assert regimen.stopped_on is None
    assert regimen.description == "diltiazem and colchicine since 2025-02-10"
    # before colchicine started, diltiazem alone is judged, from its own start
    alone = regimen_on(medications, date(2025, 2, 9))
    assert (alone.drugs, alone.start_on) == (("Diltiazem",), date(2025, 1, 1))


def test_disease_drugs_alone_are_no_regimen() -> None:
    medications = (
        med("methotrexate", 15, MG, Frequency.QW, ORAL, date(2020, 1, 6)),
        med("prednisolone", 5, MG, QD, ORAL, date(2020, 1, 6)),
    )
    regimen = regimen_on(medications, date(2025, 6, 1))
    assert (regimen.drugs, regimen.start_on, regimen.stopped_on) == ((), None, None)
    assert regimen.description == NO_REGIMEN == "no calcinosis-directed treatment recorded"
    assert regimen_on((), date(2025, 6, 1)).description == NO_REGIMEN


def test_an_ended_regimen_is_the_latest_course_start_and_stops_with_its_last_drug() -> None:
    medications = (
        med("minocycline", 100, MG, QD, ORAL, date(2020, 1, 1), date(2020, 7, 1)),
        med("ivig", 2, DoseUnit.G_PER_KG, Frequency.Q4W, IV, date(2023, 2, 6), date(2023, 7, 24)),
        med("pamidronate", 60, MG, Frequency.QMONTH, IV, date(2023, 2, 6), date(2024, 2, 5)),
    )
    regimen = regimen_on(medications, date(2026, 11, 21))
    assert regimen.drugs == ("Immunoglobulin, normal human (IVIg)", "Pamidronate")
    assert regimen.start_on == date(2023, 2, 6)
    assert regimen.stopped_on == date(2024, 2, 5)
    assert regimen.description == (
        "immunoglobulin, normal human (IVIg) and pamidronate from 2023-02-06, ended 2024-02-05"
    )
    # months are counted up to the stop, not to the day judged
    assert regimen.months_on(date(2026, 11, 21)) == pytest.approx(364 / 30.4375)


@pytest.mark.parametrize(
    ("on", "drugs", "stopped_on"),
    [
        (date(2025, 4, 30), ("Diltiazem", "Colchicine"), None),  # last day on both
        (date(2025, 5, 1), ("Colchicine",), None),  # diltiazem's stop day: first day off it
        (date(2025, 6, 1), ("Colchicine",), date(2025, 6, 1)),  # both stopped: colchicine's
    ],
)
def test_stop_on_is_the_first_day_off(
    on: date, drugs: tuple[str, ...], stopped_on: date | None
) -> None:
    medications = (
        _dilt(date(2025, 1, 1), date(2025, 5, 1)),
        _colch(date(2025, 3, 1), date(2025, 6, 1)),
    )
    regimen = regimen_on(medications, on)
    assert (regimen.drugs, regimen.stopped_on) == (drugs, stopped_on)


def test_a_drug_starting_after_the_day_is_not_judged() -> None:
    regimen = regimen_on((_dilt(date(2026, 1, 1)),), date(2025, 6, 1))
    assert (regimen.drugs, regimen.start_on) == ((), None)


@pytest.mark.parametrize(
    ("periods", "expected_mg", "note_part"),
    [
        ([_dilt(date(2025, 1, 1))], 120.0, ""),  # 60 mg × 2
        ([_dilt(date(2025, 1, 1)), _dilt(date(2025, 1, 1), dose=30)], 180.0, ""),  # 120 + 60
        ([med("diltiazem", 0.1, DoseUnit.G, BID, ORAL, date(2025, 1, 1))], None, "not mg"),
        ([med("diltiazem", 60, MG, Frequency.PRN, ORAL, date(2025, 1, 1))], None, "no daily total"),
    ],
)
def test_daily_mg_sums_the_active_periods_in_mg(
    periods: list[MedicationPeriod], expected_mg: float | None, note_part: str
) -> None:
    mg, note = daily_mg(periods, "diltiazem", date(2025, 6, 1))
    assert mg == expected_mg
    assert note_part in note


def _weighed(day: date, weight: float | None) -> Visit:
    return Visit(patient_id=None, visit_date=day, weight_kg=weight)


@pytest.mark.parametrize(
    ("visits", "per_kg", "weight_on", "note_part"),
    [
        (
            [_weighed(date(2025, 6, 1), 60.0)],
            2.0,
            date(2025, 6, 1),
            "weight of this visit (2025-06-01)",
        ),
        (
            [_weighed(date(2025, 3, 1), 48.0), _weighed(date(2025, 6, 1), None)],
            2.5,
            date(2025, 3, 1),
            "latest earlier weight, 2025-03-01",
        ),
        (
            [_weighed(date(2025, 6, 1), None), _weighed(date(2025, 7, 1), 60.0)],
            None,
            None,
            "no weight recorded on or before 2025-06-01",
        ),
    ],
)
def test_dose_reading_uses_the_visit_weight_else_the_latest_earlier(
    visits: list[Visit], per_kg: float | None, weight_on: date | None, note_part: str
) -> None:
    reading = dose_reading([_dilt(date(2025, 1, 1))], visits, "diltiazem", date(2025, 6, 1))
    assert reading is not None
    assert reading.mg_per_day == 120.0
    assert reading.mg_per_kg_per_day == per_kg  # 120 / 60 and 120 / 48, exact
    assert reading.weight_on == weight_on
    assert note_part in reading.note


def test_dose_reading_is_none_when_the_drug_is_not_taken() -> None:
    visits = [_weighed(date(2025, 6, 1), 60.0)]
    assert (
        dose_reading(
            [_dilt(date(2025, 1, 1), date(2025, 6, 1))], visits, "diltiazem", date(2025, 6, 1)
        )
        is None
    )
