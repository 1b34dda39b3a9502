"""Each patient's flags and response category, kept ready for the patient list.

The list cannot assess thousands of charts while it opens, so the assessment of every patient is
stored (``patient_flags``): rewritten in the same transaction as any write to the patient's chart,
and recomputed in the background for patients never assessed or assessed with other clinic
settings or by other rules (the settings compared are those the assessment reads: each row records
``ClinicSettings.assessed_version``, which a save of the idle lock or the backups leaves as it
is): ``reassess`` assesses a chunk in worker processes
(services/reassessment_pool.py), ``store_reassessed`` stores it in short transactions, keeping a
row that a chart's write refreshed after the worker read it.

A new day alone does not make them stale: the rules read the latest visit, its labs and the
regimen, which change only with a write (recomputing a whole clinic every morning would load
every chart for nothing). The list says on which day each was assessed; the Overview always
assesses live.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.review.assessment import RULES_VERSION
from calcitrack.services.context import ServiceContext
from calcitrack.services.reassessment_pool import (
    STOPPED,
    WorkerPool,
    default_processes,
    shares_file,
)
from calcitrack.services.reassessment_worker import assess_part, assess_to_store
from calcitrack.store import chart_repository, flag_repository, settings_repository
from calcitrack.store.flag_repository import Reassessed

WRITE_ROWS = 250
"""Results stored per transaction: a nurse's save waits behind one such write at most."""

log = logging.getLogger(__name__)


def refresh_in_session(
    session: Session, patient_id: int, today: date, settings: ClinicSettings | None = None
) -> None:
    """Assess the patient as ``session`` sees it (after a write, before its commit) and store it.

    Decision support never stops a clinical write: if the assessment fails, the error is logged
    (patient id only), the stored row is left out of date, and the background refresh retries.
    """
    settings = settings or settings_repository.load(session)
    chart = chart_repository.load_chart(session, patient_id)
    if chart is None:
        return
    try:
        assessment = assess_to_store(chart, settings, today)
    except Exception:
        log.exception("could not assess patient id %d; its flags stay out of date", patient_id)
        return
    flag_repository.save(
        session,
        patient_id,
        assessment.flags,
        response_category=assessment.response.category.value,
        assessed_on=today,
        settings_version=settings.assessed_version,
        rules_version=RULES_VERSION,
    )


@dataclass(frozen=True)
class Reassessment:
    """A chunk of patients assessed (in worker processes) and not yet stored."""

    assessed: tuple[Reassessed, ...]
    failed: tuple[int, ...]
    """Patients whose chart could not be read or assessed: their rows stay out of date."""
    current: int
    """Patients whose row was already current (saved meanwhile, or by another workstation)."""
    settings_version: int
    """The assessed version of the settings used (``ClinicSettings.assessed_version``)."""
    assessed_on: date

    @property
    def count(self) -> int:
        return len(self.assessed) + len(self.failed) + self.current


class FlagCacheService:
    """``processes``: how many worker processes ``reassess`` uses (None: one per core; 1: none,
    the calling thread assesses)."""

    def __init__(self, context: ServiceContext, processes: int | None = None) -> None:
        self._ctx = context
        engine = context.uow.engine
        wanted = processes or default_processes()
        self._pool = WorkerPool(engine, wanted) if wanted > 1 and shares_file(engine) else None

    def stale_patient_ids(self) -> list[int]:
        """Patients never assessed, or assessed with other settings (those the assessment
        reads) or rules."""
        self._ctx.require(Permission.READ_CHARTS)
        with self._ctx.uow.read() as session:
            settings = settings_repository.load(session)
            return flag_repository.stale_patient_ids(
                session, settings_version=settings.assessed_version, rules_version=RULES_VERSION
            )

    def refresh(self, patient_ids: Sequence[int]) -> int:
        """Assess these patients and store the results in one transaction; returns how many."""
        self._ctx.require(Permission.READ_CHARTS)
        today = self._ctx.today()
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            settings = settings_repository.load(session)
            for patient_id in patient_ids:
                refresh_in_session(session, patient_id, today, settings)
        log.info("assessed %d patients for the patient list", len(patient_ids))
        return len(patient_ids)

    def reassess(self, patient_ids: Sequence[int]) -> Reassessment:
        """Assess these patients (those not current yet) with the settings stored now, in the
        worker processes; nothing is stored (``store_reassessed``). Failures are logged by
        patient id."""
        self._ctx.require(Permission.READ_CHARTS)
        today = self._ctx.today()
        with self._ctx.uow.read() as session:
            settings = settings_repository.load(session)
            if self._pool is None:
                result = assess_part(session, list(patient_ids), settings, today)
        if self._pool is not None:
            result = self._pool.run(list(patient_ids), settings, today)
        for patient_id, kind in result.failed:
            if kind != STOPPED:
                log.error("could not assess patient id %d (%s); its flags stay out of date",
                          patient_id, kind)
        return Reassessment(
            tuple(result.assessed), tuple(pid for pid, _ in result.failed), result.current,
            settings.assessed_version, today,
        )

    def store_reassessed(self, reassessment: Reassessment) -> int:
        """Store the results, a few hundred per transaction, except where the patient's row was
        written after the chart was read (the chart was saved meanwhile: that row is fresher);
        returns how many were stored."""
        self._ctx.require(Permission.READ_CHARTS)
        results = reassessment.assessed
        stored = 0
        for start in range(0, len(results), WRITE_ROWS):
            with self._ctx.uow.begin(self._ctx.actor_id) as session:
                stored += len(flag_repository.save_unless_changed(
                    session, results[start : start + WRITE_ROWS],
                    assessed_on=reassessment.assessed_on,
                    settings_version=reassessment.settings_version,
                    rules_version=RULES_VERSION,
                ))
        log.info(
            "re-assessed %d patients for the patient list: %d stored, %d saved meanwhile (their "
            "newer flags kept), %d already current, %d not assessable (out of date)",
            reassessment.count, stored, len(results) - stored, reassessment.current,
            len(reassessment.failed),
        )
        return stored

    def close(self) -> None:
        """Stop the worker processes (a later ``reassess`` starts them again)."""
        if self._pool is not None:
            self._pool.close()
