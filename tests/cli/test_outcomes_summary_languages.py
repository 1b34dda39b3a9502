"""``calcitrack outcomes``' summary (and the outcomes tables the window and the PDF print) in the
reader's language, on the constructed clinic of tests/domain/outcomes (hand counts there).

* Every text is marked: under a catalogue that writes every gettext text of the package in
  full-width letters (placeholders kept), no ASCII word is left but the report's data (the drugs'
  names, the flags' codes): a text that skipped gettext, even one put into another's
  placeholder, still reads in ASCII.
* Portuguese, with a small catalogue built here (the words checked, so that the tests hold
  whatever the shipped catalogue says): the words and the decimal comma.
* English as it always was, and the CSV stays English whoever exports it.
"""

from __future__ import annotations

import gettext
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from calcitrack.cli.outcomes_summary import summary_lines
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.outcomes.outcomes import outcomes_report
from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery, OutcomesReport
from calcitrack.i18n import catalogue
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.reports.charts.outcome_charts import counts_text, excluded_text
from calcitrack.reports.outcomes import outcomes_text as words
from calcitrack.reports.outcomes.outcomes_csv import outcomes_rows
from tests.domain.outcomes.outcomes_clinic import AS_OF, clinic
from tests.support.pseudo_locale import extract_gettext
from tests.support.tmp_catalogue import installed

PORTUGUESE = {
    "Clinic outcomes: {regimen} — {disease}, records up to {day}":
        "Resultados da clínica: {regimen} — {disease}, registos até {day}",
    "every underlying disease": "todas as doenças subjacentes",
    "Started the regimen: {started} (still on it: {still_on}, stopped: {stopped}); never took "
    "it together: {not_started}":
        "Iniciaram o esquema: {started} (ainda o fazem: {still_on}, suspenderam: {stopped}); "
        "nunca o tomaram em conjunto: {not_started}",
    "Burden change from baseline at the latest assessed visit on the regimen: n = {n}, from "
    "{low} to {high}; {left_out}":
        "Alteração da carga desde a consulta inicial na última consulta avaliada sob o esquema: "
        "n = {n}, de {low} a {high}; {left_out}",
    "{value} %": "{value} %",
    "about 6 months": "cerca de 6 meses",
    "Response {window} (visit nearest day {target}, within day {first} to day {last}): n = {n}":
        "Resposta a {window} (consulta mais próxima do dia {target}, entre o dia {first} e o "
        "dia {last}): n = {n}",
    "improved": "melhoria",
    "stable": "estável",
    "progressed": "progressão",
    "no visit in the window": "sem consulta na janela",
    "categories of the response assessment: borrowed from the SCTC radiographic 1-year change "
    "categories {citation}, not validated for lesion area":
        "categorias da avaliação da resposta: emprestadas das categorias de alteração "
        "radiográfica a 1 ano do SCTC {citation}, não validadas para a área das lesões",
    "Started the regimen": "Iniciaram o esquema",
    "{count} ({share} %)": "{count} ({share} %)",
}  # fmt: skip


@pytest.fixture(scope="module")
def report() -> OutcomesReport:
    return outcomes_report(
        clinic(), ClinicSettings(), OutcomesQuery(("diltiazem", "colchicine"), None, AS_OF)
    )


PLACEHOLDER = re.compile(r"(\{[^{}]*\})")
WIDE = str.maketrans(
    {c: chr(ord(c) - ord("A") + ord("Ａ")) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    | {c: chr(ord(c) - ord("a") + ord("ａ")) for c in "abcdefghijklmnopqrstuvwxyz"}
)


def wide(text: str) -> str:
    """``text`` in full-width letters, its ``{placeholders}`` as they are."""
    return "".join(
        part if PLACEHOLDER.fullmatch(part) else part.translate(WIDE)
        for part in PLACEHOLDER.split(text)
    )


@pytest.fixture(scope="module")
def pseudo(tmp_path_factory: pytest.TempPathFactory) -> gettext.GNUTranslations:
    """Every text of calcitrack/ marked for gettext (extracted as `make translations` does), in
    full-width letters."""
    pot = extract_gettext(Path(tmp_path_factory.mktemp("wide")) / "calcitrack.pot")
    with pot.open("rb") as file:
        catalog = read_po(file, locale="pt_PT")
    for message in catalog:
        if message.id:
            forms = message.id if isinstance(message.id, tuple | list) else (message.id,)
            wide_forms = [wide(form) for form in forms]
            # pt_PT has three plural slots: one, many (millions), other
            plural = (wide_forms[0], wide_forms[-1], wide_forms[-1])
            message.string = plural if isinstance(message.id, tuple | list) else wide_forms[0]
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@pytest.fixture
def pseudo_portuguese(pseudo: gettext.GNUTranslations) -> Iterator[None]:
    """Every gettext text in full-width letters, answered for Portuguese (its numbers and
    dates)."""
    catalogue.install(Language.PORTUGUESE, pseudo)
    try:
        with using(Language.PORTUGUESE):
            yield
    finally:
        catalogue.install(Language.PORTUGUESE, None)


def _everything(report: OutcomesReport) -> list[str]:
    """The summary, and every text the window's and the PDF's tables take from the report."""
    texts = [*summary_lines(report), words.title(report), words.subtitle(report)]
    texts += [cell for pair in words.cohort_facts(report) for cell in pair]
    texts += [*words.window_header(report), *(c for row in words.window_rows(report) for c in row)]
    for curve in (report.time_to_improved, report.drug_survival):
        texts += [cell for pair in words.curve_facts(curve) for cell in pair]
        texts += [counts_text(curve), excluded_text(curve.excluded)]
        texts += [cell for row in words.exclusion_rows(curve.excluded) for cell in row]
    texts += [*words.flag_header(), *(c for row in words.flag_rows(report) for c in row)]
    return texts


def _unmarked(report: OutcomesReport, texts: list[str]) -> list[str]:
    """The ASCII words of ``texts`` (two letters or more) that are not the report's data."""
    data = [report.regimen_label, *(f"[{f.code}]" for f in report.flags)]
    left: list[str] = []
    for text in texts:
        rest = text
        for value in data:
            rest = rest.replace(value, " ")
        left += [f"{word!r} in {text!r}" for word in re.findall("[A-Za-z]{2,}", rest)]
    return left


def test_no_english_text_is_left_unmarked(report: OutcomesReport, pseudo_portuguese: None) -> None:
    left = _unmarked(report, _everything(report))
    assert not left, "\n".join(left)


def test_the_check_finds_an_unmarked_text(report: OutcomesReport, pseudo_portuguese: None) -> None:
    """The check above finds a text that skipped gettext (the report's own English words)."""
    assert _unmarked(report, [report.disclaimer, report.windows[0].label])


@pytest.fixture(scope="module")
def portuguese(report: OutcomesReport) -> str:
    with installed(Language.PORTUGUESE, PORTUGUESE), using(Language.PORTUGUESE):
        return "\n".join(summary_lines(report))


def test_the_summary_reads_in_portuguese(portuguese: str) -> None:
    assert (
        "Resultados da clínica: diltiazem + colchicine — todas as doenças subjacentes, registos "
        "até 01/06/2026" in portuguese
    )
    assert (
        "Iniciaram o esquema: 8 (ainda o fazem: 6, suspenderam: 2); nunca o tomaram em "
        "conjunto: 2" in portuguese
    )
    assert (
        "Resposta a cerca de 6 meses (consulta mais próxima do dia 182, entre o dia 140 e o "
        "dia 224): n = 8\n  melhoria 1, estável 0, progressão 0" in portuguese
    )
    assert "sem consulta na janela 3" in portuguese
    # the citation marker is kept exactly
    assert "alteração radiográfica a 1 ano do SCTC [R2], não validadas" in portuguese
    for english in ("Started the regimen", "Clinic outcomes", "about 6 months", "improved 1"):
        assert english not in portuguese


def test_portuguese_numbers_have_decimal_commas(portuguese: str) -> None:
    assert "n = 5, de −37,5 % a +25,0 %;" in portuguese
    assert "37.5" not in portuguese and "25.0" not in portuguese


def test_the_tables_read_in_portuguese(report: OutcomesReport) -> None:
    with installed(Language.PORTUGUESE, PORTUGUESE), using(Language.PORTUGUESE):
        facts = dict(words.cohort_facts(report))
        rows = words.window_rows(report)
    assert facts["Iniciaram o esquema"]
    assert rows[0][:2] == ("Melhoria", "1 (12 %)")
    assert "   sem consulta na janela" in [row[0] for row in rows]


def test_english_is_as_it_always_was(report: OutcomesReport) -> None:
    text = "\n".join(summary_lines(report))
    assert text.startswith(
        "Clinic outcomes: diltiazem + colchicine — every underlying disease, records up to "
        "2026-06-01\nStarted the regimen: 8 (still on it: 6, stopped: 2); never took it "
        "together: 2\nDays on the regimen: median 191 (from 60 to 400); visits on it: 15\n"
    )
    assert "n = 5, from −37.5 % to +25.0 %; left out 3 (no visit on the regimen after its " in text
    assert "  (Kaplan–Meier estimate, scipy.stats.ecdf; 95 % log-log interval)\n" in text
    assert "Safety and review flags at the 15 visits on the regimen (patients, visits;" in text


def test_the_csv_stays_english_whoever_exports_it(report: OutcomesReport) -> None:
    english = outcomes_rows(report)
    with installed(Language.PORTUGUESE, PORTUGUESE), using(Language.PORTUGUESE):
        assert outcomes_rows(report) == english
        # the report computed by a Portuguese reader holds the same English words
        again = outcomes_report(
            clinic(), ClinicSettings(), OutcomesQuery(("diltiazem", "colchicine"), None, AS_OF)
        )
    assert outcomes_rows(again) == english
    assert again.disease_label == "every underlying disease"
