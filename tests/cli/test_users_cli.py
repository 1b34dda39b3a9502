"""``calcitrack users``: a clinic set up without the window (real processes through the command
line, a real SQLite file and the PostgreSQL server): its first administrator with no sign-in,
then accounts managed by an administrator, each refusal with its message and exit code and
nothing written, every change in the audit trail, and the window's sign-in (its service)
accepting what the command line created."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, table

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.cli.users_grammar import ROLES
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.account_service import SignInError
from calcitrack.services.audit_service import AuditService
from calcitrack.services.context import ServiceContext
from calcitrack.store import user_repository
from tests.cli.test_cli import calcitrack
from tests.support.accounts import TEST_ENV, TEST_USERNAME, open_signed_in

CHIEF_PASSWORD = "head of the clinic since 2026"
ANA_PASSWORD = "a long password of her own"
CHIEF = {"CALCITRACK_USER": "chief", "CALCITRACK_PASSWORD": CHIEF_PASSWORD}


def _users(url: str, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return calcitrack("users", *args, "--db", url, home=home, input_env=env)


def _count(clinic: Clinic, name: str) -> int:
    with clinic.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table(name))) or 0)


def _account_changes(clinic: Clinic, admin: str) -> list[tuple[str, str, str]]:
    """(who, username, change) of every ``account`` entry in the trail, read by ``admin``."""
    with clinic.uow.read() as session:
        users = user_repository.list_users(session)
    names = {u.id: u.username for u in users}
    [reader] = [u for u in users if u.username == admin]
    return [
        (names[e.actor_id] if e.actor_id else "-", str(e.changes["username"]),
         str(e.changes["change"]))
        for e in AuditService(ServiceContext(clinic.uow, reader)).entries()
        if e.action == "account"
    ]  # fmt: skip


def test_roles_on_the_command_line_are_the_clinics_roles() -> None:
    assert Role.codes() == ROLES


def test_a_new_clinic_gets_its_first_administrator_without_the_window(
    db_url: str, calcitrack_home: Path
) -> None:
    home = calcitrack_home
    done = _users(db_url, home, "list", **CHIEF)
    assert done.returncode == 5, done.stderr
    assert "has no administrator yet: create the first one with 'calcitrack users add" in (
        done.stderr
    )

    done = _users(db_url, home, "add", "chief", "--role", "nurse", "--full-name", "Dr Chief",
                  CALCITRACK_NEW_PASSWORD=CHIEF_PASSWORD)  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "the first account must be one (add --role admin" in done.stderr
    done = _users(db_url, home, "add", "chief", "--role", "admin", "--full-name", "Dr Chief",
                  CALCITRACK_NEW_PASSWORD="short")  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert "password: must have at least 12 characters, got 5" in done.stderr
    assert "Traceback" not in done.stderr
    clinic = open_clinic(db_url)
    try:
        assert _count(clinic, "users") == 0 and _count(clinic, "audit_log") == 0
    finally:
        clinic.close()

    done = _users(db_url, home, "add", "chief", "--role", "admin", "--role", "physician",
                  "--full-name", "Dr Chief", CALCITRACK_NEW_PASSWORD=CHIEF_PASSWORD)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("created chief (Dr Chief): physician+admin, the first admin")

    # a second "first" administrator needs a sign-in like any other account
    done = _users(db_url, home, "add", "boss", "--role", "admin", "--full-name", "Boss",
                  CALCITRACK_NEW_PASSWORD=CHIEF_PASSWORD, CALCITRACK_USER="boss",
                  CALCITRACK_PASSWORD=CHIEF_PASSWORD)  # fmt: skip
    assert done.returncode == 5, done.stderr
    assert "sign-in as 'boss' refused: Wrong username or password." in done.stderr

    clinic = open_clinic(db_url)
    try:
        chief = clinic.accounts().sign_in("chief", CHIEF_PASSWORD)  # as the window signs in
        assert chief.roles == {Role.ADMIN, Role.PHYSICIAN}
        assert _account_changes(clinic, "chief") == [
            ("chief", "chief", "created as the first administrator")
        ]
        assert AuditService(ServiceContext(clinic.uow, chief)).verify().ok
    finally:
        clinic.close()


def test_an_administrator_manages_accounts_from_the_command_line(
    db_url: str, calcitrack_home: Path
) -> None:
    home = calcitrack_home
    open_signed_in(db_url).close()  # dr.test: physician and admin, signs in with TEST_ENV
    add_ana = ("add", "ana", "--role", "nurse", "--full-name", "Ana Lopes")
    done = _users(db_url, home, *add_ana, CALCITRACK_NEW_PASSWORD=ANA_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "created ana (Ana Lopes): nurse\n"

    refusals = [
        (add_ana, 1, "username: 'ana' is taken"),
        (("add", "bob", "--role", "surgeon", "--full-name", "Bob"), 2,
         "argument --role: invalid choice: 'surgeon'"),
        (("add", "bob", "--role", "nurse", "--full-name", "Bob"), 3,
         "password: must not contain the username"),
        (("set-roles", TEST_USERNAME, "--role", "physician"), 1,
         "dr.test would lose the admin role, and the clinic would have no administrator"),
        (("disable", TEST_USERNAME), 1, "dr.test would be disabled, and the clinic would"),
        (("disable", "nobody"), 1, "no account 'nobody'"),
    ]  # fmt: skip
    for args, code, message in refusals:
        done = _users(db_url, home, *args, CALCITRACK_NEW_PASSWORD="bob's password, bob")
        assert (done.returncode, message in done.stderr) == (code, True), (args, done.stderr)
        assert "Traceback" not in done.stderr
    # a nurse may not manage accounts, and is told which role may
    done = _users(db_url, home, "list", CALCITRACK_USER="ana", CALCITRACK_PASSWORD=ANA_PASSWORD)
    assert done.returncode == 5, done.stderr
    assert "Ana Lopes (Nurse) may not manage users: that needs the administrator role" in (
        done.stderr
    )
    # no new password anywhere: refused before anything is written
    done = _users(db_url, home, "reset-password", "ana")
    assert done.returncode == 2, done.stderr
    assert "no new password for 'ana': set CALCITRACK_NEW_PASSWORD or run in a terminal" in (
        done.stderr
    )

    assert _users(db_url, home, "set-roles", "ana", "--role", "nurse", "--role", "physician"
                  ).stdout == "ana: roles now nurse+physician\n"  # fmt: skip
    done = _users(db_url, home, "reset-password", "ana", CALCITRACK_NEW_PASSWORD="a new one, 2026")
    assert done.returncode == 0, done.stderr
    listed = _users(db_url, home, "list").stdout.splitlines()
    assert listed[0].split() == ["USERNAME", "NAME", "ROLES", "STATE"]
    assert listed[1].split() == ["ana", "Ana", "Lopes", "nurse+physician", "active"]
    assert listed[2].split() == ["dr.test", "Dr", "Test", "physician+admin", "active"]

    clinic = open_clinic(db_url)
    try:
        accounts = clinic.accounts()
        with pytest.raises(SignInError):
            accounts.sign_in("ana", ANA_PASSWORD)
        assert accounts.sign_in("ana", "a new one, 2026").roles == {Role.NURSE, Role.PHYSICIAN}
    finally:
        clinic.close()
    done = _users(db_url, home, "disable", "ana")
    assert done.stdout == "ana disabled: it can no longer sign in (its records stay)\n"
    clinic = open_clinic(db_url)
    try:
        with pytest.raises(SignInError, match="This account is disabled"):
            clinic.accounts().sign_in("ana", "a new one, 2026")
        assert _account_changes(clinic, TEST_USERNAME) == [
            ("dr.test", "ana", "created"),
            ("dr.test", "ana", "roles nurse → nurse+physician"),
            ("dr.test", "ana", "password set by an administrator"),
            ("dr.test", "ana", "disabled"),
        ]
    finally:
        clinic.close()


def _read_until(fd: int, wanted: str | None, seen: list[str]) -> None:
    """Read the terminal until ``wanted`` shows (None: until the child has closed it)."""
    deadline = time.monotonic() + 120
    while wanted is None or wanted not in "".join(seen):
        assert time.monotonic() < deadline, f"no {wanted!r} in {''.join(seen)!r}"
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # EIO: every process holding the terminal has ended
            chunk = b""
        if not chunk:
            assert wanted is None, f"no {wanted!r} in {''.join(seen)!r}"
            return
        seen.append(chunk.decode(errors="replace"))


def _on_a_terminal(url: str, home: Path, typed: list[str]) -> tuple[int, str]:
    """``users reset-password ana`` with the new password typed at a real (pseudo-)terminal."""
    primary, secondary = pty.openpty()
    env = {**os.environ, "CALCITRACK_HOME": str(home), **TEST_ENV}
    env.pop("CALCITRACK_NEW_PASSWORD", None)
    child = subprocess.Popen(
        [sys.executable, "-m", "calcitrack", "users", "reset-password", "ana", "--db", url],
        stdin=secondary, stdout=secondary, stderr=secondary, env=env, start_new_session=True,
    )  # fmt: skip
    os.close(secondary)
    seen: list[str] = []
    try:
        for prompt, text in zip(["New password for ana: ", "same password again: "], typed,
                                strict=True):  # fmt: skip
            _read_until(primary, prompt, seen)
            os.write(primary, text.encode() + b"\n")
        _read_until(primary, None, seen)
        code = child.wait(timeout=120)
    finally:
        os.close(primary)
    return code, "".join(seen)


def test_a_new_password_is_typed_twice_on_the_terminal(
    sqlite_url: str, calcitrack_home: Path
) -> None:
    clinic = open_signed_in(sqlite_url)
    try:
        open_signed_in(sqlite_url, "ana", "Ana Lopes", Role.NURSE).close()
    finally:
        clinic.close()
    code, shown = _on_a_terminal(sqlite_url, calcitrack_home, ["typed once 2026", "typo 2026"])
    assert code == 2, shown
    assert "the two passwords differ; nothing was changed" in shown
    assert "typed once" not in shown  # not echoed

    code, shown = _on_a_terminal(sqlite_url, calcitrack_home, ["typed twice 2026"] * 2)
    assert code == 0, shown
    assert "new password set for ana" in shown
    clinic = open_clinic(sqlite_url)
    try:
        assert clinic.accounts().sign_in("ana", "typed twice 2026").username == "ana"
    finally:
        clinic.close()
