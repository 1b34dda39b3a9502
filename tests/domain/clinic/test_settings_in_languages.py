"""The clinic settings' words in the reader's language: each setting's name, where its default
comes from, the reasons a value is refused (numbers in the language's decimal mark), and the
default clinic name while the clinic has not set one. The keys, the English texts other modules
read and a stored name never change. A test catalogue of Portuguese (tests/support/tmp_catalogue)
stands in for the shipped one, which the lead regenerates."""

from __future__ import annotations

from pathlib import Path

import pytest

from calcitrack.domain.clinic.clinic_identity import DEFAULT_NAME, ClinicIdentity, check_identity
from calcitrack.domain.clinic.dose_limit_texts import DOSE_LIMIT_TEXTS
from calcitrack.domain.clinic_setting_units import shown_unit, unit_forms
from calcitrack.domain.clinic_settings import (
    ACCOUNTS_IDLE_LOCK_MINUTES,
    DEFINITIONS,
    DQ_LAB_RANGE_FACTOR,
    SAFETY_COLCHICINE_EGFR,
    SAFETY_HR_CONTRAINDICATION,
    SAFETY_HR_WARNING,
    check_setting,
    check_settings,
    definition,
)
from calcitrack.domain.dose_labels import DOSE_LIMITS
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from tests.support.tmp_catalogue import install_catalogue

PT = Language.PORTUGUESE
PORTUGUESE = {
    "Colchicine: flag when eGFR is below": "Colquicina: alertar quando a TFGe é inferior a",
    "colchicine label: CrCl < 30, start 0.3 mg/day [R41]":
        "RCM da colquicina: ClCr < 30, iniciar com 0,3 mg/dia [R41]",
    "published value": "valor publicado",
    "{kind}: {source}": "{kind}: {source}",
    "must be between {minimum} and {maximum}, got {value}":
        "tem de estar entre {minimum} e {maximum}; foi indicado {value}",
    "must not be below the contraindication threshold ({threshold}), got {value}: the warning "
    "would never show": "não pode ser inferior ao limiar de contraindicação ({threshold}); foi "
                        "indicado {value}: o aviso nunca seria mostrado",
    "Calcinosis clinic": "Consulta de calcinose",
    "is required: it heads every PDF summary": "é obrigatório: encabeça todos os resumos em PDF",
    ("minute", "minutes"): ["minuto", "minutos", "minutos"],
    "mg/day": "mg/dia",
}


@pytest.fixture
def portuguese(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    install_catalogue(monkeypatch, tmp_path, PT, PORTUGUESE)


def test_every_dose_limit_name_and_source_is_marked_for_translation() -> None:
    """The dose limits' texts live in dose_labels.py; a change there must reach the catalogue."""
    texts = {text for limit in DOSE_LIMITS for text in (limit.label, limit.source)}
    assert set(DOSE_LIMIT_TEXTS) == texts


def test_a_setting_reads_in_portuguese_and_keeps_its_english_for_other_modules(
    portuguese: None,
) -> None:
    colchicine = definition(SAFETY_COLCHICINE_EGFR)
    with using(PT):
        label, origin = colchicine.shown_label, colchicine.origin_note
    assert label == "Colquicina: alertar quando a TFGe é inferior a"
    assert origin == "valor publicado: RCM da colquicina: ClCr < 30, iniciar com 0,3 mg/dia [R41]"
    assert colchicine.label == "Colchicine: flag when eGFR is below"  # what others read
    assert colchicine.key == "safety/colchicine_egfr_below"


def test_in_english_nothing_changes() -> None:
    colchicine = definition(SAFETY_COLCHICINE_EGFR)
    assert colchicine.shown_label == colchicine.label
    assert colchicine.origin_note == (
        "published value: colchicine label: CrCl < 30, start 0.3 mg/day [R41]"
    )
    assert check_setting(DQ_LAB_RANGE_FACTOR, 1.1)[0].reason == (
        "must be between 1.2 and 100 ×, got 1.1"
    )
    assert all(d.shown_label == d.label for d in DEFINITIONS)


def test_a_refusal_reads_in_portuguese_with_a_decimal_comma(portuguese: None) -> None:
    with using(PT):
        factor = check_setting(DQ_LAB_RANGE_FACTOR, 1.1)
        warning = check_settings({SAFETY_HR_CONTRAINDICATION: 45, SAFETY_HR_WARNING: 42})
    assert factor[0].reason == "tem de estar entre 1,2 e 100 ×; foi indicado 1,1"
    assert factor[0].field == DQ_LAB_RANGE_FACTOR
    assert warning[0].reason == (
        "não pode ser inferior ao limiar de contraindicação (45/min); foi indicado 42/min: o "
        "aviso nunca seria mostrado"
    )


def test_the_unset_default_name_is_shown_in_the_readers_language(portuguese: None) -> None:
    unset = ClinicIdentity()
    with using(PT):
        assert unset.shown_name == "Consulta de calcinose"
        assert check_identity("", None)[0].reason == (
            "é obrigatório: encabeça todos os resumos em PDF"
        )
    assert unset.shown_name == "Calcinosis clinic"
    assert unset.name == DEFAULT_NAME == "Calcinosis clinic"  # what a first save would compare


def test_a_stored_name_is_never_translated_even_the_default_one(portuguese: None) -> None:
    """A clinic that saved its name as "Calcinosis clinic" named itself so: it prints as saved."""
    with using(PT):
        assert ClinicIdentity(DEFAULT_NAME, None, 3).shown_name == "Calcinosis clinic"
        assert ClinicIdentity("Reumatologia — CHUC", None, 1).shown_name == "Reumatologia — CHUC"


def test_units_read_in_portuguese_counted_as_the_number_before_them(portuguese: None) -> None:
    with using(PT):
        forms = [shown_unit("minutes", n) for n in ("1", "10", "1.5", "")]
        dose, symbol = shown_unit("mg/day"), shown_unit("mmHg", "90")
        refused = check_setting(ACCOUNTS_IDLE_LOCK_MINUTES, 121)[0].reason
        taken_off = unit_forms("minutes")
    assert forms == ["minuto", "minutos", "minutos", "minutos"]
    assert (dose, symbol) == ("mg/dia", "mmHg")
    assert refused == "tem de estar entre 1 e 120 minutos; foi indicado 121"
    assert {"minutos", "minuto", "minutes", "minute"} <= set(taken_off)  # typed either way
    assert taken_off.index("minutos") < taken_off.index("minuto")  # the longer form first


def test_units_in_english_are_as_they_always_were() -> None:
    assert [shown_unit("minutes", n) for n in ("1", "2", "1.0", "-1", "")] == [
        "minute", "minutes", "minutes", "minutes", "minutes"
    ]
    assert shown_unit("g/kg per 4 weeks") == "g/kg per 4 weeks"
    assert check_setting(ACCOUNTS_IDLE_LOCK_MINUTES, 121)[0].reason == (
        "must be between 1 and 120 minutes, got 121"
    )
