"""Everything a PDF visit summary prints, worked out once from the request (pure, no drawing).

The chart is first cut to the visit date (``domain.chart_as_of``): the assessment, the lesions,
scores, labs, medications and the charts all read the chart as it stood on that day, so nothing
recorded later can appear. One ``assess`` and one ``trajectories`` call feed every section and
chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calcitrack.domain.chart_as_of import chart_as_of
from calcitrack.domain.clinic_settings import SAFETY_CA_P_PRODUCT
from calcitrack.domain.entities import LabResult, PatientChart, Visit
from calcitrack.domain.review.assessment import assess
from calcitrack.domain.review.assessment_types import Assessment
from calcitrack.domain.trajectory.trajectories import trajectories
from calcitrack.domain.trajectory.trajectory_types import Trajectories
from calcitrack.domain.visit_summary_request import VisitSummaryRequest
from calcitrack.reports.charts.lesion_map import MapLesion, map_lesions
from calcitrack.reports.summary.summary_labs import LabSummary, summarise_labs
from calcitrack.reports.summary.summary_lesions import LesionSummary, summarise_lesions
from calcitrack.reports.summary.summary_medications import MedicationSummary, summarise_medications
from calcitrack.reports.summary.summary_scores import ScoreRow, score_rows


@dataclass(frozen=True)
class VisitSummaryData:
    request: VisitSummaryRequest
    chart: PatientChart
    """The chart as of the visit date."""
    visit: Visit
    previous: Visit | None
    assessment: Assessment
    trajectories: Trajectories
    lesions: LesionSummary
    scores: tuple[ScoreRow, ...]
    labs: LabSummary
    medications: MedicationSummary
    map_lesions: tuple[MapLesion, ...]
    earlier_weight: tuple[float, date] | None
    """The latest weight before the visit, for a visit without one."""

    @property
    def day(self) -> date:
        return self.visit.visit_date


def find_visit(chart: PatientChart, day: date) -> Visit:
    """The visit of ``chart`` on ``day``; LookupError naming the MRN and the date if none."""
    found = [v for v in chart.visits if v.visit_date == day]
    if not found:
        raise LookupError(
            f"No visit on {day.isoformat()} in the chart of MRN {chart.patient.mrn}"
        )
    return found[-1]


def _labs_of_day(results: tuple[LabResult, ...], day: date) -> list[LabResult]:
    return [r for r in results if r.collected_on == day]


def gather(request: VisitSummaryRequest) -> VisitSummaryData:
    """The summary's content; LookupError when the chart has no visit on the date."""
    day = request.visit_date
    find_visit(request.chart, day)
    chart = chart_as_of(request.chart, day)
    visits = sorted(chart.visits, key=lambda v: v.visit_date)
    visit = find_visit(chart, day)
    index = max(i for i, v in enumerate(visits) if v.visit_date == day)
    previous = visits[index - 1] if index > 0 else None
    assessment = assess(
        chart, request.settings, on=day, visit_date=day, baseline_date=request.baseline_date
    )
    data = trajectories(chart, regimen_start=assessment.response.regimen.start_on)
    weighed = [v for v in visits if v.visit_date < day and v.weight_kg]
    earlier_weight = None
    if weighed and weighed[-1].weight_kg is not None:
        earlier_weight = (weighed[-1].weight_kg, weighed[-1].visit_date)
    return VisitSummaryData(
        request=request,
        chart=chart,
        visit=visit,
        previous=previous,
        assessment=assessment,
        trajectories=data,
        lesions=summarise_lesions(chart, visit, previous, assessment.response),
        scores=score_rows(visit, _labs_of_day(chart.labs, day), data),
        labs=summarise_labs(
            chart.labs, chart.patient, visit, request.settings[SAFETY_CA_P_PRODUCT]
        ),
        medications=summarise_medications(chart, day),
        map_lesions=map_lesions(chart, assessment),
        earlier_weight=earlier_weight,
    )
