"""The pieces of what people read about a backup (the window's banner and dialogs, the command
line), in the current language: counts with their plural, a moment in local time.

What is recorded (the manifest, the audit trail, a failure's reason) stays as it was written."""

from __future__ import annotations

from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import ngettext
from calcitrack.i18n.formats import number


def _count(count: int, singular: str, plural: str) -> str:
    return ngettext(singular, plural, count).format(count=number(count, 0))


def patients_text(count: int) -> str:
    """"1 patient", "12 patients"."""
    return _count(count, "{count} patient", "{count} patients")


def visits_text(count: int) -> str:
    return _count(count, "{count} visit", "{count} visits")


def audit_entries_text(count: int) -> str:
    return _count(count, "{count} audit entry", "{count} audit entries")


def days_text(days: float) -> str:
    """A number of days as the clinic set it (2, 2.5), in the current language: "2,5" in
    Portuguese."""
    return formats.as_written(days, f"{days:g}")
