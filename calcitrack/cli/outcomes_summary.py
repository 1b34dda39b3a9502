"""``calcitrack outcomes``'s plain-text summary of an OutcomesReport (the numbers of the page:
n, still on, the windows with their counts and the reasons not assessable, the medians, the
flags, and the disclaimer), in the current language (the report's English words translated by
``outcomes_words``, numbers by ``calcitrack.i18n.formats``; English as it always was)."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable

from calcitrack.domain.outcomes.definitions import median_text, percent
from calcitrack.domain.outcomes.outcomes_types import (
    Excluded,
    OutcomesReport,
    ResponseAtWindow,
    SurvivalCurve,
)
from calcitrack.domain.outcomes.outcomes_words import (
    CATEGORIES,
    category_label,
    count,
    curve_censoring,
    curve_event,
    curve_title,
    disclaimer,
    disease_text,
    flag_title,
    translated,
    window_label,
)
from calcitrack.domain.review.response_text import signed_text
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import N_, _, ngettext, pgettext

CATEGORY_SOURCE = N_(
    "categories of the response assessment: borrowed from the SCTC radiographic 1-year change "
    "categories {citation}, not validated for lesion area"
)
"""Translated where shown, with ``citation="[R2]"`` (the marker is never translated)."""

INDENT = "  "


def category_source() -> str:
    return _(CATEGORY_SOURCE).format(citation="[R2]")


def _reasons(counts: Iterable[tuple[str, int]]) -> str:
    """ "no visit in the window 3; regimen stopped before the window 1" (in the English order
    of the reasons, the same in every language)."""
    # TRANSLATORS: between the reasons patients were not assessable or left out
    return _("; ").join(
        # TRANSLATORS: a reason and the number of patients it applies to
        _("{reason} {count}").format(reason=translated(reason), count=count(number))
        for reason, number in counts
    )


def _left_out(excluded: tuple[Excluded, ...]) -> str:
    if not excluded:
        return _("none left out")
    counts = Counter(e.reason for e in excluded)
    return _("left out {count} ({reasons})").format(
        count=count(len(excluded)), reasons=_reasons(sorted(counts.items()))
    )


def _window(window: ResponseAtWindow, n: int) -> list[str]:
    counts = window.counts()
    missing = window.not_assessable()
    lines = [
        _("Response {window} (visit nearest day {target}, within day {first} to day {last}): "
          "n = {n}").format(
            window=window_label(window), target=count(window.target_days),
            first=count(window.first_day), last=count(window.last_day), n=count(n),
        ),
        INDENT + _(", ").join(
            # TRANSLATORS: a response category and its number of patients ("improved 3")
            _("{category} {count}").format(
                category=category_label(c.value), count=count(counts.get(c.value, 0))
            )
            for c in CATEGORIES
        ),
    ]  # fmt: skip
    if missing:
        lines.append(INDENT + _("not assessable {count}: {reasons}").format(
            count=count(sum(missing.values())), reasons=_reasons(sorted(missing.items()))
        ))  # fmt: skip
    return lines


def _curve(curve: SurvivalCurve) -> list[str]:
    return [
        _("{title}: n = {n}, events {events}, censored {censored}, median {median}; "
          "{left_out}").format(
            title=curve_title(curve), n=count(curve.n), events=count(curve.events),
            censored=count(curve.censored), median=median_text(curve),
            left_out=_left_out(curve.excluded),
        ),
        INDENT + _("event: {event}; censoring: {censoring}").format(
            event=curve_event(curve), censoring=curve_censoring(curve)
        ),
    ]  # fmt: skip


def _cohort(report: OutcomesReport) -> list[str]:
    lines = [
        _("Clinic outcomes: {regimen} — {disease}, records up to {day}").format(
            regimen=report.regimen_label, disease=disease_text(report),
            day=formats.sentence_day(report.query.as_of),
        ),
        _("Started the regimen: {started} (still on it: {still_on}, stopped: {stopped}); "
          "never took it together: {not_started}").format(
            started=count(report.n), still_on=count(report.still_on),
            stopped=count(report.n - report.still_on), not_started=count(report.not_started),
        ),
    ]  # fmt: skip
    days = [m.days_on for m in report.cohort]
    if days:
        median = statistics.median(days)
        lines.append(
            _("Days on the regimen: median {median} (from {shortest} to {longest}); visits on "
              "it: {visits}").format(
                median=formats.as_written(median, f"{median:g}"), shortest=count(min(days)),
                longest=count(max(days)), visits=count(report.visits_on_regimen),
            )
        )  # fmt: skip
    return lines


def _burden(report: OutcomesReport) -> str:
    bars = report.waterfall.bars
    left_out = _left_out(report.waterfall.excluded)
    if not bars:
        return _("Burden change from baseline at the latest assessed visit on the regimen: "
                 "n = {n}; {left_out}").format(n=count(0), left_out=left_out)  # fmt: skip
    low, high = (
        _("{value} %").format(value=signed_text(value, "+.1f"))
        for value in (bars[-1].change_pct, bars[0].change_pct)
    )
    return _(
        "Burden change from baseline at the latest assessed visit on the regimen: n = {n}, "
        "from {low} to {high}; {left_out}"
    ).format(n=count(len(bars)), low=low, high=high, left_out=left_out)


def _flags(report: OutcomesReport) -> list[str]:
    visits = report.visits_on_regimen
    lines = [
        ngettext(
            "Safety and review flags at the {visits} visit on the regimen (patients, visits; "
            "decision support, as on each visit):",
            "Safety and review flags at the {visits} visits on the regimen (patients, visits; "
            "decision support, as on each visit):",
            visits,
        ).format(visits=count(visits))
    ]
    lines += [
        INDENT + _("{title} [{code}]: {patients}, {visits}").format(
            title=flag_title(t), code=t.code, patients=count(t.patients), visits=count(t.visits)
        )
        for t in report.flags
    ] or [INDENT + pgettext("safety and review flags", "none")]  # fmt: skip
    return lines


def summary_lines(report: OutcomesReport) -> list[str]:
    lines = [*_cohort(report), ""]
    for window in report.windows:
        lines += _window(window, len(window.outcomes))
    lines.append(INDENT + "(" + category_source() + ")")
    lines += ["", _burden(report), ""]
    lines += _curve(report.time_to_improved)
    lines += _curve(report.drug_survival)
    lines.append(INDENT + _("(Kaplan–Meier estimate, scipy.stats.ecdf; {level} log-log "
                            "interval)").format(level=percent(95)))  # fmt: skip
    lines.append("")
    lines += _flags(report)
    lines += ["", disclaimer(report)]
    return lines
