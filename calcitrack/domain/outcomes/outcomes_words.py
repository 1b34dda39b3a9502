"""The clinic outcomes report's words as a reader reads them, in the current language.

An ``OutcomesReport`` keeps its words in English (the windows' labels, the reasons patients were
not assessable or left out, the curves' titles and definitions of event and censoring, the flags'
titles, the disclaimer and the definitions): the CSV writes them as they are, for other programs.
The page, the PDF and the command line call these functions instead, which translate them where
they are shown (each English text is an ``N_``-marked message id where it is made).
"""

from __future__ import annotations

from calcitrack.domain.outcomes.definitions import definitions
from calcitrack.domain.outcomes.outcomes_types import (
    DISCLAIMER,
    FlagTally,
    OutcomesReport,
    ResponseAtWindow,
    SurvivalCurve,
)
from calcitrack.domain.outcomes.query_check import disease_label
from calcitrack.domain.review.assessment_types import ResponseCategory
from calcitrack.domain.rule_text import render
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import _, using
from calcitrack.i18n.languages import Language

CATEGORIES = (
    ResponseCategory.IMPROVED,
    ResponseCategory.STABLE,
    ResponseCategory.PROGRESSED,
)
"""The response categories the outcomes count, in this order."""


def translated(text: str) -> str:
    """An English text of the report (an ``N_``-marked message) in the current language; a text
    the catalogue does not know (an assessment's own words) as it is. The empty text stays empty
    (gettext would answer the catalogue's header)."""
    return _(text) if text else text


def count(value: int) -> str:
    """A count of patients, visits or days: as English always wrote it (no thousands separator),
    else in the reader's language and digits."""
    return formats.as_written(value, str(value))


def category_label(code: str) -> str:
    """ "improved", "stable", "progressed" (a ResponseCategory value) in the current language."""
    return ResponseCategory(code).label


def window_label(window: ResponseAtWindow) -> str:
    """ "about 6 months"."""
    return translated(window.label)


def curve_title(curve: SurvivalCurve) -> str:
    return translated(curve.title)


def curve_event(curve: SurvivalCurve) -> str:
    return translated(curve.event)


def curve_censoring(curve: SurvivalCurve) -> str:
    return translated(curve.censoring)


def disease_text(report: OutcomesReport) -> str:
    """The disease the report is about ("every underlying disease"), in the current language."""
    return disease_label(report.query.disease)


def flag_title(tally: FlagTally) -> str:
    return render(tally.title_text) if tally.title_text else tally.title


def disclaimer(report: OutcomesReport | None = None) -> str:
    """The report's disclaimer (before any report: the one every report carries)."""
    return translated(DISCLAIMER if report is None else report.disclaimer)


def shown_definitions(report: OutcomesReport) -> tuple[str, ...]:
    """The definitions the figures use, in the current language: the report's own (English,
    those of its query) written anew in it; definitions a report was given otherwise, as they
    are."""
    with using(Language.ENGLISH):
        english = definitions(report.query)
    return definitions(report.query) if report.definitions == english else report.definitions
