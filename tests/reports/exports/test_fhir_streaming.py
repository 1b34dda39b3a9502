"""The FHIR Bundle written one patient at a time: the file is still one Bundle that validates,
with every reference inside it and each Practitioner once; a bad value in the last patient
leaves the old file whole; progress is told per patient."""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from calcitrack.domain.entities import PatientChart
from calcitrack.reports.exports.fhir_writer import FhirBundleError, FhirWriter
from calcitrack.reports.interop.fhir_bundle import build_bundle
from tests.reports.interop.fhir_support import NOW, references, resources, unresolved
from tests.support.sample_chart import sample_chart


def _three() -> list[PatientChart]:
    return [sample_chart("A-1"), sample_chart("B-2", "Ortiz"), sample_chart("C-3", "Silva")]


def _counter() -> Callable[[], str]:
    numbers = itertools.count(1)
    return lambda: f"urn:uuid:00000000-0000-4000-8000-{next(numbers):012d}"


def _bad(chart: PatientChart) -> PatientChart:
    broken = dataclasses.replace(chart.visits[0], weight_kg=float("inf"))
    return dataclasses.replace(chart, visits=(broken, *chart.visits[1:]))


def test_the_streamed_file_is_one_bundle_with_every_reference_inside(tmp_path: Path) -> None:
    path = tmp_path / "bundle.json"
    FhirWriter().write(iter(_three()), path)  # any iterable: the service hands a lazy one
    text = path.read_text(encoding="utf-8")
    bundle = Bundle.model_validate_json(text)
    assert bundle.type == "collection" and bundle.timestamp is not None
    raw = json.loads(text)
    assert [p["identifier"][0]["value"] for p in resources(raw, "Patient")] == [
        "A-1", "B-2", "C-3"
    ]  # fmt: skip
    assert unresolved(raw) == set()
    full_urls = [e["fullUrl"] for e in raw["entry"]]
    assert len(full_urls) == len(set(full_urls))


def test_the_streamed_file_is_the_whole_bundle_models_dump(tmp_path: Path) -> None:
    path = tmp_path / "bundle.json"
    FhirWriter(now=lambda: NOW, new_id=_counter()).write(_three(), path)
    whole = build_bundle(_three(), now=NOW, new_id=_counter()).model_dump_json() + "\n"
    assert path.read_text(encoding="utf-8") == whole


def test_a_practitioner_seen_by_every_patient_is_in_the_bundle_once(tmp_path: Path) -> None:
    path = tmp_path / "bundle.json"
    FhirWriter().write(_three(), path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    people = [e for e in raw["entry"] if e["resource"]["resourceType"] == "Practitioner"]
    assert [p["resource"]["name"][0]["text"] for p in people] == ["Nurse Åsa"]
    encounters = resources(raw, "Encounter")
    assert len(encounters) == 6  # two visits each, all with the same nurse
    assert {r for e in encounters for r in references(e["participant"])} == {people[0]["fullUrl"]}


def test_a_bad_value_in_the_last_patient_leaves_the_old_file_whole(tmp_path: Path) -> None:
    charts = _three()
    charts[-1] = _bad(charts[-1])
    path = tmp_path / "bundle.json"
    path.write_text("the old file", encoding="utf-8")
    with pytest.raises(FhirBundleError, match=r"patient C-3: Quantity\.value"):
        FhirWriter().write(charts, path)
    assert path.read_text(encoding="utf-8") == "the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.json"]


def test_progress_is_told_per_patient(tmp_path: Path) -> None:
    told: list[tuple[int, int]] = []
    FhirWriter().write(_three(), tmp_path / "b.json", lambda done, of: told.append((done, of)))
    assert told == [(1, 3), (2, 3), (3, 3)]


def test_no_patient_is_a_bundle_without_entries() -> None:
    text = FhirWriter(now=lambda: NOW).text([])
    assert text == build_bundle([], now=NOW).model_dump_json() + "\n"
    assert Bundle.model_validate_json(text).entry is None
