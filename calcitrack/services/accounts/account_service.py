"""Signing in and out, the first administrator, changing one's own password, and re-entering the
password to make an electronic signature (``reauthenticate``).

Every sign-in, failed sign-in, lockout and sign-out is recorded in the audit trail in the same
transaction as the account's new state. A refusal does not say whether the username exists.
Every check of a password counts towards the lockout, wherever it was typed (sign-in, unlocking
the workstation, changing the password, signing a visit): each is a guess at the same password.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.accounts import AccountPolicy, check_new_account, check_password
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.domain.visits.validation import raise_if
from calcitrack.services.accounts.passwords import (
    burn_time,
    hash_password,
    needs_rehash,
    password_matches,
)
from calcitrack.services.errors import ConflictError
from calcitrack.store import settings_repository, user_repository
from calcitrack.store.audit_trail import audit
from calcitrack.store.unit_of_work import UnitOfWork, utc_now
from calcitrack.store.user_repository import Account

WRONG = "Wrong username or password."
"""A refused sign-in, whether the name exists or not."""
WRONG_PASSWORD = "Wrong password."
"""A refused unlock: the lock screen names the account and asks only for its password, so
saying which was wrong gives nothing away."""


class SignInError(PermissionError):
    """A refused sign-in; the message is for the person at the workstation."""


class AccountLockedError(SignInError):
    def __init__(self, message: str, locked_until: datetime) -> None:
        super().__init__(message)
        self.locked_until = locked_until


class AccountService:
    """Works before anyone is signed in: it needs only the clinic's unit of work."""

    def __init__(self, uow: UnitOfWork, clock: Callable[[], datetime] = utc_now) -> None:
        self._uow = uow
        self._clock = clock

    def policy(self) -> AccountPolicy:
        with self._uow.read() as session:
            return AccountPolicy.from_settings(settings_repository.load(session))

    def has_accounts(self) -> bool:
        """Any account at all (a new database has none)."""
        with self._uow.read() as session:
            return bool(user_repository.list_users(session))

    def needs_first_admin(self) -> bool:
        """True until an active administrator with a password exists (a new database, or one
        upgraded from before accounts)."""
        with self._uow.read() as session:
            return not user_repository.has_admin_who_can_sign_in(session)

    def create_first_admin(
        self,
        username: str,
        display_name: str,
        password: str,
        also: Iterable[Role] = (),
    ) -> User:
        """The first administrator (optionally also nurse or physician); refused once one
        exists. Validated first; nothing is written on a problem."""
        username = username.strip()
        roles = frozenset({Role.ADMIN, *also})
        raise_if(check_new_account(username, display_name, roles, password, self.policy()))
        password_hash = hash_password(password)
        with self._uow.begin(actor_id=None) as session:
            if user_repository.has_admin_who_can_sign_in(session):
                raise ConflictError("an administrator already exists: sign in instead")
            if user_repository.find_user(session, username) is not None:
                raise ConflictError(f"the username {username!r} is taken by an older account")
            user = user_repository.add_user(
                session,
                User(username, display_name.strip(), roles),
                password_hash=password_hash,
                now=self._clock(),
            )
            audit.record_event(
                session,
                AuditAction.ACCOUNT,
                table_name="users",
                record_id=user.id,
                details=account_details(user, "created as the first administrator"),
                actor_id=user.id,
            )
            return user

    def sign_in(self, username: str, password: str) -> User:
        """The user, after recording the sign-in; SignInError (AccountLockedError when locked)
        with the message to show otherwise, after recording the failure."""
        return self._check(username.strip(), password, how="sign-in")

    def confirm(self, user: User, password: str) -> User:
        """Unlocking a locked workstation: the same checks and records as a sign-in."""
        return self._check(user.username, password, how="unlock", known=True)

    def sign_out(self, user: User, *, why: str = "signed out") -> None:
        with self._uow.begin(actor_id=user.id) as session:
            audit.record_event(
                session, AuditAction.LOGOUT, table_name="users", record_id=user.id,
                details={"why": why},
            )

    def change_password(self, user: User, current: str, new: str) -> None:
        """A user's own password; the current one is checked like a sign-in (a wrong one counts
        towards the lockout and is recorded)."""
        raise_if(check_password(new, user.username, self.policy(), field="new password"))
        try:
            self._check(user.username, current, how="password change")
        except AccountLockedError:
            raise
        except SignInError:
            raise SignInError(
                "The current password is wrong; the password was not changed."
            ) from None
        with self._uow.begin(actor_id=user.id) as session:
            user_repository.set_password_hash(
                session, user.username, hash_password(new), self._clock()
            )
            audit.record_event(
                session, AuditAction.ACCOUNT, table_name="users", record_id=user.id,
                details={"username": user.username, "change": "changed own password"},
            )

    def _check(self, username: str, password: str, *, how: str, known: bool = False) -> User:
        """``known``: the person typed only the password of an account shown to them."""
        now = self._clock()
        policy = self.policy()
        with self._uow.begin(actor_id=None) as session:
            account = user_repository.find_account(session, username, for_update=True)
            if account is None:
                burn_time(password)
                audit.record_event(
                    session, AuditAction.LOGIN_FAILED, table_name="users", actor_id=None,
                    details={"username": username, "why": "no such account", "how": how},
                )
                outcome: User | SignInError = SignInError(WRONG)
            else:
                outcome = _decide(session, account, password, policy, now, how, known=known)
            if isinstance(outcome, User):
                return outcome
        # raised after the commit: the failure and any lockout are recorded even though the
        # sign-in is refused (raising inside the transaction would roll the entries back)
        raise outcome


def reauthenticate(
    session: Session,
    user: User,
    password: str,
    *,
    now: datetime,
    how: str,
    refused: str,
    about: Mapping[str, object] | None = None,
    patient_id: int | None = None,
) -> SignInError | None:
    """Check the password of the signed-in ``user`` again, inside the caller's unit of work (an
    electronic signature re-enters it): the same checks, lockout and audit entries as a sign-in.

    None when the password is right (a run of failures ends there; no sign-in entry is written:
    the caller records what the password was given for). Otherwise the refusal to raise once
    the caller's transaction has committed, its message saying ``refused`` ("The visit was not
    signed."): the failed attempt (``how``, with ``about`` in its details and ``patient_id``)
    and any lockout are written to ``session`` — the caller writes nothing else, and commits.
    """
    account = user_repository.find_account(session, user.username, for_update=True)
    if account is None or account.user.id != user.id:
        return SignInError(f"{refused} The account {user.username!r} no longer exists.")
    policy = AccountPolicy.from_settings(settings_repository.load(session))
    outcome = _decide(
        session, account, password, policy, now, how,
        refused=refused, about=about or {}, patient_id=patient_id,
    )  # fmt: skip
    return None if isinstance(outcome, User) else outcome


def _decide(
    session: Session,
    account: Account,
    password: str,
    policy: AccountPolicy,
    now: datetime,
    how: str,
    *,
    refused: str = "",
    about: Mapping[str, object] | None = None,
    patient_id: int | None = None,
    known: bool = False,
) -> User | SignInError:
    """The signed-in user, or the refusal to raise once the transaction has committed; the
    account's new state and the audit entries are written to ``session`` either way.
    ``known``: the account was shown, only its password typed (unlocking): a refusal says
    "Wrong password." rather than a sign-in's "Wrong username or password.".

    ``refused`` (a re-authentication: ``reauthenticate``) starts each refusal and words it for
    someone already signed in; a success then writes no sign-in entry."""
    user, username = account.user, account.user.username
    assert user.id is not None

    def failed(why: str) -> None:
        audit.record_event(
            session, AuditAction.LOGIN_FAILED, table_name="users", record_id=user.id,
            actor_id=user.id, patient_id=patient_id,
            details={"username": username, "why": why, "how": how, **(about or {})},
        )

    def said(text: str) -> str:
        return f"{refused} {text}" if refused else text

    if account.locked_at(now):
        assert account.locked_until is not None
        burn_time(password)
        failed("account locked")
        message = said(_locked_message(account.locked_until))
        return AccountLockedError(message, account.locked_until)
    if not password_matches(account.password_hash, password):
        if account.password_hash is None:
            failed("no password set")
            return SignInError(said(
                "This account has no password yet: an administrator sets one in Tools → Users."
            ))
        failures, locked_until = policy.after_failure(account.failed_logins, now)
        user_repository.set_sign_in_state(
            session, username, failed_logins=failures, locked_until=locked_until
        )
        failed("wrong password")
        if locked_until is None:
            if not refused:
                return SignInError(WRONG_PASSWORD if known else WRONG)
            left = policy.lockout_failures - failures
            return SignInError(
                f"Wrong password. {refused} {left} more wrong password{'s' if left > 1 else ''} "
                f"in a row lock the account for {policy.lockout_minutes} minutes."
            )
        audit.record_event(
            session, AuditAction.LOCKOUT, table_name="users", record_id=user.id,
            actor_id=user.id, patient_id=patient_id,
            details={"username": username, "failures": policy.lockout_failures,
                     "locked_until": locked_until.isoformat(),
                     **({"how": how, **(about or {})} if refused else {})},
        )
        run = f"{policy.lockout_failures} failed sign-ins in a row. "
        if refused or known:
            run = f"{policy.lockout_failures} wrong passwords in a row. "
        if refused:
            run = f"Wrong password. {refused} {run}"
        return AccountLockedError(run + _locked_message(locked_until), locked_until)
    if not user.active:
        failed("account disabled")
        return SignInError(said(
            "This account is disabled; an administrator can enable it in Tools → Users."
        ))
    assert account.password_hash is not None
    if needs_rehash(account.password_hash):
        user_repository.set_password_hash(session, username, hash_password(password), now)
    user_repository.set_sign_in_state(session, username, failed_logins=0, locked_until=None)
    if not refused:
        audit.record_event(
            session, AuditAction.LOGIN, table_name="users", record_id=user.id,
            actor_id=user.id, details={"how": how},
        )
    return user


def _locked_message(until: datetime) -> str:
    local = until.astimezone()
    return (
        f"The account is locked until {local:%H:%M} ({local:%Y-%m-%d}). Try again then, or ask "
        "an administrator to unlock it in Tools → Users."
    )


def account_details(user: User, change: str) -> dict[str, object]:
    return {
        "username": user.username,
        "display_name": user.display_name,
        "roles": sorted(role.value for role in user.roles),
        "active": user.active,
        "change": change,
    }

