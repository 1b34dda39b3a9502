"""Exports are in the audit trail whichever door made them: a JSON export names where it went,
and an event of a command that runs with no account (database upkeep) names the
operating-system account instead, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from calcitrack.bootstrap import Clinic
from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.services.audit_service import AuditService, record_by_os_user
from calcitrack.services.import_export.chart_service import ChartService
from tests.support.sample_chart import sample_chart


def test_a_json_export_is_recorded_per_patient_with_where_it_went(clinic: Clinic) -> None:
    charts = ChartService(clinic.context())
    charts.add_charts([sample_chart("A-1"), sample_chart("B-2", "Ortiz")])
    charts.export_document(["A-1", "B-2"], to="clinic.json")
    entries = AuditService(clinic.context()).entries(newest_first=True, limit=2)
    assert sorted((e.action, e.patient_mrn, e.actor_id) for e in entries) == [
        ("export", "A-1", clinic.user.id), ("export", "B-2", clinic.user.id),
    ]  # fmt: skip
    assert {e.changes["to"] for e in entries} == {"clinic.json"}


def test_an_event_with_no_account_names_the_os_user_and_keeps_the_chain(clinic: Clinic) -> None:
    record_by_os_user(
        clinic.uow, AuditAction.EXPORT, "maria",
        details={"format": "database", "to": "PostgreSQL db:5432/clinic"},
    )  # fmt: skip
    audit = AuditService(clinic.context())
    [entry] = audit.entries(newest_first=True, limit=1)
    assert (entry.action, entry.actor_id, entry.actor_username) == ("export", None, None)
    assert entry.changes == {
        "format": "database", "to": "PostgreSQL db:5432/clinic", "os_user": "maria"
    }
    assert audit.verify().ok


def test_only_events_made_outside_the_database_are_recorded_this_way(clinic: Clinic) -> None:
    with pytest.raises(ValueError, match="not recorded on request"):
        record_by_os_user(clinic.uow, AuditAction.LOGIN, "maria")
