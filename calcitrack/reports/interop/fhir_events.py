"""Encounters (one per visit), Procedures, DiagnosticReports (one per imaging study: CalciTrack
holds the reader's report, not the DICOM study and series UIDs an ImagingStudy describes) and
DocumentReferences (a visit summary PDF, when asked)."""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from datetime import date, datetime

from fhir.resources.R4B.annotation import Annotation
from fhir.resources.R4B.attachment import Attachment
from fhir.resources.R4B.diagnosticreport import DiagnosticReport
from fhir.resources.R4B.documentreference import (
    DocumentReference,
    DocumentReferenceContent,
    DocumentReferenceContext,
)
from fhir.resources.R4B.encounter import Encounter, EncounterParticipant
from fhir.resources.R4B.period import Period
from fhir.resources.R4B.procedure import Procedure as FhirProcedure
from fhir.resources.R4B.procedure import ProcedurePerformer
from fhir.resources.R4B.reference import Reference

from calcitrack.domain.codes import VisitType
from calcitrack.domain.entities import ImagingStudy, Procedure, Visit
from calcitrack.reports.interop.fhir_codes import (
    ACT_CODE,
    LOCAL_SYSTEMS,
    coding,
    concept,
    local_concept,
)
from calcitrack.reports.interop.fhir_entries import Entries, on
from calcitrack.reports.interop.fhir_lesions import body_site

SummaryPdf = Callable[[str, date], tuple[bytes, str]]
"""(MRN, visit date) → (the visit summary PDF, its file name)."""


def add_encounter(entries: Entries, visit: Visit, subject: Reference) -> Reference:
    """A finished Encounter on the visit day: class ambulatory (virtual for a telephone visit),
    the visit type as a local code, the clinician as a participant."""
    telephone = visit.visit_type is VisitType.TELEPHONE
    klass = coding(ACT_CODE, "VR", "virtual") if telephone else coding(ACT_CODE, "AMB",
                                                                       "ambulatory")
    clinician = entries.practitioner(visit.clinician)
    return entries.add(
        Encounter(
            status="finished",
            class_fhir=klass,  # type: ignore[call-arg]  # "class" is a keyword; fields by name work
            type=[local_concept("visit-type", visit.visit_type)],
            subject=subject,
            participant=[EncounterParticipant(individual=clinician)] if clinician else None,
            period=Period(start=on(visit.visit_date), end=on(visit.visit_date)),
        ),
        f"{visit.visit_type.english_label} visit on {visit.visit_date.isoformat()}",
    )  # fmt: skip


def _lesions_text(labels: tuple[str, ...]) -> str:
    return f"Lesions: {', '.join(labels)}" if labels else ""


def add_procedure(
    entries: Entries,
    procedure: Procedure,
    subject: Reference,
    encounters: Mapping[date, Reference],
) -> None:
    operator = entries.practitioner(procedure.operator)
    notes = [text for text in (_lesions_text(procedure.lesion_labels), procedure.notes) if text]
    entries.add(
        FhirProcedure(
            status="completed",
            code=local_concept("procedure-type", procedure.procedure_type),
            subject=subject,
            encounter=encounters.get(procedure.procedure_date),
            performedDateTime=on(procedure.procedure_date),
            performer=[ProcedurePerformer(actor=operator)] if operator else None,
            bodySite=[body_site(procedure.body_site, procedure.laterality)],
            outcome=local_concept("procedure-outcome", procedure.outcome),
            complication=[concept(text=procedure.complications)]
            if procedure.complications
            else None,
            note=[Annotation(text=text) for text in notes] or None,
        )
    )


def add_imaging(
    entries: Entries,
    study: ImagingStudy,
    subject: Reference,
    encounters: Mapping[date, Reference],
) -> None:
    """The study's findings as the conclusion (with the lesions it shows and the body site), the
    reader's verdict against the previous comparable study as a local conclusion code."""
    reader = entries.practitioner(study.reader)
    where = body_site(study.body_site, study.laterality).text
    conclusion = "\n".join(
        text for text in (study.findings, f"Site: {where}", _lesions_text(study.lesion_labels))
        if text
    )  # fmt: skip
    entries.add(
        DiagnosticReport(
            status="final",
            code=local_concept("imaging-modality", study.modality),
            subject=subject,
            encounter=encounters.get(study.study_date),
            effectiveDateTime=on(study.study_date),
            resultsInterpreter=[reader] if reader else None,
            conclusion=conclusion,
            conclusionCode=[local_concept("imaging-verdict", study.verdict)]
            if study.verdict
            else None,
        )
    )


def add_summary(
    entries: Entries,
    pdf: bytes,
    file_name: str,
    visit: Visit,
    subject: Reference,
    encounter: Reference,
    made_at: datetime,
    signed: bool = False,
) -> None:
    """The visit summary PDF as a DocumentReference attached in full (base64). ``docStatus``
    (composition-status) says whether a physician has signed the visit: "final" ("complete and
    verified by an appropriate person") when ``signed`` (a signature that still holds), else
    "preliminary" ("the content may be incomplete or unverified")."""
    entries.add(
        DocumentReference(
            status="current",
            docStatus="final" if signed else "preliminary",
            type=concept(coding(LOCAL_SYSTEMS["document-type"], "visit-summary",
                                "Visit summary"), text="Visit summary"),
            subject=subject,
            date=made_at,
            description=f"Visit summary, {visit.visit_date.isoformat()}",
            content=[DocumentReferenceContent(attachment=Attachment(
                contentType="application/pdf",
                data=base64.b64encode(pdf),
                title=file_name,
                creation=made_at,
            ))],
            context=DocumentReferenceContext(encounter=[encounter]),
        )
    )  # fmt: skip
