"""Search folding: what a nurse types on a plain keyboard finds the name as it is written."""

from __future__ import annotations

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
