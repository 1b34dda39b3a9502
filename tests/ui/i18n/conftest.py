"""The window in the pseudo-language (tests/support/pseudo_locale.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from tests.support.pseudo_locale import build_pseudo_catalogue, window_code


@pytest.fixture(scope="session")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every string the window marks for translation, pseudo-translated and compiled."""
    return build_pseudo_catalogue(window_code(), tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo_language(qapp: QApplication, pseudo_catalogue: Path) -> Iterator[QTranslator]:
    """The pseudo-language installed for one test (and removed after it)."""
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue)), pseudo_catalogue
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
