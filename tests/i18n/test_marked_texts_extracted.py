"""A text marked for gettext inside an f-string's braces (``f"<b>{_('high')}</b>"``) is never
extracted (Babel reads no code inside f-strings), so it stays English in every language: mark it
outside the f-string."""

from __future__ import annotations

import ast
from pathlib import Path

import calcitrack

MARKERS = frozenset({"_", "N_", "ngettext", "pgettext", "NC_"})


def _marked_inside_f_strings(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Name)
                    and inner.func.id in MARKERS
                    and any(  # a literal text: a constant marked elsewhere is extracted there
                        isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                        for arg in inner.args
                    )
                ):
                    lines.append(inner.lineno)
    return lines


def test_no_text_is_marked_inside_an_f_string() -> None:
    package = Path(calcitrack.__file__).parent
    found = [
        f"{path.relative_to(package.parent)}:{line}"
        for path in sorted(package.rglob("*.py"))
        for line in _marked_inside_f_strings(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []


def test_the_check_sees_a_text_marked_inside_an_f_string() -> None:
    assert _marked_inside_f_strings(ast.parse("x = f\"<b>{_('high')}</b>\"")) == [1]
    assert _marked_inside_f_strings(ast.parse("x = '<b>' + _('high') + '</b>'")) == []
    assert _marked_inside_f_strings(ast.parse("x = f'{_(MARKED_ELSEWHERE)}'")) == []
