"""The work of one re-assessment worker process: read a part of the clinic's charts, assess them,
hand back pure data (no ORM records, no sessions) for the parent to store.

A worker opens the clinic's database itself, read-only (``store/reader_engine.py``), with the URL
the parent's engine was made from (a PostgreSQL password kept in the URL travels with it over the
pipe to the worker, never on a command line; libpq's ``PGPASSWORD`` or password file are in the
inherited environment). Processes are started with "spawn" everywhere (no connection inherited by
a fork); the frozen bundle's launcher calls ``freeze_support()`` for them.

Each patient's stored row is read before the chart (its token, ``flag_repository.FlagsToken``):
a chart saved after that rewrites the row, so the parent skips a result whose row moved on.
A patient whose row is already current is not assessed again; one whose chart cannot be read or
assessed is handed back as failed (by id only), and the others go on.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.review.assessment import RULES_VERSION, assess
from calcitrack.domain.review.assessment_types import Assessment
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.services.worker_lifeline import exit_with_parent
from calcitrack.store import chart_batch, chart_repository, flag_repository
from calcitrack.store.flag_repository import Reassessed
from calcitrack.store.reader_engine import reader_engine


def assess_to_store(chart: PatientChart, settings: ClinicSettings, today: date) -> Assessment:
    """The assessment whose flags are stored for the patient list: made in English whatever the
    language of the process that saved (a flag's rule texts are stored as message ids and values
    and read in each reader's language; a label a rule puts in as plain text is stored in English,
    never in the language of whichever nurse's save refreshed it)."""
    with using(Language.ENGLISH):
        return assess(chart, settings, on=today)


@dataclass(frozen=True)
class SettingsData:
    """Clinic settings as plain data (ClinicSettings holds mapping proxies, which do not pickle)."""

    values: dict[str, float | None]
    version: int
    texts: dict[str, str]
    assessed_version: int

    @classmethod
    def of(cls, settings: ClinicSettings) -> SettingsData:
        return cls(dict(settings.values), settings.version, dict(settings.texts),
                   settings.assessed_version)

    def settings(self) -> ClinicSettings:
        return ClinicSettings(
            MappingProxyType(dict(self.values)), self.version, MappingProxyType(dict(self.texts)),
            self.assessed_version,
        )


@dataclass
class PartResult:
    """What one part gave: the assessed, the failed (id and the error's kind and place, no
    message: it could quote a chart), and how many were already current."""

    assessed: list[Reassessed] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    current: int = 0


_engine: Engine | None = None


def start_worker(url: str) -> None:
    """The pool's initializer: the worker's own read-only engine, and the end of the worker
    when the window's process ends (killed included)."""
    global _engine
    exit_with_parent()
    _engine = reader_engine(url)


def assess_in_worker(patient_ids: list[int], settings: SettingsData, today: date) -> PartResult:
    assert _engine is not None, "worker not initialised"
    with Session(_engine) as session:
        return assess_part(session, patient_ids, settings.settings(), today)


def assess_part(
    session: Session, patient_ids: list[int], settings: ClinicSettings, today: date
) -> PartResult:
    """Assess those of ``patient_ids`` whose stored row is not current (read in ``session``)."""
    out = PartResult()
    tokens = flag_repository.tokens(session, patient_ids)
    current = (settings.assessed_version, RULES_VERSION)
    todo = [pid for pid in patient_ids if (t := tokens.get(pid)) is None or t[:2] != current]
    out.current = len(patient_ids) - len(todo)
    charts = _charts(session, todo, out)
    for pid in todo:
        chart = charts.get(pid)
        if chart is None:  # gone meanwhile, or failed to read (in ``out.failed``)
            continue
        try:
            assessment = assess_to_store(chart, settings, today)
        except Exception as error:
            out.failed.append((pid, _kind(error)))
            continue
        out.assessed.append(
            Reassessed(
                pid, assessment.flags, assessment.response.category.value, tokens.get(pid)
            )
        )
    return out


def _charts(session: Session, ids: list[int], out: PartResult) -> dict[int, PatientChart]:
    """The charts in a few queries; if one of them cannot be read, each on its own instead."""
    try:
        return chart_batch.load_charts(session, ids, photographs=False, signatures=False)
    except Exception:
        session.rollback()
    charts: dict[int, PatientChart] = {}
    for pid in ids:
        try:
            chart = chart_repository.load_chart(session, pid)
        except Exception as error:
            session.rollback()
            out.failed.append((pid, _kind(error)))
            continue
        if chart is not None:
            charts[pid] = chart
    return charts


def _kind(error: BaseException) -> str:
    """The error's type and where it was raised (file and line), never its message."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
    return f"{type(error).__name__}{where}"
