"""Correcting a medication period in the reader's language: the period described, the fields that
differ and the refusal of a changed drug are written in the current language (Portugal's dates, a
decimal comma), English exactly as before; the dose-sense finding of a correction has the same key
in every language. Tiny test catalogues (unusual_catalogue.py), the committed ``.po`` being the
lead's."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.visits.period_correction import (
    FIELD,
    correction_problems,
    correction_unusual,
    describe_period,
    period_changes,
)
from calcitrack.i18n.catalogue import activate, current_language, using
from calcitrack.i18n.languages import Language
from tests.domain.visits import test_dose_plausibility as doses
from tests.domain.visits.unusual_catalogue import PORTUGUESE
from tests.support.tmp_catalogue import Entries, install_catalogue

PT = Language.PORTUGUESE
STORED = MedicationPeriod(
    "diltiazem", "Diltiazem", 60.0, DoseUnit.MG, Frequency.BID, Route.ORAL, date(2025, 1, 13), id=1
)
CORRECTED = dataclasses.replace(
    STORED, dose=90.5, stop_on=date(2025, 4, 14), frequency=Frequency.QD
)
FIELDS: Entries = {
    f"{FIELD}\x04Stop": "Suspensão",  # as msgfmt writes a message with a context
    f"{FIELD}\x04Dose": "Dose",
    f"{FIELD}\x04Frequency": "Frequência",
}


@pytest.fixture(autouse=True)
def catalogues(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    assert current_language() is Language.ENGLISH
    install_catalogue(monkeypatch, tmp_path, PT, {**PORTUGUESE, **FIELDS})
    yield
    activate(Language.ENGLISH)


def test_english_is_as_before() -> None:
    assert describe_period(STORED) == "Diltiazem 60 mg twice daily from 2025-01-13 (current)"
    assert describe_period(CORRECTED) == (
        "Diltiazem 90.5 mg once daily from 2025-01-13 to 2025-04-14"
    )
    assert [str(c) for c in period_changes(STORED, CORRECTED)] == [
        "Stop: — → 2025-04-14", "Dose: 60 → 90.5", "Frequency: twice daily → once daily"
    ]  # fmt: skip


def test_a_correction_reads_in_portuguese() -> None:
    with using(PT):
        assert describe_period(STORED) == (
            "Diltiazem 60 mg duas vezes por dia desde 13/01/2025 (atual)"
        )
        assert describe_period(CORRECTED) == (
            "Diltiazem 90,5 mg uma vez por dia de 13/01/2025 a 14/04/2025"
        )
        assert [str(c) for c in period_changes(STORED, CORRECTED)] == [
            "Suspensão: — → 14/04/2025",
            "Dose: 60 → 90,5",
            "Frequência: duas vezes por dia → uma vez por dia",
        ]
        other_drug = dataclasses.replace(CORRECTED, drug="colchicine")
        problems = correction_problems(STORED, other_drug, doses.CHART, today=date(2026, 1, 1))
        assert problems[0].reason == (
            "o medicamento de um período não se corrige: elimine-o e registe o correto"
        )
    assert [c.key for c in period_changes(STORED, CORRECTED)] == ["stop_on", "dose", "frequency"]


def test_a_corrected_dose_is_the_same_finding_in_every_language() -> None:
    stored = doses.MTX
    corrected = dataclasses.replace(stored, dose=30.0, frequency=Frequency.BID)
    english = correction_unusual(stored, corrected, doses.CHART, doses.DEFAULTS)
    with using(PT):
        shown = correction_unusual(stored, corrected, doses.CHART, doses.DEFAULTS)
        assert shown[0].shown_value() == "30 mg duas vezes por dia"
        assert shown[0].label == "Methotrexate desde 06/04/2026"
    assert english and [u.key for u in shown] == [u.key for u in english]
    assert english[0].value == "30 mg twice daily"
