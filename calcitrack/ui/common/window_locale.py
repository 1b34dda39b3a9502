"""The window's ``QLocale``: how the window writes numbers and dates, built from the language the
window speaks and the clinic's choice of digits for Arabic, never from the system's locale tag.

Why not the system's tag: Qt reads a bare ``pt`` as Brazilian Portuguese (``1.234,5``), and an
Arabic tag's region decides the digits and, worse, the decimal mark: ``ar_MA`` (and the other
Maghreb locales) reads "38.2" as 382, the point being their thousands separator. So the locale is
chosen here, from a short table:

- English: ``QLocale(English, UnitedStates)``, Qt's plain English (what the window always had).
- Portuguese (Portugal): ``QLocale(Portuguese, Portugal)``: decimal comma, dates ``07/03/26``.
- Arabic with Arabic-Indic digits: ``QLocale(Arabic, Egypt)``: ``١٢٫٥``.
- Arabic with Western digits: ``QLocale(Arabic, UnitedArabEmirates)``: ``12.5``, a decimal point
  like every other Western-digit Arabic locale that is not a Maghreb one.

Qt has no way to choose the digits apart from the region, hence the two Arabic regions. Numbers a
person types are never read with this locale (``number_text.read_number`` reads them, whatever the
locale); the date fields keep ISO dates (``iso_date_edit``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from calcitrack.i18n.digits import Digits

_ENGLISH = (QLocale.Language.English, QLocale.Country.UnitedStates)
_TABLE: dict[tuple[str, Digits], tuple[QLocale.Language, QLocale.Country]] = {
    ("pt_PT", "latn"): (QLocale.Language.Portuguese, QLocale.Country.Portugal),
    ("pt_PT", "arab"): (QLocale.Language.Portuguese, QLocale.Country.Portugal),
    ("ar", "arab"): (QLocale.Language.Arabic, QLocale.Country.Egypt),
    ("ar", "latn"): (QLocale.Language.Arabic, QLocale.Country.UnitedArabEmirates),
}


def window_locale(language: str, digits: Digits = "latn") -> QLocale:
    """The locale the window writes numbers and dates in, for ``language`` ("en", "pt_PT", "ar")
    and, in Arabic, ``digits`` (the clinic's choice); English for a language it does not know."""
    return QLocale(*_TABLE.get((language, digits), _ENGLISH))


def use_window_locale(language: str, digits: Digits = "latn") -> QLocale:
    """Make ``window_locale(language, digits)`` the default locale: what every number and date
    the window writes from now on follows (``WindowLanguage.use`` calls it; a sign-in that learns
    the clinic's digits after the language may call it again). The locale set is returned."""
    locale = window_locale(language, digits)
    QLocale.setDefault(locale)
    return locale


def is_english(locale: QLocale | None = None) -> bool:
    """True when ``locale`` (by default the window's, ``QLocale()``) is English, or Qt's "C" locale
    of a process that chose no language yet: the window then writes numbers and dates as it always
    has (``1234.5``, ``2026-03-07``)."""
    language = (locale or QLocale()).language()
    return language in (QLocale.Language.English, QLocale.Language.C)


def shown_date(day: date, *, long: bool = False) -> str:
    """``day`` as the window shows a date: ``2026-03-07`` in English (as always), else in the
    window locale's short form with the year in full (``07/03/2026``, ``٧‏/٣‏/٢٠٢٦``: a
    two-digit year would make a date of birth in 1926 read as 2026) or, ``long``, its long form
    (``sábado, 7 de março de 2026``).

    Every date the window puts in a sentence, a tooltip or a cell goes through here: an ISO date
    inside an Arabic sentence is shown turned round ("(07-12-2026)": its Latin digits after Arabic
    letters take the sentence's direction), while the Arabic locale's own form carries the
    right-to-left marks that keep day, month and year in their order. Dates kept as data (combo
    data, drafts, file names, exports) stay ISO."""
    if is_english():
        return day.isoformat()
    locale = QLocale()
    shown = QDate(day.year, day.month, day.day)
    if long:
        return locale.toString(shown, QLocale.FormatType.LongFormat)
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(shown, pattern)
