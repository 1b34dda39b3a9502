"""The clinic outcomes: the report of a regimen over every chart, and its export recorded in the
audit trail (the window, the PDF and the CSV all show the one report computed here).

Only the charts of patients with a medication period of every drug of the regimen are loaded:
the others never took it and are only counted.
"""

from __future__ import annotations

import logging
import time

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.outcomes.outcomes import outcomes_report
from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery, OutcomesReport
from calcitrack.domain.outcomes.query_check import check_query
from calcitrack.domain.outcomes.query_check import regimen_choices as _regimen_choices
from calcitrack.services.context import ServiceContext
from calcitrack.store import chart_repository, outcomes_repository, settings_repository
from calcitrack.store.audit_trail import audit

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("outcomes-pdf", "outcomes-csv")
"""How the outcomes leave CalciTrack (the audit entries' "format")."""


class OutcomesService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def regimen_choices(self) -> tuple[tuple[str, str], ...]:
        """(code, name) of every drug a regimen can be built from (no patient data)."""
        return _regimen_choices()

    def report(self, query: OutcomesQuery) -> OutcomesReport:
        """The outcomes of ``query`` over every chart, with the clinic's settings.

        An unknown drug or disease is refused first (DomainValidationError listing the valid
        codes), before anything is read."""
        self._ctx.require(Permission.READ_CHARTS)
        check_query(query)
        started = time.perf_counter()
        with self._ctx.uow.read() as session:
            settings = settings_repository.load(session)
            ids = outcomes_repository.patients_with_every_drug(
                session, query.regimen, query.disease
            )
            others = outcomes_repository.count_patients(session, query.disease) - len(ids)
            charts: list[PatientChart] = []
            for patient_id in ids:
                chart = chart_repository.load_chart(session, patient_id)
                if chart is not None:
                    charts.append(chart)
        report = outcomes_report(charts, settings, query, not_loaded=others)
        log.info(
            "clinic outcomes of %s: %d charts read, cohort %d, in %.1f s",
            "+".join(query.regimen), len(charts), report.n, time.perf_counter() - started,
        )
        return report

    def record_export(self, report: OutcomesReport, *, what: str, to: str) -> None:
        """Record that ``report`` was written as ``what`` ("outcomes-pdf" or "outcomes-csv") to
        ``to`` (a file name): one audit entry per cohort patient, so that the trail filtered by
        patient shows it; one entry for the clinic when the cohort is empty."""
        self._ctx.require(Permission.EXPORT_CHARTS)
        if what not in EXPORT_FORMATS:
            raise ValueError(f"the outcomes are exported as {' or '.join(EXPORT_FORMATS)}")
        details: dict[str, object] = {"format": what, "to": to}
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            ids = outcomes_repository.patient_ids(session, [m.mrn for m in report.cohort])
            if not ids:
                audit.record_event(
                    session, AuditAction.EXPORT, table_name="patients",
                    details=details | {"patients": 0},
                )
            for mrn in sorted(ids):
                audit.record_event(
                    session, AuditAction.EXPORT, table_name="patients",
                    record_id=ids[mrn], patient_id=ids[mrn], details=details,
                )
        log.info("clinic outcomes exported as %s for %d patients", what, len(ids))
