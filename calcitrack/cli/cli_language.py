"""Which language the command line speaks, and which one ``calcitrack report`` writes its PDFs in.

The command's messages follow the system's language (the environment's ``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES`` and ``LANG``, as gettext reads them), among the languages CalciTrack offers
(``languages.resolve``: English until a language is ready). ``calcitrack report --language
pt|ar|en`` names the summaries' language (any language CalciTrack ships, ready or not) and
``--digits latn|arab`` the digits of Arabic summaries (Western by default). No Qt here: the
command line never loads it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from calcitrack.cli.exits import EXIT_USAGE, UserError
from calcitrack.i18n.digits import Digits
from calcitrack.i18n.languages import SYSTEM, Language, UnknownLanguage, parse_language, resolve

DIGITS: tuple[Digits, ...] = ("latn", "arab")
"""The ``--digits`` choices: Western or Arabic-Indic, by their CLDR names."""


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The system's languages in order of preference, as gettext finds them: ``LANGUAGE`` (a
    colon-separated list), then the first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` set."""
    env = os.environ if environ is None else environ
    tags = [tag for tag in env.get("LANGUAGE", "").split(":") if tag]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            tags.append(env[name])
            break
    return tags


def system_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language of the command's messages: the system's, among those offered."""
    return resolve(SYSTEM, system_languages(environ))


def report_language(text: str | None, default: Language) -> Language:
    """The language ``--language`` names (``default`` when not given); a name CalciTrack does
    not know is the user's mistake, told with the option's name."""
    if text is None:
        return default
    try:
        return parse_language(text, "--language")
    except UnknownLanguage as exc:
        raise UserError(str(exc), EXIT_USAGE) from None
