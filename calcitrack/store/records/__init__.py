"""ORM records. They never leave calcitrack.store: repositories map them to domain entities."""

from calcitrack.store.records.audit import AuditEntryRecord
from calcitrack.store.records.clinic_identity import ClinicIdentityRecord
from calcitrack.store.records.clinic_setting import (
    ClinicSettingRecord,
    ClinicSettingsRevisionRecord,
    ClinicTextSettingRecord,
)
from calcitrack.store.records.lab import LabResultRecord
from calcitrack.store.records.medication import MedicationPeriodRecord
from calcitrack.store.records.medication_deletion import MedicationDeletionRecord
from calcitrack.store.records.patient import LesionRecord, PatientRecord
from calcitrack.store.records.patient_flags import PatientFlagsRecord
from calcitrack.store.records.patient_list_figures import is_figure_index
from calcitrack.store.records.patient_search import SEARCH_TABLE, is_search_index_table
from calcitrack.store.records.photograph import LesionPhotographRecord
from calcitrack.store.records.site_event import (
    ImagingStudyLesionRecord,
    ImagingStudyRecord,
    ProcedureLesionRecord,
    ProcedureRecord,
    SiteEventDeletionRecord,
)
from calcitrack.store.records.user import UserRecord, UserRoleRecord
from calcitrack.store.records.visit import (
    LesionMeasurementRecord,
    RomMeasurementRecord,
    VisitRecord,
)
from calcitrack.store.records.visit_amendment import VisitAmendmentRecord
from calcitrack.store.records.visit_deletion import VisitDeletionRecord

__all__ = [
    "SEARCH_TABLE",
    "AuditEntryRecord",
    "ClinicIdentityRecord",
    "ClinicSettingRecord",
    "ClinicSettingsRevisionRecord",
    "ClinicTextSettingRecord",
    "ImagingStudyLesionRecord",
    "ImagingStudyRecord",
    "LabResultRecord",
    "LesionMeasurementRecord",
    "LesionPhotographRecord",
    "LesionRecord",
    "MedicationDeletionRecord",
    "MedicationPeriodRecord",
    "PatientFlagsRecord",
    "PatientRecord",
    "ProcedureLesionRecord",
    "ProcedureRecord",
    "RomMeasurementRecord",
    "SiteEventDeletionRecord",
    "UserRecord",
    "UserRoleRecord",
    "VisitAmendmentRecord",
    "VisitDeletionRecord",
    "VisitRecord",
    "is_figure_index",
    "is_search_index_table",
]
