"""The definitions the outcomes figures use, in words, for the page, the PDF and the CSV."""

from __future__ import annotations

from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery, SurvivalCurve
from calcitrack.domain.outcomes.query_check import disease_label, regimen_label
from calcitrack.domain.outcomes.windows import WINDOW_TARGETS

KAPLAN_MEIER = (
    "Kaplan EL, Meier P. Nonparametric estimation from incomplete observations. "
    "J Am Stat Assoc 1958;53(282):457–481. doi:10.1080/01621459.1958.10501452"
)
SCIPY = (
    "Virtanen P, Gommers R, Oliphant TE et al. SciPy 1.0: fundamental algorithms for "
    "scientific computing in Python. Nat Methods 2020;17:261–272. "
    "doi:10.1038/s41592-019-0686-2 (scipy.stats.ecdf, "
    "docs.scipy.org/doc/scipy/reference/generated/scipy.stats.ecdf.html)"
)


def definitions(query: OutcomesQuery) -> tuple[str, ...]:
    regimen = regimen_label(query.regimen)
    windows = ", ".join(
        f"{label}: the visit nearest day {target} within day {target - query.window_days} to "
        f"day {target + query.window_days}"
        for label, target in WINDOW_TARGETS
    )
    return (
        f"Cohort: the patients ({disease_label(query.disease)}) who took every drug of "
        f"{regimen} together on some day up to {query.as_of.isoformat()} (archived patients "
        "included: their records are the clinic's); records dated after that day are left out.",
        "Start (day 0): the first day every drug of the regimen was taken together. A dose "
        "change does not interrupt a drug; a gap of one day or more does.",
        "Stop: the first day after the start on which one of the drugs was no longer taken. "
        "Only the first time the regimen was taken counts.",
        "Last contact: the latest visit, lab result or medication start or stop up to the "
        "as-of day.",
        "Response category: the response assessment of each visit on the regimen on its own day "
        "(improved, stable or progressed by the clinic's thresholds on the calcinosis burden, "
        "categories borrowed from the SCTC radiographic 1-year change categories [R2], not "
        "validated for lesion area), against the baseline = the last visit on or before the "
        "start. Decision support, not a validated outcome measure.",
        f"Response windows ({query.window_days} days either side, an analysis choice): "
        f"{windows}, on the regimen. Not assessable: the regimen stopped before a visit in the "
        "window, the follow-up is shorter than the window, no visit in the window, or the "
        "assessment could not judge the visit (its own reason).",
        "Waterfall: each patient's burden change from baseline in percent (on the lesions "
        "measured at both visits) at the latest visit on the regimen whose response could be "
        "assessed.",
        "Drug survival: event = the regimen stopped; a patient still on it is censored at the "
        "last contact.",
        "Time to first improved: event = the first visit on the regimen assessed as improved; a "
        "patient who stopped before improving is censored at the stop, one still on it at the "
        "latest visit on it whose response could be assessed.",
        "Curves: Kaplan–Meier estimate (" + KAPLAN_MEIER + ") computed by " + SCIPY + "; "
        "pointwise 95 % confidence interval by the exponential Greenwood (log-log) method; "
        "undefined where the estimate reaches 0. Number at risk: patients still followed just "
        "before the day. Median: the first day the estimate falls to 0.5 or below.",
        "Flags: the safety and review flags of the assessment of each visit on the regimen "
        "(start day included); patients with the flag at one visit or more, and visits.",
    )


NO_MEDIAN = "not estimable (no patient)"
"""The median of a curve of no patient ("not reached" would say fewer than half had the event)."""


def median_text(curve: SurvivalCurve) -> str:
    """ "183 days", "not reached" (the estimate never falls to 0.5), or NO_MEDIAN: the words
    the window, the PDF, the CSV and the command line give for a curve's median."""
    if curve.median_days is not None:
        return f"{curve.median_days:.0f} days"
    return "not reached" if curve.n else NO_MEDIAN
