"""Each patient's flags and response category, kept ready for the patient list.

The list cannot assess thousands of charts while it opens, so the assessment of every patient is
stored (``patient_flags``): rewritten in the same transaction as any write to the patient's chart,
and recomputed in the background, a batch at a time, for patients never assessed or assessed with
other clinic settings or by other rules.

A new day alone does not make them stale: the rules read the latest visit, its labs and the
regimen, which change only with a write (recomputing a whole clinic every morning would load
every chart for nothing). The list says on which day each was assessed; the Overview always
assesses live.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.review.assessment import RULES_VERSION, assess
from calcitrack.services.context import ServiceContext
from calcitrack.store import chart_repository, flag_repository, settings_repository

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
        assessment = assess(chart, settings, on=today)
    except Exception:
        log.exception("could not assess patient id %d; its flags stay out of date", patient_id)
        return
    flag_repository.save(
        session,
        patient_id,
        assessment.flags,
        response_category=assessment.response.category.value,
        assessed_on=today,
        settings_version=settings.version,
        rules_version=RULES_VERSION,
    )


class FlagCacheService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def stale_patient_ids(self) -> list[int]:
        """Patients never assessed, or assessed with other settings or rules."""
        self._ctx.require(Permission.READ_CHARTS)
        with self._ctx.uow.read() as session:
            settings = settings_repository.load(session)
            return flag_repository.stale_patient_ids(
                session, settings_version=settings.version, rules_version=RULES_VERSION
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
