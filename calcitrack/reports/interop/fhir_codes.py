"""The code systems of the FHIR export and the few codes it uses that are not in the project's
code lists (docs/fhir-export.md has the whole mapping).

Standard systems (HL7 "Using Codes in resources", terminologies registry,
https://hl7.org/fhir/r4/namingsystem-terminologies.html): SNOMED CT, LOINC and UCUM; ATC and
ICD-10 as published implementation guides name them. Every code comes from a list that cites its
source: diseases from ``domain.codes.DISEASE_SNOMED`` (and none otherwise), ICD-10 from
``codes.ICD10_CALCINOSIS_CUTIS``, labs from ``domain.laboratory``, drugs from
``domain.medications.drugs``, and the vital-sign and score LOINC codes below, each with where it
was checked. Anything not verified goes as text or as a CalciTrack-local code: a local
CodeSystem per list, named by a fixed ``urn:uuid`` (CalciTrack has no web domain to mint URLs
under; FHIR allows a urn:uuid as a system URI), with ``display`` = the list's label.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.quantity import Quantity

from calcitrack.domain.codes import CodedEnum

SNOMED: Final = "http://snomed.info/sct"
LOINC: Final = "http://loinc.org"
UCUM: Final = "http://unitsofmeasure.org"
ATC: Final = "http://www.whocc.no/atc"
ICD10: Final = "http://hl7.org/fhir/sid/icd-10"

# HL7 terminology (THO) code systems the resources' own bindings name.
OBSERVATION_CATEGORY: Final = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDITION_CLINICAL: Final = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION: Final = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CATEGORY: Final = "http://terminology.hl7.org/CodeSystem/condition-category"
ACT_CODE: Final = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
IDENTIFIER_TYPE: Final = "http://terminology.hl7.org/CodeSystem/v2-0203"

# CalciTrack's own lists, one fixed system URI each (never change one: receivers key on it).
LOCAL_SYSTEMS: Final[dict[str, str]] = {
    "mrn": "urn:uuid:2323dbf9-17c7-47d2-986c-47299059fae5",
    "underlying-disease": "urn:uuid:d83da88b-072d-4a33-852e-9adde0b17490",
    "calcinosis-type": "urn:uuid:13007f84-b78a-4a91-86e8-c622d421ddb5",
    "visit-type": "urn:uuid:7d4cb8cb-1082-425a-a6bb-cb4ff641f8b8",
    "observation": "urn:uuid:cfe5d89f-3b21-43d7-9a55-ba050a7b819f",
    "laterality": "urn:uuid:37bc4a25-fc64-4d9f-a4e7-3e1120bdb80b",
    "measurement-method": "urn:uuid:d7e9a19a-dd5c-481a-923d-0fdfa9729f22",
    "drug": "urn:uuid:66505341-b7e7-4318-b52c-41e5fbcddb24",
    "route": "urn:uuid:9bdceef9-76ae-4564-8433-bcb70423890f",
    "imaging-modality": "urn:uuid:799d2924-bb12-4e75-bff1-259ac3595adc",
    "imaging-verdict": "urn:uuid:b4eedab0-5362-44b2-8b7f-f38b0892c9f0",
    "procedure-type": "urn:uuid:b7d7a729-dc68-4d04-b8a3-41916acffc1f",
    "procedure-outcome": "urn:uuid:578eebbb-f67a-45e3-8200-aae786fc4dd4",
    "lesion-status": "urn:uuid:719acd9b-fe94-489c-bf0d-1dd0826de591",
    "body-site": "urn:uuid:1d6832a9-1281-4968-916a-8991cfb530bb",
    "document-type": "urn:uuid:4e3ef047-4136-4006-8b22-148a13497222",
}
"""The MRN identifier system is the clinic's: CalciTrack does not know the hospital's own
namespace, so the receiving system maps it."""


class LocalObservation(CodedEnum):
    """CalciTrack's own observation codes (the ``observation`` system): no verified LOINC code
    fits them (DAS28 has none; LOINC's patient/evaluator globals are 0–10 scales, ours are 0–100
    mm), or they are CalciTrack's own measurements of a lesion."""

    DAS28_ESR = "das28-esr", "DAS28-ESR"
    DAS28_CRP = "das28-crp", "DAS28-CRP"
    PATIENT_GLOBAL = "patient-global-mm", "Patient global assessment (0-100 mm)"
    EVALUATOR_GLOBAL = "evaluator-global-mm", "Evaluator global assessment (0-100 mm)"
    LESION_SIZE = "lesion-size", "Calcinosis lesion size"
    LONGEST = "longest-diameter", "Longest diameter"
    WIDTH = "width", "Width (perpendicular to the longest diameter)"
    DEPTH = "depth", "Depth"
    AREA = "area", "Area (ellipse)"
    ULCERATED = "ulcerated", "Ulcerated"
    EXTRUSION = "extrusion", "Extruding calcium"
    INFECTED = "infected", "Infected"
    TENDER = "tender", "Tender"
    INFLAMED = "inflamed", "Inflamed"
    ROM = "range-of-motion", "Range of motion"
    LESION = "calcinosis-lesion", "Calcinosis cutis lesion"
    IMAGING = "imaging-study", "Imaging study"


# LOINC codes of the vital signs: the FHIR R4 vital-signs profile's value set
# (https://hl7.org/fhir/R4/valueset-observation-vitalsignresult.html).
LOINC_WEIGHT: Final = ("29463-7", "Body weight")
LOINC_HEIGHT: Final = ("8302-2", "Body height")
LOINC_HEART_RATE: Final = ("8867-4", "Heart rate")
LOINC_BP_PANEL: Final = ("85354-9", "Blood pressure panel with all children optional")
LOINC_SYSTOLIC: Final = ("8480-6", "Systolic blood pressure")
LOINC_DIASTOLIC: Final = ("8462-4", "Diastolic blood pressure")
# Pain NRS: HL7 Belgium Patient Monitoring IG, ValueSet pain-scale ("Pain severity - 0-10 verbal
# numeric rating", https://loinc.org/72514-3).
LOINC_PAIN: Final = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
# CDAI and SDAI totals and the 28-joint counts: members of the CDAI and SDAI panels
# (https://loinc.org/75842-5, https://loinc.org/75843-3).
LOINC_CDAI: Final = ("75847-4", "Clinical disease activity index [CDAI] total score")
LOINC_SDAI: Final = ("75845-8", "Simplified disease activity index [SDAI] total score")
LOINC_TENDER_28: Final = ("88981-6", "Tender joint count total [#] in 28 joints")
LOINC_SWOLLEN_28: Final = ("88980-8", "Swollen joint count total [#] in 28 joints")


def coding(system: str, code: str, display: str | None = None) -> Coding:
    return Coding(system=system, code=code, display=display or None)


def concept(*codings: Coding, text: str | None = None) -> CodeableConcept:
    """A CodeableConcept of ``codings`` (none: text only)."""
    return CodeableConcept(coding=list(codings) or None, text=text or None)


def loinc(pair: tuple[str, str], text: str | None = None) -> CodeableConcept:
    return concept(coding(LOINC, pair[0], pair[1]), text=text or pair[1])


def local(system: str, member: CodedEnum) -> Coding:
    """``member`` of one of CalciTrack's lists, in its local system."""
    return coding(LOCAL_SYSTEMS[system], member.value, member.english_label)


def local_concept(system: str, member: CodedEnum) -> CodeableConcept:
    return concept(local(system, member), text=member.english_label)


def observation(member: LocalObservation) -> CodeableConcept:
    return local_concept("observation", member)


def category(code: str, display: str) -> list[CodeableConcept]:
    return [concept(coding(OBSERVATION_CATEGORY, code, display))]


def ucum(value: float, unit: str, shown: str | None = None) -> Quantity:
    """``value`` in the UCUM ``unit`` (``shown``: what a person reads, default the code)."""
    return Quantity(value=decimal(value), unit=shown or unit, system=UCUM, code=unit)


def decimal(value: float) -> Decimal:
    """``value`` as FHIR's decimal, digit for digit as Python writes it (0.1 stays 0.1)."""
    return Decimal(repr(value))

