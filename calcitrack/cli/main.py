"""The ``calcitrack`` command: the GUI by default, and the clinic's command-line tools.

Exit codes: 0 done; 1 failed or problems found; 2 command-line usage; 3 invalid input data;
4 the database cannot be used; 5 sign-in refused, or the account's roles do not allow the command.

Only what the command given needs is loaded: the window (calcitrack.startup) shows its sign-in
dialog before SQLAlchemy and the services are imported; the tools load in calcitrack.cli.commands.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from calcitrack import __version__
from calcitrack.cli.argparse_words import speak_our_language
from calcitrack.cli.cli_language import system_language
from calcitrack.cli.exits import EXIT_FAILED
from calcitrack.cli.parser import build_parser
from calcitrack.i18n.catalogue import _, activate
from calcitrack.i18n.languages import Language
from calcitrack.logging_setup import configure_logging
from calcitrack.private_files import restrict_umask
from calcitrack.store.locations import log_dir

log = logging.getLogger("calcitrack.cli")  # the name the logs have always used

GUI = (None, "gui")


def run(argv: Sequence[str] | None = None) -> int:
    restrict_umask()  # what the process and its children (pg_dump) create is private from birth
    # the messages' language, before parsing: the help and usage mistakes are messages too
    activate(system_language())
    speak_our_language()  # argparse's own words ("usage: ", "options") in it too
    args = build_parser().parse_args(argv)
    try:
        configure_logging(log_dir())
    except OSError as exc:
        print(_("warning: no log file ({reason})").format(reason=exc), file=sys.stderr)
    log.info("calcitrack %s: command %s", __version__, args.command or "gui")
    try:
        if args.command in GUI:
            activate(Language.ENGLISH)  # as before: the window chooses its own at sign-in
            return _run_window(args)
        from calcitrack.cli.commands import run_command

        return run_command(args)
    except KeyboardInterrupt:
        print(_("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`calcitrack users list | head -1`)
        _quiet_stdout()
        return EXIT_FAILED
    except Exception as exc:
        from calcitrack.cli.explain import explain

        explained = explain(exc)
        if explained is None:
            raise
        message, code = explained
        print(_("error: {message}").format(message=message), file=sys.stderr)
        return code


def _run_window(args: argparse.Namespace) -> int:
    from calcitrack.startup import run_window  # Qt is loaded only when the window is wanted

    return run_window(getattr(args, "db", None), _explain_start_failure)


def _explain_start_failure(error: BaseException) -> tuple[str, int]:
    """The window could not start: the reason on stderr too, and for the message box. Asked on
    the window's thread once the sign-in dialog is up, so in the language the window started in
    (the system's, activated for gettext by its SessionLanguage before the clinic is opened), as
    the message box around it and ``explain``'s own reasons are."""
    from calcitrack.cli.explain import explain

    explained = explain(error) if isinstance(error, Exception) else None
    if explained is None:
        log.error("the window could not start", exc_info=error)
        explained = (
            # TRANSLATORS: {kind} is the Python error's name (e.g. RuntimeError), left as it is
            _("an unexpected error ({kind}); see the log in {folder}").format(
                kind=type(error).__name__, folder=log_dir()
            ),
            EXIT_FAILED,
        )
    print(_("error: {message}").format(message=explained[0]), file=sys.stderr)
    return explained


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that Python's flush at exit does not fail
    again on the closed pipe (the recipe of the Python documentation, "Note on SIGPIPE")."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main() -> None:
    code = run()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        code = code or EXIT_FAILED
    sys.exit(code)
