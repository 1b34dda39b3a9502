"""A chain anchor's text form reads back as itself; anything else is refused with what was
expected."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcitrack.domain.audit_trail.audit_anchor import EMPTY_TRAIL, AnchorFormatError, ChainAnchor

HEX = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)


@given(st.integers(min_value=0, max_value=10**18 - 1), HEX)
def test_text_round_trips(entry_id: int, digest: str) -> None:
    anchor = ChainAnchor(entry_id, digest)
    assert ChainAnchor.parse(anchor.text()) == anchor
    assert ChainAnchor.parse(f"  #{anchor.text().upper()}\n") == anchor


def test_the_short_form_names_the_entry_and_the_hash_start() -> None:
    assert ChainAnchor(1234, "9f86d081" + "0" * 56).short() == "audit #1234 9f86d081"
    assert EMPTY_TRAIL.text() == "0:" + "0" * 64


@pytest.mark.parametrize("bad", ["", "12", "12:abc", "x:" + "0" * 64, "1:" + "g" * 64])
def test_anything_else_is_refused_saying_what_was_expected(bad: str) -> None:
    with pytest.raises(AnchorFormatError, match="ENTRY_ID:HASH"):
        ChainAnchor.parse(bad)
