"""Import and export of whole patient charts.

Everything is validated first; then all is written, or nothing. An import is also checked for
unusual values (plausibility.py, the clinic's data-quality settings): it is refused listing them
(``UnconfirmedValuesError``) unless the importer accepts them, and then each one is written to the
audit trail as confirmed by her, as the visit form's confirmations are.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.errors import DomainValidationError, Problem
from calcitrack.domain.visits.plausibility import UnconfirmedValuesError, chart_unusual_values
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.validation import validate_chart
from calcitrack.i18n.catalogue import _
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import no_patient
from calcitrack.services.flag_cache import refresh_in_session
from calcitrack.services.import_export import interchange
from calcitrack.services.photographs.chart_photographs import chart_photograph_problems
from calcitrack.store import chart_repository, photograph_repository, settings_repository
from calcitrack.store.audit_trail import audit

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportResult:
    patients: int
    visits: int
    patient_ids: tuple[int, ...]
    confirmed: tuple[UnusualValue, ...] = ()
    """The unusual values accepted (``accept_unusual``), each recorded as confirmed."""


class ChartService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def import_document(
        self,
        data: Any,
        *,
        progress: Progress | None = None,
        accept_unusual: bool = False,
        source: str = "",
    ) -> ImportResult:
        """Import an interchange document; every problem is reported by JSON path before a write.

        Unusual values refuse the whole document (``UnconfirmedValuesError`` listing each by
        JSON path) unless ``accept_unusual``: then each is recorded in the audit trail as
        confirmed by the importing user (``source``, the file's name, with it).
        """
        self._ctx.require(Permission.IMPORT_CHARTS)
        charts = interchange.read_document(data, today=self._ctx.today())
        return self._write(
            charts,
            paths=[f"$.patients[{i}]" for i in range(len(charts))],
            progress=progress,
            unusual=_Unusual(accept_unusual, source),
        )

    def add_charts(
        self, charts: Sequence[PatientChart], *, progress: Progress | None = None
    ) -> ImportResult:
        """Add already-built charts (the demo clinic) with the same validation as an import."""
        self._ctx.require(Permission.IMPORT_CHARTS)
        problems = [
            p.under(f"patients[{i}]")
            for i, chart in enumerate(charts)
            for p in [
                *validate_chart(chart, today=self._ctx.today()),
                *chart_photograph_problems(chart),
            ]
        ]
        if problems:
            raise DomainValidationError(problems)
        return self._write(
            charts, paths=[f"patients[{i}]" for i in range(len(charts))], progress=progress
        )

    def _write(
        self,
        charts: Sequence[PatientChart],
        *,
        paths: list[str],
        progress: Progress | None,
        unusual: _Unusual | None = None,
    ) -> ImportResult:
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            taken = chart_repository.existing_mrns(session, [c.patient.mrn for c in charts])
            if taken:
                raise DomainValidationError(
                    [
                        Problem(
                            f"{path}.mrn",
                            _("MRN {mrn} is already in the database").format(
                                mrn=repr(c.patient.mrn)
                            ),
                        )
                        for path, c in zip(paths, charts, strict=True)
                        if c.patient.mrn in taken
                    ]
                )
            found: list[list[UnusualValue]] = [[] for _chart in charts]
            if unusual is not None:
                settings = settings_repository.load(session)
                found = [chart_unusual_values(c, settings) for c in charts]
                listed = [u.under(path) for path, f in zip(paths, found, strict=True) for u in f]
                if listed and not unusual.accepted:
                    raise UnconfirmedValuesError(listed)
            ids = []
            today = self._ctx.today()
            for done, chart in enumerate(charts, start=1):
                ids.append(chart_repository.add_chart(session, chart))
                if found[done - 1]:
                    assert unusual is not None
                    _record_confirmations(session, ids[-1], found[done - 1], unusual.source)
                refresh_in_session(session, ids[-1], today)
                if progress:
                    progress(done, len(charts))
        log.info("imported %d patients (ids %s)", len(ids), ids[:20])
        confirmed = tuple(u.under(path) for path, f in zip(paths, found, strict=True) for u in f)
        return ImportResult(len(ids), sum(len(c.visits) for c in charts), tuple(ids), confirmed)

    def export_document(self, mrns: Sequence[str], *, to: str | None = None) -> dict[str, Any]:
        """The interchange document of these patients; the export is recorded in the trail
        (``to``: where it goes, a file name, for the entry)."""
        self._ctx.require(Permission.EXPORT_CHARTS)
        charts = []
        with self._ctx.uow.read() as session:
            for mrn in mrns:
                patient_id = chart_repository.patient_id_for_mrn(session, mrn)
                chart = chart_repository.load_chart(session, patient_id) if patient_id else None
                if chart is None:
                    raise no_patient(mrn)
                if chart.photographs:  # the images are read for the export only
                    assert patient_id is not None
                    photos = photograph_repository.of_patient(session, patient_id, images=True)
                    chart = dataclasses.replace(chart, photographs=photos)
                charts.append(chart)
        document = interchange.export_document(charts)
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            # one entry per patient, so that the trail filtered by patient shows the export
            for chart in charts:
                audit.record_event(
                    session, AuditAction.EXPORT, table_name="patients",
                    record_id=chart.patient.id, patient_id=chart.patient.id,
                    details={"format": "json", "patients_in_export": len(charts)}
                    | ({"to": to} if to else {}),
                )
        log.info("exported %d patients", len(charts))
        return document

    def all_mrns(self) -> list[str]:
        self._ctx.require(Permission.READ_CHARTS)
        with self._ctx.uow.read() as session:
            return chart_repository.all_mrns(session)


@dataclass(frozen=True)
class _Unusual:
    """How an import treats unusual values: refused, or accepted from ``source``."""

    accepted: bool
    source: str


def _record_confirmations(
    session: Session, patient_id: int, found: Sequence[UnusualValue], source: str
) -> None:
    """One ``confirm`` entry per unusual value accepted, on its visit as the form's are (a lab of
    a day without a visit: on the patient)."""
    chart = chart_repository.load_chart(session, patient_id)
    assert chart is not None
    visit_ids = {v.visit_date: v.id for v in chart.visits}
    for value in found:
        visit_id = visit_ids.get(value.on) if value.on is not None else None
        details = value.audit_details("import")
        if source:
            details["file"] = source
        audit.record_event(
            session, AuditAction.CONFIRM,
            table_name="visits" if visit_id is not None else "patients",
            record_id=visit_id if visit_id is not None else patient_id,
            patient_id=patient_id, details=details,
        )
