"""The clinic outcomes report: one value, computed once, that the window, the PDF and the CSV all
show, so that the three give the same numbers.

Every figure carries its n and what it left out (``Excluded``: whose record, and why), and the
report carries the definitions it used, in words, for the page to state them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from calcitrack.domain.rule_text import Text
from calcitrack.i18n.catalogue import N_

DISCLAIMER = N_(
    "Observational summary of this clinic's records, not evidence of efficacy: the patients were "
    "not randomised, had no control group, and are only those this clinic recorded."
)
"""English, marked: translated where shown (``outcomes_words.disclaimer``)."""

DEFAULT_WINDOW_DAYS = 42
"""Half-width of the "about 6 months" and "about 12 months" windows, in days (six weeks either
side; an analysis choice, stated on every page, and a ``--window-days`` option)."""


@dataclass(frozen=True)
class OutcomesQuery:
    regimen: tuple[str, ...]
    """Drug codes (calcitrack.domain.medications.drugs), e.g. ``("diltiazem", "colchicine")``:
    the regimen starts on the first day every one of them is taken together."""
    disease: str | None
    """An UnderlyingDisease code, or None for every disease."""
    as_of: date
    """Follow-up is counted up to this day (records after it are left out)."""
    window_days: int = DEFAULT_WINDOW_DAYS


@dataclass(frozen=True)
class Excluded:
    """A patient a figure leaves out, and why (e.g. "no visit between day 140 and day 224")."""

    mrn: str
    reason: str


@dataclass(frozen=True)
class CohortMember:
    mrn: str
    started_on: date
    """The first day every drug of the regimen was taken together."""
    stopped_on: date | None
    """The first day one of them was no longer taken; None if still on it at ``as_of``."""
    last_contact: date
    """The latest visit, lab or medication change up to ``as_of`` (the censoring day)."""

    @property
    def still_on(self) -> bool:
        return self.stopped_on is None

    @property
    def days_on(self) -> int:
        """Days on the regimen: to the stop, else to the last contact."""
        end = self.stopped_on if self.stopped_on is not None else self.last_contact
        return max(0, (end - self.started_on).days)


@dataclass(frozen=True)
class WindowOutcome:
    """One cohort member at one window: the category of the visit nearest the target day within
    the window, or why there is none."""

    mrn: str
    category: str | None
    """A ResponseCategory value ("improved", "stable", "progressed") or None."""
    visit_on: date | None
    not_assessable: str | None
    """Why no category (no visit in the window, follow-up too short, the regimen stopped before,
    or the assessment's own reason); None when ``category`` is set."""
    detail: str = ""
    """For a patient not assessable: the days, or the assessment's own words (``not_assessable``
    is one of a few fixed reasons, so that patients can be counted by reason)."""


@dataclass(frozen=True)
class ResponseAtWindow:
    label: str
    """E.g. "about 6 months"."""
    target_days: int
    """Days from the regimen's start (182, 365)."""
    half_width_days: int
    outcomes: tuple[WindowOutcome, ...]

    @property
    def first_day(self) -> int:
        return self.target_days - self.half_width_days

    @property
    def last_day(self) -> int:
        return self.target_days + self.half_width_days

    def counts(self) -> dict[str, int]:
        """Patients per category (categories with none are absent)."""
        return dict(Counter(o.category for o in self.outcomes if o.category is not None))

    def not_assessable(self) -> dict[str, int]:
        """Patients per reason they could not be assessed."""
        return dict(
            Counter(o.not_assessable for o in self.outcomes if o.not_assessable is not None)
        )


@dataclass(frozen=True)
class WaterfallBar:
    mrn: str
    change_pct: float
    """Calcinosis burden change from baseline, in percent (negative: smaller)."""
    visit_on: date
    """The latest assessed visit on the regimen."""


@dataclass(frozen=True)
class Waterfall:
    bars: tuple[WaterfallBar, ...]
    """Sorted from the largest increase to the largest decrease."""
    excluded: tuple[Excluded, ...]


@dataclass(frozen=True)
class SurvivalPoint:
    day: float
    """Days from the regimen's start."""
    survival: float
    """Kaplan-Meier estimate just after ``day``, 0-1."""
    lower: float
    upper: float
    """Pointwise 95 % confidence interval."""
    at_risk: int
    """Patients still at risk just before ``day``."""


@dataclass(frozen=True)
class SurvivalCurve:
    title: str
    """E.g. "Time to first improved assessment"."""
    event: str
    """What counts as the event, in words."""
    censoring: str
    """When a patient without the event is censored, in words."""
    n: int
    events: int
    points: tuple[SurvivalPoint, ...]
    """Starts at day 0 with survival 1."""
    median_days: float | None
    """None if the curve never falls to 0.5."""
    excluded: tuple[Excluded, ...] = ()

    @property
    def censored(self) -> int:
        return self.n - self.events


@dataclass(frozen=True)
class FlagTally:
    code: str
    """Flag.code, stable."""
    title: str
    """In English (what the CSV writes); ``title_text`` is what a reader reads."""
    patients: int
    """Cohort members with the flag at one or more visits on the regimen."""
    visits: int
    """Visits on the regimen at which it fired."""
    title_text: Text = ""
    """Flag.title_text, written in the reader's language where shown (``title`` when empty)."""


@dataclass(frozen=True)
class OutcomesReport:
    query: OutcomesQuery
    regimen_label: str
    """E.g. "diltiazem + colchicine"."""
    disease_label: str
    """E.g. "Rheumatoid arthritis", or "every underlying disease"."""
    cohort: tuple[CohortMember, ...]
    not_started: int
    """Patients (of the disease chosen) who never took the whole regimen."""
    windows: tuple[ResponseAtWindow, ...]
    """About 6 months, about 12 months."""
    waterfall: Waterfall
    time_to_improved: SurvivalCurve
    drug_survival: SurvivalCurve
    flags: tuple[FlagTally, ...]
    visits_on_regimen: int
    definitions: tuple[str, ...] = field(default=())
    """Each definition the figures use, in words, for the page, the PDF and the CSV."""
    disclaimer: str = DISCLAIMER

    @property
    def n(self) -> int:
        return len(self.cohort)

    @property
    def still_on(self) -> int:
        return sum(1 for m in self.cohort if m.still_on)
