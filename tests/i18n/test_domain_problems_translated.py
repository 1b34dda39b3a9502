"""The domain's validation problems come out in the current language: the reason translated when
the problem is found (its numbers and dates in the language's symbols and digits), the field a path
left as it is, the kind the same in every language. A tiny catalogue built here stands for the
shipped one (which the translators fill)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient, Visit
from calcitrack.domain.errors import DomainValidationError, Problem, ProblemKind, check_range
from calcitrack.domain.visits.validation import validate_patient, validate_visit
from calcitrack.i18n.catalogue import catalogue_path, install, load_translations, using
from calcitrack.i18n.languages import Language

PT, AR = Language.PORTUGUESE, Language.ARABIC
TODAY = date(2026, 3, 7)
PATIENT = Patient("MRN-1", "Ruiz", "Ana", Sex.FEMALE, date(1970, 3, 4), UnderlyingDisease.DM)
AT_LEAST = "must be at least {minimum}, got {value}"
BOTH = "blood pressure needs both systolic and diastolic values"
FUTURE = "{day} is in the future (today is {today})"
TEXTS = {
    PT: {
        AT_LEAST: "tem de ser pelo menos {minimum}, recebido {value}",
        BOTH: "a tensão arterial precisa dos valores sistólico e diastólico",
        FUTURE: "{day} é no futuro (hoje é {today})",
    },
    AR: {
        AT_LEAST: "يجب أن يكون {minimum} على الأقل، والمُدخل {value}",
        BOTH: "يحتاج ضغط الدم إلى القيمتين الانقباضية والانبساطية",
        FUTURE: "{day} في المستقبل (اليوم {today})",
    },
}


@pytest.fixture(autouse=True)
def test_catalogues(tmp_path: Path) -> Iterator[None]:
    """Portuguese and Arabic answered from catalogues written here (the shipped ones after)."""
    for language, texts in TEXTS.items():
        catalog = Catalog(locale=language.code, domain="calcitrack")
        for english, translated in texts.items():
            catalog.add(english, translated)
        path = catalogue_path(language, tmp_path)
        path.parent.mkdir(parents=True)
        with path.open("wb") as file:
            write_mo(file, catalog)
        install(language, load_translations(language, tmp_path))
    yield
    for language in TEXTS:
        install(language, None)


def _refusal(value: float) -> DomainValidationError:
    with pytest.raises(DomainValidationError) as caught:
        check_range("longest_mm", value, minimum=2.5, unit="mm")
    return caught.value


def test_english_is_as_it_always_was() -> None:
    refused = _refusal(1.25)
    assert str(refused) == "longest_mm: must be at least 2.5 mm, got 1.25"
    assert refused.problems[0].kind is ProblemKind.INVALID


def test_a_reason_in_portuguese_with_a_decimal_comma() -> None:
    with using(PT):
        refused = _refusal(1.25)
    assert refused.field == "longest_mm"  # a path: never translated
    assert refused.reason == "tem de ser pelo menos 2,5 mm, recebido 1,25"


def test_a_reason_in_arabic_in_the_clinics_digits() -> None:
    with using(AR, "arab"):
        assert _refusal(1.25).reason == "يجب أن يكون ٢٫٥ mm على الأقل، والمُدخل ١٫٢٥"
    with using(AR, "latn"):
        assert _refusal(1.25).reason == "يجب أن يكون 2.5 mm على الأقل، والمُدخل 1.25"


def test_a_date_in_a_reason_is_in_the_language_s_form_and_digits() -> None:
    """Not ISO outside English: after Arabic words an ISO date reads turned round (its digits
    become Arabic numbers under the bidi algorithm); the locale's form keeps its order."""
    unborn = dataclasses.replace(PATIENT, date_of_birth=date(2026, 3, 9))
    with using(AR, "arab"):
        (problem,) = validate_patient(unborn, today=TODAY)
    assert problem == Problem(
        "date_of_birth", "٠٩\u200f/٠٣\u200f/٢٠٢٦ في المستقبل (اليوم ٠٧\u200f/٠٣\u200f/٢٠٢٦)"
    )
    with using(PT):
        (problem,) = validate_patient(unborn, today=TODAY)
    assert problem.reason == "09/03/2026 é no futuro (hoje é 07/03/2026)"
    (problem,) = validate_patient(unborn, today=TODAY)
    assert problem.reason == "2026-03-09 is in the future (today is 2026-03-07)"


@pytest.mark.parametrize("language", [PT, AR])
def test_a_missing_value_is_said_so_by_its_kind_in_every_language(language: Language) -> None:
    with using(language):
        visit = Visit(None, TODAY, systolic_bp_mmhg=120)
        problems = validate_visit(visit, PATIENT, [], today=TODAY)
    assert [(p.field, p.reason, p.kind) for p in problems] == [
        ("diastolic_bp_mmhg", TEXTS[language][BOTH], ProblemKind.MISSING)
    ]
    placed = problems[0].under("visits[2]")
    assert (placed.field, placed.kind) == ("visits[2].diastolic_bp_mmhg", ProblemKind.MISSING)
    assert str(placed) == f"visits[2].diastolic_bp_mmhg: {TEXTS[language][BOTH]}"
