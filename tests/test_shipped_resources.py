"""The top-level resources/ found from a source checkout (the wheel and the frozen app are
checked by tests/dist and the wheel test, which read the fonts, the body map and the catalogues
through the same function)."""

from __future__ import annotations

from pathlib import Path

from calcitrack.shipped_resources import SOURCE_RESOURCES, shipped

REPO = Path(__file__).resolve().parents[1]


def test_files_and_folders_of_the_checkout_are_found() -> None:
    assert SOURCE_RESOURCES == REPO / "resources"
    assert shipped() == REPO / "resources"
    assert shipped("fonts", "DejaVuSans.ttf").is_file()
    assert shipped("translations") == REPO / "resources" / "translations"
    assert shipped("body_map.svg").read_text(encoding="utf-8").lstrip().startswith("<")


def test_a_missing_file_is_named_where_it_should_be() -> None:
    assert shipped("fonts", "missing.ttf") == REPO / "resources" / "fonts" / "missing.ttf"
    assert not shipped("fonts", "missing.ttf").exists()
