"""argparse's own words ("usage: ", "positional arguments", "the following arguments are required:
%s", …) in the command's language.

argparse translates its texts with ``gettext.gettext`` and ``gettext.ngettext``, imported as the
module's globals ``_`` and ``ngettext``: they read the default ``messages`` domain, which
CalciTrack's catalogue is not, so without help they stay English. ``speak_our_language`` points
those two globals at CalciTrack's catalogue (``calcitrack.i18n.catalogue``), which then answers in
the language ``activate`` set; the same way the maintained ``i18nparse`` package translates
argparse, but with our catalogue and our choice of language (the system's, among those offered).

The texts below are argparse's msgids, byte for byte (trailing spaces, ``%(name)s``, ``%r`` and
the final newline included), marked here so that ``pybabel extract`` puts them in our catalogue.
They are never translated here: argparse translates them where it shows them. A test
(tests/cli/test_argparse_words.py) reads the running Python's argparse and fails when it has a
text this list lacks (a Python upgrade adds or rewords some).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from calcitrack.i18n import catalogue
from calcitrack.i18n.catalogue import N_

WORDS: tuple[str, ...] = (
    # TRANSLATORS: argparse's heading of the usage line; keep the trailing space
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("subcommands"),
    # TRANSLATORS: argparse's error line: %(prog)s is the command ("calcitrack"); keep the newline
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    # TRANSLATORS: %(type)s is a value's kind as the program names it (e.g. "iso_date", "int")
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("unexpected option string: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_('argument "-" with mode %r'),
    # the program's own mistakes (a developer reads them), translated all the same
    N_("%r is not callable"),
    N_(".__call__() not defined"),
    N_("'required' is an invalid argument for positionals"),
    N_("mutually exclusive arguments must be optional"),
    N_("cannot merge actions - two groups are named %r"),
    N_("invalid option string %(option)r: must start with a character %(prefix_chars)r"),
    N_("dest= is required for options like %r"),
    N_("invalid conflict_resolution value: %r"),
    N_("cannot have multiple subparser arguments"),
    N_("conflicting subparser: %s"),
    N_("conflicting subparser alias: %s"),
)
"""argparse's texts translated one way whatever the count."""

Marker = Callable[[str, str, int], tuple[str, str]]


def _counted(ngettext: Marker) -> tuple[tuple[str, str], ...]:
    # the parameter is named as the extractor's keyword for counted texts (ngettext:1,2), so that
    # these pairs reach the catalogue as plural entries; called once, below, to list them
    return (
        ngettext("expected %s argument", "expected %s arguments", 2),
        ngettext("conflicting option string: %s", "conflicting option strings: %s", 2),
    )


COUNTED: tuple[tuple[str, str], ...] = _counted(lambda singular, plural, _n: (singular, plural))
"""argparse's counted texts: (singular, plural)."""


def speak_our_language() -> None:
    """Make argparse translate its texts with CalciTrack's catalogue, in the language the process
    (or a ``using`` block) speaks; English, the catalogue's source, leaves them as argparse wrote
    them. Idempotent; call it once the language is activated, before building the parser (the
    headings and the help option's text are translated when the parser is made)."""
    # module globals argparse reads at each call; typeshed does not declare them, hence setattr
    setattr(argparse, "_", _gettext)  # noqa: B010
    setattr(argparse, "ngettext", catalogue.ngettext)  # noqa: B010


def _gettext(message: str | None) -> str | None:
    # argparse also passes a subparsers group's description, None when there is none
    return None if message is None else catalogue._(message)
