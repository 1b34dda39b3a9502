"""The languages CalciTrack speaks, and which one a user gets.

A user's preference is ``system``, ``en``, ``pt_PT`` or ``ar``. "system" follows the operating
system's list of preferred languages (what Qt's ``QLocale.system().uiLanguages()`` gives:
``["pt-PT", "pt"]``, ``["ar-EG"]``, ``["C"]`` on a bare server); the first one CalciTrack speaks
wins, and English is the answer when none is.

Portuguese: any Portuguese of the system list (``pt``, ``pt-BR``, ``pt-AO``…) is answered in the
Portuguese of Portugal, the only Portuguese shipped. A Brazilian user reads pt-PT without trouble
(a few words differ: "ficheiro" for "arquivo"), which serves her better than English; when a pt-BR
catalogue ships, it joins the table and ``pt-BR`` resolves to it. Note that Qt reads a bare ``pt``
as Brazilian (``1.234,5``): the window must build its ``QLocale`` from the resolved language, not
from the system's tag.

Arabic: every region resolves to ``ar``. Which digits Arabic text uses (Arabic-Indic or Western)
is the clinic's choice, not the region's (``calcitrack.i18n.formats``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass


class Direction(enum.Enum):
    """Which way a language's text runs."""

    LEFT_TO_RIGHT = "ltr"
    RIGHT_TO_LEFT = "rtl"


@dataclass(frozen=True)
class LanguageDetails:
    english_name: str
    native_name: str
    direction: Direction
    babel_locale: str
    """The CLDR locale numbers and dates are formatted in (``calcitrack.i18n.formats``)."""
    min_grouping_digits: int
    """CLDR's minimumGroupingDigits, which Babel does not apply: 2 means a thousands separator only
    from five integer digits on (pt-PT ``1234,5`` but ``12 345,5``, as Qt and ICU write them)."""
    ready: bool
    """Its catalogues (the window's, the PDF's and the command line's) are complete: only then is
    it offered to users. A language not ready yet is never chosen for them (the system's language
    falls back to English): half a window in English is worse than a whole one."""
    reviewed: bool = False
    """Its translation has been reviewed by native-speaking clinicians. Until then the language
    chooser says so next to its name (docs/translation-glossary.md lists the terms to check)."""


class Language(enum.Enum):
    """A language CalciTrack ships; the value is its catalogue's folder name."""

    ENGLISH = "en"
    PORTUGUESE = "pt_PT"
    ARABIC = "ar"

    @property
    def code(self) -> str:
        return self.value

    @property
    def details(self) -> LanguageDetails:
        return _DETAILS[self]

    @property
    def english_name(self) -> str:
        return self.details.english_name

    @property
    def native_name(self) -> str:
        return self.details.native_name

    @property
    def direction(self) -> Direction:
        return self.details.direction

    @property
    def ready(self) -> bool:
        return self.details.ready

    @property
    def reviewed(self) -> bool:
        return self.details.reviewed

    @property
    def right_to_left(self) -> bool:
        return self.details.direction is Direction.RIGHT_TO_LEFT


_DETAILS: dict[Language, LanguageDetails] = {
    # English dates day before month ("7 Mar 2026"), as the clinics CalciTrack serves read them.
    Language.ENGLISH: LanguageDetails(
        "English", "English", Direction.LEFT_TO_RIGHT, "en_GB", 1, ready=True, reviewed=True
    ),
    Language.PORTUGUESE: LanguageDetails(
        "Portuguese (Portugal)", "Português (Portugal)", Direction.LEFT_TO_RIGHT, "pt_PT", 2,
        ready=True,
    ),
    Language.ARABIC: LanguageDetails(
        "Arabic", "العربية", Direction.RIGHT_TO_LEFT, "ar", 1, ready=True
    ),
}

SYSTEM = "system"
"""The preference that follows the operating system's languages."""

PREFERENCES: tuple[str, ...] = (SYSTEM, *(language.code for language in Language))
"""Every value a user's language preference may take."""

_BY_PRIMARY_SUBTAG = {"en": Language.ENGLISH, "pt": Language.PORTUGUESE, "ar": Language.ARABIC}

_COMMAND_LINE_NAMES = {"en": Language.ENGLISH, "pt": Language.PORTUGUESE,
                       "pt_pt": Language.PORTUGUESE, "ar": Language.ARABIC}


class UnknownLanguage(ValueError):
    """A language name that CalciTrack does not speak; the message names the accepted ones."""


def offered() -> frozenset[Language]:
    """The languages users may be given: those ready."""
    return frozenset(language for language in Language if language.ready)


def resolve(
    preference: str,
    system_languages: Sequence[str],
    among: Collection[Language] | None = None,
) -> Language:
    """The language for a user's ``preference`` (one of :data:`PREFERENCES`): itself, or for
    "system" the first of ``system_languages`` that CalciTrack speaks ``among`` the languages
    offered (by default those ready: :func:`offered`), English if none.

    ``system_languages`` are BCP 47 or POSIX tags in the user's order of preference (``pt-PT``,
    ``pt_PT.UTF-8``, ``ar-EG``, ``C``). An unknown preference raises :class:`UnknownLanguage`.
    """
    if preference != SYSTEM:
        try:
            return Language(preference)
        except ValueError:
            raise UnknownLanguage(
                f"{preference!r} is not a language preference; use one of {', '.join(PREFERENCES)}"
            ) from None
    for tag in system_languages:
        language = _BY_PRIMARY_SUBTAG.get(_primary_subtag(tag))
        if language is not None and language in (offered() if among is None else among):
            return language
    return Language.ENGLISH


def _primary_subtag(tag: str) -> str:
    """``pt-PT`` → ``pt``; ``ar_EG.UTF-8@latin`` → ``ar``; ``C`` → ``c``."""
    return re.split(r"[-_.@]", tag.strip(), maxsplit=1)[0].lower()


def parse_language(text: str, option: str = "--language") -> Language:
    """A language named on the command line: ``en``, ``pt``, ``pt-PT``, ``pt_PT`` or ``ar``, in
    any case. Anything else raises :class:`UnknownLanguage` naming ``option`` and the accepted
    names."""
    language = _COMMAND_LINE_NAMES.get(text.strip().lower().replace("-", "_"))
    if language is None:
        raise UnknownLanguage(
            f"{option}: {text!r} is not a language CalciTrack speaks; "
            "use en (English), pt or pt-PT (Portuguese of Portugal), or ar (Arabic)"
        )
    return language
