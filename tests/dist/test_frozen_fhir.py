"""The frozen application exports a FHIR R4 Bundle: fhir-core loads the R4B model classes by
dotted name, which PyInstaller cannot see (packaging/calcitrack.spec collects them), so only a
run of the frozen executable shows that they are all inside. Runs with CALCITRACK_TEST_DIST=1,
as the rest of tests/dist."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle as FhirBundle

from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from tests.dist.bundle import Bundle, environment, run
from tests.dist.test_frozen_bundle import DIST_ENV, SIGNED_IN

pytestmark = pytest.mark.skipif(
    os.environ.get(DIST_ENV) != "1",
    reason=f"builds the PyInstaller bundle (about a minute): set {DIST_ENV}=1 (CI does)",
)


def test_the_frozen_app_exports_a_fhir_bundle_with_summaries(
    bundle: Bundle, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    made = run([bundle.executable, "demo"], environment(home, tmp_path / "tmp"))
    assert made.returncode == 0, made.stderr
    out = tmp_path / "bundle.json"
    done = run(
        [bundle.executable, "export", "--format", "fhir", "--all", "--with-summaries", "-o", out],
        environment(home, tmp_path / "tmp", **SIGNED_IN),
    )
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr
    parsed = FhirBundle.model_validate_json(out.read_text(encoding="utf-8"))
    kinds = [e.resource.get_resource_type() for e in parsed.entry or []]
    charts = demo_charts()
    assert kinds.count("Patient") == len(charts)
    assert kinds.count("DocumentReference") == sum(len(c.visits) for c in charts)
    for kind in ("Condition", "Encounter", "Observation", "BodyStructure",
                 "MedicationStatement", "Procedure", "DiagnosticReport"):  # fmt: skip
        assert kind in kinds, kind
    one = run(
        [bundle.executable, "export", "--format", "fhir", "--mrn", DEMO_RA_MRN],
        environment(home, tmp_path / "tmp", **SIGNED_IN),
    )
    assert one.returncode == 0, one.stderr
    assert FhirBundle.model_validate_json(one.stdout).type == "collection"
