"""Who may do what, enforced by the services themselves: every public method of every service is
called as a nurse, a physician, an admin and a physician who is also admin, on a real SQLite file
and a real PostgreSQL server.

An allowed call succeeds; a refused one raises PermissionDeniedError naming the role it needs and
leaves every table of the database exactly as it was. The expectation comes from the one table
(domain/clinic/permissions.py) and ``REQUIRED`` below, which must decide every public method the
services have (a new method without a decision fails here); a few facts written straight from
issue 6 check the table itself.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import itertools
import pkgutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from calcitrack.bootstrap import Clinic
from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.permissions import (
    ROLE_PERMISSIONS,
    Permission,
    PermissionDeniedError,
    permissions_of,
    roles_with,
)
from calcitrack.domain.clinic_settings import SAFETY_SBP
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.outcomes.outcomes_types import OutcomesQuery
from calcitrack.domain.patient_list import PatientListQuery
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.services.accounts.own_settings_service import OwnSettingsService
from calcitrack.services.accounts.user_admin_service import UserAdminService
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.audit_service import AuditService
from calcitrack.services.backups.backup_service import BackupService
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.import_export import interchange
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.medication_service import MedicationService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.photographs.photograph_service import PhotographService
from calcitrack.services.research.fhir_export_service import FhirExportService
from calcitrack.services.research.outcomes_service import OutcomesService
from calcitrack.services.research.research_service import ResearchService
from calcitrack.services.signature_service import SignatureService
from calcitrack.services.site_event_service import SiteEventService
from calcitrack.services.summary_source import SummarySource
from calcitrack.services.visit_service import VisitService
from calcitrack.services.worklist_service import WorklistService
from calcitrack.store.schema import metadata
from tests.support.accounts import TEST_PASSWORD, give_test_password, open_signed_in
from tests.support.photos import photo_file
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)
NEW_PASSWORD = "a long enough passphrase"

SERVICES: tuple[type, ...] = (
    PatientService,
    VisitService,
    ChartService,
    ClinicSettingsService,
    FlagCacheService,
    SummarySource,
    AuditService,
    UserAdminService,
    OwnSettingsService,
    BackupService,
    SignatureService,
    MedicationService,
    SiteEventService,
    WorklistService,
    PhotographService,
    OutcomesService,
    ResearchService,
    FhirExportService,
)

REQUIRED: dict[str, Permission | None] = {
    "PatientService.list_patients": Permission.READ_CHARTS,
    "PatientService.list_page": Permission.READ_CHARTS,
    "PatientService.list_position": Permission.READ_CHARTS,
    "PatientService.chart": Permission.READ_CHARTS,
    "PatientService.create": Permission.EDIT_PATIENTS,
    "PatientService.update": Permission.EDIT_PATIENTS,
    "PatientService.set_archived": Permission.EDIT_PATIENTS,
    "VisitService.record": Permission.RECORD_VISITS,
    "VisitService.update": Permission.RECORD_VISITS,
    "VisitService.delete": Permission.RECORD_VISITS,
    "VisitService.sign": Permission.SIGN_VISITS,
    "VisitService.amend": Permission.AMEND_VISITS,
    "VisitService.deletions": Permission.READ_CHARTS,
    "VisitService.mrns_with_visit_on": Permission.READ_CHARTS,
    "MedicationService.correct_period": Permission.RECORD_VISITS,
    "MedicationService.delete_period": Permission.RECORD_VISITS,
    "MedicationService.amend_period": Permission.AMEND_VISITS,
    "SiteEventService.add_imaging": Permission.RECORD_VISITS,
    "SiteEventService.correct_imaging": Permission.RECORD_VISITS,
    "SiteEventService.delete_imaging": Permission.RECORD_VISITS,
    "SiteEventService.add_procedure": Permission.RECORD_VISITS,
    "SiteEventService.correct_procedure": Permission.RECORD_VISITS,
    "SiteEventService.delete_procedure": Permission.RECORD_VISITS,
    "ChartService.import_document": Permission.IMPORT_CHARTS,
    "ChartService.add_charts": Permission.IMPORT_CHARTS,
    "ChartService.export_document": Permission.EXPORT_CHARTS,
    "ChartService.all_mrns": Permission.READ_CHARTS,
    "ResearchService.export_csv": Permission.EXPORT_CHARTS,
    "FhirExportService.all_mrns": Permission.EXPORT_CHARTS,
    "FhirExportService.export": Permission.EXPORT_CHARTS,
    "ClinicSettingsService.current": None,
    "ClinicSettingsService.identity": None,
    "ClinicSettingsService.default_backup_folder": None,  # a path of this workstation, no data
    "ClinicSettingsService.save": Permission.EDIT_CLINIC_SETTINGS,
    "ClinicSettingsService.reset_to_defaults": Permission.EDIT_CLINIC_SETTINGS,
    "ClinicSettingsService.save_identity": Permission.EDIT_CLINIC_SETTINGS,
    "FlagCacheService.stale_patient_ids": Permission.READ_CHARTS,
    "FlagCacheService.refresh": Permission.READ_CHARTS,
    "FlagCacheService.reassess": Permission.READ_CHARTS,
    "FlagCacheService.store_reassessed": Permission.READ_CHARTS,
    "FlagCacheService.close": None,  # stops this workstation's worker processes, no data
    "SummarySource.request": Permission.EXPORT_CHARTS,
    "SummarySource.made": Permission.EXPORT_CHARTS,
    "AuditService.record": None,
    "AuditService.entries": Permission.READ_AUDIT,
    "AuditService.usernames": Permission.READ_AUDIT,
    "AuditService.verify": Permission.READ_AUDIT,
    "AuditService.replay": Permission.READ_AUDIT,
    "AuditService.check_anchors": Permission.READ_AUDIT,
    "AuditService.check_signatures": Permission.READ_AUDIT,
    "AuditService.chain_head": None,  # every PDF's footer carries it, whoever makes the PDF
    "AuditService.anchors_in_file": None,  # reads a file the user names, nothing of the database
    "UserAdminService.accounts": Permission.MANAGE_USERS,
    "UserAdminService.create": Permission.MANAGE_USERS,
    "UserAdminService.set_roles": Permission.MANAGE_USERS,
    "UserAdminService.rename": Permission.MANAGE_USERS,
    "UserAdminService.reset_password": Permission.MANAGE_USERS,
    "UserAdminService.set_active": Permission.MANAGE_USERS,
    "UserAdminService.unlock": Permission.MANAGE_USERS,
    "OwnSettingsService.language": None,  # her own preference, no one else's
    "OwnSettingsService.set_language": None,  # her own only (NotYourAccountError otherwise)
    "BackupService.back_up": Permission.BACKUP,
    "BackupService.back_up_automatically": None,
    "BackupService.status": None,
    "SignatureService.check": Permission.READ_AUDIT,
    "WorklistService.today_list": Permission.READ_CHARTS,
    "WorklistService.record_recall_output": Permission.EXPORT_CHARTS,
    "PhotographService.attach": Permission.RECORD_VISITS,
    "PhotographService.photographs": Permission.READ_CHARTS,
    "PhotographService.image": Permission.READ_CHARTS,
    "PhotographService.delete": Permission.RECORD_VISITS,
    "OutcomesService.report": Permission.READ_CHARTS,
    "OutcomesService.record_export": Permission.EXPORT_CHARTS,
    "OutcomesService.regimen_choices": None,  # the drug table, no patient data
}
"""What each public service method needs; None: any signed-in user (the clinic's thresholds and
name are read by every screen, and anyone may record an event such as a printed summary)."""

ROLES: dict[str, frozenset[Role]] = {
    "nurse": frozenset({Role.NURSE}),
    "physician": frozenset({Role.PHYSICIAN}),
    "admin": frozenset({Role.ADMIN}),
    "physician+admin": frozenset({Role.PHYSICIAN, Role.ADMIN}),
}

ISSUE_FACTS: tuple[tuple[str, str, bool], ...] = (
    # "nurse (patients, visits, measurements, labs, medication entries as recorded)"
    ("nurse", "PatientService.create", True),
    ("nurse", "PatientService.update", True),
    ("nurse", "VisitService.record", True),
    ("nurse", "VisitService.update", True),
    ("nurse", "VisitService.sign", False),
    ("nurse", "VisitService.amend", False),
    ("nurse", "MedicationService.correct_period", True),
    ("nurse", "MedicationService.amend_period", False),
    ("nurse", "SiteEventService.add_imaging", True),
    ("nurse", "SiteEventService.delete_procedure", True),
    ("nurse", "UserAdminService.create", False),
    ("nurse", "UserAdminService.set_roles", False),
    ("nurse", "ClinicSettingsService.save", False),
    ("nurse", "ClinicSettingsService.save_identity", False),
    # "physician (all of that, plus assessment, signing, amendments of signed visits)"
    ("physician", "PatientService.create", True),
    ("physician", "VisitService.record", True),
    ("physician", "VisitService.sign", True),
    ("physician", "VisitService.amend", True),
    ("physician", "MedicationService.amend_period", True),
    ("physician", "UserAdminService.create", False),
    ("physician", "ClinicSettingsService.save", False),
    # "admin (users, clinic settings and thresholds, backups; no clinical editing unless also
    # given a clinical role)"
    ("admin", "UserAdminService.create", True),
    ("admin", "UserAdminService.set_active", True),
    ("admin", "ClinicSettingsService.save", True),
    ("admin", "ClinicSettingsService.reset_to_defaults", True),
    ("admin", "PatientService.create", False),
    ("admin", "PatientService.update", False),
    ("admin", "VisitService.record", False),
    ("admin", "VisitService.update", False),
    ("admin", "VisitService.delete", False),
    ("admin", "VisitService.sign", False),
    ("admin", "VisitService.amend", False),
    ("admin", "MedicationService.correct_period", False),
    ("admin", "MedicationService.delete_period", False),
    ("admin", "SiteEventService.add_procedure", False),
    ("admin", "SiteEventService.correct_imaging", False),
    ("admin", "ChartService.add_charts", False),
    ("admin", "ChartService.import_document", False),
    # the roles add up
    ("physician+admin", "VisitService.sign", True),
    ("physician+admin", "VisitService.amend", True),
    ("physician+admin", "UserAdminService.create", True),
    ("physician+admin", "ClinicSettingsService.save", True),
)


def public_methods(cls: type) -> set[str]:
    """``Class.method`` for every public method of ``cls`` (a dataclass's fields excluded: a
    default such as ``SummarySource.now`` is data, not an action)."""
    fields = {f.name for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else set()
    return {
        f"{cls.__name__}.{name}"
        for name, member in inspect.getmembers(cls, inspect.isroutine)
        if not name.startswith("_") and name not in fields
    }


def allowed(role: str, method: str) -> bool:
    needed = REQUIRED[method]
    return needed is None or needed in permissions_of(ROLES[role])


# ------------------------------------------------------------------ the clinic a call is made in

Act = Callable[[ServiceContext], object]


class Stage:
    """A clinic with one account per role; its owner (the physician-admin test account) prepares,
    fresh for every call, what the call needs, so that every allowed call can succeed."""

    def __init__(self, clinic: Clinic) -> None:
        assert clinic.user is not None
        self.clinic = clinic
        self.owner = ServiceContext(clinic.uow, clinic.user, lambda: TODAY)
        self._numbers = itertools.count(1)
        self.as_role = {
            name: ServiceContext(
                clinic.uow,
                ensure_user(clinic.uow, f"as.{name.replace('+', '.')}", f"{name} user", roles),
                lambda: TODAY,
            )
            for name, roles in ROLES.items()
        }
        for ctx in self.as_role.values():  # signing a visit gives the password again
            give_test_password(clinic.uow, ctx.actor.username)

    def name(self, prefix: str) -> str:
        return f"{prefix}{next(self._numbers)}"

    def chart(self) -> PatientChart:
        """A new patient (the sample chart: two visits, labs, medications) as stored."""
        mrn = self.name("P-")
        ChartService(self.owner).add_charts([sample_chart(mrn)])
        return PatientService(self.owner).chart(mrn)

    def reread(self, chart: PatientChart) -> PatientChart:
        return PatientService(self.owner).chart(chart.patient.mrn)

    def staff(self) -> str:
        """A new nurse's account (no password), by username."""
        username = self.name("staff.")
        ensure_user(self.clinic.uow, username, "Staff Member", Role.NURSE)
        return username

    def dump(self) -> dict[str, list[str]]:
        """Every row of every table, for comparing the whole database before and after."""
        with self.clinic.engine.connect() as conn:
            return {
                table.name: sorted(repr(tuple(row)) for row in conn.execute(select(table)))
                for table in metadata.sorted_tables
            }


def entry_of(chart: PatientChart, visit: Visit, **changes: Any) -> VisitEntry:
    """``visit`` with ``changes``, and the labs collected at it (an entry holds the whole visit:
    leaving its labs out would delete them)."""
    labs = tuple(lab for lab in chart.labs if lab.visit_id == visit.id)
    return VisitEntry(dataclasses.replace(visit, **changes), labs=labs)


CASES: dict[str, Callable[[Stage], Act]] = {}


def case(method: str) -> Callable[[Callable[[Stage], Act]], Callable[[Stage], Act]]:
    def register(prepare: Callable[[Stage], Act]) -> Callable[[Stage], Act]:
        CASES[method] = prepare
        return prepare

    return register


@case("PatientService.list_patients")
def _list_patients(stage: Stage) -> Act:
    return lambda ctx: PatientService(ctx).list_patients()


@case("PatientService.list_page")
def _list_page(stage: Stage) -> Act:
    return lambda ctx: PatientService(ctx).list_page(PatientListQuery())


@case("PatientService.list_position")
def _list_position(stage: Stage) -> Act:
    return lambda ctx: PatientService(ctx).list_position(PatientListQuery(), "X-1")


@case("WorklistService.today_list")
def _today_list(stage: Stage) -> Act:
    return lambda ctx: WorklistService(ctx).today_list()


@case("WorklistService.record_recall_output")
def _record_recall_output(stage: Stage) -> Act:
    return lambda ctx: WorklistService(ctx).record_recall_output("csv", 3, "recall.csv")


@case("OutcomesService.report")
def _outcomes_report(stage: Stage) -> Act:
    stage.chart()
    query = OutcomesQuery(("diltiazem",), None, TODAY)
    return lambda ctx: OutcomesService(ctx).report(query)


@case("OutcomesService.record_export")
def _outcomes_export(stage: Stage) -> Act:
    stage.chart()
    report = OutcomesService(stage.owner).report(OutcomesQuery(("diltiazem",), None, TODAY))
    return lambda ctx: OutcomesService(ctx).record_export(report, what="outcomes-pdf", to="o.pdf")


@case("OutcomesService.regimen_choices")
def _regimen_choices(stage: Stage) -> Act:
    return lambda ctx: OutcomesService(ctx).regimen_choices()


@case("PatientService.chart")
def _chart(stage: Stage) -> Act:
    mrn = stage.chart().patient.mrn
    return lambda ctx: PatientService(ctx).chart(mrn)


@case("PatientService.create")
def _create_patient(stage: Stage) -> Act:
    patient = sample_chart(stage.name("N-")).patient
    return lambda ctx: PatientService(ctx).create(patient)


@case("PatientService.update")
def _update_patient(stage: Stage) -> Act:
    patient = stage.chart().patient
    return lambda ctx: PatientService(ctx).update(dataclasses.replace(patient, given_name="Ana"))


@case("PatientService.set_archived")
def _archive_patient(stage: Stage) -> Act:
    patient = stage.chart().patient
    return lambda ctx: PatientService(ctx).set_archived(patient, True)


@case("VisitService.record")
def _record_visit(stage: Stage) -> Act:
    chart = stage.chart()
    entry = VisitEntry(Visit(chart.patient.id, date(2025, 6, 2), pain_nrs=2))
    return lambda ctx: VisitService(ctx).record(chart.patient.mrn, entry)


@case("VisitService.update")
def _update_visit(stage: Stage) -> Act:
    chart = stage.chart()
    entry = entry_of(chart, chart.visits[-1], pain_nrs=6)
    return lambda ctx: VisitService(ctx).update(chart.patient.mrn, entry)


@case("VisitService.delete")
def _delete_visit(stage: Stage) -> Act:
    chart = stage.chart()
    return lambda ctx: VisitService(ctx).delete(chart.patient.mrn, chart.visits[-1], "wrong day")


@case("VisitService.sign")
def _sign_visit(stage: Stage) -> Act:
    chart = stage.chart()
    return lambda ctx: VisitService(ctx).sign(chart.patient.mrn, chart.visits[-1], TEST_PASSWORD)


@case("VisitService.amend")
def _amend_visit(stage: Stage) -> Act:
    chart = stage.chart()
    VisitService(stage.owner).sign(chart.patient.mrn, chart.visits[-1], TEST_PASSWORD)
    chart = stage.reread(chart)
    entry = entry_of(chart, chart.visits[-1], pain_nrs=6)
    return lambda ctx: VisitService(ctx).amend(chart.patient.mrn, entry, "pain misread")


@case("VisitService.deletions")
def _deletions(stage: Stage) -> Act:
    mrn = stage.chart().patient.mrn
    return lambda ctx: VisitService(ctx).deletions(mrn)


@case("VisitService.mrns_with_visit_on")
def _clinic_day(stage: Stage) -> Act:
    return lambda ctx: VisitService(ctx).mrns_with_visit_on(date(2025, 1, 13))


def _current_period(chart: PatientChart) -> Any:
    return next(m for m in chart.medications if m.stop_on is None)


@case("MedicationService.correct_period")
def _correct_period(stage: Stage) -> Act:
    chart = stage.chart()
    period = _current_period(chart)
    corrected = dataclasses.replace(period, start_reason="dose increased (corrected)")
    return lambda ctx: MedicationService(ctx).correct_period(
        chart.patient.mrn, period, corrected
    )


@case("MedicationService.delete_period")
def _delete_period(stage: Stage) -> Act:
    chart = stage.chart()
    period = _current_period(chart)
    return lambda ctx: MedicationService(ctx).delete_period(
        chart.patient.mrn, period, "entered in error"
    )


@case("MedicationService.amend_period")
def _amend_period(stage: Stage) -> Act:
    chart = stage.chart()
    VisitService(stage.owner).sign(chart.patient.mrn, chart.visits[-1], TEST_PASSWORD)
    period = _current_period(stage.reread(chart))  # started at the signed visit
    corrected = dataclasses.replace(period, dose=150.0)
    return lambda ctx: MedicationService(ctx).amend_period(
        chart.patient.mrn, period, corrected, "150 mg was prescribed"
    )


@case("SiteEventService.add_imaging")
def _add_imaging(stage: Stage) -> Act:
    chart = stage.chart()
    study = dataclasses.replace(chart.imaging[0], study_date=date(2025, 6, 2), id=None)
    return lambda ctx: SiteEventService(ctx).add_imaging(chart.patient.mrn, study)


@case("SiteEventService.correct_imaging")
def _correct_imaging(stage: Stage) -> Act:
    chart = stage.chart()  # the study is on the day of an unsigned visit
    study = chart.imaging[0]
    corrected = dataclasses.replace(study, reader="Dr Reader")
    return lambda ctx: SiteEventService(ctx).correct_imaging(chart.patient.mrn, study, corrected)


@case("SiteEventService.delete_imaging")
def _delete_imaging(stage: Stage) -> Act:
    chart = stage.chart()
    return lambda ctx: SiteEventService(ctx).delete_imaging(
        chart.patient.mrn, chart.imaging[0], "entered in error"
    )


@case("SiteEventService.add_procedure")
def _add_procedure(stage: Stage) -> Act:
    chart = stage.chart()
    proc = dataclasses.replace(chart.procedures[0], procedure_date=date(2025, 6, 2), id=None)
    return lambda ctx: SiteEventService(ctx).add_procedure(chart.patient.mrn, proc)


@case("SiteEventService.correct_procedure")
def _correct_procedure(stage: Stage) -> Act:
    chart = stage.chart()
    proc = chart.procedures[0]
    corrected = dataclasses.replace(proc, operator="Dr Surgeon")
    return lambda ctx: SiteEventService(ctx).correct_procedure(chart.patient.mrn, proc, corrected)


@case("SiteEventService.delete_procedure")
def _delete_procedure(stage: Stage) -> Act:
    chart = stage.chart()
    return lambda ctx: SiteEventService(ctx).delete_procedure(
        chart.patient.mrn, chart.procedures[0], "entered in error"
    )


@case("ChartService.import_document")
def _import(stage: Stage) -> Act:
    document = interchange.export_document([sample_chart(stage.name("I-"))])
    return lambda ctx: ChartService(ctx).import_document(document)


@case("ChartService.add_charts")
def _add_charts(stage: Stage) -> Act:
    chart = sample_chart(stage.name("A-"))
    return lambda ctx: ChartService(ctx).add_charts([chart])


@case("ChartService.export_document")
def _export(stage: Stage) -> Act:
    mrn = stage.chart().patient.mrn
    return lambda ctx: ChartService(ctx).export_document([mrn])


@case("ResearchService.export_csv")
def _research_csv(stage: Stage) -> Act:
    mrn = stage.chart().patient.mrn
    return lambda ctx: ResearchService(ctx).export_csv(
        [mrn], pseudonymised=True, to="study",
        write=lambda charts, _settings, _record: len(charts),
    )


@case("ChartService.all_mrns")
def _all_mrns(stage: Stage) -> Act:
    return lambda ctx: ChartService(ctx).all_mrns()


@case("FhirExportService.all_mrns")
def _fhir_all_mrns(stage: Stage) -> Act:
    return lambda ctx: FhirExportService(ctx).all_mrns()


@case("FhirExportService.export")
def _fhir_export(stage: Stage) -> Act:
    mrn = stage.chart().patient.mrn
    return lambda ctx: FhirExportService(ctx).export([mrn], lambda charts, _record: None,
                                                    to="b.json")


@case("ClinicSettingsService.current")
def _settings(stage: Stage) -> Act:
    return lambda ctx: ClinicSettingsService(ctx).current()


@case("ClinicSettingsService.identity")
def _identity(stage: Stage) -> Act:
    return lambda ctx: ClinicSettingsService(ctx).identity()


@case("ClinicSettingsService.default_backup_folder")
def _default_backup_folder(stage: Stage) -> Act:
    return lambda ctx: ClinicSettingsService(ctx).default_backup_folder()


@case("ClinicSettingsService.save")
def _save_settings(stage: Stage) -> Act:
    current = ClinicSettingsService(stage.owner).current()
    value = 95.0 if current[SAFETY_SBP] != 95.0 else 96.0
    return lambda ctx: ClinicSettingsService(ctx).save(
        {SAFETY_SBP: value}, based_on_version=current.version
    )


@case("ClinicSettingsService.reset_to_defaults")
def _reset_settings(stage: Stage) -> Act:
    version = ClinicSettingsService(stage.owner).current().version
    return lambda ctx: ClinicSettingsService(ctx).reset_to_defaults(based_on_version=version)


@case("ClinicSettingsService.save_identity")
def _save_identity(stage: Stage) -> Act:
    version = ClinicSettingsService(stage.owner).identity().version
    name = stage.name("Calcinosis clinic ")
    return lambda ctx: ClinicSettingsService(ctx).save_identity(
        name, None, based_on_version=version
    )


@case("FlagCacheService.stale_patient_ids")
def _stale_flags(stage: Stage) -> Act:
    return lambda ctx: FlagCacheService(ctx).stale_patient_ids()


@case("FlagCacheService.refresh")
def _refresh_flags(stage: Stage) -> Act:
    patient_id = stage.chart().patient.id
    assert patient_id is not None
    return lambda ctx: FlagCacheService(ctx).refresh([patient_id])


@case("FlagCacheService.reassess")
def _reassess(stage: Stage) -> Act:
    patient_id = stage.chart().patient.id
    assert patient_id is not None
    return lambda ctx: FlagCacheService(ctx, processes=1).reassess([patient_id])


@case("FlagCacheService.store_reassessed")
def _store_reassessed(stage: Stage) -> Act:
    patient_id = stage.chart().patient.id
    assert patient_id is not None
    done = FlagCacheService(stage.owner, processes=1).reassess([patient_id])
    return lambda ctx: FlagCacheService(ctx, processes=1).store_reassessed(done)


@case("FlagCacheService.close")
def _close_workers(stage: Stage) -> Act:
    return lambda ctx: FlagCacheService(ctx).close()


@case("SummarySource.request")
def _summary_request(stage: Stage) -> Act:
    mrn = stage.chart().patient.mrn
    return lambda ctx: SummarySource(ctx).request(mrn)


@case("SummarySource.made")
def _summary_made(stage: Stage) -> Act:
    request = SummarySource(stage.owner).request(stage.chart().patient.mrn)
    return lambda ctx: SummarySource(ctx).made(request, "printed")


@case("AuditService.record")
def _record_event(stage: Stage) -> Act:
    mrn = stage.chart().patient.mrn
    return lambda ctx: AuditService(ctx).record(
        AuditAction.EXPORT, patient_mrn=mrn, details={"to": "export.json"}
    )


@case("AuditService.entries")
def _entries(stage: Stage) -> Act:
    return lambda ctx: AuditService(ctx).entries()


@case("AuditService.usernames")
def _usernames(stage: Stage) -> Act:
    return lambda ctx: AuditService(ctx).usernames()


@case("AuditService.replay")
def _replay(stage: Stage) -> Act:
    def act(ctx: ServiceContext) -> object:
        report = AuditService(ctx).replay()
        assert not report.differences, report.differences
        return report

    return act


@case("AuditService.check_anchors")
def _check_anchors(stage: Stage) -> Act:
    def act(ctx: ServiceContext) -> object:
        report = AuditService(ctx).check_anchors()
        assert not report.problems, report.problems
        return report

    return act


@case("AuditService.check_signatures")
def _check_audited_signatures(stage: Stage) -> Act:
    def act(ctx: ServiceContext) -> object:
        result = AuditService(ctx).check_signatures()
        assert result.ok, result.problems()
        return result

    return act


@case("AuditService.chain_head")
def _chain_head(stage: Stage) -> Act:
    return lambda ctx: AuditService(ctx).chain_head()


@case("AuditService.anchors_in_file")
def _anchors_in_file(stage: Stage) -> Act:
    manifest = Path(tempfile.mkdtemp()) / "backup.sqlite3.json"
    manifest.write_text('{"chain_head": "0:' + "0" * 64 + '"}', encoding="utf-8")
    return lambda ctx: AuditService(ctx).anchors_in_file(manifest)


@case("AuditService.verify")
def _verify(stage: Stage) -> Act:
    def act(ctx: ServiceContext) -> object:
        result = AuditService(ctx).verify()
        assert result.ok, result.reason
        return result

    return act


@case("UserAdminService.accounts")
def _accounts(stage: Stage) -> Act:
    return lambda ctx: UserAdminService(ctx).accounts()


@case("UserAdminService.create")
def _create_user(stage: Stage) -> Act:
    username = stage.name("new.")
    return lambda ctx: UserAdminService(ctx).create(
        username, "New Nurse", {Role.NURSE}, NEW_PASSWORD
    )


@case("UserAdminService.set_roles")
def _set_roles(stage: Stage) -> Act:
    username = stage.staff()
    return lambda ctx: UserAdminService(ctx).set_roles(username, {Role.PHYSICIAN})


@case("UserAdminService.rename")
def _rename(stage: Stage) -> Act:
    username = stage.staff()
    return lambda ctx: UserAdminService(ctx).rename(username, "Renamed Member")


@case("UserAdminService.reset_password")
def _reset_password(stage: Stage) -> Act:
    username = stage.staff()
    return lambda ctx: UserAdminService(ctx).reset_password(username, NEW_PASSWORD)


@case("UserAdminService.set_active")
def _set_active(stage: Stage) -> Act:
    username = stage.staff()
    return lambda ctx: UserAdminService(ctx).set_active(username, False)


@case("UserAdminService.unlock")
def _unlock(stage: Stage) -> Act:
    username = stage.staff()
    return lambda ctx: UserAdminService(ctx).unlock(username)


@case("OwnSettingsService.language")
def _own_language(stage: Stage) -> Act:
    return lambda ctx: OwnSettingsService(ctx).language()


@case("OwnSettingsService.set_language")
def _set_own_language(stage: Stage) -> Act:
    return lambda ctx: OwnSettingsService(ctx).set_language(ctx.actor.username, "en")


@case("BackupService.back_up")
def _back_up(stage: Stage) -> Act:
    target = Path(tempfile.mkdtemp(prefix="calcitrack-backup-")) / "copy.backup"
    return lambda ctx: BackupService(ctx).back_up(target)


@case("BackupService.back_up_automatically")
def _back_up_automatically(stage: Stage) -> Act:
    # any account that opens the clinic starts the day's backup, into the clinic's folder only
    folder = Path(tempfile.mkdtemp(prefix="calcitrack-auto-")) / "backups"
    return lambda ctx: BackupService(ctx).back_up_automatically(folder)


@case("SignatureService.check")
def _check_signatures(stage: Stage) -> Act:
    def act(ctx: ServiceContext) -> object:
        result = SignatureService(ctx).check()
        assert result.ok, result
        return result

    return act


def _photographed(stage: Stage) -> tuple[PatientChart, Any]:
    """A new patient with a photograph of her first lesion at her first visit."""
    chart = stage.chart()
    visit_id = chart.visits[0].id
    assert visit_id is not None
    saved = PhotographService(stage.owner).attach(
        chart.patient.mrn, visit_id, chart.lesions[0].label, photo_file()
    )
    return chart, saved


@case("PhotographService.attach")
def _attach_photograph(stage: Stage) -> Act:
    chart = stage.chart()
    visit_id = chart.visits[0].id
    assert visit_id is not None
    label = chart.lesions[0].label
    return lambda ctx: PhotographService(ctx).attach(
        chart.patient.mrn, visit_id, label, photo_file()
    )


@case("PhotographService.photographs")
def _photographs(stage: Stage) -> Act:
    chart, _ = _photographed(stage)
    return lambda ctx: PhotographService(ctx).photographs(chart.patient.mrn)


@case("PhotographService.image")
def _photograph_image(stage: Stage) -> Act:
    chart, saved = _photographed(stage)
    return lambda ctx: PhotographService(ctx).image(chart.patient.mrn, saved.id)


@case("PhotographService.delete")
def _delete_photograph(stage: Stage) -> Act:
    chart, saved = _photographed(stage)
    return lambda ctx: PhotographService(ctx).delete(chart.patient.mrn, saved, "blurred")


@case("BackupService.status")
def _backup_status(stage: Stage) -> Act:
    return lambda ctx: BackupService(ctx).status()


def check_call(stage: Stage, role: str, method: str, *, expect_allowed: bool) -> None:
    """Prepare and make the call as ``role``: allowed, it succeeds; refused, it raises
    PermissionDeniedError naming the needed role and changes nothing at all."""
    act = CASES[method](stage)
    ctx = stage.as_role[role]
    if expect_allowed:
        try:
            act(ctx)
        except PermissionDeniedError as error:
            pytest.fail(f"{method} as {role} should be allowed, was refused: {error}")
        return
    needed = REQUIRED[method]
    assert needed is not None, f"{method} needs no permission but {role} is expected refused"
    before = stage.dump()
    with pytest.raises(PermissionDeniedError) as refused:
        act(ctx)
    message = str(refused.value)
    assert refused.value.permission is needed, message
    who = f"{ctx.actor.display_name} ({ctx.actor.roles_text})"
    assert message.startswith(f"{who} may not "), message
    assert needed.description in message, message
    wanted = " or ".join(r.label.lower() for r in roles_with(needed))
    assert message.endswith(f"that needs the {wanted} role"), message
    assert stage.dump() == before, f"{method} refused as {role} changed the database"


# ------------------------------------------------------------------ the decisions and the table


def test_every_service_is_in_the_matrix() -> None:
    """Every class of calcitrack.services (its feature packages included) built on a
    ServiceContext is checked here."""
    import calcitrack.services

    found = set()
    for info in pkgutil.walk_packages(calcitrack.services.__path__, "calcitrack.services."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or issubclass(cls, BaseException):
                continue
            if cls.__name__.startswith("_"):  # a module's private helper, made by a service
                continue  # after its own permission check (fhir_export_service._Charts)
            hints = inspect.signature(cls).parameters
            if any(p.annotation in ("ServiceContext", ServiceContext) for p in hints.values()):
                found.add(cls)
    assert found == set(SERVICES), "add the new service and decide its methods"


def test_every_public_service_method_has_a_decision() -> None:
    found = set().union(*(public_methods(cls) for cls in SERVICES))
    assert found - set(REQUIRED) == set(), "decide what these need in REQUIRED"
    assert set(REQUIRED) - found == set(), "these are no longer service methods"
    assert set(CASES) == set(REQUIRED), "every decision needs a call in CASES"


def test_the_table_gives_each_role_what_the_issue_says() -> None:
    wrong = [
        f"{role} {'may' if expected else 'may not'} call {method}"
        for role, method, expected in ISSUE_FACTS
        if allowed(role, method) != expected
    ]
    assert not wrong, "the permission table disagrees with issue 6: " + "; ".join(wrong)
    # every permission is held by some role, and only an admin manages users and settings
    assert set().union(*ROLE_PERMISSIONS.values()) == set(Permission)
    assert roles_with(Permission.MANAGE_USERS) == [Role.ADMIN]
    assert roles_with(Permission.EDIT_CLINIC_SETTINGS) == [Role.ADMIN]
    assert roles_with(Permission.SIGN_VISITS) == [Role.PHYSICIAN]
    assert roles_with(Permission.AMEND_VISITS) == [Role.PHYSICIAN]
    assert not ROLE_PERMISSIONS[Role.ADMIN] & {
        Permission.EDIT_PATIENTS,
        Permission.RECORD_VISITS,
        Permission.IMPORT_CHARTS,
        Permission.SIGN_VISITS,
        Permission.AMEND_VISITS,
    }


def test_the_issue_s_facts_hold_when_the_services_are_called(clinic: Clinic) -> None:
    stage = Stage(clinic)
    for role, method, expected in ISSUE_FACTS:
        check_call(stage, role, method, expect_allowed=expected)


# ------------------------------------------------------------------ the matrix


@pytest.mark.parametrize("service", SERVICES, ids=lambda cls: cls.__name__)
def test_every_method_of_the_service_as_every_role(clinic: Clinic, service: type) -> None:
    stage = Stage(clinic)
    failures = []
    for method in sorted(public_methods(service)):
        for role in ROLES:
            try:
                check_call(stage, role, method, expect_allowed=allowed(role, method))
            except (Exception, pytest.fail.Exception) as error:
                failures.append(f"{method} as {role}: {type(error).__name__}: {error}")
    assert failures == [], "\n".join(failures)


def test_a_disabled_account_is_refused_what_its_roles_allow(clinic: Clinic) -> None:
    stage = Stage(clinic)
    ctx = stage.as_role["physician"]
    disabled = dataclasses.replace(ctx, actor=dataclasses.replace(ctx.actor, active=False))
    chart = stage.chart()
    before = stage.dump()
    with pytest.raises(PermissionDeniedError, match="may not sign visits"):
        VisitService(disabled).sign(chart.patient.mrn, chart.visits[-1], TEST_PASSWORD)
    with pytest.raises(PermissionDeniedError, match="may not read patients' charts"):
        PatientService(disabled).chart(chart.patient.mrn)
    with pytest.raises(PermissionDeniedError, match="that needs the nurse or physician or"):
        FlagCacheService(disabled).refresh([chart.patient.id or 0])
    assert stage.dump() == before


SERVICE_EVENTS = (
    AuditAction.SIGN,
    AuditAction.AMEND,
    AuditAction.LOGIN,
    AuditAction.LOGIN_FAILED,
    AuditAction.LOCKOUT,
    AuditAction.ACCOUNT,
)


def test_nobody_records_a_sign_off_or_account_event_that_did_not_happen(sqlite_url: str) -> None:
    """The trail's sign-off, sign-in and account entries are written by the services that do
    those things, in the same transaction; ``AuditService.record`` (open to every signed-in user
    for events such as a printed summary) must not let a nurse add a "sign" entry for a visit she
    cannot sign, or an "account" entry for a change that was never made. (Logic, not storage:
    SQLite only.)"""
    clinic = open_signed_in(sqlite_url)
    try:
        _try_to_forge(Stage(clinic))
    finally:
        clinic.close()


def _try_to_forge(stage: Stage) -> None:
    chart = stage.chart()
    nurse = stage.as_role["nurse"]
    forged = []
    for action in SERVICE_EVENTS:
        before = stage.dump()
        try:
            AuditService(nurse).record(
                action, table_name="visits", record_id=chart.visits[-1].id,
                patient_mrn=chart.patient.mrn, details={"visit_date": "2025-04-14"},
            )
        except (ValueError, PermissionError):
            assert stage.dump() == before
        else:
            forged.append(action.value)
    assert forged == [], (
        "BUG (calcitrack/services/audit_service.py, AuditService.record): any signed-in user can "
        f"write these entries for events that never happened: {forged}; record() refuses only "
        "create/update/delete (CRUD_ACTIONS)"
    )


def test_a_role_removed_or_an_account_disabled_counts_from_the_next_call(clinic: Clinic) -> None:
    """A nurse signed in before an admin changed her account does not keep the old rights until
    she signs in again: the services read the account afresh on every call."""
    chart = sample_chart("LIVE-1")
    ChartService(clinic.context()).add_charts([chart])
    nurse = ServiceContext(clinic.uow, ensure_user(clinic.uow, "nurse.live", "Nurse", Role.NURSE))
    admin = UserAdminService(clinic.context())
    PatientService(nurse).chart("LIVE-1")
    admin.set_roles("nurse.live", {Role.ADMIN})
    with pytest.raises(PermissionDeniedError, match="Nurse \\(Administrator\\)"):
        PatientService(nurse).update(
            dataclasses.replace(PatientService(nurse).chart("LIVE-1").patient, given_name="X")
        )
    admin.set_roles("nurse.live", {Role.NURSE})
    admin.set_active("nurse.live", False)
    with pytest.raises(PermissionDeniedError, match="account disabled"):
        PatientService(nurse).chart("LIVE-1")
