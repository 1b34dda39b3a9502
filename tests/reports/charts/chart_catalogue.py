"""A small Arabic and Portuguese gettext catalogue for the chart tests, compiled in memory and put
in place of the shipped one for the length of a test (the shipped catalogues are filled by the
translators later; the tests must not wait for them, nor change when a translation is reworded)."""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from calcitrack.i18n import catalogue
from calcitrack.i18n.digits import Digits
from calcitrack.i18n.languages import Language

ARABIC: Mapping[str, str] = {
    "Lesion burden": "عبء الآفات",
    "Pain": "الألم",
    "Front": "الأمام",
    "Back": "الخلف",
    "Patient's right": "يمين المريض",
    "Patient's left": "يسار المريض",
    "Smaller": "أصغر",
    "Regimen start": "بدء النظام العلاجي",
}
PORTUGUESE: Mapping[str, str] = {
    "Lesion burden": "Carga de lesões",
    "Patient's right": "Direita do doente",
    "Patient's left": "Esquerda do doente",
}


def compiled(language: Language, texts: Mapping[str, str]) -> gettext.GNUTranslations:
    found = Catalog(locale=language.code)
    for message, translation in texts.items():
        found.add(message, translation)
    buffer = io.BytesIO()
    write_mo(buffer, found)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@contextmanager
def speaking(language: Language, digits: Digits = "latn") -> Iterator[Language]:
    """Translate into ``language`` with the test catalogue above (English: none) inside the
    block; the catalogue loaded before comes back after it."""
    texts = {Language.ARABIC: ARABIC, Language.PORTUGUESE: PORTUGUESE}.get(language, {})
    before = catalogue._loaded.get(language)
    catalogue._loaded[language] = (
        compiled(language, texts) if texts else gettext.NullTranslations()
    )
    try:
        with catalogue.using(language, digits):
            yield language
    finally:
        if before is None:
            catalogue._loaded.pop(language, None)
        else:
            catalogue._loaded[language] = before
