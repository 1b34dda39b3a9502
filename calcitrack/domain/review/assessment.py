"""One patient on one day: the response assessment and every flag (DOMAIN.md §0.4–0.6).

``assess`` is the single entry point the services, screens and the PDF use. It combines
:func:`calcitrack.domain.review.response.assess_response` (regimen on ``on``, assessed visit,
baseline, burden, category), :func:`calcitrack.domain.review.safety_flags.safety_flags`
(medications on ``on``, vitals and labs at the assessed visit) and the "reconsider surgery"
review flag of
:mod:`calcitrack.domain.review.review_flags`. The flags come sorted contraindication → warning →
review, in rule order within a severity; the assessment records the settings version it used.
Decision support only (``DECISION_SUPPORT_NOTE``).
"""

from __future__ import annotations

from datetime import date

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.flags import Flag, Severity
from calcitrack.domain.review.assessment_types import Assessment
from calcitrack.domain.review.response import assess_response
from calcitrack.domain.review.review_flags import review_flags
from calcitrack.domain.review.safety_flags import safety_flags

RULES_VERSION = 10
"""Bump whenever a rule or a default changes: stored assessments of older rules are recomputed.
7: the flags' texts are stored language-neutral (messages and their values, rendered in each
reader's language), so the English text stored by version 6 is re-assessed.
8: the dose flags' title, reason and dose are stored as messages too (version 7 stored them as
English text).
9: a catalogue drug's name, a dose's unit and a schedule inside a flag are stored as messages
(in their gettext context) instead of their English words, so that each reader sees them in her
language.
10: the surgery-reconsideration flag's months are counted messages ("{count} month(s)", a course's
decimal months taking the form CLDR gives decimals), stored under new texts."""

SEVERITY_ORDER: tuple[Severity, ...] = (
    Severity.CONTRAINDICATION,
    Severity.WARNING,
    Severity.REVIEW,
)


def sort_flags(flags: tuple[Flag, ...] | list[Flag]) -> tuple[Flag, ...]:
    """Contraindications first, then warnings, then review flags (stable within each)."""
    return tuple(sorted(flags, key=lambda f: SEVERITY_ORDER.index(f.severity)))


def assess(
    chart: PatientChart,
    settings: ClinicSettings,
    *,
    on: date,
    visit_date: date | None = None,
    baseline_date: date | None = None,
) -> Assessment:
    """The response assessment and every safety and review flag of ``chart`` on ``on``.

    ``visit_date`` picks the assessed visit (default: the latest on or before ``on``);
    ``baseline_date`` the clinic's baseline visit (default: the last visit on or before the start
    of the regimen judged on ``on``, DOMAIN.md §0.4).
    """
    response = assess_response(
        chart, settings, on=on, visit_date=visit_date, baseline_date=baseline_date
    )
    flags = [
        *safety_flags(chart, settings, on=on, visit=response.visit),
        *review_flags(chart, response, settings),
    ]
    return Assessment(response, sort_flags(flags), settings_version=settings.version)
