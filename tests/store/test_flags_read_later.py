"""The patient list reads each stored flag's kind and severity at once and its texts only when a
tooltip asks (``flag_repository.flags_read_later``): the same flags as reading them all at once,
and a damaged row refused where the list reads it."""

from __future__ import annotations

import json
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcitrack.domain.flags import Flag, FlagKind, Severity
from calcitrack.domain.flags_read_later import FlagsReadLater, flag_marks
from calcitrack.store.flag_repository import flags_from_json, flags_read_later, flags_to_json
from tests.store.test_flag_texts_stored import FLAGS


def _flag(kind: FlagKind, severity: Severity, code: str = "x") -> Flag:
    return Flag(code, kind, severity, "title", "reason", ("on 2026-03-07",), "[R1]")


@settings(max_examples=150, deadline=None)
@given(st.lists(FLAGS, max_size=4).map(tuple))
def test_read_later_is_read_at_once_with_the_marks_known_first(flags: tuple[Flag, ...]) -> None:
    later = flags_read_later(flags_to_json(flags))
    assert later.marks == tuple((f.kind, f.severity) for f in flags)
    assert len(later) == len(flags)
    assert flag_marks(later) == flag_marks(flags)
    assert later == flags and flags == later  # the tuple it stands for, either way round
    assert hash(later) == hash(flags)
    assert tuple(later) == flags == flags_from_json(flags_to_json(flags))
    assert later.marks == tuple((f.kind, f.severity) for f in flags)  # still, once read


def test_the_texts_are_read_once_and_only_when_looked_at() -> None:
    calls: list[int] = []
    flags = (_flag(FlagKind.SAFETY, Severity.WARNING), _flag(FlagKind.REVIEW, Severity.REVIEW))

    def read() -> tuple[Flag, ...]:
        calls.append(1)
        return flags

    later = FlagsReadLater([(f.kind, f.severity) for f in flags], read)
    assert len(later) == 2 and bool(later)
    assert flag_marks(later) == ((FlagKind.SAFETY, Severity.WARNING),
                                 (FlagKind.REVIEW, Severity.REVIEW))
    assert calls == []
    assert later[0].title == "title" and later[1:] == flags[1:]
    assert list(later) == list(flags)
    assert calls == [1]
    assert "not read yet" not in repr(later)


@pytest.mark.parametrize("stored", [
    "{}", "[1]", '[{"kind": "safety"}]', '[{"kind": "urgent", "severity": "warning"}]',
    '[{"kind": "safety", "severity": "fatal"}]', "not json",
])
def test_a_row_without_readable_kinds_and_severities_is_refused_at_once(stored: str) -> None:
    with pytest.raises(ValueError):
        flags_read_later(stored)


def test_texts_unreadable_later_are_logged_and_read_as_no_flags(
    caplog: pytest.LogCaptureFixture,
) -> None:
    row = {"code": "x", "kind": "review", "severity": "review", "title": {"msgid": 3},
           "reason": "r", "triggers": [], "source": "s"}
    later = flags_read_later(json.dumps([row]))
    assert later.marks == ((FlagKind.REVIEW, Severity.REVIEW),)
    with caplog.at_level(logging.WARNING, logger="calcitrack.store.flag_repository"):
        assert tuple(later) == ()
    assert "cached flags are unreadable" in caplog.text
    assert len(later) == 0 and not flag_marks(later)
