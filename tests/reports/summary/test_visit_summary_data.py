"""The summary's content before any drawing (``visit_summary_data.gather`` and its section
helpers): which labs belong to a visit, how medication changes pair up, which lesions are listed,
and the chart cut to the visit date. Fast: no PDF is built here."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from calcitrack.domain.codes import DoseUnit, Frequency, LesionStatus, Route
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.laboratory import lab_results
from calcitrack.reports.summary.summary_labs import summarise_labs
from calcitrack.reports.summary.summary_medications import summarise_medications
from calcitrack.reports.summary.visit_summary_data import gather
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart
from tests.reports.visit_summary_support import request


def test_labs_attached_to_the_visit_count_as_its_own_even_from_another_day() -> None:
    chart = ra_case_chart("DEMO-0001")
    visit = dataclasses.replace(chart.visits[1], id=41)  # 2025-04-21: no labs that day
    drawn = date(2025, 4, 17)
    attached = [
        dataclasses.replace(lab_results.entered("calcium_total", drawn, 2.3, "mmol/L", 2.1, 2.6),
                            visit_id=41),
        dataclasses.replace(lab_results.entered("albumin", drawn, 38, "g/L", 35, 50),
                            visit_id=41),
    ]  # fmt: skip
    found = summarise_labs([*chart.labs, *attached], chart.patient, visit)
    assert found.at_visit
    assert [row.result for row in found.rows] == attached
    assert found.collected_on == (drawn,)
    (day, derived), = found.derived
    corrected = next(d for d in derived if d.code == "calcium_corrected")
    assert day == drawn
    assert corrected.value == pytest.approx(2.3 + 0.02 * (40 - 38))
    assert corrected.unit == "mmol/L"
    calcium = found.rows[0]
    assert calcium.normalised_unit == "mg/dL"
    assert calcium.normalised_value == pytest.approx(2.3 / 0.2495)
    assert calcium.range_text == "2.1–2.6 mmol/L (reporting lab)"


def test_a_visit_without_labs_shows_the_latest_earlier_day_and_says_so() -> None:
    chart = ra_case_chart("DEMO-0001")
    visit = chart.visits[5]  # 2026-03-16: the last labs before it are from 2025-09-15
    found = summarise_labs(chart.labs, chart.patient, visit)
    assert not found.at_visit
    assert found.collected_on == (date(2025, 9, 15),)
    assert {r.result.analyte for r in found.rows} == {
        "calcium_total", "phosphate", "albumin", "creatinine", "crp", "esr"
    }


def test_a_lab_without_its_own_range_is_read_against_the_typical_one() -> None:
    chart = dm_case_chart("DEMO-0002")
    result = lab_results.entered("creatine_kinase", date(2024, 7, 15), 250, "U/L")
    visit = chart.visits[-1]
    found = summarise_labs([result], chart.patient, visit)
    (row,) = found.rows
    assert row.flag == "high"
    assert row.range_text == "38–176 U/L (typical adult range for women) [R28][R33]"


def test_a_stop_and_a_start_on_the_visit_date_are_one_dose_change() -> None:
    chart = ra_case_chart("DEMO-0001")
    day = date(2025, 6, 16)
    diltiazem = chart.medications[3]
    minocycline = MedicationPeriod("minocycline", "Minocycline", 100, DoseUnit.MG, Frequency.QD,
                                   Route.ORAL, day, start_reason="Inflamed plaques")  # fmt: skip
    meds = (
        *chart.medications[:3],
        dataclasses.replace(diltiazem, stop_on=day, stop_reason="Titration"),
        dataclasses.replace(diltiazem, dose=60, frequency=Frequency.TID, start_on=day,
                            start_reason="To 3 mg/kg/day"),
        dataclasses.replace(chart.medications[4], stop_on=day, stop_reason="Diarrhoea"),
        minocycline,
    )  # fmt: skip
    found = summarise_medications(dataclasses.replace(chart, medications=meds), day)
    kinds = {c.name: (c.kind, c.reason) for c in found.changes}
    assert kinds == {
        "Diltiazem": ("increase", "To 3 mg/kg/day"),
        "Colchicine": ("stop", "Diarrhoea"),
        "Minocycline": ("start", "Inflamed plaques"),
    }
    rows = {r.period.drug: r for r in found.rows}
    assert "colchicine" not in rows  # stopped on the visit date: not taken that day
    assert rows["diltiazem"].course_start == date(2025, 3, 24)
    assert rows["diltiazem"].daily_mg == 180
    weight = next(v.weight_kg for v in chart.visits if v.visit_date == day)
    reading = rows["diltiazem"].reading
    assert reading is not None and weight is not None
    assert reading.mg_per_kg_per_day == pytest.approx(180 / weight)
    assert rows["methotrexate"].reading is None  # weekly: no mg/kg/day


def test_gather_reads_the_chart_as_it_stood_on_the_visit_date() -> None:
    chart = ra_case_chart("DEMO-0001")
    lesions = list(chart.lesions)
    lesions[4] = dataclasses.replace(lesions[4], status=LesionStatus.EXCISED,
                                     status_changed_on=date(2026, 3, 16))  # fmt: skip
    data = gather(request(dataclasses.replace(chart, lesions=tuple(lesions)), date(2025, 9, 15)))
    assert max(v.visit_date for v in data.chart.visits) == date(2025, 9, 15)
    assert data.previous is not None and data.previous.visit_date == date(2025, 6, 16)
    assert data.trajectories.last_day == date(2025, 9, 15)
    assert all(r.collected_on <= date(2025, 9, 15) for r in data.chart.labs)
    assert [r.label for r in data.lesions.rows] == [le.label for le in chart.lesions]
    assert not data.lesions.ended
    assert data.assessment.response.assessed_on == date(2025, 9, 15)


def test_a_lesion_excised_since_the_baseline_is_listed_as_ended() -> None:
    chart = ra_case_chart("DEMO-0001")
    lesions = list(chart.lesions)
    lesions[4] = dataclasses.replace(lesions[4], status=LesionStatus.EXCISED,
                                     status_changed_on=date(2025, 5, 2))  # fmt: skip
    visits = [
        dataclasses.replace(v, lesion_measurements=tuple(
            m for m in v.lesion_measurements if m.lesion_label != "R upper chest"))
        if v.visit_date > date(2025, 5, 2) else v
        for v in chart.visits
    ]  # fmt: skip
    changed = dataclasses.replace(chart, lesions=tuple(lesions), visits=tuple(visits))
    data = gather(request(changed))
    row = next(r for r in data.lesions.rows if r.label == "R upper chest")
    assert row.status.value == "excised" and row.ended_on == "2025-05-02"
    assert data.lesions.ended == ("R upper chest",)
    assert data.lesions.active_count == 4
    assert data.lesions.measured_count == 4


def test_a_visit_not_in_the_chart_is_a_lookup_error() -> None:
    with pytest.raises(LookupError, match="No visit on 2026-09-15 in the chart of MRN DEMO-0001"):
        gather(request(ra_case_chart("DEMO-0001"), date(2026, 9, 15)))
