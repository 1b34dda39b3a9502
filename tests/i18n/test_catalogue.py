"""The gettext catalogue: English by default, the process's language once activated, another one
inside ``using`` for one thread only; a missing catalogue falls back to English with a warning."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from calcitrack.i18n.catalogue import (
    N_,
    _,
    activate,
    catalogue_path,
    current_language,
    load_translations,
    ngettext,
    using,
)
from calcitrack.i18n.languages import Language

EN, PT, AR = Language.ENGLISH, Language.PORTUGUESE, Language.ARABIC
JOBS = "--jobs needs a positive number of processes"
JOBS_PT = "--jobs precisa de um número positivo de processos"
JOBS_AR = "--jobs يحتاج إلى عدد موجب من العمليات"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """The process's language is global: every test leaves it as it found it (English)."""
    assert current_language() is EN
    yield
    activate(EN)


def _patients(n: int) -> str:
    return ngettext("{count} patient", "{count} patients", n).format(count=n)


def test_english_is_the_source_text() -> None:
    assert _(JOBS) == JOBS
    assert _("a text no catalogue holds") == "a text no catalogue holds"
    assert [_patients(n) for n in (0, 1, 2)] == ["0 patients", "1 patient", "2 patients"]


def test_deferred_marking_returns_the_text_itself() -> None:
    marked = N_(JOBS)
    assert marked is JOBS
    with using(PT):
        assert _(marked) == JOBS_PT  # translated where it is shown


def test_the_process_language_once_activated() -> None:
    activate(PT)
    assert current_language() is PT
    assert _(JOBS) == JOBS_PT
    assert _("a text no catalogue holds") == "a text no catalogue holds"
    activate(AR)
    assert _(JOBS) == JOBS_AR


def test_portuguese_plural_slots_follow_babels_order_one_many_other() -> None:
    with using(PT):
        assert [_patients(n) for n in (0, 1, 2, 1_000_000)] == [
            "0 doentes", "1 doente", "2 doentes", "1000000 doentes"]


def test_arabic_has_six_plural_forms() -> None:
    with using(AR):
        assert [_patients(n) for n in (0, 1, 2, 3, 11, 100)] == [
            "0 مريض", "1 مريض", "2 مريضان", "3 مرضى", "11 مريضًا", "100 مريض"]


def test_using_gives_back_the_language_before_it_even_when_the_block_raises() -> None:
    activate(PT)
    with using(AR) as language:
        assert language is AR
        with using(EN):
            assert _(JOBS) == JOBS
        assert _(JOBS) == JOBS_AR
    assert current_language() is PT
    with pytest.raises(RuntimeError), using(EN):
        raise RuntimeError("the PDF failed")
    assert current_language() is PT


def test_two_threads_each_in_their_language_while_the_window_reads_its_own() -> None:
    """A worker renders a PDF in Portuguese, another in Arabic, while the GUI thread's text stays
    in the process's language: all three translate at the same moment (held together by a
    barrier, so the blocks are certainly open at once)."""
    activate(EN)
    inside = threading.Barrier(3, timeout=30)
    seen: dict[str, list[str]] = {}

    def render(name: str, language: Language) -> None:
        with using(language):
            inside.wait()  # both blocks open, the main thread reading
            seen[name] = [_(JOBS), _patients(2)]
            inside.wait()
        seen[name].append(_(JOBS))  # the block is left: the process's language again

    workers = [threading.Thread(target=render, args=("pt", PT)),
               threading.Thread(target=render, args=("ar", AR))]
    for worker in workers:
        worker.start()
    inside.wait()
    gui = [_(JOBS), _patients(2)]
    inside.wait()
    for worker in workers:
        worker.join(timeout=30)
    assert gui == [JOBS, "2 patients"]
    assert seen == {
        "pt": [JOBS_PT, "2 doentes", JOBS],
        "ar": [JOBS_AR, "2 مريضان", JOBS],
    }


def test_a_thread_started_inside_a_block_reads_the_process_language() -> None:
    """A thread does not inherit its starter's block (a Qt pool thread would not either)."""
    activate(PT)
    heard: list[str] = []
    with using(AR):
        worker = threading.Thread(target=lambda: heard.append(_(JOBS)))
        worker.start()
        worker.join(timeout=30)
    assert heard == [JOBS_PT]


def _write_catalogue(folder: Path, language: Language, translations: dict[str, str]) -> Path:
    catalog = Catalog(locale=language.code, domain="calcitrack")
    for source, text in translations.items():
        catalog.add(source, text)
    path = catalogue_path(language, folder)
    path.parent.mkdir(parents=True)
    with path.open("wb") as file:
        write_mo(file, catalog)
    return path


def test_a_catalogue_is_read_from_its_folder(tmp_path: Path) -> None:
    path = _write_catalogue(tmp_path, PT, {"Visit": "Consulta"})
    assert path == tmp_path / "pt_PT" / "LC_MESSAGES" / "calcitrack.mo"
    assert load_translations(PT, tmp_path).gettext("Visit") == "Consulta"
    assert load_translations(EN, tmp_path).gettext("Visit") == "Visit"


def test_a_missing_catalogue_falls_back_to_english_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="calcitrack.i18n.catalogue"):
        found = load_translations(AR, tmp_path)
    assert found.gettext(JOBS) == JOBS
    assert found.ngettext("{count} patient", "{count} patients", 2) == "{count} patients"
    assert [r.getMessage() for r in caplog.records] == [
        f"no usable ar catalogue at {tmp_path / 'ar/LC_MESSAGES/calcitrack.mo'} "
        "(FileNotFoundError): its text is shown in English"]


@pytest.mark.parametrize("content", [b"", b"not a catalogue at all"])
def test_an_unreadable_catalogue_falls_back_to_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    path = catalogue_path(PT, tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="calcitrack.i18n.catalogue"):
        assert load_translations(PT, tmp_path).gettext(JOBS) == JOBS
    assert len(caplog.records) == 1
    assert "its text is shown in English" in caplog.records[0].getMessage()


def test_numbers_and_dates_follow_the_current_language_and_digits() -> None:
    from datetime import date

    from calcitrack.i18n.catalogue import current_digits
    from calcitrack.i18n.formats import day, number

    assert (number(1234.5, 1), day(date(2026, 3, 7))) == ("1,234.5", "7 Mar 2026")
    activate(AR, "arab")
    assert current_digits() == "arab"
    assert number(2.45, 2) == "٢٫٤٥"
    with using(PT):
        assert (number(1234.5, 1), day(date(2026, 3, 7), "short")) == ("1234,5", "07/03/26")
    with using(AR, "latn"):
        assert number(2.45, 2) == "2.45"
    assert number(2.45, 2) == "٢٫٤٥"
    activate(EN)
    assert current_digits() == "latn"


def test_a_short_text_reads_as_its_context_means_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """"Active" is a lesion's status ("Ativa") and the patients a list shows ("Ativos")."""
    from calcitrack.domain.patient_list import StatusFilter
    from calcitrack.i18n import catalogue
    from calcitrack.i18n.catalogue import NC_, pgettext

    catalog = Catalog(locale=PT.code, domain=catalogue.DOMAIN)
    catalog.add("Active", "Ativa")
    catalog.add("Active", "Ativos", context="patients shown")
    path = catalogue_path(PT, tmp_path)
    path.parent.mkdir(parents=True)
    with path.open("wb") as file:
        write_mo(file, catalog)
    monkeypatch.setitem(catalogue._loaded, PT, load_translations(PT, tmp_path))
    assert NC_("patients shown", "Active") == "Active"
    with using(PT):
        assert (_("Active"), pgettext("patients shown", "Active")) == ("Ativa", "Ativos")
        assert StatusFilter.ACTIVE.label == "Ativos"
    assert StatusFilter.ACTIVE.label == "Active"
