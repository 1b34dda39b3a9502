"""Series extraction for the trajectory dashboard (DOMAIN.md §0.2, §0.3, §3, §4).

Expected numbers are worked out here from the published case sizes and formulas (area π/4·L·W,
DAS28, CDAI/SDAI, corrected calcium, Ca × P), never by calling the code under test.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date

import pytest

from calcitrack.domain.codes import (
    Das28Variant,
    DoseUnit,
    Frequency,
    ImagingModality,
    ImagingVerdict,
    LesionStatus,
    Route,
    Side,
)
from calcitrack.domain.entities import (
    ImagingStudy,
    LesionMeasurement,
    MedicationPeriod,
    PatientChart,
)
from calcitrack.domain.laboratory import lab_results
from calcitrack.domain.rule_text import render
from calcitrack.domain.trajectory.trajectories import grouped, trajectories
from calcitrack.domain.trajectory.trajectory_medications import dose_texts
from calcitrack.domain.trajectory.trajectory_types import Trajectories
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart
from calcitrack.services.demo.synthetic_clinic import synthetic_charts

RA_START = date(2025, 3, 24)
RA_FIRST_SIZES = {  # DEMO-0001 at 2025-03-10: longest, width (mm)
    "R lateral thigh": (300, 120),
    "R buttock": (150, 100),
    "R knee": (60, 40),
    "L lateral thigh": (120, 60),
    "R upper chest": (10, 8),
}


def ellipse(longest: float, width: float) -> float:
    return math.pi / 4 * longest * width


@pytest.fixture(scope="module")
def ra() -> Trajectories:
    return trajectories(ra_case_chart("DEMO-0001"), regimen_start=RA_START)


@pytest.fixture(scope="module")
def dm() -> Trajectories:
    return trajectories(dm_case_chart("DEMO-0002"))


# ----------------------------------------------------------------------------------- lesions


def test_burden_is_the_total_ellipse_area_of_the_lesions_measured_at_each_visit(
    ra: Trajectories,
) -> None:
    first = ra.burden.points[0]
    assert first.day == date(2025, 3, 10)
    assert first.value == pytest.approx(sum(ellipse(*s) for s in RA_FIRST_SIZES.values()))
    assert ra.burden.unit == "mm²"
    # last visit 2026-09-14: (225, 85), (115, 75), (45, 30), (90, 45), (8, 6)
    last = sum(ellipse(*s) for s in ((225, 85), (115, 75), (45, 30), (90, 45), (8, 6)))
    assert ra.burden.points[-1].value == pytest.approx(last)
    assert len(ra.burden) == 7
    assert ra.burden.points[0].text == "Burden: 47 658 mm² (ellipse, 5 lesions) on 2025-03-10"


def test_sum_of_longest_diameters_beside_the_burden(ra: Trajectories) -> None:
    assert ra.sum_longest.values[0] == 300 + 150 + 60 + 120 + 10
    assert ra.sum_longest.unit == "mm"
    assert ra.sum_longest.days == ra.burden.days


def test_each_lesion_has_its_own_area_and_depth_series_keyed_by_label(ra: Trajectories) -> None:
    assert ra.lesion_labels == tuple(RA_FIRST_SIZES)
    buttock = ra.lesion_area["R buttock"]
    assert buttock.values[0] == pytest.approx(ellipse(150, 100))
    assert buttock.points[0].text == "R buttock: 11 781 mm² (ellipse) on 2025-03-10"
    assert ra.lesion_depth["R buttock"].values == (20, 20, 19, 18, 17, 16, 15)
    assert ra.lesion_depth["R buttock"].unit == "mm"


def test_new_lesions_start_where_they_are_first_measured(dm: Trajectories) -> None:
    assert dm.lesion_area["L buttock"].days[0] == date(2023, 7, 17)
    assert dm.lesion_area["L buttock"].values[0] == pytest.approx(ellipse(20, 15))
    assert len(dm.lesion_area["R posterior thigh"]) == 3


def test_ulceration_and_infection_are_marked_on_the_lesion(dm: Trajectories) -> None:
    on_day = {(m.lesion, m.kind) for m in dm.lesion_marks if m.day == date(2023, 7, 17)}
    assert on_day == {("R buttock", "ulcerated"), ("R buttock", "infected")}
    mark = next(m for m in dm.lesion_marks if m.kind == "infected")
    assert mark.area_mm2 == pytest.approx(ellipse(97, 64))
    assert "infected" in dm.lesion_area["R buttock"].points[2].text
    assert sum(m.kind == "ulcerated" for m in dm.lesion_marks) == 10


def test_an_excised_lesion_leaves_the_burden_from_its_excision(ra: Trajectories) -> None:
    chart = ra_case_chart("DEMO-0001")
    excised = dataclasses.replace(
        chart.lesions[4], status=LesionStatus.EXCISED, status_changed_on=date(2025, 9, 1)
    )
    changed = dataclasses.replace(chart, lesions=(*chart.lesions[:4], excised))
    result = trajectories(changed)
    chest = result.lesion_area["R upper chest"]
    assert max(chest.days) < date(2025, 9, 1)
    assert result.burden.values[3] == pytest.approx(ra.burden.values[3] - ellipse(9, 7))
    assert result.burden.values[0] == pytest.approx(ra.burden.values[0])


# -------------------------------------------------------------------------------- clinical


def test_pain_series(dm: Trajectories) -> None:
    assert dm.pain.values == (5, 5, 6, 6, 6, 7, 8)
    assert dm.pain.points[-1].text == "Pain NRS 8/10 on 2024-07-15"


def test_rom_of_the_joints_near_the_lesions_with_the_normal_reference(ra: Trajectories) -> None:
    assert ra.rom_joints == ("shoulder", "hip", "knee")  # chest, buttock/thigh, knee
    labels = [r.series.label for r in ra.rom]
    assert labels == [
        "Hip flexion R",
        "Hip flexion L",
        "Hip internal rotation R",
        "Hip internal rotation L",
    ]
    flexion_right = ra.rom[0]
    assert (flexion_right.joint, flexion_right.movement, flexion_right.side) == (
        "hip",
        "flexion",
        Side.RIGHT,
    )
    assert flexion_right.reference_deg == 125  # VA plates (DOMAIN.md §3)
    assert flexion_right.series.values == (100, 100, 104, 109, 112, 116, 118)
    assert ra.rom[2].reference_deg == 40
    assert "(normal 125°)" in flexion_right.series.points[0].text


def test_rom_of_joints_far_from_every_lesion_is_left_out() -> None:
    chart = ra_case_chart("DEMO-0001")
    only_chest = dataclasses.replace(chart, lesions=(chart.lesions[4],))  # chest: shoulder
    result = trajectories(only_chest)
    assert result.rom_joints == ("shoulder",)
    assert result.rom == ()


def test_das28_variants_are_separate_series_computed_from_their_components(
    ra: Trajectories,
) -> None:
    crp, esr = ra.das28[Das28Variant.CRP], ra.das28[Das28Variant.ESR]
    # TJC 0, SJC 0, PtGA 10 mm; CRP 2.1 / 1.8 / 1.5 mg/L, ESR 50 / 38 / 32 mm/h
    expected_crp = [
        0.36 * math.log(c + 1) + 0.014 * p + 0.96 for c, p in ((2.1, 10), (1.8, 8), (1.5, 5))
    ]
    expected_esr = [0.70 * math.log(e) + 0.014 * p for e, p in ((50, 10), (38, 8), (32, 5))]
    assert crp.values == pytest.approx(expected_crp)
    assert esr.values == pytest.approx(expected_esr)
    assert crp.label == "DAS28-CRP" and esr.label == "DAS28-ESR"
    assert all(p.text.startswith("DAS28-CRP ") for p in crp.points)
    assert all(p.text.startswith("DAS28-ESR ") for p in esr.points)
    assert "(remission, computed)" in crp.points[0].text
    assert "(low, computed)" in esr.points[0].text


def test_a_typed_das28_is_used_only_without_components_and_stays_in_its_variant() -> None:
    chart = ra_case_chart("DEMO-0001")
    visits = list(chart.visits)
    visits[1] = dataclasses.replace(
        visits[1], das28_recorded=3.9, das28_recorded_variant=Das28Variant.ESR
    )  # no ESR measured that day: the typed value is all there is
    visits[0] = dataclasses.replace(visits[0], das28_recorded=1.9)  # CRP: disagrees with 1.51
    result = trajectories(dataclasses.replace(chart, visits=tuple(visits)))
    esr = result.das28[Das28Variant.ESR]
    assert (date(2025, 4, 21), 3.9) in [(p.day, p.value) for p in esr.points]
    assert "as recorded" in esr.points[1].text
    crp = result.das28[Das28Variant.CRP]
    assert date(2025, 4, 21) not in crp.days
    assert crp.values[0] == pytest.approx(1.5079, abs=1e-3)
    assert "typed 1.90 differs by > 0.1" in crp.points[0].text


def test_no_das28_without_joint_counts(dm: Trajectories) -> None:
    assert dict(dm.das28) == {}
    assert len(dm.cdai) == 0 and len(dm.sdai) == 0


def test_cdai_and_sdai_when_computable(ra: Trajectories) -> None:
    # CDAI = TJC + SJC + PtGA/10 + EvGA/10; SDAI adds CRP in mg/dL (2.1 mg/L = 0.21 mg/dL)
    assert ra.cdai.values[0] == pytest.approx(0 + 0 + 1.0 + 0.6)
    assert ra.sdai.values[0] == pytest.approx(1.6 + 0.21)
    assert len(ra.cdai) == 7 and len(ra.sdai) == 3


# ------------------------------------------------------------------------------------ labs


def test_labs_in_one_display_unit_with_the_reporting_labs_range(ra: Trajectories) -> None:
    codes = [lab.code for lab in ra.labs]
    assert codes == ["calcium_corrected", "phosphate", "ca_p_product", "crp", "esr", "egfr"]
    calcium = ra.labs[0]
    assert calcium.unit == "mg/dL"
    assert calcium.series.values[0] == pytest.approx(8.5 + 0.8 * (4.0 - 4.5))
    assert (calcium.ref_low, calcium.ref_high) == (8.5, 10.5)  # the total calcium range
    assert calcium.label == "Corrected calcium, mg/dL"
    assert "(low, computed)" in calcium.series.points[0].text
    product = ra.labs[2]
    assert product.unit_text == "mg²/dL²"
    assert product.series.values[0] == pytest.approx(8.5 * 3.3)
    assert product.threshold == 70
    crp = ra.labs[3]
    assert (crp.unit, crp.ref_low, crp.ref_high) == ("mg/L", None, 5.0)
    assert ra.labs[5].unit_text == "mL/min/1.73 m²" and ra.labs[5].threshold == 30


def test_a_lab_entered_in_two_units_is_converted_to_the_more_frequent_one() -> None:
    chart = ra_case_chart("DEMO-0001")
    extra = (
        lab_results.entered("phosphate", date(2025, 6, 16), 1.1, "mmol/L", 0.81, 1.45),
        lab_results.entered("phosphate", date(2025, 12, 15), 1.0, "mmol/L", 0.81, 1.45),
        lab_results.entered("phosphate", date(2026, 3, 16), 0.9, "mmol/L"),
        lab_results.entered("phosphate", date(2026, 10, 1), 1.2, "mmol/L", 0.8, 1.5),
    )
    result = trajectories(dataclasses.replace(chart, labs=chart.labs + extra))
    phosphate = next(lab for lab in result.labs if lab.code == "phosphate")
    assert phosphate.unit == "mmol/L"  # 4 entries in mmol/L against 3 in mg/dL
    assert phosphate.series.values[0] == pytest.approx(3.3 * 0.3229, rel=1e-3)
    assert "entered 3.3 mg/dL" in phosphate.series.points[0].text
    assert (phosphate.ref_low, phosphate.ref_high) == (0.8, 1.5)  # the latest range
    unranged = dataclasses.replace(extra[3], ref_low=None, ref_high=None)
    earlier = dataclasses.replace(chart, labs=(*chart.labs, *extra[:3], unranged))
    phosphate = next(lab for lab in trajectories(earlier).labs if lab.code == "phosphate")
    # the latest range is then the mg/dL one of 2026-09-14, converted (× 0.3229)
    assert (phosphate.ref_low, phosphate.ref_high) == pytest.approx((2.5 * 0.3229, 4.5 * 0.3229))


def test_without_a_lab_range_the_typical_range_or_millers_rule_is_used() -> None:
    chart = ra_case_chart("DEMO-0001")
    bare = tuple(
        dataclasses.replace(r, ref_low=None, ref_high=None)
        for r in chart.labs
        if r.analyte in ("phosphate", "esr", "calcium_total", "albumin")
    )
    result = trajectories(dataclasses.replace(chart, labs=bare))
    by_code = {lab.code: lab for lab in result.labs}
    assert (by_code["phosphate"].ref_low, by_code["phosphate"].ref_high) == (2.5, 4.5)
    assert "typical adult range" in by_code["phosphate"].ref_text
    # woman aged 51 on 2026-09-14: Miller (age + 10) / 2
    assert by_code["esr"].ref_high == pytest.approx((51 + 10) / 2)


def test_total_calcium_is_shown_when_no_albumin_allows_a_corrected_one() -> None:
    chart = next(synthetic_charts(1, seed=3))
    result = trajectories(chart)
    assert [lab.code for lab in result.labs][:2] == ["calcium_total", "phosphate"]


# ----------------------------------------------------------------------- medications, span


def test_medication_tracks_with_dose_steps_and_events(dm: Trajectories) -> None:
    tracks = {t.key: t for t in dm.medications}
    prednisolone = tracks["prednisolone"]
    steps = [render(s.text) for s in prednisolone.steps]
    assert steps == ["60 mg QD", "30 mg QD", "10 mg QD", "5 mg QD"]
    assert [e.kind for e in prednisolone.events] == [
        "start",
        "decrease",
        "decrease",
        "decrease",
        "stop",
    ]
    assert prednisolone.events[-1].day == date(2009, 6, 1)
    assert render(tracks["ivig"].steps[0].text) == "2 g/kg IV q4w"
    antibiotic = tracks["flucloxacillin"]
    assert antibiotic.name == "Flucloxacillin"
    assert [e.kind for e in antibiotic.events] == ["start", "stop"] * 3
    assert tracks["azathioprine"].steps[0].stop is None


def test_dose_texts_longest_first() -> None:
    period = MedicationPeriod(
        "diltiazem", "Diltiazem", 60, DoseUnit.MG, Frequency.BID, Route.ORAL, date(2025, 1, 1)
    )
    assert dose_texts(period) == ("60 mg BID", "60 mg", "60")
    up = dataclasses.replace(period, dose=0.5, frequency=Frequency.QW)
    assert dose_texts(up)[0] == "0.5 mg weekly"


def test_a_dose_increase_is_told_from_a_change_of_frequency() -> None:
    base = MedicationPeriod(
        "colchicine",
        "Colchicine",
        0.5,
        DoseUnit.MG,
        Frequency.QD,
        Route.ORAL,
        date(2025, 1, 1),
        date(2025, 3, 1),
    )
    twice = dataclasses.replace(
        base, frequency=Frequency.BID, start_on=date(2025, 3, 1), stop_on=None
    )
    chart = dataclasses.replace(ra_case_chart("X"), medications=(base, twice))
    (track,) = trajectories(chart).medications
    assert [e.kind for e in track.events] == ["start", "increase"]
    assert "increased to 0.5 mg BID on 2025-03-01" in render(track.events[1].text)


def test_markers_regimen_start_procedures_and_imaging(ra: Trajectories, dm: Trajectories) -> None:
    assert [m.kind for m in ra.markers if m.kind != "imaging"] == ["regimen_start"]
    assert ra.markers[2].day == RA_START
    surgery = [m for m in dm.markers if m.kind == "surgery"]
    assert [(m.day, m.label) for m in surgery] == [(date(2023, 7, 20), "Debridement")]
    assert "R buttock" in surgery[0].text
    assert not any(m.kind == "regimen_start" for m in dm.markers)


def test_an_imaging_marker_gives_the_readers_verdict_when_there_is_one(
    ra: Trajectories, dm: Trajectories
) -> None:
    dm_texts = [m.text for m in dm.markers if m.kind == "imaging"]
    assert "X-ray, hip on 2023-01-09" in dm_texts  # no verdict stated: none said
    assert "X-ray, hip on 2024-06-17: more calcification" in dm_texts
    assert "X-ray, L upper arm on 2024-06-17: more calcification" in dm_texts
    ra_texts = [m.text for m in ra.markers if m.kind == "imaging"]
    assert "X-ray, hip on 2026-09-14: less calcification" in ra_texts
    study = ImagingStudy(date(2025, 5, 5), ImagingModality.CT, "knee",
                         verdict=ImagingVerdict.NOT_COMPARABLE)  # fmt: skip
    chart = dataclasses.replace(ra_case_chart("X"), imaging=(study,))
    (marker,) = [m for m in trajectories(chart).markers if m.kind == "imaging"]
    assert marker.text == "CT, knee on 2025-05-05: not comparable"


def test_first_and_last_day_span_the_follow_up(ra: Trajectories) -> None:
    assert (ra.first_day, ra.last_day) == (date(2025, 3, 10), date(2026, 9, 14))
    earlier = trajectories(ra_case_chart("X"), regimen_start=date(2025, 1, 6))
    assert earlier.first_day == date(2025, 1, 6)


def test_an_empty_chart_has_empty_series() -> None:
    chart = PatientChart(ra_case_chart("X").patient)
    result = trajectories(chart)
    assert len(result.burden) == 0 and result.lesion_labels == ()
    assert result.labs == () and result.medications == () and dict(result.das28) == {}
    assert (result.first_day, result.last_day) == (None, None)


def test_a_measurement_of_an_unlisted_lesion_still_counts() -> None:
    chart = ra_case_chart("X")
    visit = dataclasses.replace(
        chart.visits[0],
        lesion_measurements=(LesionMeasurement("Extra", 20, 10, 3),),
    )
    # no lesion listed at all: with the chart's five active lesions unmeasured the visit would
    # be incomplete (tests below), and its total drawn apart from the line
    result = trajectories(dataclasses.replace(chart, lesions=(), visits=(visit,)))
    assert result.lesion_labels == ("Extra",)
    assert result.burden.values == pytest.approx((ellipse(20, 10),))


def test_an_incomplete_visit_is_kept_off_the_burden_line() -> None:
    # DEMO-0001 with a visit on 2026-10-12 that measured R knee alone (40 × 28 mm): four of its
    # five active lesions unmeasured. The line of complete visits ends on 2026-09-14; the
    # partial total (π/4 · 40 · 28 = 879.6 mm²) is a point of its own.
    chart = ra_case_chart("DEMO-0001")
    partial = dataclasses.replace(
        chart.visits[-1],
        visit_date=date(2026, 10, 12),
        lesion_measurements=(LesionMeasurement("R knee", 40, 28, 8),),
    )
    result = trajectories(dataclasses.replace(chart, visits=(*chart.visits, partial)))
    assert len(result.burden) == 7 and result.burden.days[-1] == date(2026, 9, 14)
    assert len(result.sum_longest) == 7
    assert result.burden_incomplete.days == (date(2026, 10, 12),)
    assert result.burden_incomplete.values == pytest.approx((ellipse(40, 28),))
    assert result.sum_longest_incomplete.values == (40,)
    assert result.burden_incomplete.points[0].text == (
        "Burden: 880 mm² (ellipse, 1 of 5 active lesions; incomplete: R lateral thigh, "
        "R buttock, L lateral thigh, R upper chest not measured) on 2026-10-12"
    )
    # the lesion's own series still has its point: a lesion measured is a lesion measured
    assert result.lesion_area["R knee"].days[-1] == date(2026, 10, 12)


def test_complete_charts_have_no_incomplete_visit(ra: Trajectories, dm: Trajectories) -> None:
    assert len(ra.burden_incomplete) == 0 and len(dm.burden_incomplete) == 0
    assert len(ra.sum_longest_incomplete) == 0


def test_synthetic_charts_give_consistent_series() -> None:
    for chart in synthetic_charts(40, seed=11):
        result = trajectories(chart)
        assert len(result.burden) == len(chart.visits)
        for lab in result.labs:
            assert all(
                p.text.split(" on ")[0].endswith(lab.unit_text) or "(" in p.text
                for p in lab.series.points
            )


def test_grouped_thousands() -> None:
    assert grouped(9425.3) == "9 425"
    assert grouped(47658.2) == "47 658"
    assert grouped(12) == "12"


def test_a_component_out_of_range_drops_only_the_score_that_needs_it() -> None:
    chart = ra_case_chart("X")
    labs = tuple(
        dataclasses.replace(r, value=0.5) if r.analyte == "esr" else r for r in chart.labs
    )  # ESR below 1 mm/h: ln(ESR) is not defined for DAS28-ESR
    result = trajectories(dataclasses.replace(chart, labs=labs))
    assert Das28Variant.ESR not in result.das28
    assert len(result.das28[Das28Variant.CRP]) == 3
    assert len(result.cdai) == 7 and len(result.sdai) == 3
