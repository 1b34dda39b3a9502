"""The charts of a FHIR export, and its record in the audit trail.

The service never builds FHIR (services do not import reports): it hands the charts, read one at
a time as they are written, to the ``write`` the caller passes (``reports.exports.fhir_writer``,
which streams the Bundle one patient at a time) with the recording of one ``export`` entry per
patient. A write to a file calls it once the Bundle is whole on disk and before it is renamed
into place (the file never appears unrecorded; a kill between the two leaves an entry for a file
that is not there, the lesser harm); a write that does not call it (standard output, where the
bytes leave as they are built) has it recorded once it returns. A failed write records nothing.
An unknown MRN is refused before anything is built or written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import overload

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import PatientChart
from calcitrack.i18n.catalogue import _
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import NotFoundError, no_patient
from calcitrack.store import chart_repository
from calcitrack.store.audit_trail import audit

log = logging.getLogger(__name__)

WriteCharts = Callable[[Sequence[PatientChart], Callable[[], None]], None]
"""``write(charts, record)`` builds the Bundle of the charts and writes it, calling ``record``
before a file is renamed into place; raises if it could not."""


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
        """Hand the charts of ``mrns`` (each once, in the order given) to ``write`` with the
        recording of the export of each patient (``to``: the file's name, for the entry), which
        ``write`` calls before its file is put in place (recorded after it returns if not).
        Returns the number of patients. NotFoundError for an unknown MRN, before ``write``
        is called.

        The charts ``write`` gets are read one at a time as it iterates them (a lazy sequence:
        its length is known at once, for progress), so that a clinic's export holds one chart
        in memory, not all of them."""
        self._ctx.require(Permission.EXPORT_CHARTS)
        ids: list[int] = []
        with self._ctx.uow.read() as session:
            for mrn in dict.fromkeys(mrns):
                patient_id = chart_repository.patient_id_for_mrn(session, mrn)
                if patient_id is None:
                    raise no_patient(mrn)
                ids.append(patient_id)
        details = {"format": "fhir", "to": to, "with_summaries": with_summaries,
                   "patients_in_export": len(ids)}  # fmt: skip
        recorded: list[bool] = []

        def record() -> None:
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                for patient_id in ids:  # one entry per patient: the trail by patient shows it
                    audit.record_event(
                        session, AuditAction.EXPORT, table_name="patients",
                        record_id=patient_id, patient_id=patient_id, details=details,
                    )  # fmt: skip
            recorded.append(True)

        write(_Charts(self._ctx, ids), record)
        if not recorded:
            record()
        log.info("exported %d patients as FHIR", len(ids))
        return len(ids)


class _Charts(Sequence[PatientChart]):
    """The charts of an export, each read from the store when the writer comes to it (in a
    read of its own) and let go once written: the export holds one chart at a time, not the
    clinic. A patient removed since the export began stops it (NotFoundError)."""

    def __init__(self, context: ServiceContext, ids: Sequence[int]) -> None:
        self._ctx = context
        self._ids = list(ids)

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> PatientChart: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[PatientChart]: ...

    def __getitem__(self, index: int | slice) -> PatientChart | Sequence[PatientChart]:
        if isinstance(index, slice):
            return _Charts(self._ctx, self._ids[index])
        patient_id = self._ids[index]
        with self._ctx.uow.read() as session:
            chart = chart_repository.load_chart(session, patient_id)
        if chart is None:
            raise NotFoundError(_("a patient of the export was removed while it was written"))
        return chart
