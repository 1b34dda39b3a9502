"""Lesions and what was measured of them: a BodyStructure per lesion (its label as identifier,
the body site and laterality as local codes, active while the lesion is), an Observation per
measurement at a visit (``focus`` the BodyStructure; longest diameter, width and depth in mm and
the ellipse area in mm² as components, and the lesion's signs as yes/no components), and an
Observation per range-of-motion measurement (degrees). All codes here are CalciTrack's own:
SNOMED CT body-structure codes are not verified."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from fhir.resources.R4B.bodystructure import BodyStructure
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.identifier import Identifier
from fhir.resources.R4B.observation import Observation, ObservationComponent
from fhir.resources.R4B.reference import Reference

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import Laterality, LesionStatus
from calcitrack.domain.entities import Lesion, LesionMeasurement, RomMeasurement, Visit
from calcitrack.reports.interop.fhir_codes import (
    LOCAL_SYSTEMS,
    LocalObservation,
    category,
    coding,
    concept,
    local,
    local_concept,
    observation,
    ucum,
)
from calcitrack.reports.interop.fhir_entries import Entries, on

_SIGNS = (
    ("ulcerated", LocalObservation.ULCERATED),
    ("extrusion", LocalObservation.EXTRUSION),
    ("infected", LocalObservation.INFECTED),
    ("tender", LocalObservation.TENDER),
    ("inflamed", LocalObservation.INFLAMED),
)


def body_site(code: str, laterality: Laterality | None = None) -> CodeableConcept:
    """A body site as a local code (text: its name, and the side when given)."""
    site = BODY_SITES.get(code)
    name = site.english_name if site else code
    text = f"{name} ({laterality.english_label.lower()})" if laterality else name
    return concept(coding(LOCAL_SYSTEMS["body-site"], code, name), text=text)


def add_lesions(
    entries: Entries, lesions: Sequence[Lesion], subject: Reference
) -> dict[str, Reference]:
    """A BodyStructure per lesion; their references by lesion label."""
    refs = {}
    for lesion in lesions:
        status = f"{lesion.status.english_label}"
        if lesion.status_changed_on is not None:
            status += f" since {lesion.status_changed_on.isoformat()}"
        description = f"Lesion {lesion.label}, first seen {lesion.first_seen_on.isoformat()}; "
        description += status + (f". {lesion.notes}" if lesion.notes else "")
        refs[lesion.label] = entries.add(
            BodyStructure(
                identifier=[Identifier(use="usual", value=lesion.label)],
                active=lesion.status is LesionStatus.ACTIVE,
                morphology=concept(local("observation", LocalObservation.LESION),
                                   text="Calcinosis cutis lesion"),
                location=body_site(lesion.body_site),
                locationQualifier=[local_concept("laterality", lesion.laterality)],
                description=description,
                patient=subject,
            ),
            f"Lesion {lesion.label}",
        )  # fmt: skip
    return refs


def _measurement(
    m: LesionMeasurement, visit: Visit, focus: Reference, subject: Reference, encounter: Reference
) -> Observation:
    sizes = [
        (LocalObservation.LONGEST, m.longest_mm, "mm"),
        (LocalObservation.WIDTH, m.width_mm, "mm"),
        (LocalObservation.DEPTH, m.depth_mm, "mm"),
        (LocalObservation.AREA, m.area_mm2, "mm2"),
    ]
    parts = [
        ObservationComponent(code=observation(member), valueQuantity=ucum(value, unit))
        for member, value, unit in sizes
        if value is not None
    ]
    parts += [
        ObservationComponent(code=observation(member), valueBoolean=getattr(m, name))
        for name, member in _SIGNS
    ]
    return Observation(
        status="final",
        category=category("exam", "Exam"),
        code=observation(LocalObservation.LESION_SIZE),
        subject=subject,
        encounter=encounter,
        focus=[focus],
        effectiveDateTime=on(visit.visit_date),
        method=local_concept("measurement-method", m.method),
        component=parts,
    )


def add_lesion_measurements(
    entries: Entries,
    visit: Visit,
    lesions: Mapping[str, Reference],
    subject: Reference,
    encounter: Reference,
) -> None:
    for m in visit.lesion_measurements:
        entries.add(_measurement(m, visit, lesions[m.lesion_label], subject, encounter))


def add_rom(
    entries: Entries, visit: Visit, subject: Reference, encounter: Reference
) -> None:
    for rom in visit.rom:
        entries.add(_rom(rom, visit, subject, encounter))


def _rom(
    rom: RomMeasurement, visit: Visit, subject: Reference, encounter: Reference
) -> Observation:
    movement = rom.movement.replace("_", " ")
    return Observation(
        status="final",
        category=category("exam", "Exam"),
        code=concept(local("observation", LocalObservation.ROM),
                     text=f"Range of motion: {rom.joint} {movement}"),
        subject=subject,
        encounter=encounter,
        effectiveDateTime=on(visit.visit_date),
        bodySite=concept(text=f"{rom.joint} ({rom.side.english_label.lower()})"),
        valueQuantity=ucum(rom.degrees, "deg", "°"),
    )  # fmt: skip
