"""The frozen bundle, built once per session into a temporary folder."""

from __future__ import annotations

import pytest

from tests.dist.bundle import Bundle, build


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """``packaging/calcitrack.spec`` built as ``make dist`` builds it; a failed build fails every
    test that uses it (it is not a reason to skip)."""
    folder = tmp_path_factory.mktemp("pyinstaller")
    built = build(folder / "dist", folder / "build")
    print(f"\nbuilt the frozen bundle in {built.build_seconds:.0f} s")
    return built
