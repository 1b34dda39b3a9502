"""Rows written with raw SQL, as an older schema revision knew them, for the migration tests:
a user, a patient (accented name) and one visit. The tables and columns used exist unchanged
since revision 0002."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, text

STAMPS = {"t": "2025-02-03 10:00:00", "u": 1}
"""Stamp columns of every row: written at this time by user 1."""


def insert_user_patient_visit(conn: Connection, *, username: str, role: str) -> None:
    """User 1, patient 1 (OLD-1, Cadório Ana) and her baseline visit 1 on 2025-02-03."""
    conn.execute(
        text(
            "INSERT INTO users (id, username, display_name, role, active) "
            "VALUES (1, :username, :display, :role, :yes)"
        ),
        {"username": username, "display": username.title(), "role": role, "yes": True},
    )
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
