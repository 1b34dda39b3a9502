"""Drug names where a person reads them, in Portuguese and in Arabic: the patient list's "Current
drugs", the Medications tab, the visit form's medication rows. English reads as before.

The gettext catalogues are small ones built here (tests/support/tmp_catalogue): the names are
the catalogue's ``pgettext("drug", …)`` texts, whatever the shipped catalogues say today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visits.visit_entry import MedicationChangeKind as Kind
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.ui.patients.patient_table_model import drug_names
from calcitrack.ui.visit_form.sections.medication_change_row import ChangeRow
from calcitrack.ui.workspace.medication_table_model import MedicationListMode, MedicationTableModel
from tests.support.tmp_catalogue import installed

PORTUGUESE = {
    "drug\x04Methotrexate": "Metotrexato",
    "drug\x04Folic acid": "Ácido fólico",
    "drug\x04Colchicine": "Colquicina",
    "drug\x04Diltiazem": "Diltiazem",
    "drug\x04Hydroxychloroquine": "Hidroxicloroquina",
}
ARABIC = {
    "drug\x04Methotrexate": "ميثوتريكسات",
    "drug\x04Folic acid": "حمض الفوليك",
    "drug\x04Colchicine": "كولشيسين",
    "drug\x04Diltiazem": "ديلتيازيم",
    "drug\x04Hydroxychloroquine": "هيدروكسي كلوروكين",
}
DAY = date(2026, 9, 14)


@pytest.fixture(autouse=True)
def catalogues() -> Iterator[None]:
    with installed(Language.PORTUGUESE, PORTUGUESE), installed(Language.ARABIC, ARABIC):
        yield


def _ra() -> PatientChart:
    return next(c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN)


def _drug_column(model: MedicationTableModel) -> list[str]:
    return [str(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole))
            for row in range(model.rowCount(QModelIndex()))]  # fmt: skip


def test_the_patient_lists_current_drugs_read_in_the_readers_language() -> None:
    codes = frozenset({"methotrexate", "folic_acid", "colchicine"})
    with using(Language.PORTUGUESE):
        # in the reader's alphabetical order: "Ácido" first, as a Portuguese reader expects it
        assert drug_names(codes) == "Ácido fólico, Colquicina, Metotrexato"
    with using(Language.ARABIC):
        assert set(drug_names(codes).split(", ")) == {"ميثوتريكسات", "حمض الفوليك", "كولشيسين"}
    with using(Language.ENGLISH):
        assert drug_names(codes) == "Colchicine, Folic acid, Methotrexate"
    with using(Language.PORTUGUESE):  # a code outside the catalogue: as it is
        assert drug_names(frozenset({"methotrexate", "etanercept"})) == "etanercept, Metotrexato"


@pytest.mark.parametrize("mode", list(MedicationListMode))
def test_the_medications_tab_names_the_drugs_in_portuguese(mode: MedicationListMode) -> None:
    model = MedicationTableModel(mode)
    column = 0 if mode is MedicationListMode.CURRENT else 1  # the history starts with the event
    with using(Language.PORTUGUESE):
        model.set_chart(_ra(), DAY)
        drugs = [str(model.data(model.index(r, column))) for r in range(model.rowCount())]
    assert "Metotrexato" in drugs and "Ácido fólico" in drugs and "Colquicina" in drugs
    assert "Methotrexate" not in drugs and "Folic acid" not in drugs
    if mode is MedicationListMode.CURRENT:  # sorted as the reader reads the names
        assert drugs == ["Ácido fólico", "Colquicina", "Diltiazem", "Hidroxicloroquina",
                         "Metotrexato"]  # fmt: skip


def test_the_medications_tab_names_the_drugs_in_arabic_and_english() -> None:
    model = MedicationTableModel(MedicationListMode.CURRENT)
    with using(Language.ARABIC):
        model.set_chart(_ra(), DAY)
        drugs = _drug_column(model)
    assert "ميثوتريكسات" in drugs and "حمض الفوليك" in drugs
    with using(Language.ENGLISH):
        model.set_chart(_ra(), DAY)
        drugs = _drug_column(model)
    assert drugs == ["Colchicine", "Diltiazem", "Folic acid", "Hydroxychloroquine", "Methotrexate"]


def test_the_visit_forms_medication_rows_offer_the_translated_names(qtbot: QtBot) -> None:
    with using(Language.PORTUGUESE):
        start = ChangeRow(Kind.START, ())
        stop = ChangeRow(Kind.STOP, ())
        qtbot.addWidget(start)
        qtbot.addWidget(stop)
        stop.set_periods([p for p in _ra().medications if p.active_on(DAY)])
    offered = [start.drug_combo.itemText(i) for i in range(start.drug_combo.count())]
    assert "Metotrexato" in offered and "Ácido fólico" in offered
    assert "Methotrexate" not in offered
    # the code stays the item's data: what is saved is the catalogue's code
    assert start.drug_combo.itemData(offered.index("Metotrexato")) == "methotrexate"
    regimen = [stop.drug_combo.itemText(i) for i in range(stop.drug_combo.count())]
    assert any(text.startswith("Metotrexato ") for text in regimen)
    assert not any(text.startswith("Methotrexate") for text in regimen)
