"""The patient table model's per-row texts: search keys, name sort values, drug names."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient, PatientSummary
from calcitrack.domain.text import fold, patient_search_key
from calcitrack.ui.patients.patient_table_model import (
    DRUGS_COLUMN,
    NAME_COLUMN,
    PatientTableModel,
    drug_names,
)

REGIMENS = [
    frozenset(),
    frozenset({"colchicine", "diltiazem"}),
    frozenset({"diltiazem"}),
    frozenset({"diltiazem", "colchicine"}),  # equal to the second: shares its text
    frozenset({"not-a-known-drug"}),
]
NAMES = [("Cadório", "Inês"), ("Ames", "Al"), ("Sørensen", "Ingrid"), ("Ferreira-Nuñez", "Graça")]


def _rows(count: int) -> list[PatientSummary]:
    return [
        PatientSummary(
            Patient(
                f"T-{n:03}",
                NAMES[n % len(NAMES)][0],
                NAMES[n % len(NAMES)][1],
                Sex.FEMALE,
                date(1970, 1, 1),
                UnderlyingDisease.SSC,
                id=n,
            ),
            None,
            0,
            0,
            current_drugs=REGIMENS[n % len(REGIMENS)],
        )
        for n in range(count)
    ]


def test_every_row_has_its_own_key_name_and_drugs(qtbot: QtBot) -> None:
    model = PatientTableModel()
    rows = _rows(23)
    for _ in range(2):  # a reload gives the same texts
        model.set_patients(rows, today=date(2026, 1, 1))
        assert model.rowCount() == len(rows)
        for r in range(model.rowCount()):
            patient = model.summary(r).patient
            assert model.search_key(r) == patient_search_key(
                patient.mrn, patient.family_name, patient.given_name
            )
            assert model.sort_value(r, NAME_COLUMN) == (
                f"{fold(patient.family_name)}\x1f{fold(patient.given_name)}"
            )
            shown = model.data(model.index(r, DRUGS_COLUMN))
            assert shown == drug_names(model.summary(r).current_drugs)


def test_drug_names_follow_their_rows_through_a_sort(qtbot: QtBot) -> None:
    model = PatientTableModel()
    model.set_patients(_rows(10))
    model.sort(NAME_COLUMN)
    names = [model.data(model.index(r, DRUGS_COLUMN)) for r in range(model.rowCount())]
    assert names == [drug_names(model.summary(r).current_drugs) for r in range(model.rowCount())]
    assert "Colchicine, Diltiazem" in names and "not-a-known-drug" in names and "" in names
