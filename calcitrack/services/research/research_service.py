"""The research CSV's use case: the charts and the clinic's settings for the tables, and one audit
entry per patient once the files are written and before they are put in place.

The files are written by the caller's ``write`` (``reports.exports.research_csv``, passed down:
services never import reports), which calls the ``record`` it is given once every file is
written and before the folder is renamed into place: the folder never appears unrecorded (a kill
between the two leaves an entry for tables that are not there, the lesser harm), and a refused or
failed write, or a record that fails, leaves no folder. Requires ``EXPORT_CHARTS``.
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
from calcitrack.services.errors import no_patient
from calcitrack.store import chart_repository, settings_repository
from calcitrack.store.audit_trail import audit

log = logging.getLogger(__name__)

T = TypeVar("T")
Writer = Callable[[Sequence[PatientChart], ClinicSettings, Callable[[], None]], T]
"""``write(charts, settings, record)``: writes the files, calling ``record`` before they are put
in place."""


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
        to ``write`` with the recording of the export per patient (``to``: the folder's name),
        which ``write`` calls before its folder is put in place (recorded after it returns if it
        did not). An unknown MRN raises ``NotFoundError`` before anything is written."""
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
                    raise no_patient(mrn)
                charts.append(chart)
            settings = settings_repository.load(session)
        recorded: list[bool] = []

        def record() -> None:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                for chart in charts:  # one entry per patient: the trail by patient shows it
                    audit.record_event(
                        session, AuditAction.EXPORT, table_name="patients",
                        record_id=chart.patient.id, patient_id=chart.patient.id,
                        details={"format": "csv", "pseudonymised": pseudonymised, "to": to,
                                 "patients_in_export": len(charts)},
                    )
            recorded.append(True)

        result = write(charts, settings, record)
        if not recorded:
            record()
        log.info("research CSV of %d patients (pseudonymised: %s)", len(charts), pseudonymised)
        return result
