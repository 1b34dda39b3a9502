"""Lesion photographs in the JSON interchange: exported as base64 with their media type, capture
date and caption, imported through the same intake as a file (nothing trusted: metadata stripped
again, the size capped), every problem named by its JSON path, all or nothing."""

from __future__ import annotations

import base64
import copy
import io
import json
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.errors import DomainValidationError
from calcitrack.services.import_export import interchange
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.photographs.photograph_service import PhotographService
from tests.support.accounts import open_signed_in
from tests.support.photos import phone_exif, photo_file
from tests.support.sample_chart import CLINICAL_TABLES, sample_chart

D1, D2 = date(2025, 1, 13), date(2025, 4, 14)
FINGER = "R index finger"


def _counts(clinic: Clinic) -> dict[str, int]:
    with clinic.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in (*CLINICAL_TABLES, "lesion_photographs")
        }


def _photographed(clinic: Clinic, mrn: str = "T-100") -> None:
    ctx = clinic.context()
    ChartService(ctx).add_charts([sample_chart(mrn)])
    chart = PatientService(ctx).chart(mrn)
    d1, d2 = (v.id for v in chart.visits)
    assert d1 is not None and d2 is not None
    service = PhotographService(ctx)
    service.attach(mrn, d1, FINGER, photo_file(60, 40, "PNG"), caption="baseline, dorsal")
    service.attach(mrn, d2, FINGER, photo_file(80, 60, "JPEG", phone_exif(orientation=6)))


def test_photographs_travel_in_the_interchange_and_back(clinic: Clinic, tmp_path: Path) -> None:
    _photographed(clinic)
    first = ChartService(clinic.context()).export_document(["T-100"])
    photos = first["patients"][0]["photographs"]
    assert [(p["lesion"], p["visit_date"], p["media_type"]) for p in photos] == [
        (FINGER, "2025-01-13", "image/png"),
        (FINGER, "2025-04-14", "image/jpeg"),
    ]
    assert photos[0]["caption"] == "baseline, dorsal" and photos[1]["captured_on"] == "2025-04-14"
    stored = PhotographService(clinic.context()).photographs("T-100")
    assert base64.b64decode(photos[0]["data"]) == PhotographService(clinic.context()).image(
        "T-100", stored[0].id or 0
    )

    other = open_signed_in(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        ChartService(other.context()).import_document(json.loads(json.dumps(first)))
        second = ChartService(other.context()).export_document(["T-100"])
        again = PhotographService(other.context()).photographs("T-100")
    finally:
        other.close()
    back = second["patients"][0]["photographs"]
    assert [{k: v for k, v in p.items() if k != "data"} for p in back] == [
        {k: v for k, v in p.items() if k != "data"} for p in photos
    ]
    assert back[0]["data"] == photos[0]["data"]  # a PNG: re-encoded from the same pixels
    assert back[1]["data"] == photos[1]["data"]  # a clean JPEG: kept, not encoded again
    jpeg = Image.open(io.BytesIO(base64.b64decode(back[1]["data"])))
    assert jpeg.format == "JPEG" and jpeg.size == (60, 80)
    assert [(p.width_px, p.height_px, p.thumbnail != b"") for p in again] == [
        (60, 40, True), (60, 80, True)
    ]  # fmt: skip


def test_a_chart_without_photographs_exports_without_the_key_and_older_files_import(
    clinic: Clinic,
) -> None:
    document = interchange.export_document([sample_chart("OLD-1")])
    assert "photographs" not in document["patients"][0]
    ChartService(clinic.context()).import_document(document)
    assert PhotographService(clinic.context()).photographs("OLD-1") == ()


def _document_with(photos: list[dict]) -> dict:
    document = interchange.export_document([sample_chart("IMP-1")])
    document["patients"][0]["photographs"] = photos
    return document


def _item(image: bytes, **changes: object) -> dict:
    item = {
        "lesion": FINGER,
        "visit_date": "2025-01-13",
        "media_type": "image/jpeg",
        "captured_on": None,
        "data": base64.b64encode(image).decode("ascii"),
    }
    item.update(changes)
    return item


def test_an_imported_photograph_is_stripped_again(clinic: Clinic) -> None:
    data = photo_file(64, 48, "JPEG", phone_exif(orientation=6, gps=True))
    ChartService(clinic.context()).import_document(_document_with([_item(data)]))
    (photo,) = PhotographService(clinic.context()).photographs("IMP-1")
    image = PhotographService(clinic.context()).image("IMP-1", photo.id or 0)
    assert b"SERIAL-0042" not in image and b"Exif" not in image
    assert (photo.width_px, photo.height_px) == (48, 64)
    assert photo.captured_on == D2  # the file's EXIF gave it, the JSON did not


def test_every_bad_photograph_is_named_by_its_path_and_nothing_is_written(
    clinic: Clinic,
) -> None:
    good = photo_file(32, 32)
    whole = photo_file(300, 200)
    truncated = whole[: len(whole) // 2]
    document = _document_with(
        [
            _item(good),
            _item(good, data="not base64!!"),
            _item(truncated),
            _item(good, lesion="nobody's lesion"),
            _item(good, visit_date="2025-02-02"),
            _item(good, lesion="L elbow", visit_date="2025-04-14"),  # excised in March
        ]
    )
    before = _counts(clinic)
    with pytest.raises(DomainValidationError) as refused:
        ChartService(clinic.context()).import_document(copy.deepcopy(document))
    found = {p.field: p.reason for p in refused.value.problems}
    at = "$.patients[0].photographs"
    assert found[f"{at}[1].data"] == "is not valid base64"
    assert "damaged or incomplete" in found[f"{at}[2].data"]
    assert "no lesion" in found[f"{at}[3].lesion"]
    assert "no visit on 2025-02-02" in found[f"{at}[4].visit_date"]
    assert "not active at the visit of 2025-04-14" in found[f"{at}[5].lesion"]
    assert f"{at}[0].data" not in found
    assert _counts(clinic) == before


def test_a_photograph_over_the_cap_is_refused_by_the_schema(clinic: Clinic) -> None:
    from calcitrack.services.import_export.interchange_photographs import MAX_BASE64_CHARS

    document = _document_with([_item(b"", data="A" * (MAX_BASE64_CHARS + 4))])
    with pytest.raises(DomainValidationError) as refused:
        ChartService(clinic.context()).import_document(document)
    (problem,) = refused.value.problems
    assert problem.field == "$.patients[0].photographs[0].data"
    assert "longer than" in problem.reason
