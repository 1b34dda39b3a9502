"""The window's start failure (a reason CalciTrack cannot explain) on standard error and in the
message box, in the language the window started in (activated for gettext before the clinic is
opened), and in English word for word as before. Tiny catalogues written here
(tests/support/tmp_catalogue.py); the committed ``.po`` gets the text when the lead regenerates
it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calcitrack.cli.exits import EXIT_FAILED
from calcitrack.cli.main import _explain_start_failure
from calcitrack.i18n.catalogue import activate
from calcitrack.i18n.languages import Language
from calcitrack.store.locations import log_dir
from tests.support.tmp_catalogue import install_catalogue

UNEXPECTED = "an unexpected error ({kind}); see the log in {folder}"


@pytest.fixture
def languages(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, calcitrack_home: Path
) -> Iterator[Path]:
    install_catalogue(monkeypatch, tmp_path / "catalogues", Language.PORTUGUESE, {
        "error: {message}": "erro: {message}",
        UNEXPECTED: "um erro inesperado ({kind}); consulte o registo em {folder}",
    })  # fmt: skip
    install_catalogue(monkeypatch, tmp_path / "catalogues", Language.ARABIC, {
        "error: {message}": "خطأ: {message}",
        UNEXPECTED: "خطأ غير متوقع ({kind})؛ راجع السجل في {folder}",
    })  # fmt: skip
    yield calcitrack_home
    activate(Language.ENGLISH)


@pytest.mark.parametrize(
    ("language", "message", "line"),
    [
        (Language.PORTUGUESE, "um erro inesperado (RuntimeError); consulte o registo em {folder}",
         "erro: "),
        (Language.ARABIC, "خطأ غير متوقع (RuntimeError)؛ راجع السجل في {folder}", "خطأ: "),
        (Language.ENGLISH, "an unexpected error (RuntimeError); see the log in {folder}",
         "error: "),
    ],
)
def test_an_unexpected_start_failure_is_told_in_the_window_s_language(
    languages: Path, language: Language, message: str, line: str,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    activate(language)
    told = message.format(folder=log_dir())
    assert _explain_start_failure(RuntimeError("the sign-in dialog broke")) == (told, EXIT_FAILED)
    assert capsys.readouterr().err == f"{line}{told}\n"
    assert "the window could not start" in caplog.text  # the log stays English
