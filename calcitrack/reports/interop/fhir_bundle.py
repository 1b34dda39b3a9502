"""A FHIR R4 Bundle (type ``collection``) of whole patient charts, built only with
``fhir.resources.R4B`` models (FHIR 4.3.0).

R4B keeps R4's structure for every resource used here — Patient, Condition, Encounter,
Observation, BodyStructure, MedicationStatement, Procedure, DiagnosticReport, DocumentReference,
Practitioner, Bundle: HL7 changed only the medication-definition, evidence and subscription
modules in R4B (https://hl7.org/fhir/R4B/r4b-explanation.html; R4B's R3 maps page notes that none
of the resources changed in R4B existed in R3, and all of ours did), so the JSON is read as R4.

Every reference is another entry's ``urn:uuid`` fullUrl: the Bundle stands on its own. The
mapping, field by field, is in docs/fhir-export.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from fhir.resources.R4B.bundle import Bundle, BundleEntry
from fhir.resources.R4B.reference import Reference
from fhir.resources.R4B.resource import Resource

from calcitrack.domain.entities import LabResult, PatientChart
from calcitrack.reports.interop import (
    fhir_events,
    fhir_lesions,
    fhir_medications,
    fhir_observations,
    fhir_patient,
)
from calcitrack.reports.interop.fhir_entries import Entries, NewId, new_urn
from calcitrack.reports.interop.fhir_events import SummaryPdf


def build_bundle(
    charts: Iterable[PatientChart],
    *,
    now: datetime,
    summaries: SummaryPdf | None = None,
    new_id: NewId = new_urn,
) -> Bundle:
    """The Bundle of ``charts``, whole in memory (the export streams it, one
    ``patient_bundle`` at a time: ``reports.exports.fhir_writer``); with ``summaries``, each
    visit's summary PDF is attached as a DocumentReference. ``now`` (with its time zone) is the
    Bundle's timestamp."""
    entries = Entries(new_id)
    for chart in charts:
        add_chart(entries, chart, now=now, summaries=summaries)
    return Bundle(type="collection", timestamp=now, entry=_entries(entries.take()) or None)


def envelope(now: datetime) -> Bundle:
    """The Bundle without its entries: what a streamed Bundle's entries are spliced into."""
    return Bundle(type="collection", timestamp=now)


def patient_bundle(
    entries: Entries, chart: PatientChart, *, now: datetime, summaries: SummaryPdf | None
) -> Bundle:
    """The entries ``chart`` adds to the Bundle being built with ``entries``, as a Bundle of
    their own (type collection) to validate them: a Practitioner already added for an earlier
    patient is referenced, not repeated, so a reference may point outside this part."""
    add_chart(entries, chart, now=now, summaries=summaries)
    return Bundle(type="collection", entry=_entries(entries.take()) or None)


def _entries(added: list[tuple[str, Resource]]) -> list[BundleEntry]:
    return [BundleEntry(fullUrl=url, resource=resource) for url, resource in added]


def add_chart(
    entries: Entries, chart: PatientChart, *, now: datetime, summaries: SummaryPdf | None
) -> None:
    patient = chart.patient
    subject = fhir_patient.add_patient(entries, patient)
    fhir_patient.add_conditions(entries, patient, subject)
    visits = sorted(chart.visits, key=lambda v: v.visit_date)
    encounters: dict[date, Reference] = {
        v.visit_date: fhir_events.add_encounter(entries, v, subject) for v in visits
    }
    lab_refs = fhir_observations.add_labs(entries, chart.labs, subject, encounters)
    by_day: dict[date, list[LabResult]] = defaultdict(list)
    for result in chart.labs:
        by_day[result.collected_on].append(result)
    lesions = fhir_lesions.add_lesions(entries, chart.lesions, subject)
    for visit in visits:
        encounter = encounters[visit.visit_date]
        fhir_observations.add_visit_observations(
            entries, visit, by_day.get(visit.visit_date, []), lab_refs, subject, encounter
        )
        fhir_lesions.add_lesion_measurements(entries, visit, lesions, subject, encounter)
        fhir_lesions.add_rom(entries, visit, subject, encounter)
    fhir_medications.add_medications(entries, chart.medications, subject)
    for procedure in chart.procedures:
        fhir_events.add_procedure(entries, procedure, subject, encounters)
    for study in chart.imaging:
        fhir_events.add_imaging(entries, study, subject, encounters)
    if summaries is not None:
        for visit in visits:
            pdf, name = summaries(patient.mrn, visit.visit_date)
            signature = chart.signature_of(visit.id)
            fhir_events.add_summary(
                entries, pdf, name, visit, subject, encounters[visit.visit_date], now,
                signed=signature is not None and not signature.invalid,
            )
