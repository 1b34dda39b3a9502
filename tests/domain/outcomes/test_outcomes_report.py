"""The clinic outcomes report against hand counts on the constructed clinic of outcomes_clinic.py
(every number below is worked out from that table, never by calling the code under test)."""

from __future__ import annotations

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.outcomes import waterfall as wf
from calcitrack.domain.outcomes import windows as win
from calcitrack.domain.outcomes.outcomes import outcomes_report
from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery, OutcomesReport
from calcitrack.domain.outcomes.query_check import regimen_choices
from calcitrack.domain.review.safety_flags import COLCHICINE_DILTIAZEM
from tests.domain.outcomes.outcomes_clinic import AS_OF, QUERY, T0, clinic, day

DEFAULTS = ClinicSettings.defaults()


@pytest.fixture(scope="module")
def report() -> OutcomesReport:
    return outcomes_report(clinic(), DEFAULTS, QUERY)


def test_the_cohort_its_starts_stops_and_last_contacts(report: OutcomesReport) -> None:
    assert [m.mrn for m in report.cohort] == ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"]
    by = {m.mrn: m for m in report.cohort}
    assert by["A2"].started_on == T0  # colchicine joined diltiazem on T0
    assert by["A2"].stopped_on == day(100)
    assert by["A7"].stopped_on == day(300)
    assert by["A4"].started_on == day(-100, AS_OF)
    assert by["A3"].last_contact == day(200)  # a lab counts as a contact
    assert by["A1"].last_contact == day(370)
    # A8 stops and is seen after the as-of day: neither is known yet
    assert by["A8"].still_on and by["A8"].last_contact == day(400)
    # A9 never took colchicine, A10 only after the as-of day
    assert report.not_started == 2
    assert (report.n, report.still_on) == (8, 6)
    assert report.regimen_label == "diltiazem + colchicine"
    assert report.disease_label == "every underlying disease"


def test_response_at_about_6_months(report: OutcomesReport) -> None:
    six = report.windows[0]
    assert (six.label, six.first_day, six.last_day) == ("about 6 months", 140, 224)
    assert six.counts() == {"improved": 1}
    assert six.not_assessable() == {
        win.STOPPED_BEFORE: 1,  # A2 stopped on day 100
        win.NO_VISIT: 3,  # A3, A7, A8
        win.SHORT_FOLLOW_UP: 1,  # A4 started 100 days before the as-of day
        win.NOT_ASSESSABLE: 2,  # A5 (no baseline), A6 (lesion not measured)
    }
    by = {o.mrn: o for o in six.outcomes}
    assert by["A1"].visit_on == day(180)
    assert "not measured" in by["A6"].detail
    assert "no baseline" in by["A5"].detail
    assert "day 100" in by["A2"].detail


def test_response_at_about_12_months(report: OutcomesReport) -> None:
    twelve = report.windows[1]
    assert (twelve.first_day, twelve.last_day) == (323, 407)
    assert twelve.counts() == {"improved": 1, "stable": 1}  # A1 at 370, A8 at 400
    assert twelve.not_assessable() == {
        win.STOPPED_BEFORE: 2,  # A2, A7 (day 300)
        win.NO_VISIT: 3,  # A3, A5, A6
        win.SHORT_FOLLOW_UP: 1,  # A4
    }


def test_the_window_width_is_the_querys() -> None:
    narrow = OutcomesQuery(QUERY.regimen, None, AS_OF, window_days=5)
    six = outcomes_report(clinic(), DEFAULTS, narrow).windows[0]
    assert (six.first_day, six.last_day) == (177, 187)
    assert six.counts() == {"improved": 1}  # A1's visit on day 180 is still in


def test_waterfall(report: OutcomesReport) -> None:
    bars = [(b.mrn, round(b.change_pct, 9), b.visit_on) for b in report.waterfall.bars]
    assert bars == [
        ("A4", 25.0, day(60, report.cohort[3].started_on)),
        ("A2", 5.0, day(60)),
        ("A8", 0.0, day(400)),  # the visit after the as-of day (W 10) is left out
        ("A7", -25.0, day(90)),
        ("A1", -37.5, day(370)),
    ]
    assert {(e.mrn, e.reason) for e in report.waterfall.excluded} == {
        ("A3", wf.NO_VISIT_AFTER_START),
        ("A5", wf.NONE_ASSESSABLE),
        ("A6", wf.NONE_ASSESSABLE),
    }


def test_drug_survival(report: OutcomesReport) -> None:
    curve = report.drug_survival
    # times: 60+ 100 180+ 182+ 200+ 300 370+ 400+
    assert (curve.n, curve.events, curve.censored) == (8, 2, 6)
    points = {p.day: p for p in curve.points}
    assert points[0].survival == 1 and points[0].at_risk == 8
    assert points[100].survival == pytest.approx(6 / 7, abs=1e-12)
    assert points[100].at_risk == 7
    assert points[300].survival == pytest.approx(6 / 7 * 2 / 3, abs=1e-12)
    assert points[300].at_risk == 3
    assert curve.median_days is None  # never at or below 0.5
    assert curve.excluded == ()


def test_time_to_first_improved(report: OutcomesReport) -> None:
    curve = report.time_to_improved
    # A4 60+ (still on), A7 90, A2 100+ (censored at the stop), A1 180, A8 400+
    assert (curve.n, curve.events) == (5, 2)
    points = {p.day: p for p in curve.points}
    assert sorted(points) == [0, 60, 90, 100, 180, 400]
    assert points[90].survival == pytest.approx(3 / 4, abs=1e-12)
    assert points[100].at_risk == 3 and points[100].survival == pytest.approx(3 / 4)
    assert points[180].survival == pytest.approx(3 / 8, abs=1e-12)
    assert points[180].at_risk == 2
    assert curve.median_days == 180
    assert {(e.mrn, e.reason) for e in curve.excluded} == {
        ("A3", wf.NO_VISIT_AFTER_START),
        ("A5", wf.NONE_ASSESSABLE),
        ("A6", wf.NONE_ASSESSABLE),
    }
    for p in curve.points:
        assert 0 <= p.lower <= p.survival <= p.upper <= 1


def test_flag_tallies(report: OutcomesReport) -> None:
    # visits on the regimen: A1 4, A2 1, A3 0, A4 2, A5 2, A6 2, A7 2, A8 2 (not the later one)
    assert report.visits_on_regimen == 15
    tally = {t.code: t for t in report.flags}
    assert (tally[COLCHICINE_DILTIAZEM].patients, tally[COLCHICINE_DILTIAZEM].visits) == (7, 15)


def test_disease_filter() -> None:
    charts = clinic()
    ra = OutcomesQuery(QUERY.regimen, "ra", AS_OF)
    assert outcomes_report(charts, DEFAULTS, ra).n == 0
    ssc = outcomes_report(charts, DEFAULTS, OutcomesQuery(QUERY.regimen, "ssc", AS_OF))
    assert (ssc.n, ssc.not_started, ssc.disease_label) == (8, 2, "Systemic sclerosis")


def test_an_earlier_as_of_day_leaves_later_records_out() -> None:
    early = outcomes_report(clinic(), DEFAULTS, OutcomesQuery(QUERY.regimen, None, day(95)))
    by = {m.mrn: m for m in early.cohort}
    assert "A4" not in by  # starts later
    assert by["A2"].still_on  # its stop on day 100 is not known on day 95
    assert by["A7"].still_on and by["A7"].last_contact == day(90)
    assert early.time_to_improved.events == 1  # A7 on day 90; A1 improves only on day 180


def test_definitions_and_disclaimer(report: OutcomesReport) -> None:
    text = " ".join(report.definitions)
    for word in ("day 0", "Stop", "censored", "Kaplan", "log-log", "scipy", "[R2]", "42 days"):
        assert word.lower() in text.lower()
    assert "not evidence of efficacy" in report.disclaimer
    assert "DOMAIN" not in text and "§" not in text


@pytest.mark.parametrize(
    ("query", "field", "words"),
    [
        (OutcomesQuery(("diltiazem", "aspirin"), None, AS_OF), "regimen", "'aspirin'"),
        (OutcomesQuery((), None, AS_OF), "regimen", "name one or more"),
        (OutcomesQuery(("diltiazem",), "gout", AS_OF), "disease", "'gout'"),
    ],
)
def test_unknown_codes_are_refused_listing_the_valid_ones(
    query: OutcomesQuery, field: str, words: str
) -> None:
    with pytest.raises(DomainValidationError) as refused:
        outcomes_report(clinic(), DEFAULTS, query)
    assert refused.value.field == field
    assert words in str(refused.value)
    valid = "diltiazem, colchicine" if field == "regimen" else "ra, dm, jdm, ssc, sle"
    assert valid in str(refused.value)


def test_regimen_choices_are_the_calcinosis_directed_drugs() -> None:
    codes = [code for code, _ in regimen_choices()]
    assert codes[:2] == ["diltiazem", "colchicine"]
    assert "methotrexate" not in codes and "other" not in codes
    assert dict(regimen_choices())["colchicine"] == "Colchicine"


def test_an_empty_clinic() -> None:
    empty = outcomes_report((), DEFAULTS, QUERY)
    assert (empty.n, empty.not_started, empty.visits_on_regimen) == (0, 0, 0)
    assert empty.drug_survival.points[0].survival == 1
    assert empty.drug_survival.median_days is None


def test_an_archived_patient_stays_in_the_cohort() -> None:
    import dataclasses

    charts = list(clinic())
    first = charts[0]
    charts[0] = dataclasses.replace(
        first, patient=dataclasses.replace(first.patient, archived=True)
    )
    assert outcomes_report(charts, DEFAULTS, QUERY).cohort[0].mrn == "A1"
