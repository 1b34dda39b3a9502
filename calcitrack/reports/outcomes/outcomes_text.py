"""The clinic outcomes report in words and rows: what the window's tables and the PDF's tables
print, from one ``OutcomesReport`` (so the two show the same numbers, formatted the same way).

Plain text, no markup: the PDF escapes it, the window puts it in table cells. In the current
language (the report's own words are English: ``outcomes_words`` translates them; numbers through
``calcitrack.i18n.formats``); English as it always was.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from calcitrack.domain.outcomes.definitions import median_text
from calcitrack.domain.outcomes.outcomes_types import (
    Excluded,
    OutcomesReport,
    ResponseAtWindow,
    SurvivalCurve,
)
from calcitrack.domain.outcomes.outcomes_words import (
    category_label,
    count,
    curve_censoring,
    curve_event,
    disease_text,
    flag_title,
    translated,
    window_label,
)
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import N_, _, ngettext, pgettext

CATEGORIES = ("improved", "stable", "progressed")
"""The response categories the window tables count, in this order (ResponseCategory values)."""


@dataclass(frozen=True)
class DaysOn:
    median: float
    shortest: int
    longest: int


def capitalised(text: str) -> str:
    """``text`` with its first letter a capital (as a table's first cell starts)."""
    return text[:1].upper() + text[1:]


def title(report: OutcomesReport) -> str:
    return _("Clinic outcomes: {regimen}").format(regimen=report.regimen_label)


def subtitle(report: OutcomesReport) -> str:
    query = report.query
    days = query.window_days
    # TRANSLATORS: under the outcomes report's title: the disease, the as-of day, the windows
    return ngettext(
        "{disease} · records up to {day} · response windows ±{days} day",
        "{disease} · records up to {day} · response windows ±{days} days",
        days,
    ).format(
        disease=capitalised(disease_text(report)), day=formats.sentence_day(query.as_of),
        days=count(days),
    )


def patients(number: int) -> str:
    """ "1 patient", "7 patients"."""
    return ngettext("{count} patient", "{count} patients", number).format(count=count(number))


def share(number: int, of: int) -> str:
    """ "3 (43 %)"; "0" when ``of`` is 0."""
    if of <= 0:
        return count(number)
    part = 100 * number / of
    # TRANSLATORS: a number of patients and their share of those who started, in percent
    return _("{count} ({share} %)").format(
        count=count(number), share=formats.as_written(part, f"{part:.0f}")
    )


def days_on(report: OutcomesReport) -> DaysOn | None:
    days = [m.days_on for m in report.cohort]
    if not days:
        return None
    return DaysOn(float(statistics.median(days)), min(days), max(days))


def days_on_text(report: OutcomesReport) -> str:
    found = days_on(report)
    if found is None:
        return "—"
    median = formats.as_written(found.median, f"{found.median:.1f}".removesuffix(".0"))
    return _("median {median} (range {shortest}–{longest})").format(
        median=median, shortest=count(found.shortest), longest=count(found.longest)
    )


def cohort_facts(report: OutcomesReport) -> list[tuple[str, str]]:
    """(label, value) pairs: who started, who is still on it, for how long."""
    n = report.n
    return [
        (_("Started the regimen"), patients(n)),
        (_("Still on it"), share(report.still_on, n)),
        (pgettext("patients who", "Stopped"), share(n - report.still_on, n)),
        (_("Days on the regimen"), days_on_text(report)),
        (_("Never took the whole regimen"), count(report.not_started)),
        (_("Visits while on it"), count(report.visits_on_regimen)),
    ]


def window_heading(window: ResponseAtWindow) -> str:
    """ "About 6 months (days 140–224)"."""
    return _("{window} (days {first}–{last})").format(
        window=capitalised(window_label(window)), first=count(window.first_day),
        last=count(window.last_day),
    )


def window_header(report: OutcomesReport) -> list[str]:
    return [_("Response category"), *(window_heading(w) for w in report.windows)]


def window_rows(report: OutcomesReport) -> list[tuple[str, ...]]:
    """One row per category, the assessable and not-assessable totals, then one row per reason
    a patient could not be assessed (0 where a window has none of it); shares are of n."""
    n = report.n
    counts = [w.counts() for w in report.windows]
    reasons = [w.not_assessable() for w in report.windows]
    rows: list[tuple[str, ...]] = [
        (capitalised(category_label(category)), *(share(c.get(category, 0), n) for c in counts))
        for category in CATEGORIES
    ]
    rows.append((_("Assessable"), *(share(sum(c.values()), n) for c in counts)))
    rows.append((_("Not assessable"), *(share(sum(r.values()), n) for r in reasons)))
    every_reason: list[str] = []
    for found in reasons:
        every_reason += [r for r in found if r not in every_reason]
    for reason in every_reason:
        rows.append((f"   {translated(reason)}", *(count(r.get(reason, 0)) for r in reasons)))
    return rows


def exclusion_rows(excluded: Sequence[Excluded]) -> list[tuple[str, str]]:
    """(reason, patients), the commonest first."""
    found = Counter(e.reason for e in excluded).most_common()
    return [(translated(reason), count(number)) for reason, number in found]


def curve_facts(curve: SurvivalCurve) -> list[tuple[str, str]]:
    return [
        (_("Patients"), count(curve.n)),
        (_("Events"), count(curve.events)),
        (_("Censored"), count(curve.censored)),
        (_("Median"), median_text(curve)),
        (_("Excluded"), count(len(curve.excluded))),
        (_("Event"), curve_event(curve)),
        (_("Censored at"), curve_censoring(curve)),
    ]


FLAG_HEADER = (N_("Flag"), N_("Patients"), N_("Visits"))
"""Safety and review flags alike (a review flag, such as reconsider surgery, is no safety flag).
English, marked: ``flag_header`` translates it."""


def flag_header() -> tuple[str, str, str]:
    flag, patients_, visits = FLAG_HEADER
    return _(flag), _(patients_), _(visits)


def flag_rows(report: OutcomesReport) -> list[tuple[str, str, str]]:
    """Each flag that fired while on the regimen: its title, patients (share of n), visits."""
    return [(flag_title(f), share(f.patients, report.n), count(f.visits)) for f in report.flags]
