"""The progress bars of ``demo --synthetic``, ``export --format fhir`` and ``db migrate-to`` are
labelled, and count their unit, in the command's language (English as before).

The real command in this process against real SQLite files, its standard error a terminal for
tqdm (which shows nothing on a pipe); tiny catalogues written here (tests/support/tmp_catalogue.py).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from calcitrack.cli.main import run
from calcitrack.i18n.catalogue import activate
from calcitrack.i18n.languages import Language
from calcitrack.services.import_export.chart_service import ChartService
from tests.support.accounts import TEST_ENV, open_signed_in
from tests.support.sample_chart import sample_chart
from tests.support.tmp_catalogue import Entries, install_catalogue

PORTUGUESE: Entries = {
    ("progress bar", "synthetic clinic"): "clínica sintética",
    ("progress bar", "FHIR export"): "exportação FHIR",
    ("progress bar", "copy"): "cópia",
    ("progress bar unit", "patient"): "doente",
    ("progress bar unit", "row"): "linha",
}
ARABIC: Entries = {
    ("progress bar", "FHIR export"): "تصدير FHIR",
    ("progress bar unit", "patient"): "مريض",
}


class Terminal(io.StringIO):
    """Standard error as tqdm sees a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def clinic(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, calcitrack_home: Path
) -> Iterator[Path]:
    for language, entries in ((Language.PORTUGUESE, PORTUGUESE), (Language.ARABIC, ARABIC)):
        install_catalogue(monkeypatch, tmp_path / "catalogues", language, _contexts(entries))
    for name, value in TEST_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    db = tmp_path / "clinic.sqlite3"
    opened = open_signed_in(str(db))
    try:
        ChartService(opened.context()).add_charts([sample_chart()])
    finally:
        opened.close()
    yield db
    activate(Language.ENGLISH)


def _contexts(entries: Entries) -> Entries:
    # a context-bound msgid is stored as "context\x04text" in a compiled catalogue
    return {
        (f"{key[0]}\x04{key[1]}" if isinstance(key, tuple) else key): text
        for key, text in entries.items()
    }


def progress(monkeypatch: pytest.MonkeyPatch, language: str, *argv: str) -> str:
    """The progress bar's states the command drew (without its other messages), one a line."""
    monkeypatch.setenv("LANGUAGE", language)
    terminal = Terminal()
    with contextlib.redirect_stderr(terminal), contextlib.redirect_stdout(io.StringIO()):
        code = run(list(argv))
    assert code == 0, terminal.getvalue()
    drawn = terminal.getvalue().replace("\r", "\n").splitlines()
    bars = [line for line in drawn if "|" in line]
    assert bars, terminal.getvalue()
    return "\n".join(bars)


def test_the_fhir_export_bar_in_portuguese_arabic_and_english(
    clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def export(language: str, name: str) -> str:
        return progress(monkeypatch, language, "export", "--format", "fhir", "--all",
                        "-o", str(tmp_path / name), "--db", str(clinic))  # fmt: skip

    portuguese = export("pt_PT", "pt.json")
    assert "exportação FHIR: 100%" in portuguese and " 1/1 [" in portuguese
    assert "doente/s]" in portuguese or "s/doente]" in portuguese
    assert "FHIR export" not in portuguese and "patient" not in portuguese
    arabic = export("ar", "ar.json")
    assert "تصدير FHIR: 100%" in arabic and ("مريض/s]" in arabic or "s/مريض]" in arabic)
    english = export("", "en.json")
    assert "FHIR export: 100%" in english and ("patient/s]" in english or "s/patient]" in english)


def test_the_synthetic_clinic_and_the_copy_in_portuguese(
    tmp_path: Path, clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = progress(monkeypatch, "pt_PT", "demo", "--synthetic", "2",
                     "--db", str(tmp_path / "synthetic.sqlite3"))  # fmt: skip
    assert "clínica sintética: 100%" in built and " 2/2 [" in built
    assert "doente/s]" in built or "s/doente]" in built
    copied = progress(monkeypatch, "pt_PT", "db", "migrate-to",
                      str(tmp_path / "moved.sqlite3"), "--db", str(clinic))  # fmt: skip
    assert "cópia: " in copied and ("linha/s]" in copied or "s/linha]" in copied)
    assert "copy" not in copied and "row" not in copied
