"""The pieces of what people read about a backup (the window's banner and dialogs, the command
line), in the current language: counts with their plural, a moment in local time.

What is recorded (the manifest, the audit trail, a failure's reason) stays as it was written."""

from __future__ import annotations

from datetime import datetime

from calcitrack.i18n.catalogue import current_digits, current_language, ngettext
from calcitrack.i18n.digits import with_digits
from calcitrack.i18n.formats import day, number
from calcitrack.i18n.languages import Language


def _count(count: int, singular: str, plural: str) -> str:
    return ngettext(singular, plural, count).format(count=number(count, 0))


def patients_text(count: int) -> str:
    """"1 patient", "12 patients"."""
    return _count(count, "{count} patient", "{count} patients")


def visits_text(count: int) -> str:
    return _count(count, "{count} visit", "{count} visits")


def audit_entries_text(count: int) -> str:
    return _count(count, "{count} audit entry", "{count} audit entries")


def local_time_text(moment: datetime) -> str:
    """``moment`` in this workstation's time zone: "2026-12-07 17:36" in English, else the date in
    the language's form and digits ("07/12/2026 17:36"; in Arabic with the marks that keep day,
    month and year in order inside a right-to-left sentence, where an ISO date reads turned
    round)."""
    local = moment.astimezone()
    if current_language() is Language.ENGLISH:
        return local.strftime("%Y-%m-%d %H:%M")
    return f"{day(local.date())} {with_digits(local.strftime('%H:%M'), current_digits())}"


def days_text(days: float) -> str:
    """A number of days as the clinic set it (2, 2.5), in the current language: "2,5" in
    Portuguese."""
    decimals = len(f"{days:g}".partition(".")[2])
    return number(days, decimals)
