"""Short labels several coded values share ("Other", "Left", "Right") are translated in their
context (calcitrack.domain.codes): Portuguese "Other" is "Outro" for a sex, "Outra" for an
underlying disease; Arabic "Left" is "يسار" for a body site, "أيسر" for a joint's side. English
and ``english_label`` (what is stored) are the English label, as before."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from calcitrack.domain.codes import Laterality, Sex, Side, UnderlyingDisease
from calcitrack.i18n import catalogue
from calcitrack.i18n.catalogue import catalogue_path, load_translations, using
from calcitrack.i18n.languages import Language

PT, AR = Language.PORTUGUESE, Language.ARABIC

Entries = Mapping[tuple[str | None, str], str]
"""(context, msgid) → translation; context None: the plain msgid."""

PORTUGUESE: Entries = {
    ("sex", "Other"): "Outro",
    ("underlying disease", "Other"): "Outra",
    ("body site", "Left"): "Esquerda",
    ("joint side", "Left"): "Esquerdo",
    (None, "Other"): "[sem contexto]",
    (None, "Left"): "[sem contexto]",
}
ARABIC: Entries = {
    ("body site", "Left"): "يسار",
    ("body site", "Right"): "يمين",
    ("joint side", "Left"): "أيسر",
    ("joint side", "Right"): "أيمن",
}


def _install(monkeypatch: pytest.MonkeyPatch, folder: Path, language: Language,
             entries: Entries) -> None:
    found = Catalog(locale=language.code, domain=catalogue.DOMAIN)
    for (context, msgid), text in entries.items():
        found.add(msgid, text, context=context)
    path = catalogue_path(language, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_mo(file, found)
    monkeypatch.setitem(catalogue._loaded, language, load_translations(language, folder))


@pytest.fixture(autouse=True)
def catalogues(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _install(monkeypatch, tmp_path / "pt", PT, PORTUGUESE)
    _install(monkeypatch, tmp_path / "ar", AR, ARABIC)


def test_each_enum_reads_its_own_translation_of_a_shared_label() -> None:
    with using(PT):
        assert Sex.OTHER.label == "Outro"
        assert UnderlyingDisease.OTHER.label == "Outra"
        assert Laterality.LEFT.label == "Esquerda"
        assert Side.LEFT.label == "Esquerdo"
        assert Sex.OTHER.english_label == "Other"  # what is stored does not change
    with using(AR):
        assert (Laterality.LEFT.label, Laterality.RIGHT.label) == ("يسار", "يمين")
        assert (Side.LEFT.label, Side.RIGHT.label) == ("أيسر", "أيمن")


def test_english_reads_the_english_label_as_before() -> None:
    assert [m.label for m in Sex] == ["Female", "Male", "Other", "Unknown"]
    assert UnderlyingDisease.OTHER.label == UnderlyingDisease.OTHER.english_label == "Other"
    assert [m.english_label for m in Laterality] == ["Left", "Right", "Midline", "Bilateral"]
    assert [(m.label, m.english_label) for m in Side] == [("Left", "Left"), ("Right", "Right")]
    assert Sex("other") is Sex.OTHER and Side("left") is Side.LEFT  # the stored codes


def test_a_label_without_a_context_is_translated_as_before() -> None:
    with using(PT):
        assert Sex.FEMALE.label == "Female"  # not in this small catalogue: the English text
        assert Sex.FEMALE.label_context is None
