"""``calcitrack export --format fhir`` as a user runs it: a Bundle that validates, to a file or
standard output; options of the CSV export refused by name; an unknown MRN or a file that
cannot be written is a message and nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, DEMO_SSC_MRN
from tests.cli.test_cli import calcitrack
from tests.cli.test_outcomes_cli import refuse_export_entries
from tests.support.accounts import open_signed_in


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo clinic for the module (the exports only read it and add audit entries)."""
    folder = tmp_path_factory.mktemp("fhir-demo")
    db = folder / "demo.sqlite3"
    done = calcitrack("demo", "--db", str(db), home=folder / "home")
    assert done.returncode == 0, done.stderr
    open_signed_in(str(db)).close()  # the test account, as in every command-line test
    return db


def test_all_patients_to_a_file(demo_db: Path, tmp_path: Path, calcitrack_home: Path) -> None:
    out = tmp_path / "bundle.json"
    done = calcitrack("export", "--format", "fhir", "--db", str(demo_db), "--all", "-o",
                      str(out), home=calcitrack_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"exported 5 patients as a FHIR R4 Bundle to {out}" in done.stderr
    bundle = Bundle.model_validate_json(out.read_text(encoding="utf-8"))
    patients = [e for e in bundle.entry or [] if e.resource.get_resource_type() == "Patient"]
    assert len(patients) == 5
    assert out.stat().st_mode & 0o777 == 0o600


def test_one_patient_to_standard_output(demo_db: Path, calcitrack_home: Path) -> None:
    done = calcitrack("export", "--format", "fhir", "--db", str(demo_db), "--mrn",
                      DEMO_SSC_MRN, home=calcitrack_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    bundle = Bundle.model_validate_json(done.stdout)
    (patient,) = [e.resource for e in bundle.entry or []
                  if e.resource.get_resource_type() == "Patient"]  # fmt: skip
    assert patient.identifier[0].value == DEMO_SSC_MRN


@pytest.mark.parametrize("option", [["--pseudonymise"], ["--out-dir", "somewhere"]])
def test_csv_options_are_refused_by_name(
    option: list[str], demo_db: Path, tmp_path: Path, calcitrack_home: Path
) -> None:
    out = tmp_path / "bundle.json"
    done = calcitrack("export", "--format", "fhir", "--db", str(demo_db), "--all", "-o",
                      str(out), *option, home=calcitrack_home)  # fmt: skip
    assert done.returncode == 2
    assert f"{option[0]}: not for --format fhir" in done.stderr
    assert not out.exists() and not (Path.cwd() / "somewhere").exists()


def test_unknown_mrn_is_a_message_and_nothing_is_written(
    demo_db: Path, tmp_path: Path, calcitrack_home: Path
) -> None:
    out = tmp_path / "bundle.json"
    done = calcitrack("export", "--format", "fhir", "--db", str(demo_db), "--mrn", DEMO_RA_MRN,
                      "--mrn", "NOPE-1", "-o", str(out), home=calcitrack_home)  # fmt: skip
    assert done.returncode == 1
    assert "no patient with MRN 'NOPE-1'" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists() and list(tmp_path.glob("*.tmp")) == []


def test_a_file_that_cannot_be_written_is_refused_before_any_work(
    demo_db: Path, tmp_path: Path, calcitrack_home: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    done = calcitrack("export", "--format", "fhir", "--db", str(demo_db), "--all", "-o",
                      str(blocker / "bundle.json"), home=calcitrack_home)  # fmt: skip
    assert done.returncode == 2
    assert f"-o {blocker / 'bundle.json'}" in done.stderr and "is a file" in done.stderr
    assert blocker.read_text(encoding="utf-8") == "x"
    assert [p for p in tmp_path.rglob("*") if p.suffix in {".json", ".tmp"}] == []


def test_with_summaries_from_the_command_line(
    demo_db: Path, tmp_path: Path, calcitrack_home: Path
) -> None:
    out = tmp_path / "bundle.json"
    done = calcitrack("export", "--format", "fhir", "--db", str(demo_db), "--mrn", DEMO_RA_MRN,
                      "--with-summaries", "-o", str(out), home=calcitrack_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    bundle = Bundle.model_validate_json(out.read_text(encoding="utf-8"))
    documents = [e.resource for e in bundle.entry or []
                 if e.resource.get_resource_type() == "DocumentReference"]  # fmt: skip
    encounters = [e for e in bundle.entry or [] if e.resource.get_resource_type() == "Encounter"]
    assert documents and len(documents) == len(encounters)
    assert all(d.content[0].attachment.data.startswith(b"%PDF-") for d in documents)


def test_a_bundle_the_trail_cannot_record_leaves_no_file(
    demo_db: Path, tmp_path: Path, calcitrack_home: Path
) -> None:
    """Recorded before the file is renamed into place: no Bundle the trail does not show."""
    db = tmp_path / "clinic.sqlite3"
    shutil.copyfile(demo_db, db)
    refuse_export_entries(f"sqlite:///{db}")
    out = tmp_path / "bundle.json"
    done = calcitrack("export", "--format", "fhir", "--db", str(db), "--mrn", DEMO_RA_MRN,
                      "-o", str(out), home=calcitrack_home)  # fmt: skip
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert not out.exists() and list(tmp_path.glob(".*.tmp")) == []
