"""Where a command cannot write is told in the command's language (Portuguese, Arabic), and in
English word for word as before: the reasons of calcitrack/output_paths.py translated by the
command line (calcitrack/cli/output_paths.py), a full disk too.

Real folders, a real pipe and /proc (where no account can create a file); the real command in
this process against a real SQLite file. The catalogues are tiny ones written here
(tests/support/tmp_catalogue.py): the committed ``.po`` gets these texts when the lead
regenerates it.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from calcitrack.cli.exits import EXIT_USAGE, UserError
from calcitrack.cli.main import run
from calcitrack.cli.output_paths import checked_file, checked_folder, checked_new_folder, os_reason
from calcitrack.i18n.catalogue import activate, using
from calcitrack.i18n.languages import Language
from tests.support.accounts import TEST_ENV, open_signed_in
from tests.support.tmp_catalogue import Entries, install_catalogue

PORTUGUESE: Entries = {
    "error: {message}": "erro: {message}",
    "is a folder; give a file name such as {example}":
        "é uma pasta; indique um nome de ficheiro como {example}",
    "the folder {folder} does not exist": "a pasta {folder} não existe",
    "{folder} is a file, not a folder": "{folder} é um ficheiro, não uma pasta",
    "is not a regular file; give a file name such as {example}":
        "não é um ficheiro normal; indique um nome de ficheiro como {example}",
    "cannot write in that folder ({reason})": "não é possível escrever nessa pasta ({reason})",
    "is a file, not a folder": "é um ficheiro, não uma pasta",
    "the folder is not empty; choose a new or an empty folder":
        "a pasta não está vazia; escolha uma pasta nova ou vazia",
    "disk full (no space left on the device)": "disco cheio (não há espaço livre no dispositivo)",
    "the file system is read-only": "o sistema de ficheiros é só de leitura",
}
ARABIC: Entries = {
    "error: {message}": "خطأ: {message}",
    "is a folder; give a file name such as {example}": "مجلد؛ أعطِ اسم ملف مثل {example}",
    "the folder {folder} does not exist": "المجلد {folder} غير موجود",
}
UNWRITABLE = Path("/proc")


@pytest.fixture
def languages(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    install_catalogue(monkeypatch, tmp_path / "catalogues", Language.PORTUGUESE, PORTUGUESE)
    install_catalogue(monkeypatch, tmp_path / "catalogues", Language.ARABIC, ARABIC)
    places = tmp_path / "places"
    places.mkdir()
    yield places
    activate(Language.ENGLISH)


def refusal(check: object) -> str:
    assert callable(check)
    with pytest.raises(UserError) as refused:
        check()
    assert refused.value.code == EXIT_USAGE
    return str(refused.value)


def test_each_reason_in_portuguese(languages: Path) -> None:
    folder = languages
    (folder / "plain.txt").write_text("x", "utf-8")
    os.mkfifo(folder / "pipe.json")
    (folder / "full").mkdir()
    (folder / "full" / "a.csv").write_text("x", "utf-8")
    with using(Language.PORTUGUESE):
        said = {
            "folder": refusal(lambda: checked_file("-o", folder, "export.json")),
            "missing": refusal(lambda: checked_file("-o", folder / "no" / "e.json", "e.json")),
            "file as folder": refusal(lambda: checked_file("-o", folder / "plain.txt" / "e", "e")),
            "pipe": refusal(lambda: checked_file("-o", folder / "pipe.json", "export.json")),
            "proc": refusal(lambda: checked_file("-o", UNWRITABLE / "e.json", "e.json")),
            "file for folder": refusal(lambda: checked_folder("--out-dir", folder / "plain.txt")),
            "not empty": refusal(lambda: checked_new_folder("--out-dir", folder / "full")),
        }
        full = os_reason(OSError(errno.ENOSPC, "No space left on device"))
        read_only = os_reason(OSError(errno.EROFS, "Read-only file system"))
    assert said["folder"] == (
        f"-o {folder}: é uma pasta; indique um nome de ficheiro como export.json"
    )
    assert said["missing"] == f"-o {folder / 'no' / 'e.json'}: a pasta {folder / 'no'} não existe"
    assert said["file as folder"].endswith(f": {folder / 'plain.txt'} é um ficheiro, não uma pasta")
    assert said["pipe"].endswith(": não é um ficheiro normal; indique um nome de ficheiro como "
                                 "export.json")
    assert said["proc"].startswith(f"-o {UNWRITABLE}: não é possível escrever nessa pasta (")
    assert said["file for folder"] == (
        f"--out-dir {folder / 'plain.txt'}: é um ficheiro, não uma pasta"
    )
    assert said["not empty"].endswith(": a pasta não está vazia; escolha uma pasta nova ou vazia")
    assert full == "disco cheio (não há espaço livre no dispositivo)"
    assert read_only == "o sistema de ficheiros é só de leitura"


def test_in_english_the_reasons_are_as_before(languages: Path) -> None:
    folder = languages
    (folder / "plain.txt").write_text("x", "utf-8")
    assert refusal(lambda: checked_file("-o", folder, "export.json")) == (
        f"-o {folder}: is a folder; give a file name such as export.json"
    )
    assert refusal(lambda: checked_file("-o", folder / "no" / "e.json", "e.json")) == (
        f"-o {folder / 'no' / 'e.json'}: the folder {folder / 'no'} does not exist"
    )
    assert refusal(lambda: checked_file("-o", folder / "plain.txt" / "e", "e")) == (
        f"-o {folder / 'plain.txt' / 'e'}: {folder / 'plain.txt'} is a file, not a folder"
    )
    assert refusal(lambda: checked_file("-o", UNWRITABLE / "e.json", "e.json")).startswith(
        f"-o {UNWRITABLE}: cannot write in that folder ("
    )
    assert refusal(lambda: checked_new_folder("--out-dir", folder / "no" / "new")) == (
        f"--out-dir {folder / 'no' / 'new'}: the folder {folder / 'no'} does not exist"
    )
    assert os_reason(OSError(errno.ENOSPC, "No space")) == "disk full (no space left on the device)"
    assert os_reason(OSError(errno.EACCES, "Permission denied")) == "Permission denied"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pt_PT", "erro: -o {out}: é uma pasta; indique um nome de ficheiro como export.json\n"),
        ("ar", "خطأ: -o {out}: مجلد؛ أعطِ اسم ملف مثل export.json\n"),
        ("", "error: -o {out}: is a folder; give a file name such as export.json\n"),
    ],
)
def test_the_command_refuses_a_folder_in_the_system_s_language(
    languages: Path, language: str, expected: str, tmp_path: Path, calcitrack_home: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "clinic.sqlite3"
    open_signed_in(str(db)).close()
    for name, value in TEST_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANGUAGE", language)
    capsys.readouterr()
    code = run(["export", "--all", "-o", str(languages), "--db", str(db)])
    assert (code, capsys.readouterr().err) == (EXIT_USAGE, expected.format(out=languages))
