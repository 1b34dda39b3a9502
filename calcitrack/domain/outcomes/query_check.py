"""What an outcomes query may name: the drugs a regimen is built from and the underlying diseases,
and the check that refuses anything else with the valid codes listed (before any work)."""

from __future__ import annotations

from calcitrack.domain.codes import UnderlyingDisease
from calcitrack.domain.errors import DomainValidationError, Problem
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.medications.regimen import CALCINOSIS_DIRECTED_DRUGS, join_names
from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery

MAX_WINDOW_DAYS = 91
"""The widest half-width of the response windows: the window about 6 months (day 182) then ends
on day 273 and the one about 12 months (day 365) starts on day 274, so that no visit answers for
both (and the start's own visit, day 0, is never read as a 6-month response)."""


def regimen_choices() -> tuple[tuple[str, str], ...]:
    """(code, name) of every drug a regimen can be built from: the calcinosis-directed drugs
    (calcitrack.domain.medications.regimen), in the drug table's order."""
    return tuple((d.code, d.name) for d in DRUGS.values() if d.code in CALCINOSIS_DIRECTED_DRUGS)


def regimen_label(regimen: tuple[str, ...]) -> str:
    """ "diltiazem + colchicine": the drugs' names as they read inside a sentence."""
    return " + ".join(join_names([DRUGS[code].name]) for code in regimen)


def disease_label(disease: str | None) -> str:
    return "every underlying disease" if disease is None else UnderlyingDisease(disease).label


def check_query(query: OutcomesQuery) -> None:
    """Refuse an empty or unknown regimen, a drug named twice, an unknown disease or a window of
    less than one day or more than MAX_WINDOW_DAYS, every problem at once, each listing the valid
    codes."""
    problems: list[Problem] = []
    valid = [code for code, _ in regimen_choices()]
    unknown = [code for code in query.regimen if code not in valid]
    if not query.regimen:
        problems.append(Problem("regimen", f"name one or more drugs of: {', '.join(valid)}"))
    elif unknown:
        problems.append(
            Problem(
                "regimen",
                f"unknown drug {', '.join(repr(c) for c in unknown)}: "
                f"the valid codes are {', '.join(valid)}",
            )
        )
    elif len(set(query.regimen)) != len(query.regimen):
        problems.append(Problem("regimen", "a drug is named twice"))
    if query.disease is not None and query.disease not in UnderlyingDisease.codes():
        problems.append(
            Problem(
                "disease",
                f"unknown disease {query.disease!r}: the valid codes are "
                f"{', '.join(UnderlyingDisease.codes())}",
            )
        )
    if query.window_days < 1:
        problems.append(Problem("window_days", "must be at least 1 day"))
    elif query.window_days > MAX_WINDOW_DAYS:
        problems.append(
            Problem(
                "window_days",
                f"at most {MAX_WINDOW_DAYS} days, so that the windows about 6 and 12 months "
                "(around day 182 and day 365) do not overlap",
            )
        )
    if problems:
        raise DomainValidationError(problems)
