"""A tiny gettext catalogue written in a test's tmp folder and put in the place of a language's
shipped one for that test only: a test of translated rule texts must not depend on the committed
``.po``, which the lead regenerates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from calcitrack.i18n import catalogue
from calcitrack.i18n.catalogue import catalogue_path, load_translations
from calcitrack.i18n.languages import Language

Entries = Mapping[str | tuple[str, str], str | Sequence[str]]
"""msgid → text, or (singular, plural) → one text per plural slot (Babel's order)."""


def install_catalogue(
    monkeypatch: pytest.MonkeyPatch, folder: Path, language: Language, entries: Entries
) -> None:
    """Write ``entries`` as ``language``'s compiled catalogue in ``folder`` and make it the one
    ``_`` reads for ``language`` until the test ends."""
    catalog = Catalog(locale=language.code, domain=catalogue.DOMAIN)
    for source, text in entries.items():
        catalog.add(source, text if isinstance(text, str) else tuple(text))
    path = catalogue_path(language, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_mo(file, catalog)
    monkeypatch.setitem(catalogue._loaded, language, load_translations(language, folder))
