"""Reading a signed visit's whole clinical content for its hash (domain/signed_content.py), binding
the hash to a signature, and checking every bound signature against what is stored now.

The content is read as stored rows, without their bookkeeping (the rows' own ids, who saved them
when, version counters) and without the signature's own columns:

- ``visit``: the visit's columns (its patient and date among them);
- ``lesion_measurements`` and ``rom``: the rows of the visit;
- ``labs``: the lab results recorded at the visit;
- ``medications_started``: the periods of the patient started on the visit's day, as started
  (what a later stop writes into the same row is the later visit's content);
- ``medications_stopped``: the periods stopped on the visit's day: the drug, its dose and the
  stop with its reason;
- ``imaging`` and ``procedures``: the patient's studies and procedures of the visit's day, each
  with the lesions it shows or treated: ``lesion_id`` when there is one (the shape of the column
  these links replaced in revision 0012, so signatures made before it still hold) and
  ``lesion_ids`` (sorted) when there are more;
- ``photographs``: the lesion photographs taken at the visit (lesion, SHA-256 of the image, media
  type, size, capture date, caption; not the bytes, which the SHA-256 binds). The key is there
  only when the visit has photographs, which keeps the hashes of visits signed before them.

Lists are sorted by their canonical text, so the order rows come back in does not matter. NULL
columns are left out (``_plain``). A column added to one of these tables changes every signed
visit's hash unless its rows hold NULL: a migration that adds one with another default must leave
it out here (tests/store/test_signed_content_store.py lists the columns hashed, so that such a
change is a decision, not an accident).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, Table, select, tuple_
from sqlalchemy.orm import Session

from calcitrack.domain.audit_trail.audit import canonical_json
from calcitrack.domain.signed_content import (
    SignatureCheck,
    content_hash,
    content_matches,
    signature_check,
)
from calcitrack.store.records import (
    ImagingStudyLesionRecord,
    ImagingStudyRecord,
    LabResultRecord,
    LesionMeasurementRecord,
    LesionPhotographRecord,
    MedicationPeriodRecord,
    PatientRecord,
    ProcedureLesionRecord,
    ProcedureRecord,
    RomMeasurementRecord,
    VisitRecord,
)
from calcitrack.store.stamps import SavedMeanwhileError

Reader = Session | Connection

BOOKKEEPING = frozenset(
    {"id", "created_at", "updated_at", "version", "created_by_id", "updated_by_id"}
)
SIGNATURE_COLUMNS = frozenset(
    {"signed_by_id", "signed_at", "signature_meaning", "signed_content_hash"}
)
STARTED_LEAVES_OUT = frozenset({"patient_id", "stop_on", "stop_reason"})
STOPPED_KEEPS = (
    "drug", "drug_name", "atc", "dose", "dose_unit", "frequency", "route", "stop_on", "stop_reason"
)  # fmt: skip
PHOTOGRAPH_BYTES = frozenset({"image", "thumbnail"})
"""A photograph's bytes are bound through its hashed ``sha256``, not read for every check."""
BATCH = 500
"""Visits read per query (well below any engine's limit on bound parameters)."""


def visit_content_hash(reader: Reader, visit_id: int) -> str:
    """The hash of the visit's content as stored now (in ``reader``'s transaction).

    Raises SavedMeanwhileError when the visit is gone (deleted by another transaction since it
    was read)."""
    content = visit_contents(reader, [visit_id]).get(visit_id)
    if content is None:
        raise SavedMeanwhileError(f"visit {visit_id} was deleted meanwhile")
    return content_hash(content)


def bind(session: Session, record: VisitRecord) -> None:
    """Bind the signature of ``record`` to its content as stored now (flushed first): after
    signing, and after each amendment."""
    session.flush()
    record.signed_content_hash = visit_content_hash(session, record.id)


def content_check(reader: Reader, visit_ids: Sequence[int]) -> dict[int, bool | None]:
    """For each signed one of ``visit_ids``: True if its content matches its signature, False if
    it changed after it was signed, None if it was signed before content was bound."""
    stored = {
        visit_id: stored_hash
        for visit_id, stored_hash in reader.execute(
            select(VisitRecord.id, VisitRecord.signed_content_hash)
            .where(VisitRecord.id.in_(visit_ids))
            .where(VisitRecord.signed_by_id.is_not(None))
        )
    }
    contents = _contents(reader, [i for i, h in stored.items() if h is not None])
    return {
        visit_id: None if h is None else content_matches(h, contents[visit_id])
        for visit_id, h in stored.items()
    }


def check_signatures(reader: Reader) -> SignatureCheck:
    """Every signed visit of the database checked against its signature (``db check``, ``audit
    verify``)."""
    signed = reader.execute(
        select(
            VisitRecord.id,
            VisitRecord.visit_date,
            PatientRecord.mrn,
            VisitRecord.signed_content_hash,
        )
        .join(PatientRecord, PatientRecord.id == VisitRecord.patient_id)
        .where(VisitRecord.signed_by_id.is_not(None))
        .order_by(PatientRecord.mrn, VisitRecord.visit_date)
    ).all()
    contents = _contents(reader, [row.id for row in signed if row.signed_content_hash])
    return signature_check(
        [
            (
                row.id,
                row.visit_date,
                row.mrn,
                None
                if row.signed_content_hash is None
                else content_matches(row.signed_content_hash, contents[row.id]),
            )
            for row in signed
        ]
    )


def _contents(reader: Reader, visit_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    contents: dict[int, dict[str, Any]] = {}
    for start in range(0, len(visit_ids), BATCH):
        contents.update(visit_contents(reader, visit_ids[start : start + BATCH]))
    return contents


def visit_contents(reader: Reader, visit_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The clinical content of each of ``visit_ids`` (see the module's docstring)."""
    visits = _table(VisitRecord)
    rows = list(reader.execute(select(visits).where(visits.c.id.in_(visit_ids))))
    if not rows:
        return {}
    days = {row.id: (row.patient_id, row.visit_date) for row in rows}
    leave_out = BOOKKEEPING | SIGNATURE_COLUMNS
    contents: dict[int, dict[str, Any]] = {
        row.id: {"visit": _plain(row, leave_out)} for row in rows
    }
    for key, record in (
        ("lesion_measurements", LesionMeasurementRecord),
        ("rom", RomMeasurementRecord),
        ("labs", LabResultRecord),
    ):
        table = _table(record)
        found: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in reader.execute(select(table).where(table.c.visit_id.in_(visit_ids))):
            found[row.visit_id].append(_plain(row, BOOKKEEPING | {"visit_id", "patient_id"}))
        for visit_id, content in contents.items():
            content[key] = _sorted(found.get(visit_id, ()))
    photographs = _table(LesionPhotographRecord)
    described = [c for c in photographs.c if c.name not in PHOTOGRAPH_BYTES]
    taken: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in reader.execute(select(*described).where(photographs.c.visit_id.in_(visit_ids))):
        taken[row.visit_id].append(_plain(row, BOOKKEEPING | {"visit_id", "patient_id"}))
    for visit_id, items in taken.items():
        contents[visit_id]["photographs"] = _sorted(items)
    by_day = _of_the_day(reader, days.values())
    for visit_id, content in contents.items():
        content.update({key: _sorted(items) for key, items in by_day[days[visit_id]].items()})
    return contents


def _of_the_day(
    reader: Reader, days: Iterable[tuple[int, date]]
) -> dict[tuple[int, date], dict[str, list[dict[str, Any]]]]:
    """Per (patient, day): the medication periods started and stopped that day, the imaging
    studies and the procedures of that day."""
    wanted = sorted(set(days))
    found: dict[tuple[int, date], dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: {
            "medications_started": [],
            "medications_stopped": [],
            "imaging": [],
            "procedures": [],
        }
    )
    meds = _table(MedicationPeriodRecord)
    for column, key in ((meds.c.start_on, "start_on"), (meds.c.stop_on, "stop_on")):
        of_the_day = tuple_(meds.c.patient_id, column).in_(wanted)
        for row in reader.execute(select(meds).where(of_the_day)):
            day = (row.patient_id, getattr(row, key))
            if key == "start_on":
                found[day]["medications_started"].append(
                    _plain(row, BOOKKEEPING | STARTED_LEAVES_OUT)
                )
            else:
                kept = {name: row._mapping[name] for name in STOPPED_KEEPS}
                found[day]["medications_stopped"].append(
                    {name: value for name, value in kept.items() if value is not None}
                )
    for record, link, owner, column_name, key in (
        (ImagingStudyRecord, ImagingStudyLesionRecord, "imaging_study_id", "study_date", "imaging"),
        (ProcedureRecord, ProcedureLesionRecord, "procedure_id", "procedure_date", "procedures"),
    ):
        table = _table(record)
        column = table.c[column_name]
        rows = list(
            reader.execute(select(table).where(tuple_(table.c.patient_id, column).in_(wanted)))
        )
        lesions = _linked_lesion_ids(reader, _table(link), owner, [row.id for row in rows])
        for row in rows:
            item = _plain(row, BOOKKEEPING | {"patient_id"})
            shown = lesions.get(row.id, [])
            if len(shown) == 1:
                item["lesion_id"] = shown[0]
            elif shown:
                item["lesion_ids"] = sorted(shown)
            found[(row.patient_id, row._mapping[column_name])][key].append(item)
    return found


def _linked_lesion_ids(
    reader: Reader, link: Table, owner: str, owner_ids: Sequence[int]
) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for start in range(0, len(owner_ids), BATCH):
        chunk = owner_ids[start : start + BATCH]
        for owner_id, lesion_id in reader.execute(
            select(link.c[owner], link.c.lesion_id).where(link.c[owner].in_(chunk))
        ):
            found[owner_id].append(lesion_id)
    return found


def _table(record: type[Any]) -> Table:
    table = record.__table__
    assert isinstance(table, Table)
    return table


def _plain(row: Row[Any], leave_out: frozenset[str] | set[str]) -> dict[str, Any]:
    """The row's columns but ``leave_out``, NULLs left out too: a column added later with NULL
    in the rows signed before it leaves their hashes as they were (a value set in it, or one
    set back to NULL, still changes the hash)."""
    return {
        name: value
        for name, value in row._mapping.items()
        if name not in leave_out and value is not None
    }


def _sorted(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=canonical_json)

