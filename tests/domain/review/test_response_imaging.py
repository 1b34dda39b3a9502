"""Imaging verdicts in the response assessment (calcitrack.domain.review.imaging_evidence;
DOMAIN.md §0.4): a reader's "more calcification" dated after the baseline and on or before the
assessed visit makes the category progressed whatever the burden says, with the study named; "less
calcification" is reported beside the burden and never overrides.

Hand-worked charts: one lesion A of 100 × 40 mm at the baseline (START, the diltiazem start). A
width of 20 mm at NOW is −50 % (improved by the burden), 60 mm is +50 % (progressed by it).
"""

from __future__ import annotations

from datetime import date

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import (
    DoseUnit,
    Frequency,
    ImagingModality,
    ImagingVerdict,
    Laterality,
    Route,
    Sex,
    UnderlyingDisease,
)
from calcitrack.domain.entities import (
    ImagingStudy,
    Lesion,
    LesionMeasurement,
    Patient,
    PatientChart,
    Visit,
)
from calcitrack.domain.review.assessment import assess
from calcitrack.domain.review.assessment_types import ResponseCategory
from calcitrack.domain.review.imaging_evidence import (
    imaging_readings_text,
    names,
    readings_between,
    study_name,
)
from calcitrack.domain.review.response import assess_response
from calcitrack.services.demo.demo_cases import dm_case_chart, med, ra_case_chart

START = date(2025, 1, 6)  # diltiazem starts; the baseline visit is on this day
NOW = date(2025, 7, 7)  # the assessed visit
ON = date(2025, 8, 1)  # the day the assessment is made
DEFAULTS = ClinicSettings.defaults()
PATIENT = Patient("T-1", "Test", "Patient", Sex.FEMALE, date(1970, 5, 1), UnderlyingDisease.SSC)
DILTIAZEM = med("diltiazem", 60, DoseUnit.MG, Frequency.BID, Route.ORAL, START)
LESION_A = Lesion("A", "hip", Laterality.RIGHT, date(2024, 1, 1))


def _xray(
    day: date,
    verdict: ImagingVerdict | None,
    *,
    site: str = "hip",
    side: Laterality | None = Laterality.BILATERAL,
    reader: str | None = None,
) -> ImagingStudy:
    return ImagingStudy(day, ImagingModality.XRAY, site, side, ("A",), "report text",
                        reader=reader, verdict=verdict)  # fmt: skip


def _chart(
    width_now: float | None, *imaging: ImagingStudy, meds: tuple = (DILTIAZEM,)
) -> PatientChart:
    now = () if width_now is None else (LesionMeasurement("A", 100, width_now),)
    visits = (
        Visit(patient_id=None, visit_date=START, lesion_measurements=(
            LesionMeasurement("A", 100, 40),)),
        Visit(patient_id=None, visit_date=NOW, lesion_measurements=now),
    )  # fmt: skip
    return PatientChart(PATIENT, (LESION_A,), visits, medications=meds, imaging=imaging)


# ------------------------------------------------------------------ which studies count


@pytest.mark.parametrize(
    ("day", "counts"),
    [
        (date(2024, 12, 2), False),  # before the baseline: it judged the time before treatment
        (START, False),  # on the baseline day: part of the baseline
        (date(2025, 1, 7), True),  # the day after the baseline
        (date(2025, 3, 3), True),
        (NOW, True),  # on the assessed visit's day
        (date(2025, 7, 8), False),  # after the assessed visit (though before ON)
    ],
)
def test_a_more_verdict_counts_only_after_the_baseline_up_to_the_visit(
    day: date, counts: bool
) -> None:
    study = _xray(day, ImagingVerdict.MORE)
    result = assess_response(_chart(20, study), DEFAULTS, on=ON)  # burden −50 %
    if counts:
        assert result.category is ResponseCategory.PROGRESSED
        assert result.imaging_more == (study,)
        assert f"X-ray, hip (bilateral) on {day}" in result.rule
    else:
        assert result.category is ResponseCategory.IMPROVED
        assert result.imaging_more == ()
        assert "calcification" not in result.rule


def test_readings_between_is_after_the_baseline_and_up_to_the_visit() -> None:
    days = [date(2025, 1, 5), START, date(2025, 1, 7), NOW, date(2025, 7, 8)]
    studies = [_xray(d, ImagingVerdict.MORE) for d in days]
    studies.append(_xray(date(2025, 2, 1), ImagingVerdict.LESS))
    found = readings_between(studies, START, NOW)
    assert [s.study_date for s in found.more] == [date(2025, 1, 7), NOW]
    assert [s.study_date for s in found.less] == [date(2025, 2, 1)]


# ------------------------------------------------------------------ more: an override


def test_more_with_the_burden_improved_is_progressed_and_names_the_study() -> None:
    study = _xray(date(2025, 3, 3), ImagingVerdict.MORE, reader="Dr Ana Lopes")
    result = assess_response(_chart(20, study), DEFAULTS, on=ON)
    assert result.category is ResponseCategory.PROGRESSED
    assert result.change_from_baseline_pct == pytest.approx(-50.0)
    rule = result.rule
    assert rule.startswith("Progressed: more calcification read on imaging since the baseline "
                           f"{START}: X-ray, hip (bilateral) on 2025-03-03, read by Dr Ana Lopes")
    # the rule with its source, and the burden for information
    assert "whatever the burden says" in rule
    assert "[R2]" in rule
    assert "not a published criterion" in rule
    assert "−50.0 %" in rule
    for banned in ("DOMAIN.md", "§", "issue"):
        assert banned not in rule


def test_every_more_study_is_named_in_date_order() -> None:
    later = _xray(date(2025, 6, 2), ImagingVerdict.MORE, site="upper_arm", side=Laterality.LEFT)
    earlier = ImagingStudy(date(2025, 2, 3), ImagingModality.ULTRASOUND, "thigh",
                           verdict=ImagingVerdict.MORE)  # fmt: skip
    result = assess_response(_chart(40, later, earlier), DEFAULTS, on=ON)
    assert result.category is ResponseCategory.PROGRESSED
    assert result.imaging_more == (earlier, later)
    assert ("Ultrasound, thigh on 2025-02-03; X-ray, upper arm (left) on 2025-06-02"
            in result.rule)


def test_more_together_with_a_new_lesion_names_both() -> None:
    chart = _chart(20, _xray(date(2025, 3, 3), ImagingVerdict.MORE))
    new = Lesion("B", "thigh", Laterality.LEFT, date(2025, 4, 1))
    chart = PatientChart(PATIENT, (LESION_A, new), chart.visits, medications=chart.medications,
                         imaging=chart.imaging)  # fmt: skip
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.category is ResponseCategory.PROGRESSED
    assert f"new lesions since the baseline {START}: B" in result.rule
    assert "X-ray, hip (bilateral) on 2025-03-03" in result.rule


def test_more_decides_even_when_the_visit_left_a_lesion_unmeasured() -> None:
    # as a new lesion does: the reader's verdict needs no measurement
    result = assess_response(_chart(None, _xray(NOW, ImagingVerdict.MORE)), DEFAULTS, on=ON)
    assert result.category is ResponseCategory.PROGRESSED
    assert result.unmeasured == ("A",)
    assert any("not measured" in m for m in result.missing)


def test_more_cannot_decide_without_a_baseline() -> None:
    chart = _chart(20, _xray(date(2025, 3, 3), ImagingVerdict.MORE), meds=())
    result = assess_response(chart, DEFAULTS, on=ON)
    assert result.category is ResponseCategory.NOT_ASSESSABLE
    assert result.imaging_more == ()


def test_an_earlier_assessed_visit_does_not_see_a_later_study() -> None:
    chart = _chart(20, _xray(date(2025, 7, 1), ImagingVerdict.MORE))
    middle = Visit(patient_id=None, visit_date=date(2025, 4, 7),
                   lesion_measurements=(LesionMeasurement("A", 100, 20),))  # fmt: skip
    chart = PatientChart(PATIENT, (LESION_A,), (*chart.visits, middle),
                         medications=chart.medications, imaging=chart.imaging)  # fmt: skip
    at_april = assess_response(chart, DEFAULTS, on=ON, visit_date=date(2025, 4, 7))
    at_july = assess_response(chart, DEFAULTS, on=ON)
    assert at_april.category is ResponseCategory.IMPROVED
    assert at_july.category is ResponseCategory.PROGRESSED


def test_a_study_read_after_the_visit_is_said_beside_the_burden_and_changes_nothing() -> None:
    """Today's X-ray read as more calcification, after the latest visit: the Overview said
    "improved" and nothing of the X-ray (the QA trial); it counts at the next visit."""
    later = _xray(date(2025, 7, 20), ImagingVerdict.MORE, reader="Dr Ana Lopes")
    ignored = _xray(date(2025, 7, 21), ImagingVerdict.UNCHANGED)
    result = assess_response(_chart(20, later, ignored), DEFAULTS, on=ON)
    assert result.category is ResponseCategory.IMPROVED
    assert result.imaging_after == (later,)
    assert imaging_readings_text(result) == (
        "none read as more or less calcification; read after this visit, not counted until the "
        "next one: more calcification: X-ray, hip (bilateral) on 2025-07-20, read by Dr Ana Lopes"
    )


# ------------------------------------------------------------------ less: information only


def test_less_with_the_burden_progressed_stays_progressed_and_the_less_line_shows() -> None:
    study = _xray(date(2025, 5, 5), ImagingVerdict.LESS, reader="Dr Ana Lopes")
    result = assess_response(_chart(60, study), DEFAULTS, on=ON)  # +50 %
    assert result.category is ResponseCategory.PROGRESSED
    assert result.imaging_less == (study,)
    assert result.imaging_more == ()
    assert result.rule.startswith("Progressed: burden ")
    assert ("less calcification read on X-ray, hip (bilateral) on 2025-05-05, read by Dr Ana "
            "Lopes (for information: it does not override the burden)") in result.rule
    assert imaging_readings_text(result).startswith("less calcification: X-ray, hip (bilateral)")


@pytest.mark.parametrize(("width", "category"), [(20, ResponseCategory.IMPROVED),
                                                 (40, ResponseCategory.STABLE)])
def test_less_never_changes_the_category(width: float, category: ResponseCategory) -> None:
    result = assess_response(_chart(width, _xray(NOW, ImagingVerdict.LESS)), DEFAULTS, on=ON)
    assert result.category is category
    assert "less calcification read on X-ray, hip (bilateral) on 2025-07-07" in result.rule


def test_less_before_the_baseline_is_not_reported() -> None:
    result = assess_response(_chart(20, _xray(START, ImagingVerdict.LESS)), DEFAULTS, on=ON)
    assert result.imaging_less == ()
    assert "calcification" not in result.rule


@pytest.mark.parametrize(
    "verdict", [ImagingVerdict.NOT_COMPARABLE, ImagingVerdict.UNCHANGED, None]
)
@pytest.mark.parametrize(("width", "category"), [(20, ResponseCategory.IMPROVED),
                                                 (60, ResponseCategory.PROGRESSED)])
def test_other_verdicts_and_none_are_ignored(
    verdict: ImagingVerdict | None, width: float, category: ResponseCategory
) -> None:
    result = assess_response(_chart(width, _xray(date(2025, 3, 3), verdict)), DEFAULTS, on=ON)
    assert result.category is category
    assert result.imaging_more == result.imaging_less == ()
    assert "calcification" not in result.rule
    assert imaging_readings_text(result) == "none read as more or less calcification"


# ------------------------------------------------------------------ naming a study


@pytest.mark.parametrize(
    ("study", "name"),
    [
        (ImagingStudy(date(2024, 6, 17), ImagingModality.XRAY, "upper_arm", Laterality.RIGHT),
         "X-ray, upper arm (right) on 2024-06-17"),
        (ImagingStudy(date(2024, 6, 17), ImagingModality.CT, "hip", None, reader="Dr Kim"),
         "CT, hip on 2024-06-17, read by Dr Kim"),
        (ImagingStudy(date(2024, 6, 17), ImagingModality.MRI, "unknown_site", None),
         "MRI, unknown site on 2024-06-17"),
    ],
)
def test_study_name(study: ImagingStudy, name: str) -> None:
    assert study_name(study) == name


# ------------------------------------------------------------------ the published cases


def test_the_dm_case_names_the_june_2024_x_rays() -> None:
    a = assess(dm_case_chart("DEMO-0002"), DEFAULTS, on=date(2026, 11, 21)).response
    assert a.category is ResponseCategory.PROGRESSED
    assert [s.study_date for s in a.imaging_more] == [date(2024, 6, 17)] * 4
    assert ("X-ray, hip (bilateral), thigh (bilateral), upper arm (right) and upper arm (left) "
            "on 2024-06-17") in a.rule


def test_the_ra_case_reports_its_last_pelvis_x_ray_as_less() -> None:
    a = assess(ra_case_chart("DEMO-0001"), DEFAULTS, on=date(2026, 11, 21)).response
    assert a.category is ResponseCategory.IMPROVED
    assert [(s.body_site, s.verdict) for s in a.imaging_less] == [("hip", ImagingVerdict.LESS)]
    assert "less calcification read on X-ray, hip (bilateral)" in a.rule


def test_studies_of_one_modality_date_and_reader_are_named_together() -> None:
    day = date(2024, 6, 17)
    studies = [
        ImagingStudy(day, ImagingModality.XRAY, "hip", Laterality.BILATERAL),
        ImagingStudy(day, ImagingModality.XRAY, "thigh", Laterality.LEFT),
        ImagingStudy(day, ImagingModality.XRAY, "knee", None),
        ImagingStudy(day, ImagingModality.XRAY, "knee", None, reader="Dr Kim"),
        ImagingStudy(day, ImagingModality.CT, "hip", None),
    ]
    assert names(studies) == (
        "X-ray, hip (bilateral), thigh (left) and knee on 2024-06-17; "
        "X-ray, knee on 2024-06-17, read by Dr Kim; CT, hip on 2024-06-17"
    )
