"""The clinic's choice of Arabic digits on a real SQLite file and a real PostgreSQL server: saved
like the other settings (one revision, audited with its old and new value), read by another
workstation, and refused by name when it is not one of the two choices. No migration: it is a row
of the text settings table (revision 0010)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic_text_settings import ARABIC_DIGITS
from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.store.audit_trail import audit_replay
from tests.support.accounts import open_signed_in


def _audited(clinic: Clinic) -> list[tuple[str, dict[str, object]]]:
    with clinic.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT action, changes_json FROM audit_log WHERE table_name = 'clinic_text_settings' "
            "AND record_id = :key ORDER BY id"
        ), {"key": ARABIC_DIGITS})
        return [(r[0], json.loads(r[1])) for r in rows]


def test_the_choice_is_saved_audited_and_read_by_every_workstation(clinic: Clinic) -> None:
    service = ClinicSettingsService(clinic.context())
    assert service.current().arabic_digits == "latn"
    saved = service.save({}, based_on_version=0, texts={ARABIC_DIGITS: "arab"})
    assert saved.arabic_digits == "arab" and saved.version == 1
    other = open_signed_in(clinic.url)
    try:
        assert ClinicSettingsService(other.context()).current().arabic_digits == "arab"
    finally:
        other.close()
    service.save({}, based_on_version=1, texts={ARABIC_DIGITS: "latn"})
    assert _audited(clinic) == [
        ("create", {"value": "arab", "version": 1}),
        ("update", {"value": ["arab", "latn"], "version": [1, 2]}),
    ]
    with clinic.engine.connect() as conn:
        assert audit_replay.replay(conn).differences == []


def test_another_value_is_refused_by_name_and_nothing_is_written(clinic: Clinic) -> None:
    service = ClinicSettingsService(clinic.context())
    with pytest.raises(DomainValidationError) as refused:
        service.save({}, based_on_version=0, texts={ARABIC_DIGITS: "persian"})
    assert [p.field for p in refused.value.problems] == [ARABIC_DIGITS]
    assert service.current().version == 0 and _audited(clinic) == []
