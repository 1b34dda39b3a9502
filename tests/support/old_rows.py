"""Rows written with raw SQL, as an older schema revision knew them, for the migration tests:
a user, a patient (accented name) and one visit. The tables and columns used exist unchanged
since revision 0002 (``users.role``, one role per user, until revision 0006; from 0006 on, the
role is a row of ``user_roles``: ``insert_user`` writes whichever the database has).

The rows carry explicit ids; on PostgreSQL the id sequences are then moved past them (as the
application's own inserts would have), so that a row the upgraded application adds does not
collide with them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Connection, inspect, text

STAMPS = {"t": "2025-02-03 10:00:00", "u": 1}
"""Stamp columns of every row: written at this time by user 1."""


def insert_user_patient_visit(conn: Connection, *, username: str, role: str) -> None:
    """User 1, patient 1 (OLD-1, Cadório Ana) and her baseline visit 1 on 2025-02-03."""
    insert_user(conn, user_id=1, username=username, role=role)
    conn.execute(
        text(
            "INSERT INTO patients (id, mrn, family_name, given_name, sex, date_of_birth, "
            "underlying_disease, calcinosis_type, archived, created_at, updated_at, "
            "version, created_by_id, updated_by_id) VALUES (1, 'OLD-1', 'Cadório', 'Ana', "
            "'female', :dob, 'ssc', 'dystrophic', :no, :t, :t, 1, :u, :u)"
        ),
        {"dob": date(1960, 5, 1), "no": False, **STAMPS},
    )
    conn.execute(
        text(
            "INSERT INTO visits (id, patient_id, visit_date, visit_type, clinician, notes, "
            "next_visit_due_on, created_at, updated_at, version, created_by_id, "
            "updated_by_id) VALUES (1, 1, :day, 'baseline', 'Dr. A', 'first visit', :due, "
            ":t, :t, 1, :u, :u)"
        ),
        {"day": date(2025, 2, 3), "due": date(2025, 5, 5), **STAMPS},
    )
    advance_sequences(conn)


def insert_user(conn: Connection, *, user_id: int, username: str, role: str) -> None:
    """A user with its one role, named ``username.title()``: in ``users.role`` before revision
    0006, in ``user_roles`` from 0006 on (whichever the database at hand has)."""
    row = {"id": user_id, "username": username, "display": username.title(), "role": role,
           "yes": True}
    if "role" in {c["name"] for c in inspect(conn).get_columns("users")}:
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, role, active) "
                "VALUES (:id, :username, :display, :role, :yes)"
            ),
            row,
        )
    else:
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, active, failed_logins) "
                "VALUES (:id, :username, :display, :yes, 0)"
            ),
            row,
        )
        conn.execute(text("INSERT INTO user_roles (user_id, role) VALUES (:id, :role)"), row)
    advance_sequences(conn, ["users"])


def advance_sequences(
    conn: Connection, tables: Iterable[str] = ("users", "patients", "visits")
) -> None:
    """On PostgreSQL, move each table's id sequence to its largest id; nothing on SQLite (a new
    row's id follows the largest there anyway)."""
    if conn.dialect.name != "postgresql":
        return
    for name in tables:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT max(id) FROM {name}))"
            )
        )
