"""The chart as it stood on a day: nothing dated later, later stops and status changes undone."""

from __future__ import annotations

import dataclasses
from datetime import date

from calcitrack.domain.chart_as_of import chart_as_of
from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import PatientChart
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart

DAY = date(2023, 7, 17)  # the third DM visit


def _dm() -> PatientChart:
    return dm_case_chart("DEMO-0002")


def test_records_dated_after_the_day_are_left_out_and_the_rest_kept_as_they_are() -> None:
    chart = _dm()
    cut = chart_as_of(chart, DAY)
    assert [v.visit_date for v in cut.visits] == [
        v.visit_date for v in chart.visits if v.visit_date <= DAY
    ]
    assert cut.visits == tuple(v for v in chart.visits if v.visit_date <= DAY)
    assert cut.labs and all(r.collected_on <= DAY for r in cut.labs)
    assert len(cut.labs) == sum(1 for r in chart.labs if r.collected_on <= DAY)
    assert all(s.study_date <= DAY for s in cut.imaging)
    assert cut.procedures == ()  # the debridement is on 2023-07-20
    assert cut.patient == chart.patient


def test_a_lesion_first_seen_later_is_left_out() -> None:
    labels = [lesion.label for lesion in chart_as_of(_dm(), DAY).lesions]
    assert "L buttock" in labels  # first seen on this very day
    assert "R posterior thigh" not in labels  # first seen on 2024-01-15


def test_a_medication_stopped_later_is_current_and_one_started_later_is_absent() -> None:
    chart = _dm()
    cut = chart_as_of(chart, DAY)
    ivig = next(p for p in cut.medications if p.drug == "ivig")
    assert ivig.stop_on is None and ivig.stop_reason == ""  # stopped on 2023-07-24
    pamidronate = next(p for p in cut.medications if p.drug == "pamidronate")
    assert pamidronate.stop_on is None
    taper = [p for p in cut.medications if p.drug == "prednisolone"]
    assert all(p.stop_on is not None for p in taper)  # stopped long before: unchanged
    antibiotics = [p for p in cut.medications if p.drug == "other"]
    assert [p.start_on for p in antibiotics] == [DAY]  # the later two courses are not there
    assert chart.medications[0] in cut.medications


def test_a_lesion_resolved_later_is_active_and_an_undated_resolution_is_kept() -> None:
    chart = ra_case_chart("DEMO-0001")
    lesions = list(chart.lesions)
    lesions[0] = dataclasses.replace(lesions[0], status=LesionStatus.EXCISED,
                                     status_changed_on=date(2026, 3, 16))  # fmt: skip
    lesions[1] = dataclasses.replace(lesions[1], status=LesionStatus.RESOLVED,
                                     status_changed_on=None)  # fmt: skip
    lesions[2] = dataclasses.replace(lesions[2], status=LesionStatus.RESOLVED,
                                     status_changed_on=date(2025, 6, 16))  # fmt: skip
    cut = chart_as_of(dataclasses.replace(chart, lesions=tuple(lesions)), date(2025, 9, 15))
    assert cut.lesions[0].status is LesionStatus.ACTIVE
    assert cut.lesions[0].status_changed_on is None
    assert cut.lesions[1] == lesions[1]
    assert cut.lesions[2] == lesions[2]


def test_a_lesion_measured_by_a_kept_visit_stays_even_if_dated_later() -> None:
    chart = ra_case_chart("DEMO-0001")
    late = dataclasses.replace(chart.lesions[0], first_seen_on=date(2030, 1, 1))
    cut = chart_as_of(dataclasses.replace(chart, lesions=(late, *chart.lesions[1:])),
                      date(2025, 4, 21))  # fmt: skip
    assert cut.lesions[0] == late


def test_the_day_of_the_last_record_keeps_everything_and_the_original_is_untouched() -> None:
    chart = ra_case_chart("DEMO-0001")
    last = max(v.visit_date for v in chart.visits)
    assert chart_as_of(chart, last) == chart
    before = dataclasses.replace(chart)
    chart_as_of(chart, date(2025, 1, 1))
    assert chart == before
    empty = chart_as_of(chart, date(2025, 1, 1))
    assert empty.visits == () and empty.labs == () and empty.lesions == ()
    assert [p.drug for p in empty.medications] == [
        "methotrexate", "hydroxychloroquine", "folic_acid"
    ]
