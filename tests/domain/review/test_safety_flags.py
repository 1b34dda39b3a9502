"""Safety flags (calcitrack.domain.review.safety_flags; DOMAIN.md §0.6, §4.1, §5.2–5.3).

Each flag at its threshold and one step either side; eGFR values are worked out here with the
CKD-EPI 2021 equation (DOMAIN.md §4.1), never by calling the code under test.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from calcitrack.domain.clinic_settings import (
    SAFETY_CA_P_PRODUCT,
    SAFETY_COLCHICINE_EGFR,
    SAFETY_DILTIAZEM_MAX,
    SAFETY_HR_CONTRAINDICATION,
    SAFETY_HR_WARNING,
    SAFETY_SBP,
    ClinicSettings,
)
from calcitrack.domain.codes import DoseUnit, Frequency, Laterality, Route, Sex, UnderlyingDisease
from calcitrack.domain.entities import (
    LabResult,
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    PatientChart,
    Visit,
)
from calcitrack.domain.flags import FlagKind, Severity
from calcitrack.domain.laboratory import lab_results
from calcitrack.domain.review.assessment import assess
from calcitrack.domain.review.safety_flags import safety_flags
from calcitrack.services.demo.demo_cases import med

START = date(2025, 1, 6)
VISIT = date(2026, 3, 16)
ON = date(2026, 3, 20)
DEFAULTS = ClinicSettings.defaults()
PATIENT = Patient("T-3", "Test", "Patient", Sex.FEMALE, date(1975, 1, 20), UnderlyingDisease.RA)
MG, BID, QD, ORAL = DoseUnit.MG, Frequency.BID, Frequency.QD, Route.ORAL


def _diltiazem(dose: float = 60, start: date = START, stop: date | None = None) -> MedicationPeriod:
    return med("diltiazem", dose, MG, BID, ORAL, start, stop)


COLCHICINE = med("colchicine", 0.5, MG, QD, ORAL, START)


def _visit(hr: int | None = 72, sbp: int | None = 120, day: date = VISIT) -> Visit:
    return Visit(
        patient_id=None, visit_date=day, heart_rate_bpm=hr, systolic_bp_mmhg=sbp, weight_kg=60.0
    )


def _lab(
    code: str,
    value: float,
    unit: str = "mg/dL",
    low: float | None = None,
    high: float | None = None,
    day: date = VISIT,
) -> LabResult:
    return lab_results.entered(code, day, value, unit, low, high)


def _chart(
    meds: tuple[MedicationPeriod, ...], visit: Visit | None = None, labs: tuple[LabResult, ...] = ()
) -> PatientChart:
    visits = () if visit is None else (visit,)
    return PatientChart(PATIENT, (), visits, labs, meds)


def _codes(chart: PatientChart, settings: ClinicSettings = DEFAULTS, on: date = ON) -> list[str]:
    visit = chart.visits[-1] if chart.visits else None
    return [f.code for f in safety_flags(chart, settings, on=on, visit=visit)]


def _egfr_female(creatinine_mg_dl: float, age: int) -> float:
    ratio = creatinine_mg_dl / 0.7
    return 142 * min(ratio, 1) ** -0.241 * max(ratio, 1) ** -1.200 * 0.9938**age * 1.012


# ------------------------------------------------------------------ colchicine with diltiazem


@pytest.mark.parametrize(
    ("on", "flagged"),
    [
        (START - timedelta(days=1), False),  # neither started
        (START, True),
        (date(2026, 5, 31), True),  # diltiazem's last day
        (date(2026, 6, 1), False),  # diltiazem's stop day is the first day off it
    ],
)
def test_colchicine_with_diltiazem(on: date, flagged: bool) -> None:
    chart = _chart((_diltiazem(stop=date(2026, 6, 1)), COLCHICINE))
    flags = [
        f
        for f in safety_flags(chart, DEFAULTS, on=on, visit=None)
        if f.code == "colchicine_diltiazem"
    ]
    assert bool(flags) is flagged
    if flagged:
        flag = flags[0]
        assert (flag.kind, flag.severity) == (FlagKind.SAFETY, Severity.WARNING)
        assert "moderate CYP3A4 inhibitor" in flag.reason and "50–75 %" in flag.reason
        assert "no dose is computed" in flag.reason
        assert flag.source.startswith("[R40][R41]")
        assert flag.triggers == (
            f"Colchicine 0.5 mg once daily since {START}, active on {on}",
            f"Diltiazem 60 mg twice daily since {START}, active on {on}",
        )


def test_colchicine_alone_or_diltiazem_alone_is_no_interaction() -> None:
    assert "colchicine_diltiazem" not in _codes(_chart((COLCHICINE,)))
    assert "colchicine_diltiazem" not in _codes(_chart((_diltiazem(),)))


# ------------------------------------------------------------------ colchicine with low eGFR


@pytest.mark.parametrize(
    ("creatinine", "unit", "stored", "flagged"),
    [
        (2.0, "mg/dL", {}, True),  # eGFR 29.7 at 51, female
        (1.9, "mg/dL", {}, False),  # eGFR 31.6
        (176.8, "umol/L", {}, True),  # the same 2.0 mg/dL entered in µmol/L (× 88.4)
        (1.5, "mg/dL", {SAFETY_COLCHICINE_EGFR: _egfr_female(1.5, 51) + 0.01}, True),
        (1.5, "mg/dL", {SAFETY_COLCHICINE_EGFR: _egfr_female(1.5, 51) - 0.01}, False),
    ],
)
def test_colchicine_with_egfr_below_the_threshold(
    creatinine: float, unit: str, stored: dict[str, float], flagged: bool
) -> None:
    chart = _chart((COLCHICINE,), _visit(), (_lab("creatinine", creatinine, unit),))
    flags = [
        f
        for f in safety_flags(
            chart, ClinicSettings.from_stored(stored), on=ON, visit=chart.visits[0]
        )
        if f.code == "colchicine_low_egfr"
    ]
    assert bool(flags) is flagged
    if flagged:
        assert (
            flags[0]
            .triggers[0]
            .startswith(
                f"eGFR {_egfr_female(2.0 if creatinine > 100 else creatinine, 51):.1f} "
                f"mL/min/1.73 m² on {VISIT}"
            )
        )
        assert flags[0].setting_keys == (SAFETY_COLCHICINE_EGFR,)
        assert "[R41]" in flags[0].source


def test_egfr_uses_the_latest_creatinine_up_to_the_assessed_visit() -> None:
    labs = (
        _lab("creatinine", 1.0, day=VISIT - timedelta(days=30)),
        _lab("creatinine", 3.0, day=VISIT + timedelta(days=1)),
    )  # after the visit
    assert "colchicine_low_egfr" not in _codes(_chart((COLCHICINE,), _visit(), labs))
    labs = (_lab("creatinine", 3.0, day=VISIT - timedelta(days=30)),)
    assert "colchicine_low_egfr" in _codes(_chart((COLCHICINE,), _visit(), labs))
    assert "colchicine_low_egfr" not in _codes(_chart((_diltiazem(),), _visit(), labs))


# ------------------------------------------------------------------ vitals on diltiazem


@pytest.mark.parametrize(
    ("sbp", "stored", "flagged"),
    [
        (89, {}, True),
        (90, {}, False),
        (91, {}, False),
        (99, {SAFETY_SBP: 100}, True),
        (100, {SAFETY_SBP: 100}, False),
    ],
)
def test_diltiazem_with_low_systolic_pressure(
    sbp: int, stored: dict[str, float], flagged: bool
) -> None:
    chart = _chart((_diltiazem(),), _visit(sbp=sbp))
    flags = [
        f
        for f in safety_flags(
            chart, ClinicSettings.from_stored(stored), on=ON, visit=chart.visits[0]
        )
        if f.code == "diltiazem_low_sbp"
    ]
    assert bool(flags) is flagged
    if flagged:
        assert flags[0].severity is Severity.CONTRAINDICATION
        assert flags[0].triggers == (f"Systolic BP {sbp} mmHg on {VISIT}, on diltiazem",)
        assert "[R38]" in flags[0].source


@pytest.mark.parametrize(
    ("hr", "stored", "expected"),
    [
        (39, {}, ["diltiazem_bradycardia"]),
        (40, {}, ["diltiazem_heart_rate"]),  # at the contraindication edge: a warning
        (49, {}, ["diltiazem_heart_rate"]),
        (50, {}, []),
        (51, {}, []),
        (55, {SAFETY_HR_WARNING: 60}, ["diltiazem_heart_rate"]),
        (44, {SAFETY_HR_CONTRAINDICATION: 45}, ["diltiazem_bradycardia"]),
        (45, {SAFETY_HR_CONTRAINDICATION: 45}, ["diltiazem_heart_rate"]),
    ],
)
def test_diltiazem_with_a_slow_heart_rate(
    hr: int, stored: dict[str, float], expected: list[str]
) -> None:
    chart = _chart((_diltiazem(),), _visit(hr=hr))
    settings = ClinicSettings.from_stored(stored)
    flags = safety_flags(chart, settings, on=ON, visit=chart.visits[0])
    assert [f.code for f in flags] == expected
    for flag in flags:
        assert flag.triggers == (f"Heart rate {hr}/min on {VISIT}, on diltiazem",)
    if expected == ["diltiazem_bradycardia"]:
        assert flags[0].severity is Severity.CONTRAINDICATION and "[R39]" in flags[0].source
    elif expected:
        assert flags[0].severity is Severity.WARNING
        assert flags[0].source.startswith("clinic policy, not a source value")


def test_vitals_are_flagged_only_while_on_diltiazem_at_the_visit() -> None:
    low = _visit(hr=35, sbp=80)
    assert _codes(_chart((), low)) == []
    assert _codes(_chart((_diltiazem(start=VISIT + timedelta(days=1)),), low)) == []
    assert _codes(_chart((_diltiazem(stop=VISIT),), low)) == []
    assert _codes(_chart((_diltiazem(),), low)) == ["diltiazem_low_sbp", "diltiazem_bradycardia"]


# ------------------------------------------------------------------ diltiazem above maximum


@pytest.mark.parametrize(
    ("doses", "stored", "flagged"),
    [
        ((240,), {}, False),  # 480 mg/day: the label maximum itself
        ((240.5,), {}, True),  # 481
        ((239.5,), {}, False),  # 479
        ((200, 50), {}, True),  # two periods together: 400 + 100 = 500
        ((200,), {SAFETY_DILTIAZEM_MAX: 360}, True),  # 400 > 360
        ((180,), {SAFETY_DILTIAZEM_MAX: 360}, False),  # 360
    ],
)
def test_diltiazem_above_the_maximum_daily_dose(
    doses: tuple[float, ...], stored: dict[str, float], flagged: bool
) -> None:
    chart = _chart(tuple(_diltiazem(dose) for dose in doses))
    flags = [
        f
        for f in safety_flags(chart, ClinicSettings.from_stored(stored), on=ON, visit=None)
        if f.code == "diltiazem_above_max"
    ]
    assert bool(flags) is flagged
    if flagged:
        assert flags[0].triggers[0].startswith(f"Diltiazem {sum(doses) * 2:g} mg/day on {ON}")
        assert flags[0].setting_keys == (SAFETY_DILTIAZEM_MAX,)


def test_the_dose_is_read_on_the_assessment_day() -> None:
    meds = (_diltiazem(200, stop=ON), _diltiazem(250, start=ON))  # 500 mg/day from ON
    assert "diltiazem_above_max" in _codes(_chart(meds), on=ON)
    assert "diltiazem_above_max" not in _codes(_chart(meds), on=ON - timedelta(days=1))


# ------------------------------------------------------------------ every drug's dose (its label)


def _mtx(dose: float, frequency: Frequency, start: date = START) -> MedicationPeriod:
    return med("methotrexate", dose, MG, frequency, ORAL, start)


def test_methotrexate_twice_daily_is_a_safety_flag_with_its_totals_and_source() -> None:
    """Issue reproduction 1: the chart held methotrexate 90 mg twice daily and no flag fired."""
    flags = {
        f.code: f
        for f in safety_flags(_chart((_mtx(90, BID),)), DEFAULTS, on=ON, visit=None)
    }
    assert set(flags) == {"methotrexate_not_weekly", "methotrexate_above_max"}
    daily = flags["methotrexate_not_weekly"]
    assert (daily.kind, daily.severity) == (FlagKind.SAFETY, Severity.CONTRAINDICATION)
    assert daily.title == "Methotrexate scheduled twice daily, not weekly"
    assert "daily instead of weekly is a classic prescribing error" in daily.reason
    assert daily.source == "[R63]"
    # 90 mg × 2 = 180 mg/day; × 7 = 1260 mg/week
    assert daily.triggers == (
        "Methotrexate 90 mg twice daily = 180 mg/day = 1260 mg/week on "
        f"{ON} (Methotrexate 90 mg twice daily since {START})",
    )
    weekly = flags["methotrexate_above_max"]
    assert weekly.severity is Severity.WARNING
    assert weekly.triggers[0].startswith(f"Methotrexate 1260 mg/week on {ON}")
    assert weekly.setting_keys == ("dose/methotrexate_max_mg_per_week",)
    assert "[R63][R64]" in weekly.source


@pytest.mark.parametrize(
    ("dose", "codes"),
    [(15, []), (25, []), (27.5, ["methotrexate_above_max"])],  # weekly maximum 25 mg
)
def test_methotrexate_once_weekly(dose: float, codes: list[str]) -> None:
    assert _codes(_chart((_mtx(dose, Frequency.QW),))) == codes


def test_methotrexate_warning_is_for_prescriber_review() -> None:
    (flag,) = safety_flags(_chart((_mtx(30, Frequency.QW),)), DEFAULTS, on=ON, visit=None)
    assert flag.severity is Severity.WARNING
    assert flag.title == "Methotrexate above the weekly maximum: for prescriber review"
    assert flag.triggers[0].startswith(f"Methotrexate 30 mg/week on {ON}")


def test_a_per_kg_maximum_uses_the_latest_weight_on_or_before_the_day_and_says_which() -> None:
    # azathioprine 100 mg twice daily = 200 mg/day; 2.5 mg/kg/day is 150 mg/day at 60 kg
    aza = med("azathioprine", 100, MG, BID, ORAL, START)
    (flag,) = safety_flags(_chart((aza,), _visit()), DEFAULTS, on=ON, visit=None)
    assert flag.code == "azathioprine_above_max"
    assert flag.triggers[0].startswith(
        f"Azathioprine {200 / 60:.2f} mg/kg/day at 60 kg (weight of {VISIT}) on {ON}"
    )
    assert _codes(_chart((aza,))) == []  # no weight recorded: a mg/kg limit cannot be checked
    heavy = Visit(patient_id=None, visit_date=VISIT, weight_kg=90.0)  # 200 / 90 = 2.22
    assert _codes(_chart((aza,), heavy), on=ON) == []


def test_no_dose_flag_from_the_demo_regimens() -> None:
    from calcitrack.services.demo.demo_clinic import demo_charts

    for chart in demo_charts():
        for visit in chart.visits:
            flagged = [
                f.code
                for f in safety_flags(chart, DEFAULTS, on=visit.visit_date, visit=visit)
                if f.code.endswith("_above_max") or f.code == "methotrexate_not_weekly"
            ]
            assert flagged == [], (chart.patient.mrn, visit.visit_date)


# ------------------------------------------------------------------ mineral metabolism


@pytest.mark.parametrize(
    ("labs", "stored", "trigger"),
    [
        ((_lab("calcium_total", 10.5, low=8.5, high=10.5),), {}, None),  # at the upper bound
        (
            (_lab("calcium_total", 10.6, low=8.5, high=10.5),),
            {},
            f"Total calcium 10.6 mg/dL on {VISIT}: high, outside the lab's range 8.5–10.5 mg/dL",
        ),
        (
            (_lab("calcium_total", 8.4, low=8.5, high=10.5),),
            {},
            f"Total calcium 8.4 mg/dL on {VISIT}: low, outside the lab's range 8.5–10.5 mg/dL",
        ),
        (
            (_lab("calcium_total", 2.7, "mmol/L", 2.1, 2.6),),
            {},
            f"Total calcium 2.7 mmol/L on {VISIT}: high, outside the lab's range 2.1–2.6 mmol/L",
        ),
        (
            (_lab("phosphate", 4.6, low=2.5, high=4.5),),
            {},
            f"Phosphate 4.6 mg/dL on {VISIT}: high, outside the lab's range 2.5–4.5 mg/dL",
        ),
        # no range entered: read against the typical adult range, as the lab tables read it
        (
            (_lab("phosphate", 9.0),),
            {},
            f"Phosphate 9 mg/dL on {VISIT}: high, outside the typical adult range 2.5–4.5 mg/dL "
            "[R29][R33] (no range from the reporting lab)",
        ),
        ((_lab("phosphate", 4.5),), {}, None),  # on the typical adult range's upper bound
        # the phosphate inside its lab range: only the product decides
        ((_lab("calcium_total", 10.0), _lab("phosphate", 7.0, low=2.5, high=7.5)), {}, None),
        (
            (_lab("calcium_total", 10.0), _lab("phosphate", 7.01, low=2.5, high=7.5)),
            {},
            f"Ca × P 70.1 mg²/dL² on {VISIT}",
        ),
        (
            (_lab("calcium_total", 10.0), _lab("phosphate", 6.1, low=2.5, high=7.5)),
            {SAFETY_CA_P_PRODUCT: 60},
            f"Ca × P 61 mg²/dL² on {VISIT}",
        ),
        # albumin the same day: the corrected calcium is read, not the measured total [R24]
        (
            (_lab("calcium_total", 10.2, low=8.5, high=10.5), _lab("albumin", 3.0, "g/dL")),
            {},
            f"Corrected calcium 11 mg/dL on {VISIT}: high, outside the lab's range 8.5–10.5 mg/dL "
            "(albumin measured the same day: corrected calcium is read [R24])",
        ),
        ((_lab("calcium_total", 10.7, low=8.5, high=10.5), _lab("albumin", 4.8, "g/dL")), {}, None),
        # albumin on another day does not correct this calcium
        (
            (
                _lab("calcium_total", 10.7, low=8.5, high=10.5),
                _lab("albumin", 4.8, "g/dL", day=VISIT - timedelta(days=3)),
            ),
            {},
            f"Total calcium 10.7 mg/dL on {VISIT}: high, outside the lab's range 8.5–10.5 mg/dL "
            "(no albumin that day: the measured total calcium is read)",
        ),
        # an abnormal result superseded by a later normal one is not flagged
        (
            (
                _lab("calcium_total", 11.0, low=8.5, high=10.5, day=date(2025, 6, 1)),
                _lab("calcium_total", 9.5, low=8.5, high=10.5),
            ),
            {},
            None,
        ),
        # a result after the assessed visit is not read
        (
            (_lab("calcium_total", 11.0, low=8.5, high=10.5, day=VISIT + timedelta(days=1)),),
            {},
            None,
        ),
    ],
)
def test_abnormal_mineral_metabolism(
    labs: tuple[LabResult, ...], stored: dict[str, float], trigger: str | None
) -> None:
    chart = _chart((), _visit(), labs)
    flags = safety_flags(chart, ClinicSettings.from_stored(stored), on=ON, visit=chart.visits[0])
    if trigger is None:
        assert flags == ()
        return
    (flag,) = flags
    assert flag.code == "mineral_metabolism" and flag.severity is Severity.WARNING
    assert flag.title == (
        "Abnormal mineral metabolism — consider metastatic rather than dystrophic calcinosis"
    )
    assert flag.triggers[0].startswith(trigger)
    assert flag.source == "[R7][R26][R60]"


# ------------------------------------------------------------------ order in the assessment


def test_assess_sorts_contraindications_then_warnings_then_review() -> None:
    lesion = Lesion("A", "thigh", Laterality.RIGHT, date(2024, 1, 1))
    visits = (
        Visit(
            patient_id=None,
            visit_date=START,
            weight_kg=60.0,
            lesion_measurements=(LesionMeasurement("A", 30, 20),),
        ),
        Visit(
            patient_id=None,
            visit_date=VISIT,
            weight_kg=60.0,
            systolic_bp_mmhg=85,
            heart_rate_bpm=70,
            lesion_measurements=(LesionMeasurement("A", 30, 20, tender=True),),
        ),
    )
    chart = PatientChart(PATIENT, (lesion,), visits, (), (_diltiazem(), COLCHICINE))
    result = assess(chart, ClinicSettings.from_stored({}, version=7), on=ON)
    assert [f.code for f in result.flags] == [
        "diltiazem_low_sbp",
        "colchicine_diltiazem",
        "reconsider_surgery",
    ]
    assert result.settings_version == 7
