"""The clinic outcomes report as CSV rows: one tidy table (a header, then one row per number),
one section per figure, each with its n and what it left out, then the definitions, the sources
they cite, and the disclaimer — the same ``OutcomesReport`` the window and the PDF show.

Cells are typed: numbers stay ``int``/``float`` (a statistician's program reads them as numbers;
an undefined confidence bound is ``None``, an empty cell), text is ``str``. The writer
(calcitrack.reports.exports.outcomes_csv_writer) neutralises the text cells against formula
injection and writes the file.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date

from calcitrack.domain.outcomes.definitions import median_text
from calcitrack.domain.outcomes.outcomes_types import (
    Excluded,
    OutcomesReport,
    ResponseAtWindow,
    SurvivalCurve,
)
from calcitrack.domain.sources import cited_sources
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language

Cell = str | int | float | None
Row = tuple[Cell, ...]

COLUMNS = (
    "section",
    "measure",
    "code",
    "mrn",
    "day",
    "date",
    "value",
    "lower_95",
    "upper_95",
    "at_risk",
    "detail",
)
"""``day``: days from the patient's regimen start (day 0); ``date``: ISO date; ``value``: the
number the row is about (a count, a percentage, a survival estimate); ``detail``: words."""


def _row(section: str, measure: str, **cells: Cell) -> Row:
    given = {"section": section, "measure": measure, **cells}
    return tuple(given.get(column) for column in COLUMNS)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _bound(value: float) -> float | None:
    return None if math.isnan(value) else value


def _excluded(section: str, excluded: tuple[Excluded, ...]) -> Iterator[Row]:
    yield _row(section, "excluded", value=len(excluded))
    for item in excluded:
        yield _row(section, "excluded_patient", mrn=item.mrn, detail=item.reason)


def query_rows(report: OutcomesReport) -> Iterator[Row]:
    query = report.query
    yield _row("query", "regimen", code="+".join(query.regimen), detail=report.regimen_label)
    yield _row("query", "disease", code=query.disease or "", detail=report.disease_label)
    yield _row("query", "as_of", date=query.as_of.isoformat())
    yield _row("query", "window_half_width_days", value=query.window_days)


def cohort_rows(report: OutcomesReport) -> Iterator[Row]:
    yield _row("cohort", "n", value=report.n)
    yield _row("cohort", "still_on", value=report.still_on)
    yield _row("cohort", "stopped", value=report.n - report.still_on)
    yield _row("cohort", "not_started", value=report.not_started, detail="patients (of the "
               "disease chosen) who never took every drug of the regimen together")
    yield _row("cohort", "visits_on_regimen", value=report.visits_on_regimen)
    for m in report.cohort:
        yield _row("cohort", "started_on", mrn=m.mrn, day=0, date=_iso(m.started_on))
        if m.stopped_on is not None:
            yield _row("cohort", "stopped_on", mrn=m.mrn, day=m.days_on, date=_iso(m.stopped_on))
        yield _row(
            "cohort", "last_contact", mrn=m.mrn, day=(m.last_contact - m.started_on).days,
            date=_iso(m.last_contact), value=m.days_on,
            detail="still on the regimen" if m.still_on else "stopped",
        )


def window_rows(window: ResponseAtWindow) -> Iterator[Row]:
    section = f"response {window.label}"
    yield _row(section, "target_day", value=window.target_days)
    yield _row(section, "first_day", value=window.first_day)
    yield _row(section, "last_day", value=window.last_day)
    yield _row(section, "n", value=len(window.outcomes))
    for category, count in sorted(window.counts().items()):
        yield _row(section, "category", code=category, value=count)
    for reason, count in sorted(window.not_assessable().items()):
        yield _row(section, "not_assessable", code=reason, value=count)
    for o in window.outcomes:
        yield _row(
            section, "patient", code=o.category or "not assessable", mrn=o.mrn,
            date=_iso(o.visit_on), detail=o.not_assessable and f"{o.not_assessable}: {o.detail}",
        )


def waterfall_rows(report: OutcomesReport) -> Iterator[Row]:
    bars = report.waterfall.bars
    yield _row("waterfall", "n", value=len(bars))
    for bar in bars:
        yield _row(
            "waterfall", "burden_change_from_baseline_pct", mrn=bar.mrn,
            date=_iso(bar.visit_on), value=bar.change_pct,
        )
    yield from _excluded("waterfall", report.waterfall.excluded)


def curve_rows(section: str, curve: SurvivalCurve) -> Iterator[Row]:
    yield _row(section, "title", detail=curve.title)
    yield _row(section, "event", detail=curve.event)
    yield _row(section, "censoring", detail=curve.censoring)
    yield _row(section, "n", value=curve.n)
    yield _row(section, "events", value=curve.events)
    yield _row(section, "censored", value=curve.censored)
    with using(Language.ENGLISH):  # the CSV is English, whoever exports it
        median = "" if curve.median_days is not None else median_text(curve)
    yield _row(section, "median_days", value=curve.median_days, detail=median)
    for p in curve.points:
        yield _row(
            section, "kaplan_meier", day=p.day, value=p.survival, lower_95=_bound(p.lower),
            upper_95=_bound(p.upper), at_risk=p.at_risk,
        )
    yield from _excluded(section, curve.excluded)


def flag_rows(report: OutcomesReport) -> Iterator[Row]:
    yield _row("flags", "cohort_patients", value=report.n)
    yield _row("flags", "visits_on_regimen", value=report.visits_on_regimen)
    for tally in report.flags:
        yield _row("flags", "patients", code=tally.code, value=tally.patients, detail=tally.title)
        yield _row("flags", "visits", code=tally.code, value=tally.visits, detail=tally.title)


def outcomes_rows(report: OutcomesReport) -> list[Row]:
    """Every row after the header (``COLUMNS``), in the order of the page."""
    rows = [*query_rows(report), *cohort_rows(report)]
    for window in report.windows:
        rows += window_rows(window)
    rows += waterfall_rows(report)
    rows += curve_rows("time_to_first_improved", report.time_to_improved)
    rows += curve_rows("drug_survival", report.drug_survival)
    rows += flag_rows(report)
    rows += [_row("definitions", "definition", detail=text) for text in report.definitions]
    # every [R#] cited above, in full (a reader of the file alone can look it up)
    texts = [str(cell) for row in rows for cell in row if isinstance(cell, str)]
    rows += [_row("sources", "source", code=source.key, detail=source.citation)
             for source in cited_sources(texts)]
    rows.append(_row("disclaimer", "disclaimer", detail=report.disclaimer))
    return rows
