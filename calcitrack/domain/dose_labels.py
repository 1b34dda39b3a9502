"""What each drug's label says about its dose: the usual schedule and the maximum, with sources.

One entry per drug of the formulary (``calcitrack.domain.medications.drugs``; "other" has none).
Each maximum is a clinic setting (``calcitrack.domain.clinic_settings`` builds the definitions from
``DOSE_LIMITS``) whose default is the label's number with its ``[R#]``; where no label states a
maximum the setting has **no default**: the clinic may set one, and unset means no check — no
number is made up here (DOMAIN.md §5.4b).

How a maximum is stated decides what is compared with it
(``calcitrack.domain.medications.dose_sense``):

* ``PER_DOSE`` — one dose (an infusion, a tablet taken once a week);
* ``PER_DAY`` — the most taken in one day: dose × doses per day, and at least one dose (a weekly
  dose is all taken on its day);
* ``PER_WEEK`` / ``PER_4_WEEKS`` — the most taken in a week / in four weeks, likewise.

A limit may be "per kg": the dose is then divided by the weight (DOMAIN.md §0.7), or a dose
typed in mg/kg is compared as it is. A limit applies to the routes its label covers (an oral
label's maximum says nothing of an infusion); no routes means every route.

This module is data only; it imports nothing of the settings, so that the settings module can
build its definitions from it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from calcitrack.domain.codes import Frequency, Route


class DoseBasis(Enum):
    """Over what a maximum is stated, and how the settings dialog names it."""

    PER_DOSE = ("per dose", "a single dose")
    PER_DAY = ("/day", "a daily total")
    PER_WEEK = ("/week", "a weekly total")
    PER_4_WEEKS = ("per 4 weeks", "a 4-week total")

    def __init__(self, suffix: str, noun: str) -> None:
        self.suffix = suffix
        self.noun = noun

    @property
    def days(self) -> int:
        """The span of days the total covers (a single dose: 0)."""
        return {"PER_DOSE": 0, "PER_DAY": 1, "PER_WEEK": 7, "PER_4_WEEKS": 28}[self.name]


class DoseLevel(str, Enum):
    """How loudly a dose concern speaks (for the form's confirmation and for the flags)."""

    SAFETY = "safety"
    """A safety flag: above a label maximum, or methotrexate not weekly."""
    WARNING = "warning"
    """A warning for prescriber review (methotrexate above the usual weekly maximum)."""


@dataclass(frozen=True)
class DoseLimit:
    key: str
    """The clinic setting that holds the limit in force."""
    drug: str
    basis: DoseBasis
    mass_unit: str
    """ "mg" or "g": the unit the limit is stated in."""
    per_kg: bool
    default: float | None
    """The label's number, or None where no label gives a maximum (no check until set)."""
    minimum: float
    maximum: float
    """The range an admin may set (an input check of the settings dialog, not a threshold)."""
    label: str
    """The settings dialog's label, e.g. "Colchicine: flag a daily dose above"."""
    source: str
    """What the label says and where: shown beside the setting and cited in every concern."""
    routes: frozenset[Route] = frozenset()
    """The routes the label covers; empty: every route."""
    level: DoseLevel = DoseLevel.SAFETY
    schedules: frozenset[Frequency] = frozenset()
    """The schedules the limit is stated for (alendronate's 40 mg/day: daily ones); empty: all."""

    @property
    def unit(self) -> str:
        """ "mg/day", "mg/kg/day", "g/kg per 4 weeks", "mg per dose"."""
        mass = f"{self.mass_unit}/kg" if self.per_kg else self.mass_unit
        suffix = self.basis.suffix
        return f"{mass}{suffix}" if suffix.startswith("/") else f"{mass} {suffix}"

    @property
    def cited(self) -> str:
        """The ``[R#]`` keys of the source, e.g. "[R63][R64]"."""
        return "".join(f"[{key}]" for key in _keys(self.source))

    def applies_to(self, route: Route, frequency: Frequency) -> bool:
        return (not self.routes or route in self.routes) and (
            not self.schedules or frequency in self.schedules
        )


@dataclass(frozen=True)
class LabelDosing:
    """The label's usual schedule for a drug and its maxima."""

    drug: str
    usual: str
    """The usual dose and frequency in words, with its source."""
    limits: tuple[DoseLimit, ...]
    weekly_only: bool = False
    """Only a once-weekly schedule is right (methotrexate): anything else is a safety flag."""


def _keys(text: str) -> list[str]:
    return re.findall(r"\[(R\d+)\]", text)


ORAL = frozenset({Route.ORAL})
IV = frozenset({Route.IV})
DAILY = frozenset({Frequency.QD, Frequency.BID, Frequency.TID, Frequency.QID})
DAY, WEEK, DOSE, FOUR_WEEKS = (
    DoseBasis.PER_DAY,
    DoseBasis.PER_WEEK,
    DoseBasis.PER_DOSE,
    DoseBasis.PER_4_WEEKS,
)
DILTIAZEM_MAX_KEY = "safety/diltiazem_max_mg_per_day"
"""Kept from the first release (stored clinic settings use it); the other keys are ``dose/…``."""
METHOTREXATE_WEEKLY_KEY = "dose/methotrexate_max_mg_per_week"
NO_LABEL_MAXIMUM = "no label value found"
NO_MAXIMUM_STATED = "no maximum stated"
"""How the source of a limit with no default begins (what the label does say follows)."""


def _limit(drug: str, basis: DoseBasis, unit: str, default: float | None, low: float,
           high: float, label: str, source: str, *, routes: frozenset[Route] = frozenset(),
           key: str = "", level: DoseLevel = DoseLevel.SAFETY,
           schedules: frozenset[Frequency] = frozenset()) -> DoseLimit:
    per_kg = unit.endswith("/kg")
    mass = unit.removesuffix("/kg")
    if not key:
        span = {DAY: "day", WEEK: "week", DOSE: "dose", FOUR_WEEKS: "4_weeks"}[basis]
        key = f"dose/{drug}_max_{mass}{'_per_kg' if per_kg else ''}_per_{span}"
    return DoseLimit(key, drug, basis, mass, per_kg, default, low, high, label, source, routes,
                     level, schedules)


LABELS: tuple[LabelDosing, ...] = (
    LabelDosing("diltiazem", "ER capsules once daily; tablets 3-4 times daily [R38]", (
        _limit("diltiazem", DAY, "mg", 480, 60, 1000, "Diltiazem: flag a daily dose above",
               "ER capsules: up to 480 mg once daily [R38]", key=DILTIAZEM_MAX_KEY),
    )),
    LabelDosing("colchicine", "0.6 mg once or twice daily (gout-flare prophylaxis) [R66]", (
        _limit("colchicine", DAY, "mg", 1.2, 0.3, 5, "Colchicine: flag a daily dose above",
               "maximum 1.2 mg/day for long-term (prophylactic) use; familial Mediterranean "
               "fever 1.2-2.4 mg/day [R66]", routes=ORAL),
    )),
    LabelDosing("probenecid", "250-500 mg twice daily [R67]", (
        _limit("probenecid", DAY, "mg", 2000, 250, 4000, "Probenecid: flag a daily dose above",
               "the maximum daily dose should not exceed 2 g [R67]", routes=ORAL),
    )),
    LabelDosing("sodium_thiosulfate", "12.5 g IV once (cyanide poisoning) [R68]", (
        _limit("sodium_thiosulfate", DOSE, "g", None, 1, 50,
               "Sodium thiosulfate IV: flag a single dose above",
               f"{NO_MAXIMUM_STATED}; the label gives 12.5 g IV once (cyanide poisoning), "
               "nothing for repeated use [R68]", routes=IV),
    )),
    LabelDosing("ivig", "2 g/kg over 2-5 consecutive days every 4 weeks (dermatomyositis) [R69]", (
        _limit("ivig", FOUR_WEEKS, "g/kg", 2, 0.2, 5, "IVIg: flag a 4-week total above",
               "dermatomyositis: 2 g/kg divided over 2-5 consecutive days every 4 weeks [R69]",
               routes=IV),
    )),
    LabelDosing("rituximab", "1000 mg IV, two infusions 2 weeks apart, every 24 weeks [R47]", (
        _limit("rituximab", DOSE, "mg", 1000, 100, 2000, "Rituximab: flag a single infusion above",
               "rheumatoid arthritis: two 1000 mg infusions two weeks apart [R47]", routes=IV),
    )),
    LabelDosing("pamidronate", "60-90 mg IV single dose, or 90 mg every 3-4 weeks [R70]", (
        _limit("pamidronate", DOSE, "mg", 90, 10, 180, "Pamidronate: flag a single infusion above",
               "single doses should not exceed 90 mg [R70]", routes=IV),
    )),
    LabelDosing("alendronate", "70 mg once weekly or 10 mg once daily [R71]", (
        _limit("alendronate", DOSE, "mg", 70, 5, 140, "Alendronate: flag a single dose above",
               "70 mg once weekly is the largest dose [R71]", routes=ORAL),
        _limit("alendronate", DAY, "mg", 40, 5, 80, "…or, taken daily, a daily total above",
               "40 mg once a day (Paget's disease) is the largest daily dose [R71]",
               routes=ORAL, schedules=DAILY),
    )),
    LabelDosing("etidronate", "once daily, 5-20 mg/kg/day [R72]", (
        _limit("etidronate", DAY, "mg/kg", 20, 1, 40, "Etidronate: flag a daily dose above",
               "up to 20 mg/kg/day (Paget's disease, at most 3 months; heterotopic "
               "ossification) [R72]", routes=ORAL),
    )),
    LabelDosing("minocycline", "100 mg every 12 hours, or 50 mg four times daily [R73]", (
        _limit("minocycline", DAY, "mg", None, 50, 800, "Minocycline: flag a daily dose above",
               f"{NO_MAXIMUM_STATED} for oral use; 200 mg then 100 mg every 12 hours (IV: at "
               "most 400 mg in 24 hours) [R73]"),
    )),
    LabelDosing("warfarin", "once daily, individualised by INR (usually 2-10 mg) [R74]", (
        _limit("warfarin", DAY, "mg", None, 1, 30, "Warfarin: flag a daily dose above",
               f"{NO_MAXIMUM_STATED}; the dose is individualised by INR [R74]"),
    )),
    LabelDosing(
        "methotrexate",
        "once weekly: 7.5 mg, raised step by step (or 2.5 mg every 12 hours for three doses, "
        "once a week) [R63][R65]",
        (
            _limit("methotrexate", WEEK, "mg", 25, 5, 50,
                   "Methotrexate: warning (prescriber review) above a weekly total of",
                   "a weekly dose of 25 mg should not be exceeded; above 20 mg/week toxicity "
                   "rises [R63][R64]", key=METHOTREXATE_WEEKLY_KEY, level=DoseLevel.WARNING),
        ),
        weekly_only=True,
    ),
    LabelDosing("hydroxychloroquine", "200 or 400 mg per day, once or in two doses [R75]", (
        _limit("hydroxychloroquine", DAY, "mg", 400, 100, 1200,
               "Hydroxychloroquine: flag a daily dose above",
               "not above 6.5 mg/kg/day of ideal body weight, and either 200 mg or 400 mg per "
               "day [R75]", routes=ORAL),
    )),
    LabelDosing("folic_acid", "up to 1 mg daily [R76]", (
        _limit("folic_acid", DAY, "mg", None, 0.1, 50, "Folic acid: flag a daily dose above",
               f"{NO_MAXIMUM_STATED}; usually up to 1 mg daily, larger doses in resistant "
               "cases [R76]"),
    )),
    LabelDosing("prednisolone", "once daily in the morning, 5-60 mg/day [R77]", (
        _limit("prednisolone", DAY, "mg", None, 1, 1000, "Prednisolone: flag a daily dose above",
               f"{NO_MAXIMUM_STATED}; 5-60 mg/day depending on the disease, occasionally higher "
               "[R77]"),
    )),
    LabelDosing("azathioprine", "1-2.5 mg/kg/day in one or two doses [R78]", (
        _limit("azathioprine", DAY, "mg/kg", 2.5, 0.5, 5, "Azathioprine: flag a daily dose above",
               "rheumatoid arthritis: at most 2.5 mg/kg/day [R78]", routes=ORAL),
    )),
    LabelDosing("mycophenolate", "1-1.5 g twice daily [R79]", (
        _limit("mycophenolate", DAY, "g", 3, 0.5, 6, "Mycophenolate: flag a daily dose above",
               "1.5 g twice daily (3 g/day) is the largest dose [R79]", routes=ORAL),
    )),
)

LABEL_BY_DRUG: Mapping[str, LabelDosing] = MappingProxyType({d.drug: d for d in LABELS})
DOSE_LIMITS: tuple[DoseLimit, ...] = tuple(limit for d in LABELS for limit in d.limits)
