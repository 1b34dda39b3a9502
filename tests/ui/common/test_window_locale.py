"""The window's locale: built from the language the window speaks and the clinic's choice of Arabic
digits (never from the system's tag), set by ``WindowLanguage.use``, and what the window then
writes: numbers (``shown_number``), dates (``shown_date``), the numbers a field loads for
editing, and the ISO date fields, which stay ISO with the digits 0 to 9."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.i18n.digits import Digits
from calcitrack.ui.common.iso_date_edit import IsoDateEdit
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.common.number_text import shown_number
from calcitrack.ui.common.window_language import WindowLanguage
from calcitrack.ui.common.window_locale import shown_date, window_locale

MARCH_7 = date(2026, 3, 7)


@pytest.fixture
def language(qapp: QApplication, tmp_path: Path) -> Iterator[WindowLanguage]:
    """A language chooser with no catalogues (the texts stay English; the locale is the point);
    English numbers, dates and a left-to-right window again afterwards."""
    chosen = WindowLanguage(qapp, tmp_path)
    yield chosen
    chosen.close()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert QLocale().language() == QLocale.Language.English


@pytest.fixture
def in_locale() -> Iterator[None]:
    yield
    QLocale.setDefault(window_locale("en"))


def _use(language: str, digits: Digits = "latn") -> None:
    QLocale.setDefault(window_locale(language, digits))


@pytest.mark.parametrize(
    ("language", "digits", "name", "shown"),
    [
        ("en", "latn", "en_US", "12.5"),
        ("en", "arab", "en_US", "12.5"),  # the digits choice is Arabic's alone
        ("pt_PT", "latn", "pt_PT", "12,5"),  # Portugal's, not Qt's pt (Brazil)
        ("pt_PT", "arab", "pt_PT", "12,5"),
        ("ar", "arab", "ar_EG", "١٢٫٥"),
        ("ar", "latn", "ar_AE", "12.5"),  # a decimal point: never a Maghreb locale
        ("fr", "latn", "en_US", "12.5"),  # a language the window does not speak: English
    ],
)
def test_the_locale_comes_from_the_language_and_the_digits(
    language: str, digits: Digits, name: str, shown: str
) -> None:
    locale = window_locale(language, digits)
    assert locale.name() == name
    assert locale.toString(12.5, "f", 1) == shown


@pytest.mark.parametrize("digits", ["latn", "arab"])
def test_the_arabic_locales_read_a_decimal_point_as_nothing_else(digits: Digits) -> None:
    """ar_MA and the Maghreb read "38.2" as 382 (the point groups thousands): neither choice may
    ever be such a locale."""
    locale = window_locale("ar", digits)
    assert locale.groupSeparator() != "."
    assert locale.decimalPoint() in (".", "٫")


def test_use_sets_the_locale_with_the_clinic_s_digits(language: WindowLanguage) -> None:
    language.use("ar", digits="arab")
    assert QLocale().name() == "ar_EG" and language.digits == "arab"
    assert shown_number(12.5, 1) == "١٢٫٥"
    language.use("ar")  # the sign-in's call without the clinic's choice: Western digits
    assert QLocale().name() == "ar_AE"
    assert shown_number(12.5, 1) == "12.5"
    language.use("pt_PT")
    assert shown_number(12.5, 1) == "12,5"
    language.use("en")
    assert QLocale().name() == "en_US"


def test_the_clinic_setting_switches_arabic_numbers_between_the_two_digits(
    language: WindowLanguage,
) -> None:
    shown = {}
    choices: tuple[Digits, ...] = ("arab", "latn")
    for digits in choices:
        language.use("ar", digits=digits)
        shown[digits] = shown_number(12.5, 1), shown_date(MARCH_7)
    assert shown == {
        "arab": ("١٢٫٥", "٧\u200f/٣\u200f/٢٠٢٦"),
        "latn": ("12.5", "7\u200f/3\u200f/2026"),
    }


@given(value=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
       decimals=st.integers(0, 3))
def test_english_numbers_are_exactly_python_s(value: float, decimals: int) -> None:
    assert shown_number(value, decimals) == f"{value:.{decimals}f}"


@pytest.mark.usefixtures("in_locale")
@given(value=st.decimals(min_value=-9999, max_value=9999, places=2, allow_nan=False))
def test_portuguese_numbers_write_a_decimal_comma(value: object) -> None:
    _use("pt_PT")
    english = f"{float(str(value)):.2f}"
    assert shown_number(float(str(value)), 2) == english.replace(".", ",")


@pytest.mark.usefixtures("in_locale")
def test_dates_are_iso_in_english_and_the_locale_s_elsewhere() -> None:
    assert shown_date(MARCH_7) == "2026-03-07"
    _use("pt_PT")
    assert shown_date(MARCH_7) == "07/03/2026"  # the year in full, never "26"
    assert shown_date(MARCH_7, long=True) == "sábado, 7 de março de 2026"
    assert shown_date(date(1926, 3, 7)) == "07/03/1926"


@pytest.mark.usefixtures("in_locale")
def test_a_field_loads_a_value_in_arabic_indic_digits_and_reads_it_back(qtbot: QtBot) -> None:
    _use("ar", "arab")
    edit = NumberEdit(decimals=3, digits=5, accessible_name="Calcium")
    qtbot.addWidget(edit)
    edit.set_value(2.125)
    assert edit.text() == "٢٫١٢٥" and edit.value() == 2.125
    _use("pt_PT")
    edit.set_value(1.125)  # "1,125" would read as a thousands separator: the point stays
    assert edit.text() == "1.125" and edit.value() == 1.125


@pytest.mark.usefixtures("in_locale")
@pytest.mark.parametrize(
    ("language", "digits"), [("ar", "arab"), ("ar", "latn"), ("pt_PT", "latn")]
)
def test_the_iso_date_field_stays_iso_with_western_digits(
    qtbot: QtBot, language: str, digits: Digits
) -> None:
    _use(language, digits)
    edit = IsoDateEdit(MARCH_7, "Visit date")
    qtbot.addWidget(edit)
    with qtbot.waitActive(edit):
        edit.show()
        edit.activateWindow()
    assert edit.text() == "2026-03-07"
    assert edit.calendarWidget().locale().name() == window_locale(language, digits).name()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "2025-12-24")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.day() == date(2025, 12, 24) and edit.text() == "2025-12-24"


@pytest.mark.usefixtures("in_locale")
def test_before_any_language_is_chosen_qt_s_c_locale_writes_as_english() -> None:
    QLocale.setDefault(QLocale.c())
    assert (shown_number(-12.5, 1), shown_date(MARCH_7)) == ("-12.5", "2026-03-07")


def test_the_iso_date_field_runs_left_to_right_in_a_mirrored_window(
    qtbot: QtBot, language: WindowLanguage
) -> None:
    """Under Arabic the window is mirrored, but an ISO date reads 2026-03-07 as typed (mirrored,
    Qt would lay it out 07-03-2026); its calendar pop-up stays mirrored with the window."""
    language.use("ar", "latn")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    edit = IsoDateEdit(MARCH_7, "Visit date")
    qtbot.addWidget(edit)
    assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert edit.lineEdit().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert edit.calendarWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft
