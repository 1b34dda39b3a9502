"""The research CSV's use case: the charts and the clinic's settings for the tables, and one audit
entry per patient once the files are written.

The files are written by the caller's ``write`` (``reports.exports.research_csv``, passed down:
services never import reports), between the reading and the recording, so the trail records only
an export that was made; a refused or failed write records nothing. Requires ``EXPORT_CHARTS``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import NotFoundError
from calcitrack.store import chart_repository, settings_repository
from calcitrack.store.audit_trail import audit

log = logging.getLogger(__name__)

T = TypeVar("T")
Writer = Callable[[Sequence[PatientChart], ClinicSettings], T]


class ResearchService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def export_csv(
        self,
        mrns: Sequence[str] | None,
        *,
        pseudonymised: bool,
        to: str,
        write: Writer[T],
    ) -> T:
        """Read the charts of ``mrns`` (None: every patient) and the settings in force, hand them
        to ``write``, and record the export per patient (``to``: the folder's name). An unknown
        MRN raises ``NotFoundError`` before anything is written."""
        self._ctx.require(Permission.EXPORT_CHARTS)
        with self._ctx.uow.read() as session:
            wanted = chart_repository.all_mrns(session) if mrns is None else list(
                dict.fromkeys(mrns)
            )
            charts: list[PatientChart] = []
            for mrn in wanted:
                patient_id = chart_repository.patient_id_for_mrn(session, mrn)
                chart = chart_repository.load_chart(session, patient_id) if patient_id else None
                if chart is None:
                    raise NotFoundError(f"no patient with MRN {mrn!r}")
                charts.append(chart)
            settings = settings_repository.load(session)
        result = write(charts, settings)
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            for chart in charts:  # one entry per patient: the trail filtered by patient shows it
                audit.record_event(
                    session, AuditAction.EXPORT, table_name="patients",
                    record_id=chart.patient.id, patient_id=chart.patient.id,
                    details={"format": "csv", "pseudonymised": pseudonymised, "to": to,
                             "patients_in_export": len(charts)},
                )
        log.info("research CSV of %d patients (pseudonymised: %s)", len(charts), pseudonymised)
        return result
