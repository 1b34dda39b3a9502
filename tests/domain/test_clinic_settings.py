"""Clinic settings: the accepted values of each threshold and stored values over the defaults
(calcitrack.domain.clinic_settings; DOMAIN.md §0.4–0.6)."""

from __future__ import annotations

import math

import pytest

from calcitrack.domain import clinic_settings as cs
from calcitrack.domain.clinic_settings import (
    DEFINITIONS,
    RESPONSE_IMPROVED_PCT,
    RESPONSE_PROGRESSED_PCT,
    SAFETY_COLCHICINE_EGFR,
    SAFETY_HR_WARNING,
    SAFETY_SBP,
    SURGERY_ADEQUATE_MG_KG_DAY,
    SURGERY_ULCER_VISITS,
    ClinicSettings,
    check_setting,
    definition,
)
from calcitrack.domain.errors import DomainValidationError


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        (RESPONSE_IMPROVED_PCT, -100, None),  # the minimum itself
        (RESPONSE_IMPROVED_PCT, -100.01, "must be between -100 and 0 %, got -100.01"),
        (RESPONSE_IMPROVED_PCT, 0, None),  # the maximum itself
        (RESPONSE_IMPROVED_PCT, 0.01, "must be between -100 and 0 %, got 0.01"),
        (RESPONSE_PROGRESSED_PCT, 500, None),
        (RESPONSE_PROGRESSED_PCT, 501, "must be between 0 and 500 %, got 501"),
        (SURGERY_ADEQUATE_MG_KG_DAY, 0.1, None),
        (SURGERY_ADEQUATE_MG_KG_DAY, 0.09, "must be between 0.1 and 10 mg/kg/day, got 0.09"),
        (SAFETY_SBP, 50, None),
        (SAFETY_SBP, 49, "must be between 50 and 140 mmHg, got 49"),
        (SAFETY_SBP, 95.0, None),  # a whole number given as a float
        (SAFETY_SBP, 95.5, "must be a whole number of mmHg, got 95.5"),
        (SURGERY_ULCER_VISITS, 10, None),
        (SURGERY_ULCER_VISITS, 11, "must be between 1 and 10 visits, got 11"),
        (SAFETY_COLCHICINE_EGFR, 29.5, None),  # not an integer setting
        (SAFETY_HR_WARNING, True, "must be a number in /min, got True"),
        (SAFETY_HR_WARNING, "50", "must be a number in /min, got '50'"),
        (SAFETY_HR_WARNING, None, "must be a number in /min, got None"),
        (SAFETY_HR_WARNING, math.nan, "must be a number, got NaN"),
        ("surgery/unknown", 1, "is not a clinic setting"),
    ],
)
def test_check_setting_edges(key: str, value: object, reason: str | None) -> None:
    problems = check_setting(key, value)
    if reason is None:
        assert problems == []
    else:
        assert [(p.field, p.reason) for p in problems] == [(key, reason)]


def test_every_default_is_accepted_and_every_key_is_sectioned() -> None:
    for d in DEFINITIONS:
        assert check_setting(d.key, d.default) == [], d.key
        assert d.section in (
            "response", "surgery", "safety", "dose", "accounts", "backup", "schedule",
            "data_quality",
        )
        assert d.source
    assert len({d.key for d in DEFINITIONS}) == len(DEFINITIONS)


def test_defaults_are_the_published_and_policy_values() -> None:
    settings = ClinicSettings.defaults()
    assert settings[RESPONSE_IMPROVED_PCT] == -25 and settings[RESPONSE_PROGRESSED_PCT] == 25
    assert settings[SURGERY_ADEQUATE_MG_KG_DAY] == 2.0
    assert settings[SAFETY_SBP] == 90 and settings[SAFETY_HR_WARNING] == 50
    assert settings.version == 0
    assert all(settings.is_default(d.key) for d in DEFINITIONS)
    assert definition(SAFETY_HR_WARNING).policy is True
    assert "clinic policy" in definition(SAFETY_HR_WARNING).origin_note
    assert definition(SAFETY_SBP).origin_note.startswith("published value: ")


def test_from_stored_puts_stored_values_over_the_defaults_and_ignores_unknown_keys() -> None:
    settings = ClinicSettings.from_stored(
        {RESPONSE_IMPROVED_PCT: -30, "future/setting": 3}, version=4
    )
    assert settings[RESPONSE_IMPROVED_PCT] == -30
    assert not settings.is_default(RESPONSE_IMPROVED_PCT)
    assert settings[RESPONSE_PROGRESSED_PCT] == 25  # not stored: the default
    assert settings.is_default(RESPONSE_PROGRESSED_PCT)
    assert "future/setting" not in settings.values
    assert settings.version == 4
    assert set(settings.values) == {d.key for d in DEFINITIONS}


def test_stored_value_equal_to_the_default_is_default() -> None:
    assert ClinicSettings.from_stored({SAFETY_SBP: 90.0}).is_default(SAFETY_SBP)


def test_an_unknown_key_is_refused_by_name() -> None:
    with pytest.raises(DomainValidationError) as raised:
        ClinicSettings.defaults()["surgery/unknown"]
    assert (raised.value.field, raised.value.reason) == (
        "surgery/unknown",
        "is not a clinic setting",
    )


def test_stored_values_cannot_be_changed_in_place() -> None:
    settings = ClinicSettings.from_stored({})
    with pytest.raises(TypeError):
        settings.values[SAFETY_SBP] = 100  # type: ignore[index]


@pytest.mark.parametrize(
    ("warning", "contraindication", "refused"),
    [(50, 40, False), (40, 40, False), (39, 40, True), (45, 60, True)],
)
def test_the_heart_rate_warning_may_not_sit_below_the_contraindication(
    warning: int, contraindication: int, refused: bool
) -> None:
    problems = cs.check_settings(
        {cs.SAFETY_HR_WARNING: warning, cs.SAFETY_HR_CONTRAINDICATION: contraindication}
    )
    assert bool(problems) is refused
    if refused:
        assert problems[0].field == cs.SAFETY_HR_WARNING
        assert "never show" in problems[0].reason



# ------------------------------------------------------------------ optional settings (no default)

WARFARIN_MAX = "dose/warfarin_max_mg_per_day"  # no label states a maximum: no default


def test_an_optional_setting_has_no_default_and_reads_as_none() -> None:
    settings = ClinicSettings.defaults()
    assert definition(WARFARIN_MAX).default is None and definition(WARFARIN_MAX).optional
    assert settings.optional(WARFARIN_MAX) is None
    assert settings.is_default(WARFARIN_MAX)
    assert "no default, the clinic sets it (not set: no check)" in definition(
        WARFARIN_MAX
    ).origin_note
    with pytest.raises(DomainValidationError) as raised:
        settings[WARFARIN_MAX]  # the float accessor is for settings that always have a value
    assert raised.value.field == WARFARIN_MAX
    assert settings.optional(SAFETY_SBP) == 90  # optional() reads both kinds


def test_an_optional_setting_takes_a_stored_value_and_none_is_accepted_only_there() -> None:
    settings = ClinicSettings.from_stored({WARFARIN_MAX: 12.5})
    assert settings.optional(WARFARIN_MAX) == 12.5 and settings[WARFARIN_MAX] == 12.5
    assert not settings.is_default(WARFARIN_MAX)
    assert check_setting(WARFARIN_MAX, None) == []
    assert [p.reason for p in check_setting(WARFARIN_MAX, 0.5)] == [
        "must be between 1 and 30 mg/day, got 0.5"
    ]
    assert [p.reason for p in check_setting(SAFETY_SBP, None)] == [
        "must be a number in mmHg, got None"
    ]


def test_the_diltiazem_maximum_keeps_its_stored_key_and_shows_with_the_dose_limits() -> None:
    d = definition("safety/diltiazem_max_mg_per_day")
    assert (d.default, d.unit, d.section) == (480, "mg/day", "dose")
    assert ClinicSettings.from_stored({"safety/diltiazem_max_mg_per_day": 360})[d.key] == 360
