"""The clinic outcomes report of one query, from every chart and the clinic settings (pure).

Each patient's chart is read as of the query's day (calcitrack.domain.chart_as_of), the disease
filter applied, the regimen's first span found (calcitrack.domain.outcomes.cohort), each visit on
it assessed once (calcitrack.domain.outcomes.follow_up), and every figure built from those.
"""

from __future__ import annotations

from collections.abc import Iterable

from calcitrack.domain.chart_as_of import chart_as_of
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.outcomes.cohort import member, regimen_span
from calcitrack.domain.outcomes.definitions import definitions
from calcitrack.domain.outcomes.events import (
    DRUG_SURVIVAL,
    TIME_TO_IMPROVED,
    curve,
    drug_survival_times,
    improved_times,
)
from calcitrack.domain.outcomes.flag_tally import flag_tallies, visits_on_regimen
from calcitrack.domain.outcomes.follow_up import FollowUp, follow_up
from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery, OutcomesReport
from calcitrack.domain.outcomes.query_check import check_query, disease_label, regimen_label
from calcitrack.domain.outcomes.waterfall import waterfall
from calcitrack.domain.outcomes.windows import response_windows
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language


def follow_ups(
    charts: Iterable[PatientChart], settings: ClinicSettings, query: OutcomesQuery
) -> tuple[tuple[FollowUp, ...], int]:
    """The follow-up of every cohort member (by MRN), and how many patients of the disease never
    took the whole regimen."""
    found: list[FollowUp] = []
    not_started = 0
    for chart in charts:
        if query.disease is not None and chart.patient.underlying_disease.value != query.disease:
            continue
        seen = chart_as_of(chart, query.as_of)
        span = regimen_span(seen.medications, query.regimen)
        if span is None:
            not_started += 1
            continue
        found.append(follow_up(seen, member(seen, span, query.as_of), settings))
    found.sort(key=lambda f: f.member.mrn)
    return tuple(found), not_started


def outcomes_report(
    charts: Iterable[PatientChart],
    settings: ClinicSettings,
    query: OutcomesQuery,
    *,
    not_loaded: int = 0,
) -> OutcomesReport:
    """The report of ``query`` over ``charts``; ``not_loaded`` counts patients of the disease the
    caller left out because they never had a period of every drug (they never started).
    Refuses an unknown regimen or disease first (DomainValidationError), in the reader's
    language; the report itself is in English (see ``outcomes_words`` for what a reader reads)."""
    check_query(query)
    # The report's words are English, whoever asks (the CSV writes them as they are); the page,
    # the PDF and the command line write them in the reader's language (outcomes_words).
    with using(Language.ENGLISH):
        return _report(charts, settings, query, not_loaded)


def _report(
    charts: Iterable[PatientChart], settings: ClinicSettings, query: OutcomesQuery, not_loaded: int
) -> OutcomesReport:
    members, not_started = follow_ups(charts, settings, query)
    return OutcomesReport(
        query=query,
        regimen_label=regimen_label(query.regimen),
        disease_label=disease_label(query.disease),
        cohort=tuple(f.member for f in members),
        not_started=not_started + not_loaded,
        windows=response_windows(members, query.window_days, query.as_of),
        waterfall=waterfall(members),
        time_to_improved=curve(improved_times(members), TIME_TO_IMPROVED),
        drug_survival=curve(drug_survival_times(members), DRUG_SURVIVAL),
        flags=flag_tallies(members),
        visits_on_regimen=visits_on_regimen(members),
        definitions=definitions(query),
    )
