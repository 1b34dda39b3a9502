"""The window in the pseudo-language (tests/support/pseudo_locale.py)."""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from calcitrack.i18n import catalogue
from calcitrack.i18n.languages import Language
from tests.support.pseudo_locale import build_pseudo_catalogue, build_pseudo_gettext, window_code


@pytest.fixture(scope="session")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every string the window marks for translation, pseudo-translated and compiled."""
    return build_pseudo_catalogue(window_code(), tmp_path_factory.mktemp("pseudo"))


@pytest.fixture(scope="session")
def pseudo_gettext(tmp_path_factory: pytest.TempPathFactory) -> gettext.GNUTranslations:
    """Every string marked for gettext below the window (the domain's texts), pseudo-translated,
    compiled and loaded."""
    mo = build_pseudo_gettext(tmp_path_factory.mktemp("pseudo-gettext"))
    with mo.open("rb") as file:
        return gettext.GNUTranslations(file)


@pytest.fixture
def pseudo_language(
    qapp: QApplication, pseudo_catalogue: Path, pseudo_gettext: gettext.GNUTranslations
) -> Iterator[QTranslator]:
    """The pseudo-language installed for one test (and removed after it): the window's texts
    through Qt, the domain's through gettext (answered for English, so that numbers and dates
    keep English's symbols)."""
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue)), pseudo_catalogue
    assert QCoreApplication.installTranslator(translator)
    catalogue.install(Language.ENGLISH, pseudo_gettext)
    try:
        yield translator
    finally:
        catalogue.install(Language.ENGLISH, None)
        QCoreApplication.removeTranslator(translator)
