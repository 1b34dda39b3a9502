"""The charts of a FHIR export, and its record in the audit trail.

The service never builds FHIR (services do not import reports): it reads the charts, hands them
to the ``write`` the caller passes (``reports.exports.fhir_writer``), and records one ``export``
entry per patient only once that write has succeeded, so that the trail never shows an export
that was not made. An unknown MRN is refused before anything is built or written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import PatientChart
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import NotFoundError
from calcitrack.store import chart_repository
from calcitrack.store.audit_trail import audit

log = logging.getLogger(__name__)

WriteCharts = Callable[[Sequence[PatientChart]], None]
"""Builds the Bundle of the charts and writes it; raises if it could not."""


class FhirExportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def all_mrns(self) -> list[str]:
        """Every patient's MRN (archived ones too), for ``--all``."""
        self._ctx.require(Permission.EXPORT_CHARTS)
        with self._ctx.uow.read() as session:
            return chart_repository.all_mrns(session)

    def export(
        self,
        mrns: Sequence[str],
        write: WriteCharts,
        *,
        to: str,
        with_summaries: bool = False,
    ) -> int:
        """Read the charts of ``mrns`` (each once, in the order given), ``write`` them, then
        record the export of each patient (``to``: the file's name, for the entry). Returns the
        number of patients. NotFoundError for an unknown MRN, before ``write`` is called."""
        self._ctx.require(Permission.EXPORT_CHARTS)
        unique = list(dict.fromkeys(mrns))
        charts = []
        with self._ctx.uow.read() as session:
            for mrn in unique:
                patient_id = chart_repository.patient_id_for_mrn(session, mrn)
                chart = chart_repository.load_chart(session, patient_id) if patient_id else None
                if chart is None:
                    raise NotFoundError(f"no patient with MRN {mrn!r}")
                charts.append(chart)
        write(charts)
        details = {"format": "fhir", "to": to, "with_summaries": with_summaries,
                   "patients_in_export": len(charts)}  # fmt: skip
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            for chart in charts:  # one entry per patient: the trail filtered by patient shows it
                audit.record_event(
                    session, AuditAction.EXPORT, table_name="patients",
                    record_id=chart.patient.id, patient_id=chart.patient.id, details=details,
                )  # fmt: skip
        log.info("exported %d patients as FHIR", len(charts))
        return len(charts)
