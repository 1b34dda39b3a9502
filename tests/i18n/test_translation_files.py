"""The translation sources under resources/translations: every gettext entry translated and
well-formed in each language, the compiled .mo files in step with their .po, the template in step
with the strings marked in the code, and the Qt .ts files finished."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

import calcitrack
from calcitrack.i18n.catalogue import catalogue_path, translations_dir
from calcitrack.i18n.languages import Language
from tests.support.pseudo_locale import update_catalogue

TRANSLATED = [language for language in Language if language is not Language.ENGLISH]
KEYWORDS = {  # as `make translations` extracts
    "_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "NC_": ((1, "c"), 2),
}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: Babel's plural rules, in its slot order (docs/translation.md): pt-PT one, many, other.
PLURAL_FORMS = {Language.PORTUGUESE: 3, Language.ARABIC: 6}


def _po(language: Language) -> Catalog:
    path = catalogue_path(language).with_suffix(".po")
    with path.open("rb") as file:
        return read_po(file, locale=language.code)


def _pot() -> Catalog:
    with (translations_dir() / "calcitrack.pot").open("rb") as file:
        return read_po(file)


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def problems(catalog: Catalog) -> list[str]:
    """Every entry of ``catalog`` that is not ready to ship: untranslated, fuzzy, a plural slot
    empty, or a translation whose {placeholders} differ from its source's."""
    found = []
    for message in catalog:
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[-1]
        name = source[:60]
        forms = [message.string] if isinstance(message.string, str) else list(message.string)
        if message.fuzzy:
            found.append(f"{name}: fuzzy")
        if message.pluralizable and len(forms) != catalog.num_plurals:
            found.append(f"{name}: {len(forms)} plural forms, not {catalog.num_plurals}")
        for slot, form in enumerate(forms):
            if not form:
                found.append(f"{name}: slot {slot} untranslated")
            elif _placeholders(form) != _placeholders(source):
                found.append(f"{name}: slot {slot} has {sorted(_placeholders(form))}")
    return found


def test_the_check_finds_what_is_not_ready() -> None:
    catalog = Catalog(locale="pt_PT")
    catalog.add("done {n}", "feito {n}")
    catalog.add("empty", "")
    catalog.add("lost {day}", "perdido {dia}")
    catalog.add("fuzzy", "difuso", flags=["fuzzy"])
    catalog.add(("{count} patient", "{count} patients"), ("{count} doente", "", "{count} doentes"))
    catalog.add(("{n} file", "{n} files"), ("{n} ficheiro", "{n} ficheiros"))
    assert problems(catalog) == [
        "empty: slot 0 untranslated",
        "lost {day}: slot 0 has ['{dia}']",
        "fuzzy: fuzzy",
        "{count} patients: slot 1 untranslated",
        "{n} files: 2 plural forms, not 3",
    ]


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.code)
def test_catalogues_are_complete(language: Language) -> None:
    catalog = _po(language)
    assert catalog.num_plurals == PLURAL_FORMS[language]
    assert problems(catalog) == []


def test_every_language_has_its_catalogue_and_no_other_is_shipped() -> None:
    folders = {p.name for p in translations_dir().iterdir() if p.is_dir()}
    assert folders == {language.code for language in TRANSLATED}


def _ids(catalog: Catalog) -> set[tuple[str | None, str | tuple[str, ...]]]:
    return {(message.context, message.id) for message in catalog if message.id}


def test_the_template_holds_every_marked_string_and_the_catalogues_follow_it() -> None:
    """A string marked in the code but not extracted (make translations not run) fails here."""
    package = Path(calcitrack.__file__).parent
    marked = {
        (context, message if isinstance(message, str) else tuple(message))
        for _file, _line, message, _comments, context in extract_from_dir(
            package, keywords=KEYWORDS)
    }
    assert marked, "no marked string found: the extraction itself is broken"
    assert _ids(_pot()) == marked
    for language in TRANSLATED:
        assert _ids(_po(language)) == marked, language.code


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.code)
def test_the_compiled_catalogue_is_the_one_of_its_source(language: Language) -> None:
    path = catalogue_path(language)
    assert path.is_file(), f"{path} is missing: `make setup` (or `make catalogues`) builds it"
    with path.open("rb") as file:
        compiled = read_mo(file)
    source = _po(language)
    assert _entries(compiled) == _entries(source), (
        f"{path} is older than its .po: `make catalogues` rebuilds it")


def _entries(catalog: Catalog) -> dict[object, object]:
    """Source → translation of every entry a .mo holds (compiling leaves out fuzzy ones)."""
    def key(value: str | list[str] | tuple[str, ...]) -> object:
        return value if isinstance(value, str) else tuple(value)

    return {(m.context, key(m.id)): key(m.string) for m in catalog if m.id and not m.fuzzy}


def unfinished(ts_text: str) -> list[str]:
    """Every message of a Qt .ts file not ready to ship: unfinished, empty (each numerus form),
    or whose placeholders (%n, %1…, {name}) differ from its source's. A translation may write
    the count as ``%Ln`` (in the locale's digits, as Arabic does) for the source's ``%n``."""
    found = []
    for message in ET.fromstring(ts_text).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                               "obsolete"):
            found.append(f"{source}: unfinished")
            continue
        numerus = translation.findall("numerusform")
        forms = [f.text or "" for f in numerus] if numerus else [translation.text or ""]
        marks = set(re.findall(r"%n|%\d+|\{[^{}]*\}", source))
        for slot, form in enumerate(forms):
            if not form:
                found.append(f"{source}: form {slot} empty")
            elif set(re.findall(r"%n|%\d+|\{[^{}]*\}", form.replace("%Ln", "%n"))) != marks:
                found.append(f"{source}: form {slot} placeholders differ")
    return found


def test_the_ts_check_finds_what_is_not_ready() -> None:
    ts = """<TS version="2.1" language="ar"><context><name>Main</name>
    <message><source>Save</source><translation>احفظ</translation></message>
    <message><source>Open</source><translation type="unfinished"></translation></message>
    <message numerus="yes"><source>%n patient(s)</source><translation>
      <numerusform>%n مريض</numerusform><numerusform></numerusform></translation></message>
    <message><source>Visit of %1</source><translation>زيارة</translation></message>
    </context></TS>"""
    assert unfinished(ts) == ["Open: unfinished", "%n patient(s): form 1 empty",
                              "Visit of %1: form 0 placeholders differ"]


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.code)
def test_a_language_is_offered_exactly_when_its_window_catalogue_is_finished(
    language: Language,
) -> None:
    """A language ready (offered to users) has every text of the window translated; one whose
    catalogue is finished is marked ready, so that nobody forgets to offer it."""
    path = translations_dir() / f"calcitrack_{language.code}.ts"
    text = path.read_text(encoding="utf-8")
    assert ET.fromstring(text).get("language") == language.code
    left = unfinished(text)
    assert language.ready == (left == []), (
        f"{language.code}: {len(left)} texts not ready, e.g. {left[:3]}"
    )


def _sources(ts: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda language: language.code)
def test_the_window_catalogue_holds_every_text_marked_in_the_window(
    language: Language, tmp_path: Path
) -> None:
    """What `make translations` keeps: a text marked in the window and missing from a .ts (or
    one the code no longer has) fails here."""
    shipped = translations_dir() / f"calcitrack_{language.code}.ts"
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    update_catalogue(fresh, language.code)
    assert _sources(fresh) == _sources(shipped), "run `make translations` and commit"
    assert len(_sources(shipped)) > 1000  # the window's texts are in it
