"""The grammar of ``calcitrack users``: accounts managed without the window (kept apart from the
command itself so that parsing loads nothing heavy)."""

from __future__ import annotations

import argparse
from typing import Any

from calcitrack.i18n.catalogue import _

NEW_PASSWORD_ENV = "CALCITRACK_NEW_PASSWORD"
ROLES = ("nurse", "physician", "admin")
"""The role codes (domain/codes.py ``Role``), spelled here so that parsing imports no domain."""


def add_users(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``users`` and its actions to the command line."""
    users = sub.add_parser(
        "users",
        parents=[common],
        help=_("manage accounts without the window"),
        description=_("Manage the clinic's accounts (an administrator signs in). The first "
                      "administrator of a database that has none is created with 'users add "
                      "NAME --role admin' without signing in. A new password comes from "
                      "${variable}, else it is asked twice on the terminal. Every change is "
                      "recorded in the audit trail.").format(variable=NEW_PASSWORD_ENV),
    )
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help=_("create an account with a password"))
    add.add_argument("username", metavar="USERNAME")
    _add_roles(add)
    add.add_argument(
        "--full-name",
        required=True,
        metavar="NAME",
        help=_("the name shown on records and signatures, e.g. 'Dr Ana Lopes'"),
    )
    actions.add_parser("list", parents=[common], help=_("list the accounts and their state"))
    roles = actions.add_parser("set-roles", parents=[common], help=_("replace an account's roles"))
    roles.add_argument("username", metavar="USERNAME")
    _add_roles(roles)
    for name, text in (
        ("disable", _("disable an account (it can no longer sign in; its records stay)")),
        ("enable", _("enable a disabled account again")),
        ("reset-password", _("set a new password (it also lifts a lockout)")),
    ):
        action = actions.add_parser(name, parents=[common], help=text)
        action.add_argument("username", metavar="USERNAME")


def _add_roles(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--role",
        dest="roles",
        action="append",
        required=True,
        choices=ROLES,
        help=_("a role (repeat for several)"),
    )
