"""Every source the program cites can be looked up: each ``[R#]`` in the package is in SOURCES."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import calcitrack
from calcitrack.domain.sources import SOURCES, cited_keys, cited_sources

PACKAGE = Path(calcitrack.__file__).parent


def test_every_reference_cited_in_the_package_has_its_citation() -> None:
    texts = [path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py")]
    cited = cited_keys(texts)
    assert len(cited) > 20  # the rules cite their sources: this test looks at real text
    missing = [key for key in cited if key not in SOURCES]
    assert missing == []


def test_cited_sources_in_numeric_order_each_once() -> None:
    found = cited_sources(["diltiazem [R38][R34]", "colchicine [R41] and again [R38]"])
    assert [s.key for s in found] == ["R34", "R38", "R41"]
    assert found[1].citation.startswith("Diltiazem HCl ER capsules US label")


def test_an_unknown_key_is_an_error_not_a_silent_gap() -> None:
    with pytest.raises(KeyError):
        cited_sources(["[R9999]"])


def test_keys_count_up_from_r1_without_gaps() -> None:
    assert all(re.fullmatch(r"R\d+", key) for key in SOURCES)
    numbers = [int(key[1:]) for key in SOURCES]
    assert numbers == list(range(1, len(numbers) + 1))
