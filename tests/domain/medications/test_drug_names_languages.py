"""Drug names in the reader's language (the Portuguese DCI, the Arabic generic name), while what
is stored and exported keeps the catalogue's English name and code.

The catalogues are small ones built here (tests/support/tmp_catalogue), so that the tests hold
whatever the shipped catalogues say today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.medications.drugs import DRUGS, drug_label
from calcitrack.i18n.catalogue import activate, using
from calcitrack.i18n.languages import Language
from calcitrack.reports.interop.fhir_medications import medication
from calcitrack.services.demo.demo_cases import ra_case_chart
from calcitrack.services.import_export.interchange import chart_to_json
from tests.support.tmp_catalogue import installed

# a context-bound msgid is stored as "context\x04text" in a compiled catalogue
PORTUGUESE = {
    "drug\x04Methotrexate": "Metotrexato",
    "drug\x04Folic acid": "Ácido fólico",
    "drug\x04Colchicine": "Colquicina",
    "drug\x04Other": "Outro",
}
ARABIC = {
    "drug\x04Methotrexate": "ميثوتريكسات",
    "drug\x04Colchicine": "كولشيسين",
}


@pytest.fixture(autouse=True)
def catalogues() -> Iterator[None]:
    with installed(Language.PORTUGUESE, PORTUGUESE), installed(Language.ARABIC, ARABIC):
        yield


def _period(drug: str, name: str) -> MedicationPeriod:
    return MedicationPeriod(
        drug=drug, drug_name=name, atc=DRUGS[drug].atc if drug in DRUGS else None, dose=15,
        dose_unit=DoseUnit.MG, frequency=Frequency.QW, route=Route.ORAL,
        start_on=date(2026, 1, 5),
    )  # fmt: skip


def test_a_catalogue_drug_is_shown_in_the_readers_language() -> None:
    with using(Language.PORTUGUESE):
        assert DRUGS["methotrexate"].shown_name == "Metotrexato"
        assert drug_label("folic_acid") == "Ácido fólico"
        assert drug_label("colchicine", "Colchicine") == "Colquicina"  # as stored
    with using(Language.ARABIC):
        assert drug_label("methotrexate", "Methotrexate") == "ميثوتريكسات"
    with using(Language.ENGLISH):
        assert drug_label("methotrexate", "Methotrexate") == "Methotrexate"
        assert DRUGS["folic_acid"].shown_name == "Folic acid"


def test_a_typed_drug_is_shown_as_typed() -> None:
    with using(Language.PORTUGUESE):
        assert drug_label("other", "Sevelâmero") == "Sevelâmero"
        assert drug_label("other") == "Outro"  # nothing typed yet: the catalogue's "Other"
        # named otherwise than the catalogue names it (an import): the recorded name
        assert drug_label("methotrexate", "Methotrexate s.c.") == "Methotrexate s.c."
        assert drug_label("retired_code", "Etanercept") == "Etanercept"
        assert drug_label("retired_code") == "retired_code"


def test_a_portuguese_process_still_stores_and_exports_the_english_name() -> None:
    period = _period("methotrexate", "Methotrexate")
    with using(Language.PORTUGUESE):
        assert DRUGS["methotrexate"].name == "Methotrexate"
        fhir = medication(period)
    assert fhir.text == "Methotrexate"
    assert [(c.code, c.display) for c in fhir.coding or []][-1] == ("methotrexate", "Methotrexate")
    assert "Metotrexato" not in fhir.model_dump_json()


def test_a_portuguese_process_writes_the_interchange_file_in_english() -> None:
    activate(Language.PORTUGUESE)
    try:
        assert DRUGS["methotrexate"].shown_name == "Metotrexato"  # the process reads Portuguese
        document = chart_to_json(ra_case_chart("DEMO-0001"))
    finally:
        activate(Language.ENGLISH)
    drugs = {(m["drug"], m["drug_name"]) for m in document["medications"]}
    assert ("methotrexate", "Methotrexate") in drugs
    assert ("folic_acid", "Folic acid") in drugs
    assert "Metotrexato" not in repr(document)
