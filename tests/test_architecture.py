"""House rules that the test run enforces: the layers of DESIGN.md (import-linter) and ruff."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def test_layers_are_respected() -> None:
    done = subprocess.run(
        [str(BIN / "lint-imports"), "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_ruff_is_clean() -> None:
    done = subprocess.run(
        [str(BIN / "ruff"), "check", "calcitrack", "tests", "migrations"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _import_graph() -> dict[str, set[str]]:
    """Every module of calcitrack and the calcitrack modules it imports, type-only imports (under
    ``TYPE_CHECKING``) and imports inside functions included, as grimp reads them."""
    import grimp

    graph = grimp.build_graph("calcitrack", cache_dir=None)
    return {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for node in sorted(edges):
            if node not in index:
                visit(node)
    finally:
        sys.setrecursionlimit(limit)  # other tests rely on the default (deep JSON is refused)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    """The finder itself: a ring of three and a self-standing pair."""
    ring = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"e"}, "e": set()}
    assert _cycles(ring) == [["a", "b", "c"]]


def test_no_module_imports_itself_back() -> None:
    """No import cycle between any two modules of calcitrack, type-only imports included."""
    assert _cycles(_import_graph()) == []


def _package_of(module: str) -> str:
    """``calcitrack.ui.visit_form.sections.x`` → ``calcitrack.ui.visit_form``: the feature package
    inside its layer (a module directly in a layer stands for itself)."""
    parts = module.split(".")
    return ".".join(parts[:3]) if len(parts) > 3 else module


def test_no_feature_package_imports_itself_back() -> None:
    """Nor between the feature packages of one layer: they stand in a line, so a package can be
    read, tested and changed without the ones above it."""
    edges: dict[str, set[str]] = {}
    for module, imported in _import_graph().items():
        source = _package_of(module)
        for target in map(_package_of, imported):
            layers = source.split(".")[1:2], target.split(".")[1:2]
            if target != source and layers[0] and layers[0] == layers[1]:
                edges.setdefault(source, set()).add(target)
    packages = {n for n in edges if n.count(".") == 2} | {
        t for ts in edges.values() for t in ts if t.count(".") == 2
    }
    cycles = [c for c in _cycles(edges) if packages.intersection(c)]
    assert cycles == [], cycles


#: Packages tested through others, with the reason.
TESTED_ELSEWHERE = {
    "store/records": "the ORM records: tested through the repositories and the migration tests",
}


def test_every_feature_package_has_its_test_folder() -> None:
    """The tests mirror the package: calcitrack/ui/admin ↔ tests/ui/admin."""
    package = REPO / "calcitrack"
    missing = [
        str(folder.relative_to(package))
        for folder in sorted(p.parent for p in package.rglob("__init__.py"))
        if folder.parent != REPO
        and str(folder.relative_to(package)) not in TESTED_ELSEWHERE
        and not (REPO / "tests" / folder.relative_to(package)).is_dir()
    ]
    assert missing == []
