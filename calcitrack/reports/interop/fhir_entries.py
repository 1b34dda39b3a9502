"""The entries of a Bundle being built: each resource gets a ``urn:uuid`` fullUrl, and every
reference between resources is one of those fullUrls (FHIR R4 Bundle rules,
https://hl7.org/fhir/R4/bundle.html#references), so the Bundle stands on its own."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import cast

from fhir.resources.R4B.humanname import HumanName
from fhir.resources.R4B.practitioner import Practitioner
from fhir.resources.R4B.reference import Reference
from fhir.resources.R4B.resource import Resource

NewId = Callable[[], str]
"""A new fullUrl each call (``urn:uuid:<uuid4>``; tests may pass a counter)."""


def new_urn() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


@dataclass
class Entries:
    """The resources of a Bundle in the order added, each with its fullUrl."""

    new_id: NewId = new_urn
    added: list[tuple[str, Resource]] = field(default_factory=list)
    _people: dict[str, Reference] = field(default_factory=dict)

    def add(self, resource: Resource, display: str | None = None) -> Reference:
        """Add ``resource``; the reference other resources use to point at it."""
        full_url = self.new_id()
        self.added.append((full_url, resource))
        return Reference(reference=full_url, display=display or None)

    def take(self) -> list[tuple[str, Resource]]:
        """The resources added since the last ``take`` (and forget them): a Bundle written one
        patient at a time holds one patient's resources, while the Practitioners already added
        stay known by name, each in the Bundle once, referenced by every later patient."""
        taken, self.added = self.added, []
        return taken

    def practitioner(self, name: str | None) -> Reference | None:
        """The Practitioner named ``name`` (one per name in the Bundle; None for no name)."""
        name = (name or "").strip()
        if not name:
            return None
        if name not in self._people:
            person = Practitioner(name=[HumanName(text=name)])
            self._people[name] = self.add(person, name)
        return self._people[name]


def on(day: date) -> datetime:
    """``day`` for a dateTime element: FHIR's dateTime takes a bare date (``YYYY-MM-DD``), and
    fhir-core validates and writes a ``date`` so; its annotation names ``datetime`` only, which
    would invent a time of day, hence the cast."""
    return cast("datetime", day)
