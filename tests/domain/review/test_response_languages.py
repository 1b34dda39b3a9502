"""The response assessment a physician reads (its category and the rule that decided it) is
written in the reader's language, with the language's numbers and dates and the same values; the
English text is as it always was. A tiny catalogue in the test's tmp folder stands in for the
shipped Portuguese one (tests.support.tmp_catalogue)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.review.assessment import assess
from calcitrack.domain.review.assessment_types import ResponseAssessment, ResponseCategory
from calcitrack.i18n.catalogue import activate, current_language, using
from calcitrack.i18n.languages import Language
from calcitrack.services.demo.demo_cases import ra_case_chart
from tests.support.tmp_catalogue import install_catalogue

PT = Language.PORTUGUESE
ON = date(2026, 9, 14)

ENGLISH = (
    "Improved: burden 47 658 mm² on 2025-03-10 → 26 074 mm² on 2026-09-14 (−45.3 %); less "
    "calcification read on X-ray, hip (bilateral) on 2026-09-14 (for information: it does not "
    "override the burden); ≤ −25 % improved, ≥ +25 % progressed; categories borrowed from the "
    "SCTC radiographic 1-year change categories [R2], not validated for lesion area."
)

PORTUGUESE = {
    "improved": "melhoria",
    "Improved: {burden}; {thresholds}; {categories}.": "Melhoria: {burden}; {thresholds}; "
    "{categories}.",
    "burden {before} mm² on {baseline} → {after} mm² on {visit} ({change} %)":
        "carga {before} mm² em {baseline} → {after} mm² em {visit} ({change} %)",
    "less calcification read on {studies} ({note})":
        "menos calcificação lida em {studies} ({note})",
    "{modality}, {regions} on {day}": "{modality}, {regions} em {day}",
    "for information: it does not override the burden":
        "para informação: não se sobrepõe à carga",
    "≤ {improved} improved, ≥ {progressed} progressed":
        "≤ {improved} melhoria, ≥ {progressed} progressão",
    "categories borrowed from the SCTC radiographic 1-year change categories {citation}, "
    "not validated for lesion area":
        "categorias tomadas das categorias radiográficas de alteração a 1 ano da SCTC "
        "{citation}, não validadas para a área da lesão",
}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    assert current_language() is Language.ENGLISH
    yield
    activate(Language.ENGLISH)


def _response() -> ResponseAssessment:
    return assess(ra_case_chart("RA-1"), ClinicSettings.defaults(), on=ON).response


def test_the_demo_ra_response_reads_as_always_in_english() -> None:
    response = _response()
    assert response.category is ResponseCategory.IMPROVED
    assert response.category.label == "improved"
    assert response.rule == ENGLISH


def test_the_demo_ra_response_reads_in_portuguese_with_the_same_numbers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    install_catalogue(monkeypatch, tmp_path, PT, PORTUGUESE)
    with using(PT):
        response = _response()
        label = response.category.label
    assert response.category is ResponseCategory.IMPROVED  # the value stays English
    assert label == "melhoria"
    rule = response.rule
    assert rule.startswith("Melhoria: carga 47\u00a0658 mm² em 10/03/2025 → 26\u00a0074 mm² em "
                           "14/09/2026 (−45,3 %); menos calcificação lida em ")
    assert "em 14/09/2026 (para informação: não se sobrepõe à carga)" in rule
    assert "≤ −25 % melhoria, ≥ +25 % progressão; categorias tomadas" in rule
    assert "SCTC [R2], não validadas" in rule  # the citation as it is
    for english in ("Improved", "burden", "improved", "progressed", "borrowed", " on ", "45.3"):
        assert english not in rule
    assert _response().rule == ENGLISH  # and English again outside the block


def test_why_a_response_is_not_assessable_reads_in_portuguese(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    install_catalogue(monkeypatch, tmp_path, PT, {
        "Not assessable: {reason}.": "Não avaliável: {reason}.",
        "no visit on {day} (the baseline chosen by the clinic)":
            "nenhuma consulta em {day} (a consulta inicial escolhida pela clínica)",
        "chosen by the clinic: {day}": "escolhida pela clínica: {day}",
    })
    chart, chosen = ra_case_chart("RA-1"), date(2025, 1, 1)
    english = assess(chart, ClinicSettings.defaults(), on=ON, baseline_date=chosen).response
    assert english.rule == (
        "Not assessable: no visit on 2025-01-01 (the baseline chosen by the clinic)."
    )
    assert english.reason == "no visit on 2025-01-01 (the baseline chosen by the clinic)"
    with using(PT):
        response = assess(chart, ClinicSettings.defaults(), on=ON, baseline_date=chosen).response
    assert response.category is ResponseCategory.NOT_ASSESSABLE
    assert response.rule == (
        "Não avaliável: nenhuma consulta em 01/01/2025 (a consulta inicial escolhida pela "
        "clínica)."
    )
    assert response.reason == (
        "nenhuma consulta em 01/01/2025 (a consulta inicial escolhida pela clínica)"
    )
    assert response.missing == (response.reason,)
    assert response.baseline_rule == "escolhida pela clínica: 01/01/2025"
