"""The Overview's response table writes a fall with a true minus sign (U+2212), as the rest of the
window writes a negative change, in every language and in the window's digits: "−17 %", never
the hyphen-minus "-17 %" Python writes nor the locale's own negative sign
(calcitrack.ui.overview.assessment_html)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import PatientChart
from calcitrack.i18n.digits import Digits
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.common.window_language import WindowLanguage
from tests.support.pseudo_locale import compile_catalogue
from tests.ui.overview.knee_only import knee_only_overview

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"
HYPHEN_FALL = ("-17", "-١٧", "\u061c-")
"""A fall written with the hyphen-minus (in Western or Arabic-Indic digits, or after the Arabic
letter mark the Arabic locale puts before its negative sign)."""


@pytest.fixture
def window_language(
    qapp: QApplication, english_window: WindowLanguage, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WindowLanguage]:
    """The window able to speak Portuguese and Arabic with the real catalogues; English again
    afterwards."""
    folder = tmp_path_factory.mktemp("real-catalogues")
    for language in ("en", "pt_PT", "ar"):
        compile_catalogue(
            TRANSLATIONS / f"calcitrack_{language}.ts", folder / f"calcitrack_{language}.qm"
        )
    chosen = WindowLanguage(qapp, folder)
    yield chosen
    chosen.close()
    assert english_window.use("en")


def _response_text(qtbot: QtBot, chart: PatientChart) -> str:
    """The response table of the RA patient on a visit that measured only the R knee: 45 × 30 mm
    before, 40 × 28 mm now, a fall of 17 %."""
    panel = knee_only_overview(qtbot, chart)
    return " ".join(panel.response_panel.browser.toPlainText().split())


@pytest.mark.parametrize(
    ("language", "digits", "fall"),
    [("en", "latn", "−17 %"), ("pt_PT", "latn", "−17 %"), ("ar", "arab", "−١٧ %"),
     ("ar", "latn", "−17 %")],
    ids=["en", "pt_PT", "ar-arab", "ar-latn"],
)  # fmt: skip
def test_a_fall_is_written_with_a_true_minus_sign(
    qtbot: QtBot,
    stored_demo_charts: dict[str, PatientChart],
    window_language: WindowLanguage,
    language: str,
    digits: Digits,
    fall: str,
) -> None:
    assert window_language.use(language, digits)
    text = _response_text(qtbot, stored_demo_charts[DEMO_RA_MRN])
    assert fall in text, text
    assert not any(hyphen in text for hyphen in HYPHEN_FALL), text
