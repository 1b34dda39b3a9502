"""Text a user reads cites the literature, never a developer document.

Every string constant of the package that is not a docstring (a string standing alone as a
statement: module, class, function and attribute docstrings) may reach a window, the PDF or a
command-line message. None may point at "DOMAIN.md", a "§" section of it or an issue number,
and no "§" at all reaches a reader: a cited regulation or label section is written without the
sign ("VA 38 CFR 4.71", "label section 7"). They cite [R#] sources (calcitrack.domain.sources)
or say it in plain words ("clinic policy").
Docstrings and comments may keep pointing at DOMAIN.md.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import calcitrack

PACKAGE = Path(calcitrack.__file__).parent

DEVELOPER_POINTER = re.compile(r"DOMAIN\.md|DESIGN\.md|§|\bissues?\s*#?\s*\d+", re.IGNORECASE)



def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the string constants that stand alone as a statement (docstrings)."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def pointers(source: str, name: str = "<text>") -> list[str]:
    """Every non-docstring string constant of ``source`` that points at a developer document,
    as "name:line: text"."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in docstrings:
            continue
        if DEVELOPER_POINTER.search(node.value):
            found.append(f"{name}:{node.lineno}: {node.value[:100]!r}")
    return found


def test_the_scanner_finds_a_pointer_and_spares_docstrings_and_citations() -> None:
    source = '''
"""Module docstring citing DOMAIN.md §0.6 is fine."""
RULE = "clinic default — DOMAIN.md §0.5"
"""An attribute docstring about issue 6 is fine."""
def f(x):
    """So is a function docstring (§4.2)."""
    return f"{x} issue 6 default", "VA 38 CFR §4.71 Plates I–II [R22]", "see § 3"
CITED = "VA 38 CFR 4.71 Plates I–II [R22]", "the colchicine label, section 7 [R41]"
'''
    found = pointers(source)
    assert [line.split(":")[1] for line in found] == ["3", "7", "7", "7"]
    assert "DOMAIN.md §0.5" in found[0]


def test_no_user_facing_string_points_at_a_developer_document() -> None:
    found = [
        hit
        for path in sorted(PACKAGE.rglob("*.py"))
        for hit in pointers(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))
    ]
    assert found == [], "\n".join(found)
