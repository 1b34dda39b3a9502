"""Writing the FHIR Bundle: validated before a byte is written, private, atomic."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from calcitrack.reports.exports.fhir_writer import FhirBundleError, FhirWriter
from tests.support.sample_chart import sample_chart


def test_writes_a_private_bundle_that_validates(tmp_path: Path) -> None:
    path = tmp_path / "bundle.json"
    FhirWriter().write([sample_chart("A-1"), sample_chart("B-2", "Ortiz")], path)
    bundle = Bundle.model_validate_json(path.read_text(encoding="utf-8"))
    assert bundle.type == "collection" and bundle.entry
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.json"]


def test_a_value_fhir_cannot_carry_writes_nothing_and_names_the_patient(tmp_path: Path) -> None:
    chart = sample_chart("BAD-1")
    broken = dataclasses.replace(chart.visits[0], weight_kg=float("inf"))
    chart = dataclasses.replace(chart, visits=(broken, chart.visits[1]))
    path = tmp_path / "bundle.json"
    path.write_text("the old file", encoding="utf-8")
    with pytest.raises(FhirBundleError, match=r"patient BAD-1: Quantity\.value"):
        FhirWriter().write([sample_chart("OK-1"), chart], path)
    assert path.read_text(encoding="utf-8") == "the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.json"]


def test_a_folder_that_cannot_be_written_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "gone"
    with pytest.raises(OSError):
        FhirWriter().write([sample_chart()], folder / "bundle.json")
    assert not folder.exists()
