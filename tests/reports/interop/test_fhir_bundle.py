"""The FHIR R4 Bundle of whole clinics: it validates with fhir.resources, every reference
resolves inside it, and nothing in reports/interop writes FHIR JSON by hand."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import calcitrack.reports.interop as interop
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.demo.synthetic_clinic import synthetic_charts
from tests.reports.interop.fhir_support import bundle_json, resources, unresolved


def test_demo_clinic_bundle_validates_and_references_resolve() -> None:
    charts = demo_charts()
    bundle = bundle_json(charts)
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    assert unresolved(bundle) == set()
    kinds = Counter(e["resource"]["resourceType"] for e in bundle["entry"])
    assert kinds["Patient"] == len(charts)
    assert kinds["Condition"] == 2 * len(charts)
    assert kinds["Encounter"] == sum(len(c.visits) for c in charts)
    assert kinds["BodyStructure"] == sum(len(c.lesions) for c in charts)
    assert kinds["MedicationStatement"] == sum(len(c.medications) for c in charts)
    assert kinds["Procedure"] == sum(len(c.procedures) for c in charts)
    assert kinds["DiagnosticReport"] == sum(len(c.imaging) for c in charts)
    assert len({e["fullUrl"] for e in bundle["entry"]}) == len(bundle["entry"])
    assert all(re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", e["fullUrl"]) for e in bundle["entry"])


def test_synthetic_clinic_bundle_validates_and_references_resolve() -> None:
    charts = list(synthetic_charts(50, seed=19))
    bundle = bundle_json(charts)
    assert unresolved(bundle) == set()
    assert len(resources(bundle, "Patient")) == 50
    lab_count = sum(len(c.labs) for c in charts)
    labs = [o for o in resources(bundle, "Observation")
            if o["category"][0]["coding"][0]["code"] == "laboratory"]  # fmt: skip
    assert len(labs) == lab_count
    measured = sum(len(v.lesion_measurements) for c in charts for v in c.visits)
    sizes = [o for o in resources(bundle, "Observation") if "focus" in o]
    assert len(sizes) == measured


def test_no_hand_written_fhir_json_in_interop() -> None:
    folder = Path(interop.__file__).parent
    modules = sorted(folder.glob("*.py"))
    assert any(m.name == "fhir_bundle.py" for m in modules)
    for module in modules:
        assert "resourceType" not in module.read_text(encoding="utf-8"), module.name
