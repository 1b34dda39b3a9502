"""The clinic's choice of digits for Arabic, a text setting: Western ("latn") unless the clinic
chooses Arabic-Indic ("arab"); anything else is refused, and a value a newer CalciTrack stored
reads as the default rather than breaking the window."""

from __future__ import annotations

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.clinic_text_settings import ARABIC_DIGITS, check_text_setting
from calcitrack.domain.errors import Problem


def test_western_digits_are_the_default() -> None:
    assert ClinicSettings.defaults().arabic_digits == "latn"
    assert ClinicSettings.from_stored({}, 1).text(ARABIC_DIGITS) == "latn"  # no row yet


@pytest.mark.parametrize("digits", ["latn", "arab"])
def test_either_choice_is_accepted_and_read_back_typed(digits: str) -> None:
    assert check_text_setting(ARABIC_DIGITS, digits) == []
    assert ClinicSettings.from_stored({}, 2, {ARABIC_DIGITS: digits}).arabic_digits == digits


@pytest.mark.parametrize("typed", ["", "arabic", "ARAB", "beng", "٠"])
def test_anything_else_is_refused_naming_the_setting(typed: str) -> None:
    assert check_text_setting(ARABIC_DIGITS, typed) == [
        Problem(ARABIC_DIGITS, f"must be one of latn, arab, got {typed!r}")
    ]


def test_a_value_this_version_does_not_know_reads_as_western_digits() -> None:
    assert ClinicSettings.from_stored({}, 3, {ARABIC_DIGITS: "beng"}).arabic_digits == "latn"
