"""Reading a built Bundle back in tests: its resources by type and every reference in it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from calcitrack.domain.entities import PatientChart
from calcitrack.reports.interop.fhir_bundle import build_bundle

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def bundle_json(charts: list[PatientChart]) -> dict[str, Any]:
    """The charts' Bundle as a person receives it: written as JSON, validated by fhir.resources
    when read back, then looked at as plain JSON."""
    text = build_bundle(charts, now=NOW).model_dump_json()
    Bundle.model_validate_json(text)
    return json.loads(text)


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle.get("entry", []) if e["resource"]["resourceType"] == kind]


def by_code_text(bundle: dict[str, Any], kind: str, text: str) -> list[dict[str, Any]]:
    return [r for r in resources(bundle, kind) if r.get("code", {}).get("text") == text]


def references(node: Any) -> Iterator[str]:
    """Every ``reference`` anywhere in ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for item in node:
            yield from references(item)


def unresolved(bundle: dict[str, Any]) -> set[str]:
    full_urls = {e["fullUrl"] for e in bundle.get("entry", [])}
    return {ref for ref in references(bundle) if ref not in full_urls}


def codings(concept: dict[str, Any]) -> set[tuple[str, str]]:
    return {(c["system"], c["code"]) for c in concept.get("coding", [])}
