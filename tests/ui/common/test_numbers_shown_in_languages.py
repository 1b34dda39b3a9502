"""Numbers and dates the window shows, in its locale: the tables' numbers (``format_number``), the
live scores of the visit form, the patient list's dates and counts. English is exactly what it
always was; Portuguese writes a decimal comma and dd/MM/yyyy; Arabic writes the clinic's digits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient, PatientSummary
from calcitrack.domain.patient_list import ListColumn, PatientListPage
from calcitrack.i18n.digits import Digits
from calcitrack.ui.common.window_locale import window_locale
from calcitrack.ui.patients.patient_table_model import PatientTableModel
from calcitrack.ui.visit_form.sections.score_lines import score_text
from calcitrack.ui.workspace.visit_table_model import format_number


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    QLocale.setDefault(window_locale("en"))


def _use(language: str, digits: Digits = "latn") -> None:
    QLocale.setDefault(window_locale(language, digits))


@given(st.floats(min_value=-1e5, max_value=1e5, allow_nan=False), st.integers(0, 3))
def test_table_numbers_in_portuguese_are_the_english_ones_with_a_decimal_comma(
    value: float, decimals: int
) -> None:
    _use("en")
    english = format_number(value, decimals=decimals)
    _use("pt_PT")
    assert format_number(value, decimals=decimals) == english.replace(".", ",")


@pytest.mark.parametrize(
    ("language", "digits", "shown"),
    [
        ("en", "latn", ("12.5", "−3", "4.12", "23.5")),
        ("pt_PT", "latn", ("12,5", "−3", "4,12", "23,5")),
        ("ar", "arab", ("١٢٫٥", "−٣", "٤٫١٢", "٢٣٫٥")),
        ("ar", "latn", ("12.5", "−3", "4.12", "23.5")),
    ],
)
def test_table_numbers_and_live_scores_follow_the_window_and_the_clinic_s_digits(
    language: str, digits: Digits, shown: tuple[str, ...]
) -> None:
    _use(language, digits)
    assert (
        format_number(12.5), format_number(-3.0), score_text(4.123, "DAS28-ESR"),
        score_text(23.5, "CDAI"),
    ) == shown


@pytest.mark.parametrize(
    ("language", "digits", "born", "last_visit", "visits"),
    [
        ("en", "latn", "1970-01-31", "2026-03-07", "12"),
        ("pt_PT", "latn", "31/01/1970", "07/03/2026", "12"),
        ("ar", "arab", "٣١\u200f/١\u200f/١٩٧٠", "٧\u200f/٣\u200f/٢٠٢٦", "١٢"),
    ],
)
def test_the_patient_list_shows_dates_and_counts_in_the_window_s_locale(
    qtbot: QtBot, language: str, digits: Digits, born: str, last_visit: str, visits: str
) -> None:
    _use(language, digits)
    patient = Patient("T-001", "Ames", "Al", Sex.FEMALE, date(1970, 1, 31), UnderlyingDisease.SSC,
                      id=1)
    model = PatientTableModel(page_size=10)
    model.reset(PatientListPage((PatientSummary(patient, date(2026, 3, 7), 12, 0),), 0, 1, 1))

    def cell(column: ListColumn) -> object:
        return model.data(model.index(0, column.value))

    assert (cell(ListColumn.BORN), cell(ListColumn.LAST_VISIT), cell(ListColumn.VISITS)) == (
        born, last_visit, visits
    )


def test_a_visit_s_das28_in_the_window_s_decimal_mark() -> None:
    from calcitrack.domain.codes import Das28Variant
    from calcitrack.domain.trajectory.visit_das28 import VisitDas28
    from calcitrack.ui.workspace.visit_table_model import das28_text

    computed = VisitDas28(Das28Variant.CRP, 1.3649, computed=True)
    disagreeing = VisitDas28(Das28Variant.ESR, 2.5, computed=True, typed=3.1)
    _use("en")
    assert (das28_text(computed), das28_text(disagreeing)) == (
        "1.36 (CRP)", "2.50 (ESR; typed 3.10 differs)"
    )
    _use("pt_PT")  # no catalogue here: the marker's name stays as the source text
    assert (das28_text(computed), das28_text(disagreeing)) == (
        "1,36 (CRP)", "2,50 (ESR; typed 3,10 differs)"
    )
