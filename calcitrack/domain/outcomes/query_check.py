"""What an outcomes query may name: the drugs a regimen is built from and the underlying diseases,
and the check that refuses anything else with the valid codes listed (before any work)."""

from __future__ import annotations

from calcitrack.domain.codes import UnderlyingDisease
from calcitrack.domain.errors import DomainValidationError, Problem
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.medications.regimen import CALCINOSIS_DIRECTED_DRUGS, join_names
from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery
from calcitrack.i18n.catalogue import _
from calcitrack.i18n.formats import number

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
    """The disease chosen (or every one), as it reads inside a sentence, in the current
    language."""
    return _("every underlying disease") if disease is None else UnderlyingDisease(disease).label


def check_query(query: OutcomesQuery) -> None:
    """Refuse an empty or unknown regimen, a drug named twice, an unknown disease or a window of
    less than one day or more than MAX_WINDOW_DAYS, every problem at once, each listing the valid
    codes."""
    problems: list[Problem] = []
    valid = [code for code, _name in regimen_choices()]
    unknown = [code for code in query.regimen if code not in valid]
    if not query.regimen:
        problems.append(Problem(
            "regimen", _("name one or more drugs of: {codes}").format(codes=", ".join(valid))
        ))
    elif unknown:
        problems.append(
            Problem(
                "regimen",
                _("unknown drug {drugs}: the valid codes are {codes}").format(
                    drugs=", ".join(repr(c) for c in unknown), codes=", ".join(valid)
                ),
            )
        )
    elif len(set(query.regimen)) != len(query.regimen):
        problems.append(Problem("regimen", _("a drug is named twice")))
    if query.disease is not None and query.disease not in UnderlyingDisease.codes():
        problems.append(
            Problem(
                "disease",
                _("unknown disease {disease}: the valid codes are {codes}").format(
                    disease=repr(query.disease), codes=", ".join(UnderlyingDisease.codes())
                ),
            )
        )
    if query.window_days < 1:
        problems.append(Problem("window_days", _("must be at least 1 day")))
    elif query.window_days > MAX_WINDOW_DAYS:
        problems.append(
            Problem(
                "window_days",
                _(
                    "at most {days} days, so that the windows about 6 and 12 months (around day "
                    "182 and day 365) do not overlap"
                ).format(days=number(MAX_WINDOW_DAYS, 0)),
            )
        )
    if problems:
        raise DomainValidationError(problems)
