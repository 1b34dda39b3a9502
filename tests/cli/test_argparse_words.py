"""argparse's own words ("usage: ", "options", "the following arguments are required: %s") in the
command's language: every text the running Python's argparse translates is marked in
calcitrack/cli/argparse_words.py (read as ``pybabel extract`` reads it), and the command's help and
usage mistakes come out in Portuguese and Arabic, and in English word for word as argparse wrote
them.

The translated runs are the real command (calcitrack.cli.main.run) in this process with tiny
catalogues written here (tests/support/tmp_catalogue.py); the subprocess runs of the installed
entry point read the shipped catalogue, so their Portuguese and Arabic need the catalogues
regenerated with these texts (``make translations``, then filled from the translations handed in).
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file

import calcitrack.cli.argparse_words as argparse_words
from calcitrack.cli.main import run
from calcitrack.i18n.catalogue import activate
from calcitrack.i18n.languages import Language
from tests.support.tmp_catalogue import Entries, install_catalogue

Message = str | tuple[str, str]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}  # the Makefile's extract keywords

PORTUGUESE: Entries = {
    "usage: ": "utilização: ",
    "positional arguments": "argumentos posicionais",
    "options": "opções",
    "show this help message and exit": "mostrar esta mensagem de ajuda e sair",
    "show program's version number and exit": "mostrar o número de versão do programa e sair",
    "%(prog)s: error: %(message)s\n": "%(prog)s: erro: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "os seguintes argumentos são obrigatórios: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "escolha inválida: %(value)r (escolha entre %(choices)s)",
    "unrecognized arguments: %s": "argumentos não reconhecidos: %s",
    ("expected %s argument", "expected %s arguments"): (
        "era esperado %s argumento", "eram esperados %s argumentos", "eram esperados %s argumentos"
    ),
}
ARABIC: Entries = {
    "usage: ": "الاستخدام: ",
    "positional arguments": "الوسائط الموضعية",
    "options": "الخيارات",
    "show this help message and exit": "اعرض رسالة المساعدة هذه واخرج",
    "%(prog)s: error: %(message)s\n": "%(prog)s: خطأ: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "الوسيط %(argument_name)s: %(message)s",
    "expected one argument": "يُتوقع وسيط واحد",
    "the following arguments are required: %s": "الوسائط التالية مطلوبة: %s",
}
ARGPARSE_ENGLISH = ("usage:", "options:", "positional arguments", "show this help message")


def translated_by_argparse(source: str) -> set[Message]:
    """Every text ``source`` (argparse's code) hands to ``_`` or ``ngettext`` as a literal."""
    found: set[Message] = set()
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        texts = [
            arg.value for arg in node.args if isinstance(arg, ast.Constant)
            and isinstance(arg.value, str)
        ]
        if node.func.id == "_" and texts:
            found.add(texts[0])
        elif node.func.id == "ngettext" and len(texts) >= 2:
            found.add((texts[0], texts[1]))
    return found


def marked_in(path: Path) -> set[Message]:
    """The texts ``pybabel extract`` takes from ``path``, with the Makefile's keywords."""
    return {message for _line, message, _comments, _context
            in extract_from_file("python", str(path), keywords=KEYWORDS)}


def test_every_text_argparse_translates_is_marked_for_our_catalogue() -> None:
    argparse_source = Path(argparse.__file__).read_text(encoding="utf-8")
    theirs = translated_by_argparse(argparse_source)
    assert "usage: " in theirs and ("expected %s argument", "expected %s arguments") in theirs
    ours = marked_in(Path(argparse_words.__file__))
    assert theirs - ours == set(), f"argparse of Python {sys.version.split()[0]} has new texts"
    assert set(argparse_words.WORDS) | set(argparse_words.COUNTED) == ours


def test_the_check_finds_a_text_argparse_has_and_we_do_not(tmp_path: Path) -> None:
    source = "x = _('usage: ')\ny = _(kwargs.pop('title'))\nz = ngettext('a %s', 'b %s', n)\n"
    assert translated_by_argparse(source) == {"usage: ", ("a %s", "b %s")}
    marks = tmp_path / "marks.py"
    marks.write_text("N_('usage:')\n", encoding="utf-8")  # the trailing space lost
    assert translated_by_argparse(source) - marked_in(marks) == {"usage: ", ("a %s", "b %s")}


@pytest.fixture
def speaking(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    calcitrack_home: Path,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[object]:
    install_catalogue(monkeypatch, tmp_path / "catalogues", Language.PORTUGUESE, PORTUGUESE)
    install_catalogue(monkeypatch, tmp_path / "catalogues", Language.ARABIC, ARABIC)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    # argparse's own translation functions come back after the test, for pytest's own parser
    # (read through vars(): typeshed does not declare these private module globals)
    monkeypatch.setattr(argparse, "_", vars(argparse)["_"])
    monkeypatch.setattr(argparse, "ngettext", vars(argparse)["ngettext"])
    yield object()
    activate(Language.ENGLISH)


def said(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
         language: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("LANGUAGE", language)
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:  # argparse ends the help and a usage mistake
        run(list(argv))
    out = capsys.readouterr()
    return int(exited.value.code or 0), out.out, out.err


def test_help_in_portuguese_has_no_english_of_argparse(
    speaking: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = said(monkeypatch, capsys, "pt_PT", "--help")
    assert code == 0
    assert out.startswith("utilização: calcitrack ")
    assert "\nargumentos posicionais:\n" in out and "\nopções:\n" in out
    assert "  -h, --help " in out and "mostrar esta mensagem de ajuda e sair" in out
    assert "mostrar o número de versão do programa e sair" in out
    assert not [word for word in ARGPARSE_ENGLISH if word in out]


def test_help_in_arabic(
    speaking: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = said(monkeypatch, capsys, "ar", "--help")
    assert code == 0
    assert out.startswith("الاستخدام: calcitrack ")
    assert "\nالوسائط الموضعية:\n" in out and "\nالخيارات:\n" in out
    assert "اعرض رسالة المساعدة هذه واخرج" in out
    assert not [word for word in ARGPARSE_ENGLISH if word in out]


def test_usage_mistakes_in_portuguese_and_arabic(
    speaking: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = said(monkeypatch, capsys, "pt_PT", "no-such-command")
    assert code == 2
    usage, mistake = err.splitlines()[0], err.splitlines()[-1]
    assert usage.startswith("utilização: calcitrack ")
    assert mistake.startswith(
        "calcitrack: erro: argumento COMMAND: escolha inválida: 'no-such-command' (escolha entre "
    )
    _code, _out, err = said(monkeypatch, capsys, "pt_PT", "--frobnicate")
    assert err.splitlines()[-1] == "calcitrack: erro: argumentos não reconhecidos: --frobnicate"
    _code, _out, err = said(monkeypatch, capsys, "ar", "users", "add")
    assert err.splitlines()[-1].startswith("calcitrack users add: خطأ: الوسائط التالية مطلوبة: ")
    _code, _out, err = said(monkeypatch, capsys, "ar", "users", "add", "--role")
    assert err.splitlines()[-1] == "calcitrack users add: خطأ: الوسيط --role: يُتوقع وسيط واحد"


def test_in_english_argparse_says_what_it_always_said(
    speaking: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = said(monkeypatch, capsys, "", "--help")
    assert code == 0
    assert out.startswith("usage: calcitrack ")
    assert "\npositional arguments:\n" in out and "\noptions:\n" in out
    assert "show program's version number and exit" in out
    _code, _out, err = said(monkeypatch, capsys, "", "--frobnicate")
    assert err.splitlines()[-1] == "calcitrack: error: unrecognized arguments: --frobnicate"


def _installed_command(language: str, *argv: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CALCITRACK_HOME": str(home), "LANGUAGE": language, "LANG": "C.UTF-8"}
    for name in ("LC_ALL", "LC_MESSAGES", "CALCITRACK_DATABASE_URL"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "calcitrack", *argv],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )


def test_the_installed_command_speaks_argparse_s_words_in_each_language(
    calcitrack_home: Path,
) -> None:
    # the shipped catalogues: needs them regenerated with argparse_words' texts
    english = _installed_command("", "--frobnicate", home=calcitrack_home)
    assert (english.returncode, english.stderr.splitlines()[-1]) == (
        2, "calcitrack: error: unrecognized arguments: --frobnicate"
    )
    portuguese = _installed_command("pt_PT", "--help", home=calcitrack_home)
    assert portuguese.stdout.startswith("utilização: calcitrack ")
    assert "\nopções:\n" in portuguese.stdout
    arabic = _installed_command("ar", "users", "add", home=calcitrack_home)
    assert arabic.returncode == 2
    assert arabic.stderr.splitlines()[-1].startswith(
        "calcitrack users add: خطأ: الوسائط التالية مطلوبة: "
    )
