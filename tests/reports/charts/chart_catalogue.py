"""A small Arabic and Portuguese gettext catalogue for the chart tests, compiled in memory and put
in place of the shipped one for the length of a test (the shipped catalogues are filled by the
translators later; the tests must not wait for them, nor change when a translation is reworded)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from calcitrack.i18n import catalogue
from calcitrack.i18n.digits import Digits
from calcitrack.i18n.languages import Language
from tests.support.tmp_catalogue import installed

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


@contextmanager
def speaking(language: Language, digits: Digits = "latn") -> Iterator[Language]:
    """Translate into ``language`` with the test catalogue above (English: none) inside the
    block; the shipped catalogue is read again after it."""
    texts = {Language.ARABIC: ARABIC, Language.PORTUGUESE: PORTUGUESE}.get(language, {})
    with installed(language, texts), catalogue.using(language, digits):
        yield language
