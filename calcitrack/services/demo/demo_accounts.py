"""The demo clinic's accounts: one per role, all with the password printed by ``calcitrack
demo`` and given in the README. Only ever created in an empty database."""

from __future__ import annotations

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.services.accounts.account_service import account_details
from calcitrack.services.accounts.passwords import hash_password
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import ConflictError
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store import user_repository
from calcitrack.store.audit_trail import audit
from calcitrack.store.unit_of_work import UnitOfWork, utc_now

DEMO_PASSWORD = "calcitrack-demo"
DEMO_ACCOUNTS: tuple[tuple[str, str, Role], ...] = (
    ("nurse", "Nurse Ana Demo", Role.NURSE),
    ("physician", "Dr Ben Demo", Role.PHYSICIAN),
    ("admin", "Cleo Demo (admin)", Role.ADMIN),
)


def create_demo_accounts(uow: UnitOfWork) -> dict[Role, User]:
    """The three demo accounts; refused if the database has any account already."""
    password_hash = hash_password(DEMO_PASSWORD)
    with uow.begin(actor_id=None) as session:
        if user_repository.list_users(session):
            raise ConflictError("the database has accounts already: no demo accounts added")
        made = {}
        for username, name, role in DEMO_ACCOUNTS:
            user = user_repository.add_user(
                session, User(username, name, frozenset({role})),
                password_hash=password_hash, now=utc_now(),
            )
            audit.record_event(
                session, AuditAction.ACCOUNT, table_name="users", record_id=user.id,
                details=account_details(user, "created as a demo account"), actor_id=user.id,
            )
            made[role] = user
        return made


def sign_earlier_visits(context: ServiceContext, password: str) -> int:
    """Sign every visit but each patient's latest (left for the demo physician to sign) as the
    context's user, who gives her ``password`` like anyone signing; returns how many were
    signed."""
    patients, visits = PatientService(context), VisitService(context)
    signed = 0
    for summary in patients.list_patients(include_archived=True):
        mrn = summary.patient.mrn
        chart = patients.chart(mrn)
        for visit in chart.visits[:-1]:
            visits.sign(mrn, visit, password)
            signed += 1
    return signed
