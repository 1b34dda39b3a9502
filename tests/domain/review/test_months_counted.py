"""Counted texts whose count has decimals take the form CLDR gives the number as written: a
diltiazem course of 2.5 months reads "2,5 meses" in Portuguese and takes Arabic's "other" form
(QA: the surgery-reconsideration flag wrote every count of months with the form of 11 to 99).
The mechanism is rule_text's ``ngettext`` with a ``Number`` count (any counted message), checked
here against Babel's CLDR rules, and on the surgery flag itself; English reads as before. The
catalogues are tiny ones written here (the committed ``.po`` is the lead's)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from babel import Locale

from calcitrack.domain.clinic_setting_units import shown_unit
from calcitrack.domain.clinic_settings import (
    SURGERY_INFECTION_MONTHS,
    SURGERY_MIN_MONTHS_DILTIAZEM,
    ClinicSettings,
)
from calcitrack.domain.review.response import assess_response
from calcitrack.domain.review.review_flags import reason_text, reconsider_surgery
from calcitrack.domain.rule_text import Number, from_json, ngettext, render, to_json
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from tests.domain.review.test_review_flags import START, _chart, _lesions, _measured, _visit
from tests.support.tmp_catalogue import install_catalogue

EN, PT, AR = Language.ENGLISH, Language.PORTUGUESE, Language.ARABIC
MONTHS = ("{count} month", "{count} months")
CATEGORIES = {
    PT: ("one {count}", "many {count}", "other {count}"),
    AR: ("zero {count}", "one {count}", "two {count}", "few {count}", "many {count}",
         "other {count}"),
}  # fmt: skip
"""Each plural slot (Babel's order) written as the CLDR category it is for."""
PROGRESSED = (
    "Progressed on {day} after {months} of diltiazem (since {start}) at {per_kg} mg/kg/day "
    "({mg_per_day} mg/day, {weight} kg on {weight_day}); thresholds ≥ {min_months} at "
    "≥ {adequate} mg/kg/day"
)
PORTUGUESE = {
    MONTHS: ("{count} mês", "{count} meses", "{count} meses"),
    PROGRESSED: "Progrediu após {months} de diltiazem; limiares ≥ {min_months}",
}
ARABIC = {
    MONTHS: ("{count} شهر", "شهر واحد", "شهران", "{count} أشهر", "{count} شهرًا", "{count} شهر"),
    PROGRESSED: "تفاقم بعد {months} من الديلتيازيم؛ العتبات ≥ {min_months}",
}
WRITTEN = ("0", "1", "2", "3", "11", "100", "0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0",
           "10.5", "11.0", "12.5", "99.9", "100.0", "102.5", "1000000", "1000000.0")  # fmt: skip


@pytest.mark.parametrize("language", [PT, AR])
@pytest.mark.parametrize("written", WRITTEN)
def test_a_counted_text_takes_the_cldr_form_of_its_number_as_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, language: Language, written: str
) -> None:
    install_catalogue(monkeypatch, tmp_path, language, {MONTHS: CATEGORIES[language]})
    decimals = len(written.partition(".")[2])
    count = Number(float(written), f".{decimals}f") if decimals else Number(int(written), "d")
    expected = Locale.parse(language.details.babel_locale).plural_form(Decimal(written))
    with using(language, "latn" if language is AR else None):
        shown = render(ngettext(*MONTHS, count))
    assert shown.split()[0] == expected, (written, shown)


@pytest.mark.parametrize(
    ("written", "english"),
    [("1", "1 month"), ("2", "2 months"), ("2.5", "2.5 months"), ("1.0", "1.0 months"),
     ("0.5", "0.5 months")],
)  # fmt: skip
def test_english_reads_as_before(written: str, english: str) -> None:
    decimals = len(written.partition(".")[2])
    count = Number(float(written), f".{decimals}f") if decimals else Number(int(written), "d")
    with using(EN):
        assert render(ngettext(*MONTHS, count)) == english


def test_a_decimal_count_is_stored_and_read_back() -> None:
    counted = ngettext(*MONTHS, Number(2.5, ".1f"))
    assert from_json(to_json(counted)) == counted
    whole = ngettext(*MONTHS, 3)
    assert to_json(whole)["count"] == 3  # stored as before
    assert from_json(to_json(whole)) == whole


def _progressed_flag_texts(settings: ClinicSettings) -> list[str]:
    """The diltiazem trigger of a chart progressed after 76 days (2.5 months) on diltiazem at
    2.0 mg/kg/day, and the flag's rule, in the current language."""
    now = START + timedelta(days=76)
    chart = _chart(
        _lesions(),
        _visit(START, _measured(), weight=60.0),
        _visit(now, _measured(width_a=52), weight=60.0),
    )
    response = assess_response(chart, settings, on=now)
    flag = reconsider_surgery(chart, response, settings)
    assert flag is not None
    return [*flag.triggers, render(reason_text(settings))]


SETTINGS = ClinicSettings.from_stored({SURGERY_MIN_MONTHS_DILTIAZEM: 2})


def test_the_surgery_flag_counts_its_months_in_portuguese(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    install_catalogue(monkeypatch, tmp_path, PT, PORTUGUESE)
    with using(PT):
        trigger = _progressed_flag_texts(SETTINGS)[0]
    assert trigger == "Progrediu após 2,5 meses de diltiazem; limiares ≥ 2 meses"
    one = ClinicSettings.from_stored({SURGERY_MIN_MONTHS_DILTIAZEM: 1})
    with using(PT):
        assert _progressed_flag_texts(one)[0].endswith("limiares ≥ 1 mês")


def test_the_surgery_flag_counts_its_months_in_arabic(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    install_catalogue(monkeypatch, tmp_path, AR, ARABIC)
    with using(AR, "latn"):
        trigger = _progressed_flag_texts(SETTINGS)[0]
    # 2.5: Arabic's "other" (not "2.5 شهرًا", the form of 11 to 99); 2: the dual
    assert trigger == "تفاقم بعد 2.5 شهر من الديلتيازيم؛ العتبات ≥ شهران"
    three = ClinicSettings.from_stored({SURGERY_MIN_MONTHS_DILTIAZEM: 1})
    with using(AR, "latn"):
        assert _progressed_flag_texts(three)[0].endswith("العتبات ≥ شهر واحد")


def test_the_surgery_flag_reads_as_before_in_english() -> None:
    with using(EN):
        trigger, rule = _progressed_flag_texts(SETTINGS)
    assert " after 2.5 months of diltiazem (since " in trigger
    assert trigger.endswith("thresholds ≥ 2 months at ≥ 2 mg/kg/day")
    assert "(a) progressed after ≥ 2 months of diltiazem at ≥ 2 mg/kg/day" in rule
    assert "visits with an infected lesion within 12 months; (d)" in rule
    one = ClinicSettings.from_stored({SURGERY_MIN_MONTHS_DILTIAZEM: 1, SURGERY_INFECTION_MONTHS: 1})
    with using(EN):
        trigger, rule = _progressed_flag_texts(one)
    assert trigger.endswith("thresholds ≥ 1 month at ≥ 2 mg/kg/day")
    assert "progressed after ≥ 1 month of diltiazem" in rule
    assert "within 1 month; (d)" in rule


@pytest.mark.parametrize(
    ("written", "form"),
    [("1", "one"), ("1.0", "one"), ("١٫٥", "other"), ("2.5", "other"), ("3.0", "few"),
     ("11.0", "many"), ("12.5", "other"), ("100", "other")],
)  # fmt: skip
def test_a_setting_unit_after_a_decimal_takes_the_cldr_form_in_arabic(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, written: str, form: str
) -> None:
    # The settings dialog's units share the rule (they read "1.0" and "3.0" as 100 before).
    entries = {("month", "months"): [text.replace("{count}", "month") for text in CATEGORIES[AR]]}
    install_catalogue(monkeypatch, tmp_path, AR, entries)
    with using(AR, "latn"):
        assert shown_unit("months", written) == f"{form} month"
