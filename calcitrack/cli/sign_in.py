"""Signing in on the command line: the same accounts, checks, lockout and audit entries as the
window.

The account is ``--account NAME``, else ``CALCITRACK_USER``, else the operating-system login
name; the password is ``CALCITRACK_PASSWORD`` (for scheduled jobs: keep it in the job's
protected environment, never on the command line), else asked on the terminal.

``users`` signs in itself (cli/users_command.py: the first administrator needs none).
Database upkeep (``db upgrade|check|backup|migrate-to``) needs no sign-in: it needs access to the
database itself (the file, or the server's credentials in the URL), which is more than any
account gives. What such a command writes out of the database (a copy, a backup) is recorded
in the audit trail with no account and the operating-system login name (``os_user``) instead.
``demo`` on an empty database creates the demo accounts and signs in as the demo
physician.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from calcitrack.bootstrap import Clinic
from calcitrack.cli.exits import EXIT_DENIED, EXIT_USAGE, UserError
from calcitrack.cli.parser import PASSWORD_ENV, USER_ENV
from calcitrack.i18n.catalogue import _
from calcitrack.services.accounts.account_service import SignInError


def account_name(args: argparse.Namespace) -> str:
    name = getattr(args, "account", None) or os.environ.get(USER_ENV)
    if name:
        return str(name)
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        raise UserError(
            _("who is signing in? give --account or set {variable}").format(variable=USER_ENV),
            EXIT_USAGE,
        ) from None


def sign_in(args: argparse.Namespace, clinic: Clinic) -> str:
    """Sign ``clinic`` in, or raise UserError with the reason (nothing else is done); returns
    the password, for a command that signs visits (a signature gives the password again)."""
    accounts = clinic.accounts()
    if accounts.needs_first_admin():
        raise UserError(
            _("{database} has no administrator yet: create the first one with 'calcitrack users "
              "add USERNAME --role admin --full-name NAME' or in CalciTrack's window (or build a "
              "demo clinic with 'calcitrack demo')").format(database=clinic.where),
            EXIT_DENIED,
        )
    username = account_name(args)
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise UserError(
                _("no password for {username!r}: set {variable} or run in a terminal").format(
                    username=username, variable=PASSWORD_ENV),
                EXIT_USAGE,
            )  # fmt: skip
        password = getpass.getpass(
            _("CalciTrack password for {username}: ").format(username=username)
        )
    try:
        clinic.user = accounts.sign_in(username, password)
    except SignInError as exc:
        raise UserError(
            _("sign-in as {username!r} refused: {reason}").format(username=username, reason=exc),
            EXIT_DENIED,
        ) from None
    return password
