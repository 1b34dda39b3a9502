"""The audit CSV never hands a spreadsheet a formula: every cell that could start one (OWASP CSV
injection guidance: = + - @, tab, carriage return, and the full-width ＝ ＋ － ＠, a pipe, a NUL)
is written as text, and the original text stays readable (one apostrophe in front, nothing else
changed)."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcitrack.domain.audit_trail.audit import AuditEntry
from calcitrack.reports.exports.audit_csv import FORMULA_STARTS, neutralised, write_rows

DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "\0", "＝", "＋", "－", "＠")


def _entry(username: str, mrn: str) -> AuditEntry:
    return AuditEntry(
        id=1, occurred_at=datetime(2026, 1, 2, tzinfo=timezone.utc), actor_id=1,
        action="update", table_name="patients", record_id="1", patient_id=1,
        changes_json="{}", prev_hash="0" * 64, hash="1" * 64,
        actor_username=username, patient_mrn=mrn,
    )


def _cells(username: str, mrn: str) -> list[str]:
    out = io.StringIO(newline="")
    write_rows([_entry(username, mrn)], out)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    return rows[1]


@pytest.mark.parametrize("start", ["|", "\t", "\r", "＝", "＋", "－", "＠", "\0"])
def test_the_leftover_formula_starts_are_neutralised(start: str) -> None:
    payload = f"{start}cmd|' /C calc'!A0"
    cells = _cells(payload, payload)
    assert cells[2] == "'" + payload
    assert cells[6] == "'" + payload


def test_every_dangerous_start_is_known() -> None:
    assert set(DANGEROUS) <= set(FORMULA_STARTS)


text = st.text(
    alphabet=st.one_of(st.sampled_from(DANGEROUS), st.characters(codec="utf-8")), max_size=20
)


@given(username=text, mrn=text)
def test_no_written_cell_starts_a_formula_and_the_text_stays_readable(
    username: str, mrn: str
) -> None:
    cells = _cells(username, mrn)
    for cell, original in ((cells[2], username), (cells[6], mrn)):
        assert not cell.startswith(DANGEROUS)
        assert cell in (original, "'" + original)
        assert neutralised(original) == cell
