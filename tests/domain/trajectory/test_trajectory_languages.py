"""The names of the dashboard's series (and the texts of their points) are written in the
reader's language, the joint and movement as the range-of-motion form names them; English is as
it always was. A tiny catalogue in the test's tmp folder stands in for the shipped one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calcitrack.domain.trajectory.trajectories import trajectories
from calcitrack.i18n.catalogue import activate, current_language, using
from calcitrack.i18n.languages import Language
from calcitrack.services.demo.demo_cases import ra_case_chart
from tests.support.tmp_catalogue import install_catalogue

PT = Language.PORTUGUESE
PORTUGUESE = {
    "Pain NRS": "Dor (EN)",
    "Pain NRS {pain}/10 on {day}": "Dor (EN) {pain}/10 em {day}",
    "Hip flexion": "Flexão da anca",
    "{movement} R": "{movement} D",  # the side's translated short form
    "{label}: {degrees}° (normal {normal}°) on {day}": "{label}: {degrees}° (normal {normal}°) "
    "em {day}",
    "Total area (active lesions)": "Área total (lesões ativas)",
    "Burden: {area} mm² (ellipse, {count}) on {day}": "Carga: {area} mm² (elipse, {count}) em "
    "{day}",
    ("{count} lesion", "{count} lesions"): ["{count} lesão", "{count} lesões", "{count} lesões"],
}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    assert current_language() is Language.ENGLISH
    yield
    activate(Language.ENGLISH)


def test_the_series_names_read_as_always_in_english() -> None:
    found = trajectories(ra_case_chart("RA-1"))
    assert found.pain.label == "Pain NRS"
    assert found.pain.points[0].text == "Pain NRS 3/10 on 2025-03-10"
    assert found.rom[0].series.label == "Hip flexion R"
    assert found.rom[0].series.points[0].text == "Hip flexion R: 100° (normal 125°) on 2025-03-10"
    assert found.burden.label == "Total area (active lesions)"
    assert found.burden.points[0].text == "Burden: 47 658 mm² (ellipse, 5 lesions) on 2025-03-10"


def test_the_series_names_read_in_portuguese(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    install_catalogue(monkeypatch, tmp_path, PT, PORTUGUESE)
    with using(PT):
        found = trajectories(ra_case_chart("RA-1"))
    assert found.pain.label == "Dor (EN)"
    assert found.pain.points[0].text == "Dor (EN) 3/10 em 10/03/2025"
    rom = found.rom[0]
    assert (rom.joint, rom.movement) == ("hip", "flexion")  # the keys stay English
    assert rom.series.label == "Flexão da anca D"
    assert rom.series.points[0].text == "Flexão da anca D: 100° (normal 125°) em 10/03/2025"
    assert found.burden.label == "Área total (lesões ativas)"
    assert found.burden.points[0].text == "Carga: 47\u00a0658 mm² (elipse, 5 lesões) em 10/03/2025"


LABS_PT = {
    "lab range {range} {unit}": "intervalo do laboratório {range} {unit}",
    "Corrected calcium": "Cálcio corrigido",
    "{name} {value} {unit} ({notes}) on {day}": "{name} {value} {unit} ({notes}) em {day}",
    "low": "baixo",
    "computed": "calculado",
    "< {threshold}: colchicine label starts at {dose} mg/day [R41]":
        "< {threshold}: o RCM da colquicina começa com {dose} mg/dia [R41]",
}


def test_the_lab_charts_notes_and_points_read_in_portuguese(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The lab panels' range notes, thresholds and point texts (they were English in every
    language), with the language's decimal mark and date; English as it always was."""
    chart = ra_case_chart("RA-1")
    english = {lab.code: lab for lab in trajectories(chart).labs}
    assert english["calcium_corrected"].ref_text == "lab range 8.5–10.5 mg/dL"
    assert english["calcium_corrected"].series.points[0].text == (
        "Corrected calcium 8.1 mg/dL (low, computed) on 2025-03-10"
    )
    assert english["egfr"].threshold_text == "< 30: colchicine label starts at 0.3 mg/day [R41]"
    install_catalogue(monkeypatch, tmp_path, PT, LABS_PT)
    with using(PT):
        labs = {lab.code: lab for lab in trajectories(chart).labs}
    assert labs["calcium_corrected"].ref_text == "intervalo do laboratório 8,5–10,5 mg/dL"
    assert labs["calcium_corrected"].series.points[0].text == (
        "Cálcio corrigido 8,1 mg/dL (baixo, calculado) em 10/03/2025"
    )
    assert labs["egfr"].threshold_text == "< 30: o RCM da colquicina começa com 0,3 mg/dia [R41]"
