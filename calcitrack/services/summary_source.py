"""What a visit summary is made from, read from the clinic's database: one patient's chart, the
clinic's settings and identity, for one visit.

This is the one place a PDF reads the database; the builder (``reports.summary.visit_summary``)
never does, so a clinic-day batch can build in other processes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from calcitrack import __version__
from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.errors import shown_day
from calcitrack.domain.photograph_pairs import photograph_pairs
from calcitrack.domain.visit_summary_request import SignOff, VisitSummaryRequest
from calcitrack.i18n.catalogue import _
from calcitrack.i18n.formats import number
from calcitrack.services.audit_service import AuditService
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import NotFoundError
from calcitrack.services.patient_service import PatientService
from calcitrack.services.photographs.photograph_service import PhotographService


class NoSuchVisitError(NotFoundError):
    """The patient exists but has no visit on the asked day (or no visit at all)."""


def local_now() -> datetime:
    """Now, in the workstation's time zone (the footer's "generated at")."""
    return datetime.now().astimezone()


@dataclass(frozen=True)
class SummarySource:
    context: ServiceContext
    now: Callable[[], datetime] = local_now

    def request(
        self, mrn: str, visit_date: date | None = None, *, photos: bool = False
    ) -> VisitSummaryRequest:
        """The request for ``mrn``'s visit on ``visit_date`` (None: the latest visit).

        ``photos``: the summary shows each lesion's baseline and current photograph; their
        images (only theirs) are read into the request's chart.

        Raises NotFoundError for an unknown MRN, NoSuchVisitError for a missing visit.
        """
        self.context.require(Permission.EXPORT_CHARTS)
        chart = PatientService(self.context).chart(mrn)
        day = pick_visit(chart, visit_date)
        if photos:
            chart = with_pair_images(PhotographService(self.context), chart, day)
        clinic = ClinicSettingsService(self.context)
        visit = next(v for v in chart.visits if v.visit_date == day)
        return VisitSummaryRequest(
            chart=chart,
            visit_date=day,
            settings=clinic.current(),
            clinic=clinic.identity(),
            generated_at=self.now(),
            app_version=__version__,
            sign_off=SignOff.from_signature(chart.signature_of(visit.id)),
            chain_anchor=AuditService(self.context).chain_head(),
            photos=photos,
        )


    def made(self, request: VisitSummaryRequest, where: str) -> None:
        """Record in the audit trail that this visit's summary was generated (``where``: the
        file written, or "printed")."""
        self.context.require(Permission.EXPORT_CHARTS)
        visit = next(v for v in request.chart.visits if v.visit_date == request.visit_date)
        AuditService(self.context).record(
            AuditAction.PDF,
            table_name="visits",
            record_id=visit.id,
            patient_mrn=request.chart.patient.mrn,
            details={"visit_date": request.visit_date.isoformat(), "to": where},
        )


def with_pair_images(
    photographs: PhotographService, chart: PatientChart, day: date
) -> PatientChart:
    """``chart`` with the images of the photographs a summary of ``day`` sets side by side."""
    shown = {p.id for pair in photograph_pairs(chart.photographs, day) for p in pair.photographs}
    return dataclasses.replace(
        chart,
        photographs=tuple(
            dataclasses.replace(p, image=photographs.image(chart.patient.mrn, p.id))
            if p.id in shown and p.id is not None
            else p
            for p in chart.photographs
        ),
    )


def pick_visit(chart: PatientChart, visit_date: date | None) -> date:
    """``visit_date`` if the chart has a visit that day, else the latest visit (None asked)."""
    mrn = chart.patient.mrn
    days = sorted(v.visit_date for v in chart.visits)
    if not days:
        raise NoSuchVisitError(_("patient {mrn} has no visits yet").format(mrn=mrn))
    if visit_date is None:
        return days[-1]
    if visit_date not in days:
        shown = _(", ").join(shown_day(d) for d in days[-5:])
        more = ""
        if len(days) > 5:
            more = _(" (latest {shown} of {count})").format(
                shown=number(len(days[-5:]), 0), count=number(len(days), 0)
            )
        # TRANSLATORS: {more} is empty or " (latest 5 of 12)"; {days} lists the visits' dates
        raise NoSuchVisitError(
            _("patient {mrn} has no visit on {day}; visits{more}: {days}").format(
                mrn=mrn, day=shown_day(visit_date), more=more, days=shown
            )
        )
    return visit_date
