"""``calcitrack report --photos``: the demo clinic (with its drawn lesion pictures) gives a PDF
with each lesion's baseline and current picture; ``--photos`` goes with one visit (--mrn)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN
from tests.cli.test_cli import calcitrack
from tests.support.accounts import open_signed_in


def test_report_photos_from_the_demo_clinic(tmp_path: Path, calcitrack_home: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    done = calcitrack("demo", "--db", str(db), home=calcitrack_home)
    assert done.returncode == 0, done.stderr
    open_signed_in(str(db)).close()
    with_photos, without = tmp_path / "photos.pdf", tmp_path / "plain.pdf"

    done = calcitrack("report", "--db", str(db), "--mrn", DEMO_DM_MRN, "--photos",
                      "-o", str(with_photos), home=calcitrack_home)  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = calcitrack("report", "--db", str(db), "--mrn", DEMO_DM_MRN,
                      "-o", str(without), home=calcitrack_home)  # fmt: skip
    assert done.returncode == 0, done.stderr

    reader = PdfReader(with_photos)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Lesion photographs" in text and "Lesion R hip" in text and "Lesion L hip" in text
    assert len([i for p in reader.pages for i in p.images]) == 4  # two lesions, two each
    plain = PdfReader(without)
    assert "Lesion photographs" not in " ".join(page.extract_text() for page in plain.pages)


def test_photos_go_with_one_visit(tmp_path: Path, calcitrack_home: Path) -> None:
    db = tmp_path / "x.sqlite3"
    open_signed_in(str(db)).close()
    done = calcitrack("report", "--db", str(db), "--date", "2025-01-13",
                      "--out-dir", str(tmp_path), "--photos", home=calcitrack_home)  # fmt: skip
    assert done.returncode != 0
    assert "--photos go with --mrn, not --date" in done.stderr
