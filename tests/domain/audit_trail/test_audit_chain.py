"""The audit chain's pure parts: the canonical text of values, the entry hash, the check."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from calcitrack.domain.audit_trail.audit import (
    GENESIS_HASH,
    AuditEntry,
    ChainFields,
    VerifyResult,
    canonical_json,
    canonical_time,
    check_chain,
    entry_hash,
)
from calcitrack.domain.codes import Sex

T0 = datetime(2026, 11, 20, 9, 30, 0, 250, tzinfo=timezone.utc)


def test_values_have_one_text_whatever_their_python_form() -> None:
    lisbon_winter = timezone(timedelta(hours=1))
    assert canonical_json(
        {
            "when": datetime(2026, 11, 20, 10, 30, 0, 250, tzinfo=lisbon_winter),
            "born": date(1968, 6, 2),
            "sex": Sex.FEMALE,
            "dose": Decimal("2.50"),
            "b": None,
            "a": [1, 2.5, True],
            "nan": float("nan"),
        }
    ) == (
        '{"a":[1,2.5,true],"b":null,"born":"1968-06-02","dose":"2.50","nan":"nan",'
        '"sex":"female","when":"2026-11-20T09:30:00.000250Z"}'
    )
    png = b"\x89PNG"
    assert canonical_json({"logo": png}) == (
        f'{{"logo":{{"bytes":4,"sha256":"{hashlib.sha256(png).hexdigest()}"}}}}'
    )
    assert canonical_json({"name": "Sørensen"}) == '{"name":"Sørensen"}'  # not escaped


def test_a_timestamp_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        canonical_time(datetime(2026, 11, 20, 9, 30))


def _chain(n: int) -> list[AuditEntry]:
    entries, prev = [], GENESIS_HASH
    for i in range(1, n + 1):
        fields = ChainFields(i, T0, 1, "create", "patients", str(i), i, f'{{"mrn":"P-{i}"}}')
        digest = entry_hash(prev, fields)
        entries.append(AuditEntry(*dataclasses.astuple(fields), prev_hash=prev, hash=digest))
        prev = digest
    return entries


def test_an_intact_chain_is_checked_to_its_end() -> None:
    entries = _chain(5)
    result = check_chain(entries)
    assert (result.ok, result.checked, result.last_id, result.last_hash) == (
        True,
        5,
        5,
        entries[-1].hash,
    )
    assert check_chain([]) == VerifyResult(True, 0)


def test_every_field_is_covered_by_the_hash() -> None:
    base = _chain(1)[0]
    changed = {
        "occurred_at": T0 + timedelta(microseconds=1),
        "actor_id": 2,
        "action": "delete",
        "table_name": "visits",
        "record_id": "9",
        "patient_id": 9,
        "changes_json": '{"mrn":"P-9"}',
    }
    for name, value in changed.items():
        result = check_chain([dataclasses.replace(base, **{name: value})])
        assert (result.ok, result.first_broken_id) == (False, 1), name
        assert "does not match its hash" in result.reason


@pytest.mark.parametrize(
    ("tamper", "broken_at", "checked", "reason"),
    [
        (lambda es: [*es[:2], *es[3:]], 4, 2, "entry #3 is missing"),
        (lambda es: es[1:], 2, 0, "entry #1 is missing"),
        (lambda es: [es[0], es[2], es[1], *es[3:]], 3, 1, "entry #2 is missing"),
        (
            lambda es: [es[0], dataclasses.replace(es[2], id=2), dataclasses.replace(es[1], id=3)],
            2,
            1,
            "does not follow entry #1",
        ),
        (
            lambda es: [es[0], es[1], dataclasses.replace(es[2], prev_hash=GENESIS_HASH)],
            3,
            2,
            "does not follow entry #2",
        ),
    ],
    ids=["deleted", "first-deleted", "reordered", "renumbered", "relinked"],
)
def test_the_first_broken_entry_is_named(
    tamper: Callable[[list[AuditEntry]], list[AuditEntry]],
    broken_at: int,
    checked: int,
    reason: str,
) -> None:
    result = check_chain(tamper(_chain(5)))
    assert (result.ok, result.first_broken_id, result.checked) == (False, broken_at, checked)
    assert reason in result.reason
    assert result.first_broken is not None and result.first_broken.id == broken_at
