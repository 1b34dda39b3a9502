"""The day's worklist from the store, on a real SQLite file and a real PostgreSQL server: due
today and overdue from each patient's latest visit (an earlier visit's plan does not count once a
later visit was made), seen today, unsigned visits per patient; archived patients left out; and
the recall list's output recorded in the audit trail."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta

from sqlalchemy import event

from calcitrack.bootstrap import Clinic
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.worklist import follow_up_due
from calcitrack.services.audit_service import AuditService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.services.worklist_service import WorklistService
from tests.support.accounts import TEST_PASSWORD
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)


def chart(mrn: str, family: str, *visits: tuple[date, date | None]) -> PatientChart:
    """A patient with visits on the given days, each with its next due date."""
    base = sample_chart(mrn, family)
    return PatientChart(
        base.patient,
        visits=tuple(Visit(None, day, next_visit_due_on=due) for day, due in visits),
    )


def add(clinic: Clinic, *charts: PatientChart) -> None:
    ChartService(clinic.context()).add_charts(list(charts))


def test_due_overdue_seen_and_unsigned(clinic: Clinic) -> None:
    day = timedelta(days=1)
    add(
        clinic,
        chart("D-1", "Due", (TODAY - 90 * day, TODAY)),
        chart("O-1", "Overdue", (TODAY - 120 * day, TODAY - 30 * day)),
        chart("O-2", "Later", (TODAY - 60 * day, TODAY - 2 * day)),
        chart("F-1", "Future", (TODAY - 10 * day, TODAY + 5 * day)),
        chart("N-1", "Never", (TODAY - 10 * day, None)),
        # planned long ago, but seen since: the latest visit's plan counts
        chart("S-1", "Seen", (TODAY - 100 * day, TODAY - 20 * day), (TODAY, TODAY + 84 * day)),
        chart("A-1", "Archived", (TODAY - 120 * day, TODAY - 30 * day)),
    )
    patients = PatientService(clinic.context())
    archived = patients.chart("A-1").patient
    patients.set_archived(archived, True)

    worklist = WorklistService(clinic.context()).today_list(TODAY)

    assert [(r.mrn, r.day) for r in worklist.due] == [
        ("O-1", TODAY - 30 * day), ("O-2", TODAY - 2 * day), ("D-1", TODAY)
    ]
    assert [worklist.days_overdue(r) for r in worklist.due] == [30, 2, 0]
    assert [r.mrn for r in worklist.overdue] == ["O-1", "O-2"]
    assert worklist.due[0].name == "Overdue, Inês"
    assert [(r.mrn, r.day) for r in worklist.seen_today] == [("S-1", TODAY)]
    unsigned = {r.mrn: (r.day, r.count) for r in worklist.unsigned}
    assert unsigned["S-1"] == (TODAY - 100 * day, 2)
    assert "A-1" not in unsigned and len(unsigned) == 6


def test_a_signed_visit_leaves_the_unsigned_list(clinic: Clinic) -> None:
    add(clinic, chart("U-1", "Unsigned", (TODAY - timedelta(days=3), None)))
    ctx = clinic.context()
    visit = PatientService(ctx).chart("U-1").visits[0]
    assert [r.mrn for r in WorklistService(ctx).today_list(TODAY).unsigned] == ["U-1"]

    VisitService(ctx).sign("U-1", visit, TEST_PASSWORD)

    assert WorklistService(ctx).today_list(TODAY).unsigned == ()


def test_the_list_is_read_in_a_few_queries_for_a_large_clinic(clinic: Clinic) -> None:
    """The list is read in the same few queries for 20 patients as for 2,000 (never a loop over
    every chart); how fast that is, is for the benchmarks."""

    def charts(first: int, count: int) -> list[PatientChart]:
        made = []
        for n in range(first, first + count):
            patient = dataclasses.replace(sample_chart().patient, mrn=f"L-{n:04d}")
            due = TODAY - timedelta(days=n % 60)
            visit = Visit(None, due - timedelta(days=84), next_visit_due_on=due)
            made.append(PatientChart(patient, visits=(visit,)))
        return made

    def statements_for_the_list() -> tuple[int, int, int]:
        seen: list[str] = []

        def count(*args: object) -> None:
            seen.append(str(args[2]))

        event.listen(clinic.engine, "before_cursor_execute", count)
        try:
            worklist = WorklistService(clinic.context()).today_list(TODAY)
        finally:
            event.remove(clinic.engine, "before_cursor_execute", count)
        return len(seen), len(worklist.due), len(worklist.unsigned)

    add(clinic, *charts(0, 20))
    small, due, unsigned = statements_for_the_list()
    assert (due, unsigned) == (20, 20)
    add(clinic, *charts(20, 1980))
    large, due, unsigned = statements_for_the_list()
    assert (due, unsigned) == (2000, 2000)
    assert large == small <= 8


def test_a_recall_list_written_is_recorded_in_the_audit_trail(clinic: Clinic) -> None:
    ctx = clinic.context()
    WorklistService(ctx).record_recall_output("csv", 4, "recall-2026-11-20.csv")
    WorklistService(ctx).record_recall_output("printed", 4)
    entries = AuditService(ctx).entries(newest_first=True, limit=2)
    details = [json.loads(e.changes_json) for e in reversed(entries)]
    assert [e.action for e in entries] == ["export", "export"]
    assert details[0]["file"] == "recall-2026-11-20.csv" and details[0]["patients"] == 4
    assert details[1]["format"] == "printed" and "file" not in details[1]


def test_follow_up_due_counts_whole_weeks() -> None:
    assert follow_up_due(date(2026, 11, 20), 12) == date(2027, 2, 12)


