"""The definitions the outcomes figures use, in words, for the page, the PDF and the CSV."""

from __future__ import annotations

from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery, SurvivalCurve
from calcitrack.domain.outcomes.query_check import disease_label, regimen_label
from calcitrack.domain.outcomes.windows import WINDOW_TARGETS
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import N_, _, ngettext

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


def _count(value: int) -> str:
    """A whole number of days or patients: as English always wrote it (no thousands separator),
    else in the reader's language and digits."""
    return formats.as_written(value, str(value))


def percent(value: int) -> str:
    """ "95 %" (the language's way: "٩٥ ٪" in Arabic-Indic digits)."""
    return _("{value} %").format(value=_count(value))


def definitions(query: OutcomesQuery) -> tuple[str, ...]:
    """Each definition the figures use, in the current language (the report keeps them in
    English, built under ``using(Language.ENGLISH)``, for the CSV)."""
    regimen = regimen_label(query.regimen)
    half = query.window_days
    # TRANSLATORS: joins the response windows' definitions ("about 6 months: ..., about 12 ...")
    windows = _(", ").join(
        _("{label}: the visit nearest day {target} within day {first} to day {last}").format(
            label=_(label), target=_count(target), first=_count(target - half),
            last=_count(target + half),
        )
        for label, target in WINDOW_TARGETS
    )
    curves = _(
        "Curves: Kaplan–Meier estimate ({kaplan_meier}) computed by {scipy}; pointwise "
        "{level} confidence interval by the exponential Greenwood (log-log) method; "
        "undefined where the estimate reaches 0. Number at risk: patients still followed just "
        "before the day. Median: the first day the estimate falls to 0.5 or below."
    ).format(kaplan_meier=KAPLAN_MEIER, scipy=SCIPY, level=percent(95))
    return (
        _(
            "Cohort: the patients ({disease}) who took every drug of {regimen} together on some "
            "day up to {as_of} (archived patients included: their records are the clinic's); "
            "records dated after that day are left out."
        ).format(
            disease=disease_label(query.disease), regimen=regimen,
            as_of=formats.sentence_day(query.as_of),
        ),
        _("Start (day 0): the first day every drug of the regimen was taken together. A dose "
          "change does not interrupt a drug; a gap of one day or more does."),
        _("Stop: the first day after the start on which one of the drugs was no longer taken. "
          "Only the first time the regimen was taken counts."),
        _("Last contact: the latest visit, lab result or medication start or stop up to the "
          "as-of day."),
        _(
            "Response category: the response assessment of each visit on the regimen on its own "
            "day (improved, stable or progressed by the clinic's thresholds on the calcinosis "
            "burden, categories borrowed from the SCTC radiographic 1-year change categories "
            "{citation}, not validated for lesion area), against the baseline = the last visit "
            "on or before the start. Decision support, not a validated outcome measure."
        ).format(citation="[R2]"),
        _(
            "Response windows ({days} days either side, an analysis choice): {windows}, on the "
            "regimen. Not assessable: the regimen stopped before a visit in the window, the "
            "follow-up is shorter than the window, no visit in the window, or the assessment "
            "could not judge the visit (its own reason)."
        ).format(days=_count(half), windows=windows),
        _("Waterfall: each patient's burden change from baseline in percent (on the lesions "
          "measured at both visits) at the latest visit on the regimen whose response could be "
          "assessed."),
        _("Drug survival: event = the regimen stopped; a patient still on it is censored at the "
          "last contact."),
        _("Time to first improved: event = the first visit on the regimen assessed as improved; "
          "a patient who stopped before improving is censored at the stop, one still on it at "
          "the latest visit on it whose response could be assessed."),
        curves,
        _("Flags: the safety and review flags of the assessment of each visit on the regimen "
          "(start day included); patients with the flag at one visit or more, and visits."),
    )


NO_MEDIAN = N_("not estimable (no patient)")
"""The median of a curve of no patient ("not reached" would say fewer than half had the event)."""


def median_text(curve: SurvivalCurve) -> str:
    """ "183 days", "not reached" (the estimate never falls to 0.5), or NO_MEDIAN, in the current
    language: the words the window, the PDF and the command line give for a curve's median (the
    CSV asks for them in English)."""
    if curve.median_days is not None:
        days = round(curve.median_days)
        return ngettext("{count} day", "{count} days", days).format(
            count=formats.as_written(curve.median_days, f"{curve.median_days:.0f}")
        )
    return _("not reached") if curve.n else _(NO_MEDIAN)
