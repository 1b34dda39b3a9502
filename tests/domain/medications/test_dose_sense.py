"""Dose sense: every formulary drug's dose against its label
(calcitrack.domain.medications.dose_sense).

The label numbers are written out here from the labels themselves (the [R#] beside each), and
every total is worked out by hand in the test (dose × doses in the span), never by the code under
test. Each maximum is checked at the limit (no concern: comparisons are strict) and one step
above it.
"""

from __future__ import annotations

import pytest

from calcitrack.domain.clinic_settings import DEFINITION_BY_KEY, ClinicSettings
from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.dose_labels import LABEL_BY_DRUG, LABELS, DoseLevel
from calcitrack.domain.flags import Severity
from calcitrack.domain.medications.dose_sense import (
    Dose,
    DoseConcern,
    dose_concerns,
    label_summary,
    review_dose,
)
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.sources import SOURCES, cited_keys

MG, G, MG_KG, G_KG, ML = DoseUnit.MG, DoseUnit.G, DoseUnit.MG_PER_KG, DoseUnit.G_PER_KG, DoseUnit.ML
QD, BID, TID, QID = Frequency.QD, Frequency.BID, Frequency.TID, Frequency.QID
QW, Q2W, Q4W, QMONTH = Frequency.QW, Frequency.Q2W, Frequency.Q4W, Frequency.QMONTH
ORAL, IV, SC = Route.ORAL, Route.IV, Route.SC
DEFAULTS = ClinicSettings.defaults()


def _concerns(
    drug: str,
    dose: float,
    unit: DoseUnit = MG,
    frequency: Frequency = QD,
    route: Route = ORAL,
    weight: float | None = 60.0,
    settings: ClinicSettings = DEFAULTS,
) -> list[DoseConcern]:
    return dose_concerns(drug, dose, unit, frequency, route, weight_kg=weight, settings=settings)


def _codes(*args: object, **kwargs: object) -> list[str]:
    return [c.code for c in _concerns(*args, **kwargs)]  # type: ignore[arg-type]


# ------------------------------------------------------------------ the label table


# drug → (the setting, the label's number, its unit, its source), as read in each label.
LABEL_MAXIMA = {
    "diltiazem": ("safety/diltiazem_max_mg_per_day", 480, "mg/day", "R38"),
    "colchicine": ("dose/colchicine_max_mg_per_day", 1.2, "mg/day", "R66"),
    "probenecid": ("dose/probenecid_max_mg_per_day", 2000, "mg/day", "R67"),
    "sodium_thiosulfate": ("dose/sodium_thiosulfate_max_g_per_dose", None, "g per dose", "R68"),
    "ivig": ("dose/ivig_max_g_per_kg_per_4_weeks", 2, "g/kg per 4 weeks", "R69"),
    "rituximab": ("dose/rituximab_max_mg_per_dose", 1000, "mg per dose", "R47"),
    "pamidronate": ("dose/pamidronate_max_mg_per_dose", 90, "mg per dose", "R70"),
    "alendronate": ("dose/alendronate_max_mg_per_dose", 70, "mg per dose", "R71"),
    "etidronate": ("dose/etidronate_max_mg_per_kg_per_day", 20, "mg/kg/day", "R72"),
    "minocycline": ("dose/minocycline_max_mg_per_day", None, "mg/day", "R73"),
    "warfarin": ("dose/warfarin_max_mg_per_day", None, "mg/day", "R74"),
    "methotrexate": ("dose/methotrexate_max_mg_per_week", 25, "mg/week", "R64"),
    "hydroxychloroquine": ("dose/hydroxychloroquine_max_mg_per_day", 400, "mg/day", "R75"),
    "folic_acid": ("dose/folic_acid_max_mg_per_day", None, "mg/day", "R76"),
    "prednisolone": ("dose/prednisolone_max_mg_per_day", None, "mg/day", "R77"),
    "azathioprine": ("dose/azathioprine_max_mg_per_kg_per_day", 2.5, "mg/kg/day", "R78"),
    "mycophenolate": ("dose/mycophenolate_max_g_per_day", 3, "g/day", "R79"),
}


def test_every_formulary_drug_but_other_has_dose_sense_with_a_cited_source() -> None:
    assert set(LABEL_BY_DRUG) == set(DRUGS) - {"other"}
    assert set(LABEL_MAXIMA) == set(LABEL_BY_DRUG)
    for label in LABELS:
        assert cited_keys([label.usual]), label.drug  # the usual schedule says where it is from
        for limit in label.limits:
            keys = cited_keys([limit.source])
            assert keys and all(key in SOURCES for key in keys), limit.key


@pytest.mark.parametrize("drug", sorted(LABEL_MAXIMA))
def test_each_drugs_maximum_is_the_labels_number_as_a_clinic_setting(drug: str) -> None:
    key, number, unit, source = LABEL_MAXIMA[drug]
    definition = DEFINITION_BY_KEY[key]
    assert (definition.default, definition.unit) == (number, unit)
    assert f"[{source}]" in definition.source
    assert definition.section == "dose"
    if number is None:  # no label maximum found: no default, never an invented number
        assert definition.optional
        assert definition.source.startswith("no maximum stated")
        assert "not set: no check" in definition.origin_note


# ------------------------------------------------------------------ above the label maximum


@pytest.mark.parametrize(
    ("drug", "at_limit", "above", "total_text"),
    [
        # diltiazem 240 mg twice daily = 480 mg/day; 245 × 2 = 490 [R38]
        ("diltiazem", (240, MG, BID, ORAL), (245, MG, BID, ORAL), "490 mg/day"),
        # colchicine 0.6 mg twice daily = 1.2 mg/day; 0.5 × 3 = 1.5 [R66]
        ("colchicine", (0.6, MG, BID, ORAL), (0.5, MG, TID, ORAL), "1.5 mg/day"),
        # probenecid 500 mg four times daily = 2000 mg/day; 1 g × 3 = 3000 mg [R67]
        ("probenecid", (500, MG, QID, ORAL), (1, G, TID, ORAL), "3000 mg/day"),
        # IVIg 2 g/kg every 4 weeks; 0.5 g/kg every 2 weeks = 1 g/kg, still within; 150 g at
        # 60 kg every 4 weeks = 2.5 g/kg [R69]
        ("ivig", (2, G_KG, Q4W, IV), (150, G, Q4W, IV), "2.5 g/kg per 4 weeks at 60 kg"),
        # rituximab 1000 mg per infusion; 1.2 g = 1200 mg [R47]
        ("rituximab", (1000, MG, Q2W, IV), (1.2, G, Q2W, IV), "1200 mg per dose"),
        # pamidronate 90 mg per infusion; 120 mg [R70]
        ("pamidronate", (90, MG, QMONTH, IV), (120, MG, QMONTH, IV), "120 mg per dose"),
        # alendronate 70 mg once weekly; 80 mg once weekly is above the largest single dose
        ("alendronate", (70, MG, QW, ORAL), (80, MG, QW, ORAL), "80 mg per dose"),
        # etidronate 20 mg/kg/day: 1200 mg/day at 60 kg; 1300 mg = 21.67 mg/kg/day [R72]
        ("etidronate", (1200, MG, QD, ORAL), (1300, MG, QD, ORAL), "21.67 mg/kg/day at 60 kg"),
        # hydroxychloroquine 200 mg twice daily = 400 mg/day; 200 × 3 = 600 [R75]
        ("hydroxychloroquine", (200, MG, BID, ORAL), (200, MG, TID, ORAL), "600 mg/day"),
        # azathioprine 2.5 mg/kg/day = 150 mg/day at 60 kg; 100 × 2 = 200 mg = 3.33 [R78]
        ("azathioprine", (75, MG, BID, ORAL), (100, MG, BID, ORAL), "3.33 mg/kg/day at 60 kg"),
        # mycophenolate 1.5 g twice daily = 3 g/day; 2 g × 2 = 4 g [R79]
        ("mycophenolate", (1.5, G, BID, ORAL), (2, G, BID, ORAL), "4 g/day"),
    ],
)
def test_a_dose_above_the_label_maximum_is_a_safety_concern_with_its_source(
    drug: str,
    at_limit: tuple[float, DoseUnit, Frequency, Route],
    above: tuple[float, DoseUnit, Frequency, Route],
    total_text: str,
) -> None:
    assert _concerns(drug, *at_limit) == []
    (concern,) = _concerns(drug, *above)
    key, number, unit, source = LABEL_MAXIMA[drug]
    assert concern.code == f"{drug}_above_max"
    assert concern.level is DoseLevel.SAFETY and concern.severity is Severity.WARNING
    assert concern.total == total_text
    assert concern.setting_key == key
    assert concern.title == f"{DRUGS[drug].name} above the label maximum"
    assert f"above {number:g} {unit}, the label maximum" in concern.text
    assert f"[{source}]" in concern.text and "Decision support" in concern.text
    dose, dose_unit, frequency, _ = above
    assert concern.text.startswith(
        f"{DRUGS[drug].name} {dose:g} {dose_unit.label} {frequency.label}"
    )


def test_alendronate_daily_total_has_its_own_maximum() -> None:
    assert _concerns("alendronate", 40, MG, QD) == []  # Paget's disease: 40 mg once a day [R71]
    (concern,) = _concerns("alendronate", 70, MG, QD)  # the weekly tablet taken daily
    assert concern.total == "70 mg/day"
    assert concern.setting_key == "dose/alendronate_max_mg_per_day"
    assert _concerns("alendronate", 10, MG, QD) == []


def test_a_weekly_dose_counts_whole_on_its_day_against_a_daily_maximum() -> None:
    # 3 mg of colchicine once weekly is 3 mg on that day, not 0.43 mg/day on average
    (concern,) = _concerns("colchicine", 3, MG, QW)
    assert concern.total == "3 mg/day"


def test_ivig_per_kg_doses_compare_without_a_weight_and_daily_courses_add_up() -> None:
    assert _concerns("ivig", 2, G_KG, Q4W, IV, weight=None) == []
    (concern,) = _concerns("ivig", 0.4, G_KG, QD, IV, weight=None)
    assert concern.total == "11.2 g/kg per 4 weeks"  # 0.4 × 28 doses


def test_routes_the_label_does_not_cover_are_not_compared() -> None:
    assert _concerns("rituximab", 1200, MG, Q2W, ORAL) == []  # the label is for infusions
    assert _concerns("colchicine", 5, MG, QD, IV) == []


# ------------------------------------------------------------------ methotrexate


def test_methotrexate_15_mg_once_weekly_raises_nothing() -> None:
    assert _concerns("methotrexate", 15, MG, QW) == []
    assert _concerns("methotrexate", 25, MG, QW, SC) == []  # 25 mg/week: the maximum itself


def test_methotrexate_30_mg_weekly_is_a_warning_for_prescriber_review() -> None:
    (concern,) = _concerns("methotrexate", 30, MG, QW)
    assert concern.level is DoseLevel.WARNING
    assert concern.code == "methotrexate_above_max"
    assert concern.total == "30 mg/week"
    assert "for prescriber review" in concern.title
    assert "above 25 mg/week" in concern.text and "[R63][R64]" in concern.text


@pytest.mark.parametrize("frequency", [QD, BID, TID, QID])
def test_methotrexate_scheduled_daily_is_a_safety_flag_naming_the_fatal_error(
    frequency: Frequency,
) -> None:
    concerns = _concerns("methotrexate", 2.5, MG, frequency)
    not_weekly = [c for c in concerns if c.code == "methotrexate_not_weekly"]
    assert len(not_weekly) == 1
    (concern,) = not_weekly
    assert concern.level is DoseLevel.SAFETY
    assert concern.severity is Severity.CONTRAINDICATION
    assert concern.title == f"Methotrexate scheduled {frequency.label}, not weekly"
    assert "daily instead of weekly is a classic prescribing error" in concern.text
    assert "[R63]" in concern.source


@pytest.mark.parametrize("frequency", [Q2W, Q4W, QMONTH, Frequency.PRN, Frequency.ONCE])
def test_methotrexate_on_any_other_schedule_than_weekly_is_flagged_too(
    frequency: Frequency,
) -> None:
    (concern,) = [c for c in _concerns("methotrexate", 10, MG, frequency)]
    assert concern.code == "methotrexate_not_weekly"
    assert concern.level is DoseLevel.SAFETY and concern.severity is Severity.WARNING


def test_the_reproduction_methotrexate_90_mg_twice_daily_is_flagged() -> None:
    """Issue reproduction 1: a restored draft put "90 mg twice daily" on methotrexate."""
    concerns = {c.code: c for c in _concerns("methotrexate", 90, MG, BID)}
    assert set(concerns) == {"methotrexate_not_weekly", "methotrexate_above_max"}
    daily = 90 * 2  # 180 mg/day
    weekly = daily * 7  # 1260 mg/week
    assert concerns["methotrexate_not_weekly"].recorded == (
        f"Methotrexate 90 mg twice daily = {daily} mg/day = {weekly} mg/week"
    )
    assert concerns["methotrexate_above_max"].total == f"{weekly} mg/week"


# ------------------------------------------------------------------ settings, weights, units


def test_an_unset_optional_limit_is_no_check_and_a_set_one_is_the_clinics() -> None:
    assert _concerns("warfarin", 50, MG, QD) == []  # no label maximum: nothing to compare
    clinic = ClinicSettings.from_stored({"dose/warfarin_max_mg_per_day": 10})
    (concern,) = _concerns("warfarin", 7.5, MG, BID, settings=clinic)  # 15 mg/day
    assert concern.total == "15 mg/day"
    assert "above 10 mg/day, the clinic's limit" in concern.text
    assert "[R74]" in concern.text


def test_a_clinic_limit_replaces_the_label_number_and_says_so() -> None:
    clinic = ClinicSettings.from_stored({"safety/diltiazem_max_mg_per_day": 360})
    (concern,) = _concerns("diltiazem", 200, MG, BID, settings=clinic)
    assert "above 360 mg/day, the clinic's limit" in concern.text


def test_per_kg_limits_without_a_weight_are_not_checked_and_say_why() -> None:
    dose = Dose("azathioprine", 200, MG, BID, ORAL)
    review = review_dose([dose], weight_kg=None, settings=DEFAULTS)
    assert review.concerns == ()
    assert review.unchecked == (
        "Azathioprine 200 mg twice daily: not checked against 2.5 mg/kg/day (no weight recorded)",
    )
    # a dose typed per kg against a per-kg limit needs no weight: 3 mg/kg × 1 = 3 > 2.5
    assert _codes("azathioprine", 3, MG_KG, QD, weight=None) == ["azathioprine_above_max"]


def test_a_dose_in_ml_is_not_compared() -> None:
    review = review_dose([Dose("colchicine", 50, ML, QD, ORAL)], weight_kg=60, settings=DEFAULTS)
    assert review.concerns == () and "a dose in mL" in review.unchecked[0]


def test_two_doses_of_one_drug_add_up() -> None:
    doses = [Dose("diltiazem", 200, MG, BID, ORAL), Dose("diltiazem", 50, MG, BID, ORAL)]
    (concern,) = review_dose(doses, weight_kg=None, settings=DEFAULTS).concerns
    assert concern.total == "500 mg/day"  # 400 + 100
    assert concern.recorded.startswith("Diltiazem 200 mg twice daily + Diltiazem 50 mg twice")


def test_other_and_unknown_drugs_raise_nothing() -> None:
    assert _concerns("other", 10_000, MG, QID) == []
    assert _concerns("unheard_of", 10_000, MG, QID) == []


def test_the_label_summary_names_the_usual_schedule_and_the_limit_in_force() -> None:
    assert label_summary("methotrexate", DEFAULTS) == (
        f"Label: {LABEL_BY_DRUG['methotrexate'].usual}. Only a once-weekly schedule is right. "
        "Dose check: warning above 25 mg/week."
    )
    assert "the clinic has set no limit" in label_summary("warfarin", DEFAULTS)
    assert label_summary("other", DEFAULTS) == ""
