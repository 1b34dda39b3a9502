"""The gettext catalogue that text below the window is translated with: the domain's rule texts and
flag reasons, the PDF, the command line. Standard library ``gettext`` only (no Qt: the window
translates its own strings with ``tr()``).

Marking strings::

    from calcitrack.i18n.catalogue import N_, _, ngettext

    RULE = N_("Calcium above {limit} mmol/L")       # marked at import, translated when shown
    text = _(RULE).format(limit=...)               # at the point of display
    _("no visits on {day}: no summaries written").format(day=...)
    ngettext("{count} patient", "{count} patients", n).format(count=...)

Which language ``_`` answers in: the language a ``using(...)`` block of the current thread (or
asyncio task) asked for, else the process's language set by ``activate`` at start-up (English
until then).

Why two levels: the window's thread and a worker thread rendering a PDF in the language its
request names must not see each other's language. ``activate`` sets one process-wide value, which
every thread reads (a thread started by a Qt thread pool does not inherit the starting thread's
context variables, so a context variable alone would leave workers in English). ``using`` sets a
``contextvars.ContextVar``, which is private to the thread (and to an asyncio task) that set it,
and is restored on leaving the block even when it raises. Loaded catalogues are read-only, so
reading them from several threads is safe; loading happens once per language, under a lock.

Catalogues are ``resources/translations/<code>/LC_MESSAGES/calcitrack.mo`` (built from the
``.po`` beside them by ``make``; ``calcitrack.shipped_resources`` finds the folder). English is
the source text itself. A supported language whose ``.mo`` is missing or unreadable falls back to
English with one warning in the log (the path and language only: catalogues hold no patient data).
"""

from __future__ import annotations

import functools
import gettext
import logging
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal, InvalidOperation
from pathlib import Path

from babel import Locale

from calcitrack.i18n.digits import Digits
from calcitrack.i18n.languages import Language
from calcitrack.shipped_resources import shipped

log = logging.getLogger(__name__)

DOMAIN = "calcitrack"
"""The gettext domain: the catalogues' file name."""

_process_language = Language.ENGLISH
_process_digits: Digits = "latn"
_override: ContextVar[tuple[Language, Digits] | None] = ContextVar(
    "calcitrack_language", default=None
)
_loaded: dict[Language, gettext.NullTranslations] = {}
_LOCK = threading.Lock()


def translations_dir() -> Path:
    """The folder holding ``calcitrack.pot`` and one ``<code>/LC_MESSAGES`` folder a language."""
    return shipped("translations")


def catalogue_path(language: Language, folder: Path | None = None) -> Path:
    """Where ``language``'s compiled catalogue is (in ``folder``, by default the shipped one)."""
    base = translations_dir() if folder is None else folder
    return base / language.code / "LC_MESSAGES" / f"{DOMAIN}.mo"


def load_translations(language: Language, folder: Path | None = None) -> gettext.NullTranslations:
    """``language``'s catalogue read from ``folder`` (by default the shipped one): English is the
    source text; a missing or unreadable ``.mo`` gives English too, with a warning."""
    if language is Language.ENGLISH:
        return gettext.NullTranslations()
    path = catalogue_path(language, folder)
    try:
        with path.open("rb") as file:
            return gettext.GNUTranslations(file)
    except (OSError, ValueError, struct.error) as exc:  # a bad magic number is an OSError
        log.warning(
            "no usable %s catalogue at %s (%s): its text is shown in English",
            language.code, path, type(exc).__name__,
        )
        return gettext.NullTranslations()


def translations(language: Language) -> gettext.NullTranslations:
    """``language``'s shipped catalogue, loaded on first use."""
    found = _loaded.get(language)
    if found is not None:
        return found
    with _LOCK:
        if language not in _loaded:
            _loaded[language] = load_translations(language)
        return _loaded[language]


def install(language: Language, catalogue: gettext.NullTranslations | None) -> None:
    """Answer ``language`` from ``catalogue`` (already loaded, e.g. from a test's own folder with
    ``load_translations``) instead of the shipped one; ``None`` forgets it, so that the shipped
    catalogue is read again on next use."""
    with _LOCK:
        if catalogue is None:
            _loaded.pop(language, None)
        else:
            _loaded[language] = catalogue


def activate(language: Language, digits: Digits = "latn") -> None:
    """Make ``language`` the process's language: what ``_`` answers in wherever no ``using``
    block says otherwise (set at start-up and at sign-in, before any window or report is built),
    and ``digits`` the digits its Arabic numbers are written in (the clinic's choice)."""
    global _process_language, _process_digits
    translations(language)  # loaded (and any warning logged) now, not at the first string
    _process_language = language
    _process_digits = digits


@contextmanager
def using(language: Language, digits: Digits | None = None) -> Iterator[Language]:
    """Translate into ``language`` inside the block, in this thread (or asyncio task) only, with
    ``digits`` (by default the process's); the language before it comes back on leaving,
    whatever happens inside."""
    translations(language)
    token = _override.set((language, _process_digits if digits is None else digits))
    try:
        yield language
    finally:
        _override.reset(token)


def current_language() -> Language:
    """The language ``_`` answers in here and now."""
    override = _override.get()
    return _process_language if override is None else override[0]


def current_digits() -> Digits:
    """The digits numbers are written in here and now (only Arabic text uses the choice)."""
    override = _override.get()
    return _process_digits if override is None else override[1]


def _(message: str) -> str:
    """``message`` in the current language (itself if the catalogue has no translation)."""
    return translations(current_language()).gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it (module-level texts, translated
    with ``_`` where they are shown)."""
    return message


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language as meant in ``context``: for a short text that reads
    differently by what it qualifies (Portuguese "Active" is "Ativa" for a lesion but "Ativos"
    for the patients a list shows)."""
    return translations(current_language()).pgettext(context, message)


def NC_(context: str, message: str) -> str:
    """Mark ``message`` in ``context`` for translation without translating it (translate it with
    ``pgettext(context, message)`` where it is shown)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for the count ``n`` in the current language (its plural rules:
    English 2 forms, Portuguese 3, Arabic 6)."""
    return translations(current_language()).ngettext(singular, plural, n)


def ngettext_number(singular: str, plural: str, number: str) -> str:
    """The form of a message for the count written ``number`` (see :func:`plural_count`) in the
    current language."""
    return ngettext(singular, plural, plural_count(number))


def plural_count(number: str) -> int:
    """The whole number whose form, in the current language, the count written ``number`` (in
    English, Western digits: ``"2.5"``, ``"1"``, ``"3.0"``) reads with: itself when whole;
    for a count written with decimals, a whole number of the CLDR category CLDR gives it, since a
    catalogue's plural formula reads whole numbers only. "Other" in English and Portuguese
    ("2.5 months", "1.0 months", "2,5 meses"); in Arabic "other" for 2.5 but "few" for 3.0 and
    "one" for 1.0. Pass it to ``ngettext`` as the count."""
    try:
        count = Decimal(number.strip().replace("\u2212", "-"))
    except InvalidOperation:
        return _whole_number_of(current_language(), "other")
    if not count.is_finite():
        return _whole_number_of(current_language(), "other")
    if count.as_tuple().exponent == 0:
        return int(count)  # as gettext always read it (a negative one too)
    language = current_language()
    return _whole_number_of(language, _plural_rule(language)(abs(count)))


def _plural_rule(language: Language) -> Callable[[Decimal], str]:
    return Locale.parse(language.details.babel_locale).plural_form


@functools.cache
def _whole_number_of(language: Language, category: str) -> int:
    """The least whole number CLDR puts in ``category`` in ``language`` (the catalogue's formula
    is CLDR's for whole numbers, so it gives that number the category's form)."""
    rule = _plural_rule(language)
    candidates: list[int] = [*range(200), 1_000_000]
    for n in candidates:
        if rule(Decimal(n)) == category:
            return n
    return 100  # no whole number reads so: the plural ("other" in each language shipped)
