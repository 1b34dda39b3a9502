"""A regimen's description in the reader's language: the drugs joined as the language joins them,
its date as the language writes it (English exactly as before: ISO)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from calcitrack.domain.medications.regimen import NO_REGIMEN, regimen_on
from calcitrack.i18n.catalogue import activate, using
from calcitrack.i18n.languages import Language
from tests.domain.medications.test_regimen import _colch, _dilt
from tests.support.tmp_catalogue import install_catalogue

PT = Language.PORTUGUESE
PORTUGUESE = {
    "{drugs} since {start}": "{drugs} desde {start}",
    "{items} and {last}": "{items} e {last}",
    "no calcinosis-directed treatment recorded": "nenhum tratamento dirigido à calcinose registado",
}


@pytest.fixture(autouse=True)
def portuguese(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    install_catalogue(monkeypatch, tmp_path, PT, PORTUGUESE)
    yield
    activate(Language.ENGLISH)


def test_the_regimen_reads_in_portuguese_and_english_as_before() -> None:
    periods = [_dilt(date(2025, 1, 6)), _colch(date(2025, 2, 10))]
    on = date(2025, 6, 1)
    assert regimen_on(periods, on).description == "diltiazem and colchicine since 2025-02-10"
    with using(PT):
        assert regimen_on(periods, on).description == "diltiazem e colchicine desde 10/02/2025"
        assert regimen_on((), on).description == PORTUGUESE[NO_REGIMEN]


def test_the_drugs_are_named_as_the_reader_s_language_names_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A catalogue drug's name in the description is its name in the language (Colquicina);
    what the regimen keeps (``drugs``: the outcomes and exports read it) stays as recorded."""
    install_catalogue(monkeypatch, tmp_path, PT, {
        **PORTUGUESE, "drug\x04Colchicine": "Colquicina",
    })
    periods = [_dilt(date(2025, 1, 6)), _colch(date(2025, 2, 10))]
    with using(PT):
        regimen = regimen_on(periods, date(2025, 6, 1))
    assert regimen.description == "diltiazem e colquicina desde 10/02/2025"
    assert regimen.drugs == ("Diltiazem", "Colchicine")
