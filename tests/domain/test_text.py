"""Search folding: what a nurse types on a plain keyboard finds the name as it is written."""

from __future__ import annotations

import unicodedata

import pytest

from calcitrack.domain.text import fold, patient_search_key, search_text


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("cadorio", "Cadório"),
        ("CADORIO", "Cadório"),
        ("nunez", "Nuñez"),
        ("graca", "Graça"),
        ("sorensen", "Sørensen"),
        ("alvarez", "Álvarez"),
        ("strasse", "Straße"),
        ("aero", "Ærø"),
    ],
)
def test_fold_finds_accented_and_special_letters(typed: str, written: str) -> None:
    assert fold(typed) == fold(written)


def test_fold_keeps_what_is_not_an_accent() -> None:
    assert fold("DEMO-0001") == "demo-0001"
    assert fold("Ferreira-Nuñez, Graça") == "ferreira-nunez, graca"


def test_search_text_ignores_hyphens_apostrophes_and_extra_spaces() -> None:
    assert search_text("  Ferreira   Nunez ") == "ferreira nunez"
    assert search_text("Ferreira-Nuñez") == "ferreira nunez"
    assert search_text("O'Brien") == search_text("OBrien") == "obrien"


@pytest.mark.parametrize(
    "typed",
    [
        "DEMO-0002",
        "demo 0002",
        "0002",
        "Ferreira-Nuñez",
        "ferreira nunez graca",
        "graca ferreira",
        "nunez, graca",
        "Ferreira-Nuñez, Graça",
        "nez gr",
    ],
)
def test_the_patient_key_holds_the_mrn_and_the_name_in_every_usual_order(typed: str) -> None:
    key = patient_search_key("DEMO-0002", "Ferreira-Nuñez", "Graça")
    assert search_text(typed) in key


@pytest.mark.parametrize("typed", ["graca 0002", "0002 ferreira", "graca, ferreira", "maria"])
def test_the_patient_key_does_not_match_across_its_parts(typed: str) -> None:
    key = patient_search_key("DEMO-0002", "Ferreira-Nuñez", "Graça")
    assert search_text(typed) not in key


# The rule as written before ``fold`` kept accented names: the cached one must match it exactly.
_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i", "ħ": "h"}
)
_SEARCH = str.maketrans({"-": " ", "‐": " ", "–": " ", "'": None, "’": None, "`": None})


def _plain_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _plain_search_text(text: str) -> str:
    return " ".join(_plain_fold(text).translate(_SEARCH).split())


NAMES = [
    "Cadório",
    "CADÓRIO",
    "Ferreira-Nuñez",
    "Graça",
    "Sørensen",
    "Straße",
    "Ærø",
    "Łukasz",
    "Yılmaz",
    "İnci",
    "O’Brien",
    "d'Artagnan",
    "Jos\u0065\u0301",  # e + combining acute
    "ﬁnn",  # a ligature: NFKD spells it out
    "  Mary   Ann  ",
    "Ames",
    "DEMO-0002",
    "",
    "Żółć",
    "Nguyễn",
    "Ħal",
]


@pytest.mark.parametrize("name", NAMES)
def test_fold_and_search_text_give_the_plain_rule_every_time(name: str) -> None:
    for _ in range(2):  # the second time from the cache
        assert fold(name) == _plain_fold(name)
        assert search_text(name) == _plain_search_text(name)


def test_the_patient_key_is_made_of_the_plain_search_texts() -> None:
    for _ in range(2):
        for family, given in zip(NAMES, reversed(NAMES), strict=True):
            f, g = _plain_search_text(family), _plain_search_text(given)
            assert patient_search_key("MRN-7", family, given) == "\x1f".join(
                ("mrn 7", f"{f} {g}", f"{g} {f}", f"{f}, {g}")
            )
