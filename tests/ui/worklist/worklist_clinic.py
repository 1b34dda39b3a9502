"""A clinic for the Today view's tests: one patient due today, two overdue, one seen today, one
planned later, one with a signed visit; every other visit unsigned."""

from __future__ import annotations

from datetime import date, timedelta

from calcitrack.bootstrap import Clinic
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from tests.support.accounts import TEST_PASSWORD
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
DAY = timedelta(days=1)
DUE_TODAY, OVERDUE_30, OVERDUE_2, SEEN, LATER, SIGNED = (
    "W-DUE", "W-O30", "W-O2", "W-SEEN", "W-LATER", "W-SIGNED"
)


def chart(mrn: str, family: str, *visits: tuple[date, date | None]) -> PatientChart:
    base = sample_chart(mrn, family)
    return PatientChart(
        base.patient, visits=tuple(Visit(None, d, next_visit_due_on=due) for d, due in visits)
    )


def fill(clinic: Clinic) -> None:
    ChartService(clinic.context()).add_charts([
        chart(DUE_TODAY, "Abreu", (TODAY - 84 * DAY, TODAY)),
        chart(OVERDUE_30, "Barros", (TODAY - 120 * DAY, TODAY - 30 * DAY)),
        chart(OVERDUE_2, "Castro", (TODAY - 60 * DAY, TODAY - 2 * DAY)),
        chart(SEEN, "Dias", (TODAY, TODAY + 84 * DAY)),
        chart(LATER, "Esteves", (TODAY - 7 * DAY, TODAY + 77 * DAY)),
        chart(SIGNED, "Faria", (TODAY - 7 * DAY, TODAY + 77 * DAY)),
    ])
    ctx = clinic.context()
    visit = PatientService(ctx).chart(SIGNED).visits[0]
    VisitService(ctx).sign(SIGNED, visit, TEST_PASSWORD)
