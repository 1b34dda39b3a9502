"""The medication timeline's hover texts (a dose step, a start, a dose change, a stop) and the
doses written on its bars are written in the reader's language when the timeline is drawn: the
sentence translated, a catalogue drug by its translated name, a drug typed by the nurse as typed,
the dose's number and the dates in the language's digits and date form, and the reason as the
nurse typed it. English reads as it always did. A tiny catalogue in the test's tmp folder stands
in for the shipped one."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.entities import MedicationPeriod, PatientChart
from calcitrack.domain.trajectory.trajectories import trajectories
from calcitrack.domain.trajectory.trajectory_medications import dose_texts as step_texts
from calcitrack.domain.trajectory.trajectory_types import Trajectories
from calcitrack.i18n.catalogue import activate, current_language, using
from calcitrack.i18n.formats import format_date
from calcitrack.i18n.languages import Language
from calcitrack.reports.charts.chart_text import shown
from calcitrack.reports.charts.dashboard import DashboardOptions
from calcitrack.reports.charts.medication_timeline import dose_texts
from calcitrack.services.demo.demo_cases import ra_case_chart
from tests.reports.dashboard_support import render
from tests.support.tmp_catalogue import install_catalogue

ONLY_MEDICATIONS = DashboardOptions(panels=("medications",))
TYPED = "Vitamina K2 (manipulado)"
LONG_REASON = (
    "a compounded preparation the family brings from the pharmacy in town, asked for by the "
    "patient's dermatologist"
)
SHORTENED = LONG_REASON[:70].rstrip() + "…"

PORTUGUESE = {
    "drug\x04Colchicine": "Colquicina",
    "dose schedule, short\x04weekly": "semanal",
    "{drug} started {dose} on {day}": "Início de {drug} com {dose} em {day}",
    "{drug} started {dose} on {day}: {reason}": "Início de {drug} com {dose} em {day}: {reason}",
    "{drug} increased to {dose} on {day}": "Aumento de {drug} para {dose} em {day}",
    "{drug} stopped on {day}: {reason}": "Suspensão de {drug} em {day}: {reason}",
    "{drug} {dose}, {start} – ongoing": "{drug} {dose}, {start} – em curso",
    "{drug} {dose}, {start} – until {stop}": "{drug} {dose}, {start} – até {stop}",
}
ARABIC = {
    "drug\x04Colchicine": "كولشيسين",
    "dose schedule, short\x04weekly": "أسبوعيًا",
    "{drug} started {dose} on {day}": "بدء {drug} بجرعة {dose} في {day}",
    "{drug} started {dose} on {day}: {reason}": "بدء {drug} بجرعة {dose} في {day}: {reason}",
    "{drug} increased to {dose} on {day}": "زيادة {drug} إلى {dose} في {day}",
    "{drug} stopped on {day}: {reason}": "إيقاف {drug} في {day}: {reason}",
    "{drug} {dose}, {start} – ongoing": "{drug} {dose}، {start} – مستمر",
    "{drug} {dose}, {start} – until {stop}": "{drug} {dose}، {start} – حتى {stop}",
}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    assert current_language() is Language.ENGLISH
    yield
    activate(Language.ENGLISH)


def _chart() -> PatientChart:
    """Colchicine started with a reason, doubled, stopped with a reason; a drug the nurse typed,
    weekly, still given, started with a reason too long to be shown whole."""
    once = MedicationPeriod(
        "colchicine", "Colchicine", 0.5, DoseUnit.MG, Frequency.QD, Route.ORAL,
        date(2025, 1, 1), date(2025, 3, 1), start_reason="pain  in the\nfingers",
    )  # fmt: skip
    twice = dataclasses.replace(
        once, frequency=Frequency.BID, start_on=date(2025, 3, 1), stop_on=date(2025, 5, 2),
        start_reason="", stop_reason="diarrhoea",
    )  # fmt: skip
    typed = MedicationPeriod(
        "other", TYPED, 2.5, DoseUnit.MG, Frequency.QW, Route.ORAL, date(2025, 2, 1),
        start_reason=LONG_REASON,
    )  # fmt: skip
    chart = ra_case_chart("X")  # without its imaging and procedures: their markers have hovers too
    return dataclasses.replace(
        chart, medications=(once, twice, typed), imaging=(), procedures=()
    )


def _hovers(data: Trajectories) -> set[str]:
    _figure, drawing = render(data, ONLY_MEDICATIONS, size=(10, 2.5))
    return {p.text for p in drawing.hover_points if p.panel == "medications"}


def test_the_hover_texts_read_as_always_in_english() -> None:
    assert _hovers(trajectories(_chart())) == {
        "Colchicine 0.5 mg QD, 2025-01-01 – until 2025-03-01",
        "Colchicine started 0.5 mg QD on 2025-01-01: pain in the fingers",
        "Colchicine 0.5 mg BID, 2025-03-01 – until 2025-05-02",
        "Colchicine increased to 0.5 mg BID on 2025-03-01",
        "Colchicine stopped on 2025-05-02: diarrhoea",
        f"{TYPED} 2.5 mg weekly, 2025-02-01 – ongoing",
        f"{TYPED} started 2.5 mg weekly on 2025-02-01: {SHORTENED}",
    }


def test_the_hover_texts_read_in_portuguese(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    install_catalogue(monkeypatch, tmp_path, Language.PORTUGUESE, PORTUGUESE)
    data = trajectories(_chart())  # built in English: the texts are written when drawn
    with using(Language.PORTUGUESE):
        hovers = _hovers(data)
    assert hovers == {
        "Colquicina 0,5 mg QD, 01/01/2025 – até 01/03/2025",
        "Início de Colquicina com 0,5 mg QD em 01/01/2025: pain in the fingers",
        "Colquicina 0,5 mg BID, 01/03/2025 – até 02/05/2025",
        "Aumento de Colquicina para 0,5 mg BID em 01/03/2025",
        "Suspensão de Colquicina em 02/05/2025: diarrhoea",
        f"{TYPED} 2,5 mg semanal, 01/02/2025 – em curso",
        f"Início de {TYPED} com 2,5 mg semanal em 01/02/2025: {SHORTENED}",
    }


def test_the_hover_texts_read_in_arabic_with_arabic_indic_digits(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    install_catalogue(monkeypatch, tmp_path, Language.ARABIC, ARABIC)
    data = trajectories(_chart())

    def day(year: int, month: int, day: int) -> str:
        return format_date(date(year, month, day), Language.ARABIC, "arab")

    with using(Language.ARABIC, "arab"):
        hovers = _hovers(data)
    assert day(2025, 1, 1) == "٠١‏/٠١‏/٢٠٢٥"  # the language's date form, in its digits
    assert hovers == {
        f"كولشيسين ٠٫٥ mg QD، {day(2025, 1, 1)} – حتى {day(2025, 3, 1)}",
        f"بدء كولشيسين بجرعة ٠٫٥ mg QD في {day(2025, 1, 1)}: pain in the fingers",
        f"كولشيسين ٠٫٥ mg BID، {day(2025, 3, 1)} – حتى {day(2025, 5, 2)}",
        f"زيادة كولشيسين إلى ٠٫٥ mg BID في {day(2025, 3, 1)}",
        f"إيقاف كولشيسين في {day(2025, 5, 2)}: diarrhoea",
        f"{TYPED} ٢٫٥ mg أسبوعيًا، {day(2025, 2, 1)} – مستمر",
        f"بدء {TYPED} بجرعة ٢٫٥ mg أسبوعيًا في {day(2025, 2, 1)}: {SHORTENED}",
    }


def test_the_doses_on_the_bars_read_in_portuguese_and_arabic(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The texts a step may show, longest first: the schedule word translated, the number in
    the language's decimal mark and digits, the abbreviations (BID) as they are."""
    install_catalogue(monkeypatch, tmp_path / "pt", Language.PORTUGUESE, PORTUGUESE)
    install_catalogue(monkeypatch, tmp_path / "ar", Language.ARABIC, ARABIC)
    data = trajectories(_chart())

    def candidates() -> dict[str, list[tuple[str, ...]]]:
        _figure, drawing = render(data, ONLY_MEDICATIONS, size=(10, 2.5))
        found: dict[str, list[tuple[str, ...]]] = {}
        for text in dose_texts(drawing.axes["medications"]):
            found.setdefault(str(text.get_gid()), []).append(text.candidates[-3:])
        return found

    typed, colchicine = f"dose:{TYPED.lower()}", "dose:colchicine"
    english = candidates()
    assert english[typed] == [("2.5 mg weekly", "2.5 mg", "2.5")]
    assert ("0.5 mg BID", "0.5 mg", "0.5") in english[colchicine]
    with using(Language.PORTUGUESE):
        portuguese = candidates()
    assert portuguese[typed] == [("2,5 mg semanal", "2,5 mg", "2,5")]
    assert ("0,5 mg BID", "0,5 mg", "0,5") in portuguese[colchicine]
    with using(Language.ARABIC, "arab"):
        arabic = candidates()
        # as matplotlib is given Arabic (pre-shaped where it does not shape text itself)
        weekly = tuple(shown(t) for t in ("٢٫٥ mg أسبوعيًا", "٢٫٥ mg", "٢٫٥"))
        bid = tuple(shown(t) for t in ("٠٫٥ mg BID", "٠٫٥ mg", "٠٫٥"))
    assert arabic[typed] == [weekly]
    assert bid in arabic[colchicine]


def test_a_route_written_as_a_word_is_translated_an_abbreviation_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    install_catalogue(monkeypatch, tmp_path, Language.PORTUGUESE,
                      {"dose schedule, short\x04weekly": "semanal",
                       "dose route, short\x04TOPICAL": "tópica"})  # fmt: skip
    cream = MedicationPeriod(
        "other", "Tiossulfato de sódio 25 %", 1.5, DoseUnit.G, Frequency.BID, Route.TOPICAL,
        date(2025, 1, 1),
    )  # fmt: skip
    drip = dataclasses.replace(cream, route=Route.IV, frequency=Frequency.QW)
    assert step_texts(cream)[0] == "1.5 g TOPICAL BID"
    assert step_texts(drip)[0] == "1.5 g IV weekly"
    with using(Language.PORTUGUESE):
        assert step_texts(cream)[0] == "1,5 g tópica BID"
        assert step_texts(drip)[0] == "1,5 g IV semanal"
