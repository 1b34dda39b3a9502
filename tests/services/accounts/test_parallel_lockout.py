"""The lockout holds when several workstations guess at once: four real processes (spawned, each
with its own engine) try wrong passwords at one account on a real SQLite file and on the
PostgreSQL server. No more passwords are checked against the account's hash than the policy
allows before the lockout; every guess after that is refused as locked without being checked.

A checked guess is one recorded as ``login_failed`` with ``why: wrong password`` (a locked
account's guess is recorded as ``account locked`` and compared with no stored hash)."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from calcitrack.bootstrap import Clinic, attach_clinic, open_clinic
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.account_service import AccountLockedError, SignInError
from calcitrack.services.audit_service import AuditService
from calcitrack.store import user_repository
from tests.support.accounts import signed_in

PROCESSES = 4
GUESSES_EACH = 5
POLICY = 5  # the default lockout after 5 wrong passwords in a row


def _guess(url: str, username: str, start: Any, results: Any) -> None:
    """One workstation: wait for the others, then try ``GUESSES_EACH`` wrong passwords."""
    clinic = attach_clinic(url, None)  # type: ignore[arg-type]
    outcomes: list[str] = []
    try:
        start.wait(timeout=120)
        for n in range(GUESSES_EACH):
            try:
                clinic.accounts().sign_in(username, f"not the password {n}")
                outcomes.append("signed in")
            except AccountLockedError:
                outcomes.append("locked")
            except SignInError:
                outcomes.append("wrong")
            except Exception as exc:  # reported to the test, which fails on it
                outcomes.append(f"error: {type(exc).__name__}: {exc}")
    finally:
        clinic.close()
        results.put(outcomes)


@pytest.fixture
def clinic(db_url: str) -> Iterator[Clinic]:
    opened = open_clinic(db_url)
    signed_in(opened, "nurse.ana", "Ana Lopes", Role.NURSE)
    signed_in(opened, "it.admin", "IT Admin", Role.ADMIN)
    yield opened
    opened.close()


def test_parallel_guesses_check_no_more_passwords_than_the_policy(clinic: Clinic) -> None:
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(PROCESSES)
    results = spawn.Queue()
    workers = [
        spawn.Process(target=_guess, args=(clinic.url, "nurse.ana", start, results))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    outcomes = Counter(o for _ in workers for o in results.get(timeout=300))
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0

    assert sum(outcomes.values()) == PROCESSES * GUESSES_EACH
    assert not [o for o in outcomes if o.startswith("error")], outcomes
    assert outcomes["wrong"] + outcomes["locked"] == PROCESSES * GUESSES_EACH
    entries = AuditService(clinic.context()).entries()
    failed = Counter(
        e.changes["why"] for e in entries
        if e.action == "login_failed" and e.changes.get("username") == "nurse.ana"
    )  # fmt: skip
    # every guess is recorded; only the policy's number is checked against the password
    assert failed["wrong password"] == POLICY, failed
    assert failed["account locked"] == PROCESSES * GUESSES_EACH - POLICY, failed
    assert outcomes["wrong"] == POLICY - 1  # the fifth wrong one is refused as a lockout
    assert [e.action for e in entries].count("lockout") == 1
    with clinic.uow.read() as session:
        account = user_repository.find_account(session, "nurse.ana")
    assert account is not None and account.locked_until is not None
    assert account.failed_logins == 0  # the count starts again after the lockout
    assert AuditService(clinic.context()).verify().ok
