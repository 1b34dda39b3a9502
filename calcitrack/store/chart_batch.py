"""Many patients' charts in a few queries: the re-assessment of a whole clinic.

``load_charts`` gives, for each id, the same ``PatientChart`` as ``chart_repository.load_chart``
(tests/store/test_chart_batch.py holds the two together over whole clinics), but reads each
table once per ``IDS_PER_QUERY`` patients instead of ten queries per patient. Rows come ordered
by patient and then as ``load_chart`` orders them, and are grouped by patient in Python.

Photographs and signatures can be left out (``photographs=False``, ``signatures=False``): the
assessment reads neither, and checking each signature against the visit's content re-reads the
whole visit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import Table, select
from sqlalchemy.orm import Session, load_only

from calcitrack.domain.entities import LesionPhotograph, PatientChart
from calcitrack.domain.sign_off import VisitSignature
from calcitrack.store import mapping, photograph_repository, sign_off_repository
from calcitrack.store.chart_repository import linked_lesion_labels
from calcitrack.store.records import (
    ImagingStudyLesionRecord,
    ImagingStudyRecord,
    LabResultRecord,
    LesionMeasurementRecord,
    LesionPhotographRecord,
    LesionRecord,
    MedicationPeriodRecord,
    PatientRecord,
    ProcedureLesionRecord,
    ProcedureRecord,
    RomMeasurementRecord,
    VisitRecord,
)

IDS_PER_QUERY = 400
"""Ids in one IN list: well below SQLite's and PostgreSQL's limits on bound parameters."""

T = TypeVar("T")


def chunks(ids: Sequence[T], size: int = IDS_PER_QUERY) -> Iterator[Sequence[T]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def load_charts(
    session: Session,
    patient_ids: Iterable[int],
    *,
    photographs: bool = True,
    signatures: bool = True,
) -> dict[int, PatientChart]:
    """The chart of each of ``patient_ids`` that exists, by id (in the order asked)."""
    charts: dict[int, PatientChart] = {}
    wanted = list(dict.fromkeys(patient_ids))
    for part in chunks(wanted):
        charts.update(_load_part(session, part, photographs=photographs, signatures=signatures))
    return charts


STAMPS = frozenset({"created_at", "updated_at", "created_by_id", "updated_by_id"})
"""Who saved a row and when: not part of a chart (and the most costly columns to convert)."""


def _columns(record: type[Any]) -> list[Any]:
    table: Table = record.__table__
    return [c for c in table.c if c.name not in STAMPS]


def _rows(
    session: Session, record: type[Any], owner: Any, ids: Sequence[int], *order: Any
) -> dict[int, list[Any]]:
    """Plain rows (no ORM records: building them was most of the time), by ``owner``'s value."""
    found: dict[int, list[Any]] = defaultdict(list)
    key = owner.key
    for row in session.execute(select(*_columns(record)).where(owner.in_(ids)).order_by(*order)):
        found[getattr(row, key)].append(row)
    return found


def _load_part(
    session: Session, ids: Sequence[int], *, photographs: bool, signatures: bool
) -> dict[int, PatientChart]:
    # Core rows carry the records' column names, which is all ``mapping`` reads of a record.
    patients = [
        *session.execute(select(*_columns(PatientRecord)).where(PatientRecord.id.in_(ids)))
    ]
    if not patients:
        return {}
    present = [r.id for r in patients]
    lesions = _rows(session, LesionRecord, LesionRecord.patient_id, present, LesionRecord.id)
    labels = {le.id: le.label for rows in lesions.values() for le in rows}
    visit_rows = _rows(
        session, VisitRecord, VisitRecord.patient_id, present,
        VisitRecord.patient_id, VisitRecord.visit_date,
    )
    visit_ids = [v.id for rows in visit_rows.values() for v in rows]
    measured: dict[int, list[Any]] = defaultdict(list)
    moved: dict[int, list[Any]] = defaultdict(list)
    for part in chunks(visit_ids):
        for key, found in _rows(
            session, LesionMeasurementRecord, LesionMeasurementRecord.visit_id, part,
            LesionMeasurementRecord.id,
        ).items():
            measured[key].extend(found)
        for key, found in _rows(
            session, RomMeasurementRecord, RomMeasurementRecord.visit_id, part,
            RomMeasurementRecord.id,
        ).items():
            moved[key].extend(found)
    labs = _of_patients(session, LabResultRecord, present, LabResultRecord.collected_on)
    meds = _of_patients(session, MedicationPeriodRecord, present, MedicationPeriodRecord.start_on)
    imaging = _of_patients(session, ImagingStudyRecord, present, ImagingStudyRecord.study_date)
    procedures = _of_patients(session, ProcedureRecord, present, ProcedureRecord.procedure_date)
    shown = _linked(session, ImagingStudyLesionRecord, imaging, labels)
    treated = _linked(session, ProcedureLesionRecord, procedures, labels)
    photos = _photographs(session, present, labels) if photographs else {}
    signed = _signatures(session, visit_rows) if signatures else {}
    charts: dict[int, PatientChart] = {}
    for record in patients:
        pid = record.id
        chart_visits = visit_rows.get(pid, [])
        charts[pid] = PatientChart(
            patient=mapping.patient(record),
            lesions=tuple(mapping.lesion(le) for le in lesions.get(pid, ())),
            visits=tuple(
                mapping.visit(
                    SimpleNamespace(
                        **v._mapping, measurements=measured.get(v.id, ()), rom=moved.get(v.id, ())
                    ),  # type: ignore[arg-type]  # a row with the record's attribute names
                    labels,
                )
                for v in chart_visits
            ),
            labs=tuple(mapping.lab(r) for r in labs.get(pid, ())),
            medications=tuple(mapping.medication(r) for r in meds.get(pid, ())),
            imaging=tuple(mapping.imaging(r, shown.get(r.id, ())) for r in imaging.get(pid, ())),
            procedures=tuple(
                mapping.procedure(r, treated.get(r.id, ())) for r in procedures.get(pid, ())
            ),
            photographs=photos.get(pid, ()),
            signatures=tuple(
                s for v in chart_visits if (s := signed.get(v.id)) is not None
            ),
        )
    return {pid: charts[pid] for pid in ids if pid in charts}


def _of_patients(
    session: Session, record: type[Any], ids: Sequence[int], day: Any
) -> dict[int, list[Any]]:
    """The rows of ``record`` of these patients, each patient's by ``day`` then id."""
    return _rows(session, record, record.patient_id, ids, record.patient_id, day, record.id)


def _linked(
    session: Session,
    link: type[ImagingStudyLesionRecord] | type[ProcedureLesionRecord],
    owners: dict[int, list[Any]],
    labels: dict[int, str],
) -> dict[int, tuple[str, ...]]:
    owner_ids = [r.id for rows in owners.values() for r in rows]
    found: dict[int, tuple[str, ...]] = {}
    for part in chunks(owner_ids):
        found.update(linked_lesion_labels(session, link, part, labels))
    return found


def _photographs(
    session: Session, ids: Sequence[int], labels: dict[int, str]
) -> dict[int, tuple[LesionPhotograph, ...]]:
    """As ``photograph_repository.of_patient``: descriptions only, by visit date then id."""
    rows = session.execute(
        select(LesionPhotographRecord, VisitRecord.visit_date)
        .join(VisitRecord, VisitRecord.id == LesionPhotographRecord.visit_id)
        .where(LesionPhotographRecord.patient_id.in_(ids))
        .options(load_only(*photograph_repository.DESCRIBED))
        .order_by(
            LesionPhotographRecord.patient_id, VisitRecord.visit_date, LesionPhotographRecord.id
        )
    ).all()
    found: dict[int, list[LesionPhotograph]] = defaultdict(list)
    for record, day in rows:
        found[record.patient_id].append(
            photograph_repository.photograph(record, labels[record.lesion_id], day)
        )
    return {pid: tuple(items) for pid, items in found.items()}


def _signatures(
    session: Session, visits: dict[int, list[VisitRecord]]
) -> dict[int, VisitSignature]:
    """By visit id, the signature of each signed visit (only those read, a batch at a time)."""
    signed_ids = [v.id for rows in visits.values() for v in rows if v.signed_by_id is not None]
    found: dict[int, VisitSignature] = {}
    for part in chunks(signed_ids):
        found.update((s.visit_id, s) for s in sign_off_repository.signatures(session, part))
    return found
