"""The EULAR response from the baseline's DAS28 to the assessed visit's: the same variant only,
each visit's DAS28 as every view shows it (computed wins, the DAS28 given is the fallback), and
"not assessable" with the reason otherwise.

Expected DAS28 values are worked out here from the published formula; the response categories
from the published rule (Δ > 1.2 at current ≤ 3.2: good; 0.6 < Δ: moderate below 5.1).
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date

import pytest

from calcitrack.domain.codes import Das28Variant, Sex, UnderlyingDisease
from calcitrack.domain.entities import LabResult, Patient, PatientChart, Visit
from calcitrack.domain.trajectory.eular_das28 import eular_das28

BASE, NOW = date(2026, 1, 5), date(2026, 7, 6)
PATIENT = Patient("E-1", "Doe", "Ann", Sex.FEMALE, date(1970, 1, 1), UnderlyingDisease.RA)


def _esr(tjc: int, sjc: int, esr: float, ptga: float) -> float:
    return 0.56 * math.sqrt(tjc) + 0.28 * math.sqrt(sjc) + 0.70 * math.log(esr) + 0.014 * ptga


def _visit(day: date, **values: object) -> Visit:
    return Visit(None, day, **values)  # type: ignore[arg-type]


def _joints(tjc: int, sjc: int, ptga: float) -> dict[str, object]:
    return {"tender_joints_28": tjc, "swollen_joints_28": sjc, "patient_global_mm": ptga}


def _chart(*visits: Visit, labs: tuple[LabResult, ...] = ()) -> PatientChart:
    return PatientChart(PATIENT, visits=visits, labs=labs)


def test_a_computed_baseline_and_a_given_das28_of_the_same_variant_give_a_response() -> None:
    base = _visit(BASE, **_joints(12, 8, 70))
    now = _visit(NOW, das28_recorded=2.9, das28_recorded_variant=Das28Variant.ESR)
    chart = _chart(base, now, labs=(LabResult("esr", BASE, 48, "mm/h"),))
    before = _esr(12, 8, 48, 70)
    [line] = eular_das28(chart, base, now)
    assert line.variant is Das28Variant.ESR
    assert line.response == "good"  # current 2.9 ≤ 3.2 and Δ > 1.2
    assert line.improvement == pytest.approx(before - 2.9)
    text = line.text()
    assert text.startswith("EULAR response (DAS28-ESR): good — baseline visit 2026-01-05")
    assert f"DAS28-ESR {before:.2f} (computed)" in text
    assert "assessed visit 2026-07-06: DAS28-ESR 2.90 (as given, components missing)" in text
    assert f"improved by {before - 2.9:.2f}" in text and text.endswith("[R12]")


def test_different_variants_are_not_assessable_and_say_which_each_visit_has() -> None:
    base = _visit(BASE, das28_recorded=5.6, das28_recorded_variant=Das28Variant.ESR)
    now = _visit(NOW, das28_recorded=3.0, das28_recorded_variant=Das28Variant.CRP)
    [line] = eular_das28(_chart(base, now), base, now)
    assert line.response is None and line.variant is None
    assert line.text() == (
        "EULAR response: not assessable — the baseline visit (2026-01-05) has DAS28-ESR 5.60 "
        "and the assessed visit (2026-07-06) DAS28-CRP 3.00: DAS28-ESR and DAS28-CRP are "
        "different scores and are never compared with each other. [R12]"
    )


@pytest.mark.parametrize(
    ("base_das28", "now_das28", "why"),
    [
        (None, 3.0, "no DAS28 at the baseline visit (2026-01-05); the assessed visit "
                    "(2026-07-06) has DAS28-CRP 3.00."),
        (4.0, None, "no DAS28 at the assessed visit (2026-07-06); the baseline visit "
                    "(2026-01-05) has DAS28-CRP 4.00."),
        (None, None, "no DAS28 at the baseline visit (2026-01-05) nor at the assessed visit "
                     "(2026-07-06)."),
    ],
)
def test_a_missing_das28_is_not_assessable_and_says_where(
    base_das28: float | None, now_das28: float | None, why: str
) -> None:
    def given(day: date, value: float | None) -> Visit:
        variant = None if value is None else Das28Variant.CRP
        return _visit(day, das28_recorded=value, das28_recorded_variant=variant)

    base, now = given(BASE, base_das28), given(NOW, now_das28)
    [line] = eular_das28(_chart(base, now), base, now)
    assert line.headline() == "not assessable"
    assert line.why_not == why


def test_no_baseline_is_not_assessable() -> None:
    now = _visit(NOW, das28_recorded=3.0, das28_recorded_variant=Das28Variant.CRP)
    [line] = eular_das28(_chart(now), None, now)
    assert line.text() == (
        "EULAR response: not assessable — no baseline visit to compare with. [R12]"
    )


def test_both_variants_at_both_visits_give_a_line_each_and_a_given_das28_off_is_said() -> None:
    joints_then, joints_now = _joints(6, 4, 50), _joints(2, 1, 20)
    base = _visit(BASE, **joints_then)
    now = _visit(NOW, **joints_now, das28_recorded=4.5, das28_recorded_variant=Das28Variant.ESR)
    labs = (
        LabResult("esr", BASE, 40, "mm/h"), LabResult("crp", BASE, 20, "mg/L"),
        LabResult("esr", NOW, 12, "mm/h"), LabResult("crp", NOW, 2, "mg/L"),
    )  # fmt: skip
    lines = eular_das28(_chart(base, now, labs=labs), base, now)
    assert [line.variant for line in lines] == [Das28Variant.CRP, Das28Variant.ESR]
    esr_line = lines[1]
    computed = _esr(2, 1, 12, 20)
    assert esr_line.current is not None and esr_line.current.value == pytest.approx(computed)
    assert f"the DAS28-ESR given at the assessed visit (2026-07-06), 4.50, differs by more " \
           f"than 0.1 from the {computed:.2f} its components give" in esr_line.text()
    assert "differs" not in lines[0].text()


def test_the_response_is_the_published_rule_at_its_boundaries() -> None:
    def response(before: float, after: float) -> str | None:
        base = _visit(BASE, das28_recorded=before, das28_recorded_variant=Das28Variant.CRP)
        now = _visit(NOW, das28_recorded=after, das28_recorded_variant=Das28Variant.CRP)
        return eular_das28(_chart(base, now), base, now)[0].response

    assert response(4.4, 3.8) == "none"  # Δ = 0.6 exactly
    assert response(4.5, 3.8) == "moderate"
    assert response(6.5, 5.5) == "none"  # current > 5.1, Δ ≤ 1.2
    assert response(4.5, 3.2) == "good"


def test_a_patient_without_ra_and_without_any_das28_gets_no_line() -> None:
    dm = dataclasses.replace(PATIENT, underlying_disease=UnderlyingDisease.DM)
    base, now = _visit(BASE), _visit(NOW)
    assert eular_das28(PatientChart(dm, visits=(base, now)), base, now) == ()
    given = _visit(NOW, das28_recorded=3.0, das28_recorded_variant=Das28Variant.CRP)
    [line] = eular_das28(PatientChart(dm, visits=(base, given)), base, given)
    assert line.why_not.startswith("no DAS28 at the baseline visit")
