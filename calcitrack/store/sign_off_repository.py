"""Signing visits and recording amendments; reading them back for a chart."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.sign_off import Amendment, VisitSignature
from calcitrack.store import signed_content_repository
from calcitrack.store.records import UserRecord, VisitAmendmentRecord, VisitRecord
from calcitrack.store.stamps import refused_if_saved_meanwhile


def sign(session: Session, record: VisitRecord, user_id: int, now: datetime, meaning: str) -> None:
    """Sign the visit of ``record``, bound to its content as stored (domain/signed_content.py).

    Raises SavedMeanwhileError when the visit was saved by another transaction since ``record``
    was read (its version moved): the signature is not written.
    """
    with refused_if_saved_meanwhile():
        session.flush()
        content_hash = signed_content_repository.visit_content_hash(session, record.id)
        record.signed_by_id = user_id
        record.signed_at = now
        record.signature_meaning = meaning
        record.signed_content_hash = content_hash
        session.flush()


def rebind(session: Session, record: VisitRecord) -> None:
    """Bind the signature of ``record`` to its amended content (after an amendment is written).

    Raises SavedMeanwhileError like ``sign``."""
    with refused_if_saved_meanwhile():
        signed_content_repository.bind(session, record)
        session.flush()


def add_amendment(
    session: Session,
    visit_id: int,
    reason: str,
    original: dict[str, object],
    changes: Sequence[FieldChange],
) -> None:
    snapshot = dict(original)
    snapshot["changes"] = [
        {"key": c.key, "label": c.label, "before": c.before, "after": c.after} for c in changes
    ]
    session.add(
        VisitAmendmentRecord(
            visit_id=visit_id,
            reason=reason,
            original_json=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
        )
    )


def signatures(session: Session, visit_ids: Sequence[int]) -> tuple[VisitSignature, ...]:
    """The signatures of those of ``visit_ids`` that are signed, with their amendments."""
    if not visit_ids:
        return ()
    signed = session.execute(
        select(
            VisitRecord.id,
            VisitRecord.signed_by_id,
            VisitRecord.signed_at,
            VisitRecord.signature_meaning,
            VisitRecord.signed_content_hash,
        )
        .where(VisitRecord.id.in_(visit_ids))
        .where(VisitRecord.signed_by_id.is_not(None))
        .order_by(VisitRecord.visit_date)
    ).all()
    if not signed:
        return ()
    names = dict(session.execute(select(UserRecord.id, UserRecord.display_name)).tuples().all())
    matches = signed_content_repository.content_check(session, [row.id for row in signed])
    amendments: dict[int, list[Amendment]] = defaultdict(list)
    for row in session.scalars(
        select(VisitAmendmentRecord)
        .where(VisitAmendmentRecord.visit_id.in_([row.id for row in signed]))
        .order_by(VisitAmendmentRecord.id)
    ):
        changes = json.loads(row.original_json).get("changes", [])
        amendments[row.visit_id].append(
            Amendment(
                row.created_at,
                names.get(row.created_by_id, f"user #{row.created_by_id}"),
                row.reason,
                tuple(
                    FieldChange(c["key"], c["label"], c["before"], c["after"]) for c in changes
                ),
            )
        )
    return tuple(
        VisitSignature(
            visit_id,
            names.get(by_id, f"user #{by_id}"),
            at,
            tuple(amendments.get(visit_id, ())),
            meaning,
            matches.get(visit_id),
        )
        for visit_id, by_id, at, meaning, _ in signed
    )
