"""A tiny gettext catalogue put in the place of a language's shipped one for one test (or one
module): a test of translated texts must not depend on the committed ``.po``, which the lead
regenerates and the translators reword.

The one way the tests do it: ``install_catalogue`` (a test's monkeypatch, the catalogue written as
a ``.mo`` in the test's folder and read back the way the app reads its own) or ``installed`` (a
``with`` block, for module fixtures and context managers; compiled in memory unless a folder is
given). Both give the shipped catalogue back afterwards."""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from calcitrack.i18n import catalogue
from calcitrack.i18n.catalogue import catalogue_path, load_translations
from calcitrack.i18n.languages import Language

Entries = Mapping[str | tuple[str, str], str | Sequence[str]]
"""msgid → text, or (singular, plural) → one text per plural slot (Babel's order)."""


def _catalog(language: Language, entries: Entries) -> Catalog:
    catalog = Catalog(locale=language.code, domain=catalogue.DOMAIN)
    for source, text in entries.items():
        catalog.add(source, text if isinstance(text, str) else tuple(text))
    return catalog


def write_catalogue(folder: Path, language: Language, entries: Entries) -> Path:
    """``entries`` compiled as ``language``'s catalogue under ``folder``, where the app looks."""
    path = catalogue_path(language, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_mo(file, _catalog(language, entries))
    return path


def compiled(language: Language, entries: Entries) -> gettext.GNUTranslations:
    """``entries`` compiled in memory and loaded as gettext would load the file."""
    buffer = io.BytesIO()
    write_mo(buffer, _catalog(language, entries))
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def install_catalogue(
    monkeypatch: pytest.MonkeyPatch, folder: Path, language: Language, entries: Entries
) -> None:
    """Write ``entries`` as ``language``'s compiled catalogue in ``folder`` and make it the one
    ``_`` reads for ``language`` until the test ends."""
    write_catalogue(folder, language, entries)
    # the catalogue loaded before (shipped, or none yet) comes back when the test ends
    monkeypatch.setitem(catalogue._loaded, language, load_translations(language, folder))


@contextmanager
def installed(
    language: Language, entries: Entries, folder: Path | None = None
) -> Iterator[Language]:
    """``entries`` answer for ``language`` inside the block (read from a ``.mo`` written in
    ``folder`` if one is given, else compiled in memory); the shipped catalogue is read again on
    the next use after it."""
    if folder is None:
        catalogue.install(language, compiled(language, entries))
    else:
        write_catalogue(folder, language, entries)
        catalogue.install(language, load_translations(language, folder))
    try:
        yield language
    finally:
        catalogue.install(language, None)
