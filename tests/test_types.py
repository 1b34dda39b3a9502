"""Types checked in the test run: mypy as ``pyproject.toml`` configures it (strict on the domain,
services, store and reports; standard on the ui, the command line and the roots), and every
``type: ignore`` held to account: its error code and, on the same line, why."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tokenize
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

#: ``# type: ignore[code, code]  # the reason`` and nothing less.
ACCOUNTED = re.compile(r"#\s*type:\s*ignore\[[a-z0-9-]+(,\s*[a-z0-9-]+)*\]\s+#\s*\S.{4,}")


def test_mypy_is_clean() -> None:
    done = subprocess.run(
        [str(BIN / "mypy")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success" in done.stdout


def unaccounted_ignores(source: str) -> list[int]:
    """The lines of ``source`` whose ``type: ignore`` comment lacks its code or its reason."""
    lines = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        ignore = token.type == tokenize.COMMENT and re.search(r"type:\s*ignore", token.string)
        if ignore and not ACCOUNTED.search(token.string):
            lines.append(token.start[0])
    return lines


def test_the_check_tells_an_accounted_ignore_from_a_bare_one() -> None:
    assert unaccounted_ignores("x = f()  # type: ignore\n") == [1]
    assert unaccounted_ignores("x = f()  # type: ignore[arg-type]\n") == [1]
    accounted = "x = f()  # type: ignore[arg-type]  # the stub says int; it is a float\n"
    assert unaccounted_ignores(accounted) == []
    assert unaccounted_ignores('x = "# type: ignore"\n') == []


def test_every_type_ignore_names_its_code_and_its_reason() -> None:
    bare = {
        str(path.relative_to(REPO)): lines
        for path in sorted((REPO / "calcitrack").rglob("*.py"))
        if (lines := unaccounted_ignores(path.read_text(encoding="utf-8")))
    }
    assert bare == {}
