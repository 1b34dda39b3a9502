"""The Patient and the two Conditions every chart has: the underlying disease and calcinosis
cutis.

The disease carries a SNOMED CT code only where ``codes.DISEASE_SNOMED`` has a verified one
(juvenile dermatomyositis, SLE, overlap and other go as text); calcinosis cutis carries ICD-10
L94.2 (``codes.ICD10_CALCINOSIS_CUTIS``) and no SNOMED CT code (none verified), its type in the
text.
"""

from __future__ import annotations

from datetime import date

from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.condition import Condition
from fhir.resources.R4B.humanname import HumanName
from fhir.resources.R4B.identifier import Identifier
from fhir.resources.R4B.patient import Patient as FhirPatient
from fhir.resources.R4B.reference import Reference

from calcitrack.domain.codes import DISEASE_SNOMED, ICD10_CALCINOSIS_CUTIS
from calcitrack.domain.entities import Patient
from calcitrack.reports.interop.fhir_codes import (
    CONDITION_CATEGORY,
    CONDITION_CLINICAL,
    CONDITION_VERIFICATION,
    ICD10,
    IDENTIFIER_TYPE,
    LOCAL_SYSTEMS,
    SNOMED,
    coding,
    concept,
)
from calcitrack.reports.interop.fhir_entries import Entries, on

CALCINOSIS_CUTIS = "Calcinosis cutis"


def add_patient(entries: Entries, patient: Patient) -> Reference:
    """The Patient: MRN, name, administrative gender (CalciTrack's four sex codes are FHIR's),
    birth date; an archived patient is not ``active``."""
    resource = FhirPatient(
        identifier=[
            Identifier(
                use="usual",
                type=concept(coding(IDENTIFIER_TYPE, "MR", "Medical record number")),
                system=LOCAL_SYSTEMS["mrn"],
                value=patient.mrn,
            )
        ],
        active=not patient.archived,
        name=[
            HumanName(
                use="official",
                family=patient.family_name,
                given=[patient.given_name],
                text=f"{patient.given_name} {patient.family_name}",
            )
        ],
        gender=patient.sex.value,
        birthDate=patient.date_of_birth,
    )
    return entries.add(resource, patient.display_name)


def _condition(subject: Reference, code: CodeableConcept, onset: date | None) -> Condition:
    return Condition(
        clinicalStatus=concept(coding(CONDITION_CLINICAL, "active", "Active")),
        verificationStatus=concept(coding(CONDITION_VERIFICATION, "confirmed", "Confirmed")),
        category=[concept(coding(CONDITION_CATEGORY, "problem-list-item", "Problem List Item"))],
        code=code,
        subject=subject,
        onsetDateTime=on(onset) if onset is not None else None,
    )


def add_conditions(entries: Entries, patient: Patient, subject: Reference) -> None:
    disease = patient.underlying_disease
    snomed = DISEASE_SNOMED.get(disease)
    codings = [coding(SNOMED, snomed, disease.english_label)] if snomed else []
    code = concept(*codings, text=disease.english_label)
    entries.add(_condition(subject, code, patient.disease_diagnosed_on), disease.english_label)
    kind = patient.calcinosis_type.english_label.lower()
    code = concept(
        coding(ICD10, ICD10_CALCINOSIS_CUTIS, CALCINOSIS_CUTIS),
        text=f"{CALCINOSIS_CUTIS} ({kind})",
    )
    entries.add(_condition(subject, code, patient.calcinosis_onset_on), CALCINOSIS_CUTIS)
