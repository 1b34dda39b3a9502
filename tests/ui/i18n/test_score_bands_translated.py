"""The live scores of the visit form name their disease-activity band in the window's language:
"DAS28-ESR 2.50 (remission)" was English in the Arabic and Portuguese forms (QA)."""

from __future__ import annotations

import pytest

from calcitrack.ui.visit_form.sections.score_lines import band_text, score_lines
from tests.support.pseudo_locale import pseudo

VALUES = {
    "tender_joints_28": 0.0,
    "swollen_joints_28": 0.0,
    "patient_global_mm": 5.0,
    "evaluator_global_mm": 2.0,
}


@pytest.mark.usefixtures("pseudo_language")
def test_every_band_of_a_live_score_is_translated() -> None:
    lines = score_lines(VALUES, 32.0, 1.5, "mg/L")
    for name in ("das28_esr", "das28_crp", "cdai", "sdai"):
        line = lines[name]
        assert line is not None and line.band == "remission", name
        assert f"({pseudo('remission')})" in line.text, line.text
        assert "(remission)" not in line.text
    for band in ("low", "moderate", "high"):
        assert band_text(band) == pseudo(band)


def test_english_reads_as_before() -> None:
    line = score_lines(VALUES, 32.0, None, "mg/L")["das28_esr"]
    assert line is not None and line.text.endswith(" (remission)")
    assert band_text("high") == "high"
