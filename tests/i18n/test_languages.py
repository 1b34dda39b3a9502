"""Which language a user gets, and the languages the command line accepts."""

from __future__ import annotations

import pytest

from calcitrack.i18n.languages import (
    PREFERENCES,
    Direction,
    Language,
    UnknownLanguage,
    offered,
    parse_language,
    resolve,
)

EN, PT, AR = Language.ENGLISH, Language.PORTUGUESE, Language.ARABIC


@pytest.mark.parametrize(
    ("preference", "system", "expected"),
    [
        # a language chosen is kept, whatever the system says
        ("en", ["pt-PT", "pt"], EN),
        ("pt_PT", ["ar-EG"], PT),
        ("ar", ["C"], AR),
        # "system": the first language of the system's list that CalciTrack speaks
        ("system", ["pt-PT", "pt"], PT),
        ("system", ["ar-EG"], AR),
        ("system", ["ar-SD", "ar", "en-GB"], AR),
        ("system", ["ar_AE.UTF-8"], AR),
        ("system", ["en-US"], EN),
        ("system", ["fr-FR", "ar-MA"], AR),  # French is not shipped; Arabic is her next choice
        ("system", ["en-GB", "pt-PT"], EN),  # her first choice is spoken: English it is
        # any Portuguese is answered in the Portuguese of Portugal (the one shipped)
        ("system", ["pt"], PT),
        ("system", ["pt-BR"], PT),
        ("system", ["PT_br"], PT),
        ("system", ["pt-Latn-AO"], PT),
        # nothing spoken, or nothing said (offscreen Qt, a bare server): English
        ("system", ["C"], EN),
        ("system", ["POSIX"], EN),
        ("system", ["fr-FR", "de"], EN),
        ("system", [], EN),
        ("system", ["", "  "], EN),
        ("system", ["port"], EN),  # a prefix is not a language
    ],
)
def test_resolution(preference: str, system: list[str], expected: Language) -> None:
    assert resolve(preference, system, among=tuple(Language)) is expected


def test_the_system_language_is_one_ready() -> None:
    """A language whose catalogues are not complete is never chosen for a user by the system's
    language (half a window in English is worse than a whole one)."""
    for language in Language:
        tag = {EN: "en-GB", PT: "pt-PT", AR: "ar-EG"}[language]
        assert resolve("system", [tag]) is (language if language.ready else EN)
    assert EN.ready and EN in offered()
    assert resolve("system", ["pt-PT"], among={EN}) is EN


def test_every_preference_resolves_and_an_unknown_one_is_refused_by_name() -> None:
    assert PREFERENCES == ("system", "en", "pt_PT", "ar")
    assert {resolve(p, []) for p in PREFERENCES} == {EN, PT, AR}
    with pytest.raises(UnknownLanguage, match=r"'pt-BR' is not a language preference; use one "
                       r"of system, en, pt_PT, ar"):
        resolve("pt-BR", ["pt-PT"])


def test_the_table() -> None:
    assert [language.code for language in Language] == ["en", "pt_PT", "ar"]
    assert [language.native_name for language in Language] == [
        "English", "Português (Portugal)", "العربية"]
    assert [language.english_name for language in Language] == [
        "English", "Portuguese (Portugal)", "Arabic"]
    assert [language.direction for language in Language] == [
        Direction.LEFT_TO_RIGHT, Direction.LEFT_TO_RIGHT, Direction.RIGHT_TO_LEFT]
    assert [language.right_to_left for language in Language] == [False, False, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("en", EN), ("EN", EN), ("pt", PT), ("PT", PT), ("pt-PT", PT), ("pt_PT", PT),
     ("pt-pt", PT), (" Pt_pT ", PT), ("ar", AR), ("AR", AR)],
)
def test_the_command_line_names(text: str, expected: Language) -> None:
    assert parse_language(text) is expected


@pytest.mark.parametrize("text", ["", "fr", "pt-BR", "portuguese", "ar-EG", "english", "system"])
def test_another_name_is_refused_naming_the_option_and_the_accepted_names(text: str) -> None:
    with pytest.raises(UnknownLanguage) as refused:
        parse_language(text, "--language")
    message = str(refused.value)
    assert message.startswith(f"--language: {text!r} is not a language CalciTrack speaks; ")
    for name in ("en", "pt", "pt-PT", "ar"):
        assert f"{name} (" in message or f"{name} or" in message
    assert isinstance(refused.value, ValueError)
