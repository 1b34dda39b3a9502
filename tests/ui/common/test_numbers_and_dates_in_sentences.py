"""Numbers and dates inside the window's sentences, in the window's language: a decimal comma in
Portuguese, the clinic's digits in Arabic, and a date in the locale's form (``shown_date``), so
that an ISO date inside an Arabic sentence is never turned round by the bidi algorithm
("(07-12-2026)"). English is exactly what it always was.

The window speaks each language as the app makes it speak: ``WindowLanguage.use`` with the real
catalogues (compiled from resources/translations here), then back to English."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import DoseUnit, Frequency, Route, Sex, UnderlyingDisease
from calcitrack.domain.entities import (
    MedicationPeriod,
    Patient,
    PatientChart,
    PatientSummary,
    Visit,
)
from calcitrack.domain.worklist import Worklist, WorklistRow
from calcitrack.i18n.digits import Digits
from calcitrack.ui.audit.audit_changes_text import value_text
from calcitrack.ui.audit.audit_query import entries_text
from calcitrack.ui.audit.audit_verification import VerificationCounts
from calcitrack.ui.common.number_edit import NumberEdit
from calcitrack.ui.common.window_language import WindowLanguage
from calcitrack.ui.patients.patient_flags_cell import flags_tooltip
from calcitrack.ui.photographs.attach_files import size_text
from calcitrack.ui.visit_form.discard import DiscardQuestion
from calcitrack.ui.visit_form.draft_store import moment_text
from calcitrack.ui.visit_form.section import FormContext
from calcitrack.ui.visit_form.sections.lesion_burden_text import LesionBurdenText
from calcitrack.ui.visit_form.sections.lesion_texts import format_mm2
from calcitrack.ui.visit_form.sections.medication_change_panel import Weight, diltiazem_text
from calcitrack.ui.visit_form.sections.section_support import number_problem
from calcitrack.ui.visit_form.sections.vitals_panel import VitalsPanel
from calcitrack.ui.visits.same_day_question import ask_same_day
from calcitrack.ui.worklist.recall_document import recall_rows
from tests.support.pseudo_locale import compile_catalogue

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"
DAY = date(2026, 12, 7)
ARABIC_LETTER = re.compile("[\u0621-\u064a]")

class Spoken(NamedTuple):
    """A language and its digits, then how the window writes 2026-12-07, 62.5, 2.88 and 12.5."""

    language: str
    digits: Digits
    day: str
    kg: str
    per_kg: str
    number: str


SPOKEN = [
    Spoken("en", "latn", "2026-12-07", "62.5", "2.88", "12.5"),
    Spoken("pt_PT", "latn", "07/12/2026", "62,5", "2,88", "12,5"),
    Spoken("ar", "arab", "٧\u200f/١٢\u200f/٢٠٢٦", "٦٢٫٥", "٢٫٨٨", "١٢٫٥"),
    Spoken("ar", "latn", "7\u200f/12\u200f/2026", "62.5", "2.88", "12.5"),
]


@pytest.fixture(params=SPOKEN, ids=lambda s: f"{s.language}-{s.digits}")
def spoken(request: pytest.FixtureRequest) -> Spoken:
    return request.param  # type: ignore[no-any-return]  # pytest types params as Any


@pytest.fixture
def speak(
    qapp: QApplication, english_window: WindowLanguage, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[str, Digits], None]]:
    """Make the window speak a language with its real catalogue; English again afterwards."""
    folder = tmp_path_factory.mktemp("real-catalogues")
    for language in ("en", "pt_PT", "ar"):
        compile_catalogue(
            TRANSLATIONS / f"calcitrack_{language}.ts", folder / f"calcitrack_{language}.qm"
        )
    chosen = WindowLanguage(qapp, folder)

    def use(language: str, digits: Digits) -> None:
        assert chosen.use(language, digits)

    yield use
    chosen.close()
    assert english_window.use("en")


def test_the_vitals_show_the_last_weight_and_its_date_in_the_window_s_language(
    qtbot: QtBot,
    speak: Callable[[str, Digits], None],
    stored_demo_charts: dict[str, PatientChart],
    spoken: Spoken,
) -> None:
    language, digits, day, kg, _per_kg, _number = spoken
    speak(language, digits)
    chart = next(iter(stored_demo_charts.values()))
    earlier = Visit(chart.patient.id, DAY, weight_kg=62.5)
    chart = dataclasses.replace(chart, visits=(earlier,))
    panel = VitalsPanel()
    qtbot.addWidget(panel)
    panel.set_context(FormContext(chart, date(2026, 12, 21), date(2026, 12, 21)))
    shown = panel._last["weight_kg"].text()
    assert kg in shown and day in shown, shown
    assert (ARABIC_LETTER.search(shown) is not None) == (language == "ar")  # translated
    if language == "en":
        assert shown == "last 62.5 kg on 2026-12-07"


def test_a_date_inside_a_translated_question_is_in_the_locale_s_form(
    qtbot: QtBot,
    speak: Callable[[str, Digits], None],
    spoken: Spoken,
) -> None:
    """The same-day question and the question before discarding a visit: in Arabic the date is
    the locale's own (day, month, year with the right-to-left marks Qt puts between them), never
    an ISO date whose Latin digits the bidi algorithm shows turned round."""
    language, digits, day, _kg, _per_kg, _number = spoken
    speak(language, digits)
    parent = QWidget()
    qtbot.addWidget(parent)
    box = ask_same_day(
        parent, "Haddad, Amal", DAY, open_visit=lambda: None, other_date=lambda: None,
        answered=lambda: None,
    )  # fmt: skip
    opening = box.defaultButton()
    assert opening is not None
    discard = DiscardQuestion(parent, lambda: None)
    discard.ask(DAY)
    assert discard.open_box is not None
    patient = Patient("T-001", "Ames", "Al", Sex.FEMALE, date(1970, 1, 31), UnderlyingDisease.SSC)
    unflagged = flags_tooltip(PatientSummary(patient, DAY, 3, 0, flags_assessed_on=DAY))
    for text in (box.text(), opening.text(), discard.open_box.text(), unflagged):
        assert day in text, text
        assert (ARABIC_LETTER.search(text) is not None) == (language == "ar"), text
        if language != "en":
            assert "2026-12-07" not in text
    box.done(QMessageBox.StandardButton.Cancel)
    discard.open_box.done(QMessageBox.StandardButton.Cancel)


def test_medication_doses_ranges_sizes_and_the_audit_trail_in_the_window_s_numbers(
    qtbot: QtBot,
    speak: Callable[[str, Digits], None],
    spoken: Spoken,
) -> None:
    language, digits, day, kg, per_kg, number = spoken
    speak(language, digits)
    diltiazem = MedicationPeriod(
        "diltiazem", "diltiazem", 60, DoseUnit.MG, Frequency.TID, Route.ORAL, date(2026, 11, 1)
    )
    dose = diltiazem_text([diltiazem], Weight(62.5, DAY))  # 180 mg/day ÷ 62.5 kg
    assert per_kg in dose and kg in dose and day in dose, dose

    edit = NumberEdit(decimals=1, digits=3, accessible_name="Weight")
    qtbot.addWidget(edit)
    edit.setText("500")
    problem = number_problem(edit, 500.0, "Weight", 0.5, 400, "kg")
    assert problem is not None
    low = {"en": "0.5", "pt_PT": "0,5"}.get(language, "٠٫٥" if digits == "arab" else "0.5")
    assert low in problem, problem

    assert value_text(12.5) == number
    assert format_mm2(12.5) == number
    burden = LesionBurdenText().burden(today=True, total=format_mm2(12.5), measured=3, active=7)
    arabic_digits = (language, digits) == ("ar", "arab")
    assert number in burden and ("٣" if arabic_digits else "3") in burden, burden
    megabytes = {"en": "4.2", "pt_PT": "4,2"}.get(language, "٤٫٢" if digits == "arab" else "4.2")
    assert megabytes in size_text(4_200_000)
    many = "٣١٢" if digits == "arab" and language == "ar" else "312"
    assert many in entries_text(312)
    grouped = {"en": "12,345", "pt_PT": "12\u00a0345"}.get(
        language, "١٢٬٣٤٥" if digits == "arab" else "12,345"
    )
    assert grouped in VerificationCounts().problems_found(12_345)

    typed = moment_text(datetime(2025, 11, 19, 14, 2))  # a draft's last typing, another day
    assert typed == {
        ("en", "latn"): "2025-11-19 14:02",
        ("pt_PT", "latn"): "19/11/2025 14:02",
        ("ar", "arab"): "١٩\u200f/١١\u200f/٢٠٢٥ ١٤:٠٢",
        ("ar", "latn"): "19\u200f/11\u200f/2025 14:02",
    }[(language, digits)]


def test_the_recall_list_shows_its_dates_and_days_overdue_in_the_window_s_language(
    speak: Callable[[str, Digits], None],
    spoken: Spoken,
) -> None:
    language, digits, day, _kg, _per_kg, _number = spoken
    speak(language, digits)
    late = WorklistRow("T-001", "Ames", "Al", DAY)
    worklist = Worklist(date(2026, 12, 19), due=(late,))
    (row,) = recall_rows(worklist)
    assert row[2:] == (day, "١٢" if (language, digits) == ("ar", "arab") else "12")


@pytest.mark.parametrize(("digits", "twelve"), [("arab", "١٢"), ("latn", "12")])
def test_a_counted_arabic_text_writes_its_count_in_the_clinic_s_digits(
    speak: Callable[[str, Digits], None], digits: Digits, twelve: str
) -> None:
    """Counted texts (Qt's %n) in Arabic: the translation writes %Ln, the number in the window
    locale's digits."""
    speak("ar", digits)
    source = (
        "You have %n unsaved visit(s), kept as your drafts (oldest first). Recover one now, or "
        "keep them for later: they are offered again when you sign in or open their patient."
    )
    shown = QApplication.translate("DraftOffers", source, "", 12)
    assert ARABIC_LETTER.search(shown) is not None  # translated
    assert twelve in shown and "%" not in shown, shown


def test_an_audit_entry_s_moment_is_dated_as_the_window_dates(
    speak: Callable[[str, Digits], None],
    spoken: Spoken,
) -> None:
    """The moment in the audit viewer's table and in its entry line ("Entry #438 · <moment> ·
    …"), where an ISO date after Arabic words read turned round ("07-12-2026")."""
    language, digits, day, _kg, _per_kg, _number = spoken
    from calcitrack.ui.audit.audit_changes_text import local_time_text

    speak(language, digits)
    noon = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)  # the 7th in every time zone but ±12 h
    shown = local_time_text(noon)
    assert shown.startswith(day), shown
    if language == "en":
        assert re.fullmatch(r"2026-12-07 \d\d:00:00", shown)


@pytest.mark.parametrize(("digits", "two"), [("arab", "٢"), ("latn", "2")])
def test_the_patient_list_counts_safety_flags_in_the_clinic_s_digits(
    speak: Callable[[str, Digits], None], digits: Digits, two: str
) -> None:
    """The flags column's "2 safety" in Arabic: the count in the digits the clinic chose (it
    stayed Western beside Arabic-Indic counts elsewhere, seen in the Arabic patient list)."""
    from calcitrack.domain.flags import Flag, FlagKind, Severity
    from calcitrack.ui.patients.patient_flags_cell import flags_cell_text

    speak("ar", digits)
    patient = Patient("T-001", "Ames", "Al", Sex.FEMALE, date(1970, 1, 31), UnderlyingDisease.SSC)
    flag = Flag("x", FlagKind.SAFETY, Severity.WARNING, "t", "r", (), "")
    shown = flags_cell_text(PatientSummary(patient, DAY, 3, 0, flags=(flag, flag),
                                           flags_assessed_on=DAY))  # fmt: skip
    assert ARABIC_LETTER.search(shown) is not None and two in shown, shown


def test_the_change_of_burden_since_the_previous_visit_in_arabic(
    speak: Callable[[str, Digits], None], stored_demo_charts: dict[str, PatientChart]
) -> None:
    """The visit form's burden line: the change and the previous visit's date in the clinic's
    digits and the locale's date (it read "+396 % … (14-09-2026)", turned round, in Arabic)."""
    from calcitrack.domain.entities import LesionMeasurement
    from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
    from calcitrack.ui.visit_form.sections.lesion_burden_text import burden_text

    chart = stored_demo_charts[DEMO_RA_MRN]
    context = FormContext(chart, date(2026, 12, 7), date(2026, 12, 7))
    knee = LesionMeasurement("R knee", 95.0, 70.5, 9.0)
    english = burden_text(context, [knee], {})
    assert "+396 % from previous visit (2026-09-14)" in english, english
    speak("ar", "arab")
    from calcitrack.i18n.catalogue import using
    from calcitrack.i18n.languages import Language

    with using(Language.ARABIC, "arab"):  # the gettext side, as a signed-in Arabic user has it
        arabic = burden_text(context, [knee], {})
    assert "+٣٩٦ %" in arabic and "2026" not in arabic and "٢٠٢٦" in arabic, arabic
    assert not any(c in "0123456789" for c in arabic), arabic


def test_the_visits_table_counts_in_the_clinic_s_digits(
    speak: Callable[[str, Digits], None],
) -> None:
    """Pain and the lesions measured in the Visits tab: Arabic-Indic when the clinic chose them
    (they stayed Western beside Arabic-Indic dates and weights, seen in the Arabic table)."""
    from calcitrack.services.demo.demo_cases import ra_case_chart
    from calcitrack.ui.workspace.visit_table_model import VisitTableModel

    chart = ra_case_chart("DEMO-0001")
    speak("ar", "arab")
    model = VisitTableModel()
    model.set_visits(chart.visits, DAY, (), chart.lesions)
    pain, measured = model.index(0, 3).data(), model.index(0, 6).data()
    assert pain and measured and not any(c in "0123456789" for c in pain + measured), (
        pain, measured,
    )
