"""Imaging studies and procedures entered, corrected and deleted in the window, on a real SQLite
file and a real PostgreSQL server: validated first (not before birth nor in the future, the
patient's own lesions), written with field-by-field audit entries (the lesion links too) in the
same transaction, refused for a stale read and, for a nurse, on a signed visit's day; a
physician's change there is the visit's amendment, the signature bound again."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import (
    ImagingModality,
    ImagingVerdict,
    Laterality,
    ProcedureOutcome,
    ProcedureType,
    Role,
)
from calcitrack.domain.entities import ImagingStudy, PatientChart, Procedure
from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.context import ServiceContext
from calcitrack.services.errors import NotFoundError, SignedVisitError, StaleEditError
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.site_event_service import SiteEventService
from calcitrack.services.visit_service import VisitService
from calcitrack.store.records import AuditEntryRecord, SiteEventDeletionRecord
from calcitrack.store.schema import metadata
from tests.support.accounts import TEST_PASSWORD
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
MRN = "SE-1"
D1, D2 = date(2025, 1, 13), date(2025, 4, 14)
FINGER, ELBOW = "R index finger", "L elbow"
XRAY = ImagingStudy(
    date(2025, 6, 2),
    ImagingModality.XRAY,
    "hand",
    Laterality.RIGHT,
    (FINGER, ELBOW),
    "Extensive subcutaneous calcification, progressed.",
    reader="Dr Reader",
    verdict=ImagingVerdict.MORE,
)
EXCISION = Procedure(
    date(2025, 6, 3),
    ProcedureType.CURETTAGE,
    "elbow",
    Laterality.LEFT,
    (ELBOW,),
    ProcedureOutcome.PARTIAL,
    "Chalky material removed.",
    operator="Dr Surgeon",
    complications="Minor wound dehiscence",
)


@pytest.fixture
def ctx(clinic: Clinic) -> ServiceContext:
    context = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(context).add_charts([sample_chart(MRN)])
    return context


@pytest.fixture
def nurse(clinic: Clinic, ctx: ServiceContext) -> ServiceContext:
    user = ensure_user(clinic.uow, "nurse.se", "Nurse Site", Role.NURSE)
    return ServiceContext(clinic.uow, user, lambda: TODAY)


def _chart(ctx: ServiceContext) -> PatientChart:
    return PatientService(ctx).chart(MRN)


def _dump(clinic: Clinic) -> dict[str, list[str]]:
    with clinic.engine.connect() as conn:
        return {
            t.name: sorted(repr(tuple(row)) for row in conn.execute(select(t)))
            for t in metadata.sorted_tables
        }


def _entries(clinic: Clinic, *tables: str) -> list[tuple[str, str, dict[str, object]]]:
    with clinic.uow.read() as session:
        rows = session.scalars(
            select(AuditEntryRecord)
            .where(AuditEntryRecord.table_name.in_(tables))
            .order_by(AuditEntryRecord.id)
        )
        return [(r.action, r.table_name, json.loads(r.changes_json or "{}")) for r in rows]


def test_an_imaging_study_is_added_corrected_and_deleted_with_its_links_audited(
    clinic: Clinic, nurse: ServiceContext
) -> None:
    service = SiteEventService(nurse)
    imported = len(_entries(clinic, "imaging_study_lesions"))  # the sample chart's
    saved = service.add_imaging(MRN, XRAY)
    assert saved.id is not None
    assert dataclasses.replace(saved, id=None, patient_id=None, version=0) == XRAY
    assert saved in _chart(nurse).imaging
    links = _entries(clinic, "imaging_study_lesions")[imported:]
    assert [a for a, _, _ in links] == ["create", "create"]

    corrected = dataclasses.replace(
        saved, lesion_labels=(FINGER,), verdict=ImagingVerdict.UNCHANGED, reader="Dr Other"
    )
    again = service.correct_imaging(MRN, saved, corrected)
    assert (again.lesion_labels, again.verdict, again.version) == (
        (FINGER,), ImagingVerdict.UNCHANGED, saved.version + 1
    )
    updates = [c for a, _, c in _entries(clinic, "imaging_studies") if a == "update"]
    assert updates == [
        {"reader": ["Dr Reader", "Dr Other"], "verdict": ["more", "unchanged"],
         "version": [saved.version, saved.version + 1]}
    ]  # fmt: skip
    assert [a for a, _, _ in _entries(clinic, "imaging_study_lesions")[imported:]] == [
        "create", "create", "delete"
    ]  # fmt: skip

    with pytest.raises(DomainValidationError):
        service.delete_imaging(MRN, again, "  ")
    service.delete_imaging(MRN, again, "entered for the wrong patient")
    assert again.id not in [s.id for s in _chart(nurse).imaging]
    with clinic.uow.read() as session:
        (kept,) = session.scalars(select(SiteEventDeletionRecord))
        assert (kept.kind, kept.record_id, kept.event_date, kept.reason) == (
            "imaging", again.id, XRAY.study_date, "entered for the wrong patient"
        )
    deleted = [c for a, _, c in _entries(clinic, "imaging_studies") if a == "delete"]
    assert deleted[0]["verdict"] == "unchanged"
    with pytest.raises(NotFoundError):
        service.delete_imaging(MRN, again, "again")


def test_a_procedure_round_trip_keeps_operator_and_complications(
    clinic: Clinic, nurse: ServiceContext
) -> None:
    service = SiteEventService(nurse)
    saved = service.add_procedure(MRN, EXCISION)
    assert dataclasses.replace(saved, id=None, patient_id=None, version=0) == EXCISION
    only_links = dataclasses.replace(saved, lesion_labels=(FINGER, ELBOW))
    again = service.correct_procedure(MRN, saved, only_links)
    assert again.lesion_labels == (ELBOW, FINGER)  # in the order linked
    assert again.version == saved.version + 1  # a link change moves the version too
    with pytest.raises(StaleEditError):  # so an edit from before it is stale
        service.correct_procedure(MRN, saved, dataclasses.replace(saved, notes="x"))
    service.delete_procedure(MRN, again, "duplicate")
    assert again.id not in [p.id for p in _chart(nurse).procedures]


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"procedure_date": date(1960, 1, 1)}, "procedure_date", "before the patient's date"),
        ({"procedure_date": date(2027, 1, 1)}, "procedure_date", "future"),
        ({"lesion_labels": ("L knee",)}, "lesions", "no lesion labelled 'L knee'"),
        ({"operator": "x" * 121}, "operator", "at most 120"),
        ({"body_site": "wing"}, "body_site", "unknown body site"),
    ],
)
def test_a_bad_procedure_names_the_field_and_changes_nothing(
    clinic: Clinic, nurse: ServiceContext, change: dict[str, object], field: str, words: str
) -> None:
    before = _dump(clinic)
    service = SiteEventService(nurse)
    with pytest.raises(DomainValidationError) as refused:
        service.add_procedure(MRN, dataclasses.replace(EXCISION, **change))
    assert any(p.field == field and words in p.reason for p in refused.value.problems), (
        refused.value.problems
    )
    stored = _chart(nurse).procedures[0]
    with pytest.raises(DomainValidationError):
        service.correct_procedure(MRN, stored, dataclasses.replace(stored, **change))
    assert _dump(clinic) == before


def test_a_study_before_birth_or_with_a_long_reader_is_refused(
    clinic: Clinic, nurse: ServiceContext
) -> None:
    before = _dump(clinic)
    with pytest.raises(DomainValidationError) as refused:
        SiteEventService(nurse).add_imaging(
            MRN, dataclasses.replace(XRAY, study_date=date(1968, 6, 1), reader="r" * 121)
        )
    assert {p.field for p in refused.value.problems} == {"study_date", "reader"}
    assert _dump(clinic) == before


def test_a_stale_correction_says_who_and_what_and_changes_nothing(
    clinic: Clinic, nurse: ServiceContext
) -> None:
    service = SiteEventService(nurse)
    saved = service.add_imaging(MRN, XRAY)
    service.correct_imaging(MRN, saved, dataclasses.replace(saved, findings="Typo fixed."))
    before = _dump(clinic)
    with pytest.raises(StaleEditError) as refused:
        service.correct_imaging(MRN, saved, dataclasses.replace(saved, reader="Dr B"))
    assert "Finding" in str(refused.value) and nurse.actor.display_name in str(refused.value)
    assert [c.label for c in refused.value.changes] == ["Finding"]
    with pytest.raises(StaleEditError):
        service.delete_imaging(MRN, saved, "wrong")
    assert _dump(clinic) == before


def test_on_a_signed_visit_day_a_nurse_is_refused_and_a_physician_amends(
    clinic: Clinic, ctx: ServiceContext, nurse: ServiceContext
) -> None:
    chart = _chart(ctx)
    visit = next(v for v in chart.visits if v.visit_date == D1)
    VisitService(ctx).sign(MRN, visit, TEST_PASSWORD)
    study = next(s for s in _chart(ctx).imaging if s.study_date == D1)
    on_d1 = dataclasses.replace(EXCISION, procedure_date=D1)
    before = _dump(clinic)
    for attempt in (
        lambda: SiteEventService(nurse).add_procedure(MRN, on_d1),
        lambda: SiteEventService(nurse).correct_imaging(
            MRN, study, dataclasses.replace(study, verdict=ImagingVerdict.LESS)
        ),
        lambda: SiteEventService(nurse).delete_imaging(MRN, study, "wrong"),
        lambda: SiteEventService(nurse).correct_procedure(  # moved onto the signed day
            MRN, chart.procedures[0], dataclasses.replace(chart.procedures[0], procedure_date=D1)
        ),
        lambda: SiteEventService(ctx).add_procedure(MRN, on_d1),  # a physician, no reason
    ):
        with pytest.raises(SignedVisitError) as refused:
            attempt()
        assert "2025-01-13" in str(refused.value) and "signed" in str(refused.value)
    assert "physician amends it" in _nurse_message(nurse, on_d1)
    assert _dump(clinic) == before

    physician = SiteEventService(ctx)
    physician.correct_imaging(
        MRN, study, dataclasses.replace(study, verdict=ImagingVerdict.LESS),
        amend_reason="the report said less",
    )  # fmt: skip
    signature = _chart(ctx).signature_of(visit.id)
    assert signature is not None and signature.content_matches is True
    (amendment,) = signature.amendments
    assert amendment.reason == "the report said less"
    assert [str(c) for c in amendment.changes] == [
        "X-ray of 2025-01-13 (finger, right): Verdict: — → Less calcification"
    ]
    added = physician.add_procedure(MRN, on_d1, amend_reason="done at the visit")
    physician.delete_procedure(MRN, added, "recorded twice")
    signature = _chart(ctx).signature_of(visit.id)
    assert signature is not None and signature.content_matches is True
    assert [a.reason for a in signature.amendments] == [
        "the report said less", "done at the visit", "recorded twice"
    ]  # fmt: skip


def _nurse_message(nurse: ServiceContext, event: Procedure) -> str:
    try:
        SiteEventService(nurse).add_procedure(MRN, event)
    except SignedVisitError as error:
        return str(error)
    raise AssertionError("not refused")


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    day=st.dates(date(1968, 6, 2), TODAY).filter(lambda d: d not in (D1, D2)),
    modality=st.sampled_from(list(ImagingModality)),
    verdict=st.none() | st.sampled_from(list(ImagingVerdict)),
    side=st.none() | st.sampled_from(list(Laterality)),
    lesions=st.sampled_from([(), (FINGER,), (ELBOW,), (FINGER, ELBOW), (ELBOW, FINGER)]),
    findings=_TEXT,
    reader=st.none() | _TEXT.filter(lambda t: t != ""),
)
def test_what_is_entered_is_what_is_read_back(
    nurse: ServiceContext,
    day: date,
    modality: ImagingModality,
    verdict: ImagingVerdict | None,
    side: Laterality | None,
    lesions: tuple[str, ...],
    findings: str,
    reader: str | None,
) -> None:
    study = ImagingStudy(day, modality, "forearm", side, lesions, findings, reader, verdict)
    saved = SiteEventService(nurse).add_imaging(MRN, study)
    assert dataclasses.replace(saved, id=None, patient_id=None, version=0) == study
    assert saved in _chart(nurse).imaging
