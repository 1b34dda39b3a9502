"""``calcitrack users``: the clinic's accounts managed without the window, through the same
services, rules and audit entries as Tools → Users.

    calcitrack users add USERNAME --role ROLE [--role ROLE] --full-name NAME
    calcitrack users list
    calcitrack users set-roles USERNAME --role ROLE [--role ROLE]
    calcitrack users disable|enable USERNAME
    calcitrack users reset-password USERNAME

An administrator signs in (``--account``/``CALCITRACK_USER``, ``CALCITRACK_PASSWORD``), except
for the first administrator of a database that has none (a new clinic, e.g. a PostgreSQL
database IT has just prepared), created by ``users add NAME --role admin`` as the window's
first-administrator dialog creates it. A new password is ``CALCITRACK_NEW_PASSWORD``, else asked
twice on the terminal; it is never an argument (the command line is visible to every local user).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterable

from calcitrack.bootstrap import Clinic
from calcitrack.cli import sign_in
from calcitrack.cli.exits import EXIT_OK, EXIT_USAGE, UserError
from calcitrack.cli.users_grammar import NEW_PASSWORD_ENV
from calcitrack.domain.clinic.accounts import check_display_name, check_roles, check_username
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import User
from calcitrack.domain.visits.validation import raise_if
from calcitrack.i18n.catalogue import _
from calcitrack.services.accounts.user_admin_service import Account, UserAdminService
from calcitrack.services.errors import ConflictError, NotFoundError
from calcitrack.store.unit_of_work import utc_now


def run(args: argparse.Namespace, clinic: Clinic) -> int:
    action: str = args.users_command
    if action == "add" and clinic.accounts().needs_first_admin():
        return _first_admin(args, clinic)
    sign_in.sign_in(args, clinic)
    admin = UserAdminService(clinic.context())
    accounts = {a.user.username: a for a in admin.accounts()}  # refused unless an admin
    if action == "list":
        _print_accounts(accounts.values())
        return EXIT_OK
    username: str = args.username.strip()
    if action == "add":
        roles = _roles(args.roles)
        raise_if(
            check_username(username) + check_display_name(args.full_name) + check_roles(roles)
        )
        if username in accounts:
            raise ConflictError(
                _("username: {username!r} is taken; nothing was changed").format(
                    username=username)
            )  # fmt: skip
        user = admin.create(username, args.full_name, roles, _new_password(username))
        print(_("created {account}").format(account=_describe(user)))
        return EXIT_OK
    if username not in accounts:
        raise NotFoundError(
            _("no account {username!r} (see 'calcitrack users list')").format(username=username)
        )
    if action == "set-roles":
        user = admin.set_roles(username, _roles(args.roles))
        print(_("{username}: roles now {roles}").format(username=username,
                                                        roles=_roles_text(user.roles)))  # fmt: skip
    elif action in ("disable", "enable"):
        user = admin.set_active(username, action == "enable")
        done = (
            _("{username} disabled: it can no longer sign in (its records stay)")
            if not user.active
            else _("{username} enabled: it can sign in again")
        )
        print(done.format(username=username))
    else:  # reset-password
        admin.reset_password(username, _new_password(username))
        print(_("new password set for {username} (a lockout, if any, is lifted)").format(
            username=username))  # fmt: skip
    return EXIT_OK


def _first_admin(args: argparse.Namespace, clinic: Clinic) -> int:
    """A database with no administrator who can sign in: the first one, without a sign-in."""
    username, roles = args.username.strip(), _roles(args.roles)
    if Role.ADMIN not in roles:
        raise UserError(
            _("{database} has no administrator yet: the first account must be one (add --role "
              "admin to 'calcitrack users add {username}')").format(database=clinic.where,
                                                                     username=username),
            EXIT_USAGE,
        )  # fmt: skip
    raise_if(check_username(username) + check_display_name(args.full_name))
    user = clinic.accounts().create_first_admin(
        username, args.full_name, _new_password(username), also=roles - {Role.ADMIN}
    )
    print(_("created {account}, the first administrator of {database}").format(
        account=_describe(user), database=clinic.where))  # fmt: skip
    return EXIT_OK


def _new_password(username: str) -> str:
    """The new password: the environment's, else typed twice on the terminal."""
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UserError(
            _("no new password for {username!r}: set {variable} or run in a terminal").format(
                username=username, variable=NEW_PASSWORD_ENV),
            EXIT_USAGE,
        )  # fmt: skip
    first = getpass.getpass(_("New password for {username}: ").format(username=username))
    if getpass.getpass(_("The same password again: ")) != first:
        raise UserError(_("the two passwords differ; nothing was changed"), EXIT_USAGE)
    return first


def _roles(codes: Iterable[str]) -> frozenset[Role]:
    return frozenset(Role(code) for code in codes)


def _roles_text(roles: Iterable[Role]) -> str:
    given = set(roles)
    return "+".join(role.value for role in Role if role in given) or "none"


def _describe(user: User) -> str:
    return f"{user.username} ({user.display_name}): {_roles_text(user.roles)}"


def _print_accounts(accounts: Iterable[Account]) -> None:
    now = utc_now()
    rows = [("USERNAME", "NAME", "ROLES", "STATE")]
    for account in accounts:
        state = "active" if account.user.active else "disabled"
        if not account.has_password:
            state += ", no password"
        if account.locked_at(now):
            assert account.locked_until is not None
            state += f", locked until {account.locked_until.astimezone():%Y-%m-%d %H:%M}"
        rows.append(
            (account.user.username, account.user.display_name,
             _roles_text(account.user.roles), state)
        )  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for name, full_name, roles, state in rows:
        print(f"{name:{widths[0]}}  {full_name:{widths[1]}}  {roles:{widths[2]}}  {state}")
