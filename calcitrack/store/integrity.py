"""``calcitrack db check``: the engine's own integrity check, dangling references, schema version,
the cross-row rules no single constraint can express, the audit trail's hash chain, the trail
replayed against the audited rows (store/audit_trail/audit_replay.py), and signed visits whose
content no longer matches their signature."""

from __future__ import annotations

from sqlalchemy import Engine, text

from calcitrack.store.audit_trail.audit_replay import replay
from calcitrack.store.audit_trail.audit_repository import verify_chain
from calcitrack.store.engine import is_sqlite
from calcitrack.store.migrations import current_revision, head_revision
from calcitrack.store.signed_content_repository import check_signatures

REPLAY_SHOWN = 50
"""Rows or fields differing from the audit trail that ``db check`` names (the rest are counted;
``audit verify`` lists more)."""

# Rows whose parts belong to different patients: no foreign key can forbid these.
_CROSS_PATIENT = {
    "a lesion measurement whose lesion belongs to another patient than its visit": """
        SELECT m.id FROM lesion_measurements m
        JOIN visits v ON v.id = m.visit_id JOIN lesions l ON l.id = m.lesion_id
        WHERE v.patient_id <> l.patient_id""",
    "a lab result attached to another patient's visit": """
        SELECT r.id FROM lab_results r JOIN visits v ON v.id = r.visit_id
        WHERE v.patient_id <> r.patient_id""",
    "an imaging study on another patient's lesion": """
        SELECT k.imaging_study_id FROM imaging_study_lesions k
        JOIN imaging_studies s ON s.id = k.imaging_study_id JOIN lesions l ON l.id = k.lesion_id
        WHERE l.patient_id <> s.patient_id OR k.patient_id <> s.patient_id""",
    "a procedure on another patient's lesion": """
        SELECT k.procedure_id FROM procedure_lesions k
        JOIN procedures p ON p.id = k.procedure_id JOIN lesions l ON l.id = k.lesion_id
        WHERE l.patient_id <> p.patient_id OR k.patient_id <> p.patient_id""",
    "a photograph of another patient's lesion or at another patient's visit": """
        SELECT f.id FROM lesion_photographs f
        JOIN lesions l ON l.id = f.lesion_id JOIN visits v ON v.id = f.visit_id
        WHERE l.patient_id <> f.patient_id OR v.patient_id <> f.patient_id""",
    "two periods of the same drug overlapping": """
        SELECT a.id FROM medication_periods a JOIN medication_periods b
          ON a.patient_id = b.patient_id AND a.drug = b.drug AND a.drug_name = b.drug_name
         AND a.id < b.id AND a.start_on < COALESCE(b.stop_on, '9999-12-31')
         AND b.start_on < COALESCE(a.stop_on, '9999-12-31')""",
}


def check(engine: Engine) -> list[str]:
    problems: list[str] = []
    with engine.connect() as conn:
        revision, head = current_revision(conn), head_revision()
        if revision != head:
            problems.append(f"schema revision is {revision}, this version expects {head}")
        if is_sqlite(engine):
            result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                problems += [f"integrity_check: {line}" for line in result]
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"row {row[1]} of table {row[0]} points at a missing {row[2]} row")
        for what, sql in _CROSS_PATIENT.items():
            ids = [row[0] for row in conn.execute(text(sql))]
            if ids:
                problems.append(f"{len(ids)} × {what} (ids {', '.join(map(str, ids[:10]))})")
        if revision == head:
            chain = verify_chain(conn)
            if not chain.ok:
                where = f" ({chain.first_broken.describe()})" if chain.first_broken else ""
                problems.append(
                    f"audit trail broken at entry #{chain.first_broken_id}{where}: {chain.reason}"
                )
            differences = replay(conn).differences
            problems += [d.describe() for d in differences[:REPLAY_SHOWN]]
            if len(differences) > REPLAY_SHOWN:
                problems.append(f"… and {len(differences) - REPLAY_SHOWN} more rows or fields "
                                "that differ from the audit trail")  # fmt: skip
            problems += check_signatures(conn).problems()  # changed after they were signed
    return problems
