"""Lesion photographs in the PDF summary (``report --photos``, the export dialog's choice): per
lesion its baseline and current photograph side by side at one scale, the visit's date under
each; made from a real clinic through the summary source, read back with pypdf and rendered with
pdftoppm. Without the choice the summary has neither the section nor an image."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from calcitrack.bootstrap import Clinic
from calcitrack.domain.entities import LesionMeasurement, LesionPhotograph
from calcitrack.reports.exports.summary_writer import SummaryWriter
from calcitrack.reports.summary.summary_photograph_section import (
    CELL_WIDTH_PT,
    MAX_HEIGHT_PT,
    common_scale,
)
from calcitrack.services.demo.demo_photographs import lesion_picture
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.photographs.photograph_service import PhotographService
from calcitrack.services.summary_source import SummarySource
from tests.reports.visit_summary_support import render, squash
from tests.support.sample_chart import sample_chart

MRN = "PDF-1"
D1, D2 = date(2025, 1, 13), date(2025, 4, 14)
FINGER = "R index finger"


@pytest.fixture
def photographed(clinic: Clinic) -> Clinic:
    ctx = clinic.context()
    ChartService(ctx).add_charts([sample_chart(MRN)])
    chart = PatientService(ctx).chart(MRN)
    service = PhotographService(ctx)
    for visit in chart.visits:
        assert visit.id is not None
        m = next(m for m in visit.lesion_measurements if m.lesion_label == FINGER)
        picture = lesion_picture(m, 20.0, "finger", visit.visit_date)
        service.attach(MRN, visit.id, FINGER, picture, caption=f"dorsal, {m.longest_mm:g} mm")
    d1 = chart.visits[0].id
    assert d1 is not None
    elbow = lesion_picture(LesionMeasurement("L elbow", 22.5, 14.0), 20.0, "elbow", D1)
    service.attach(MRN, d1, "L elbow", elbow)
    return clinic


def _placements(reader: PdfReader, page: int) -> list[tuple[float, float]]:
    """(width, height) in points of every image drawn on the page: the graphics state's matrix
    (``q``/``Q``/``cm``, composed) when ``Do`` draws it."""
    drawn: list[tuple[float, float]] = []
    stack: list[list[float]] = []
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]

    def before(operator: bytes, operands: list, *_: object) -> None:
        nonlocal ctm
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q" and stack:
            ctm = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(x) for x in operands)
            A, B, C, D, E, F = ctm
            ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
                   e * A + f * C + E, e * B + f * D + F]  # fmt: skip
        elif operator == b"Do" and operands[0] in images:
            drawn.append((round(ctm[0], 2), round(ctm[3], 2)))

    xobjects = reader.pages[page]["/Resources"].get_object().get("/XObject", {})
    images = {
        name for name, ref in xobjects.items() if ref.get_object().get("/Subtype") == "/Image"
    }
    reader.pages[page].extract_text(visitor_operand_before=before)
    return drawn


def test_the_summary_sets_baseline_and_current_side_by_side(
    photographed: Clinic, tmp_path: Path
) -> None:
    pdf = SummaryWriter(SummarySource(photographed.context()), photos=True).pdf(MRN, D2)
    reader = PdfReader(io.BytesIO(pdf))
    pages = [squash(p.extract_text()) for p in reader.pages]
    index = next(i for i, text in enumerate(pages) if "Lesion photographs" in text)
    text = " ".join(pages[index:index + 2])
    assert "Lesion R index finger" in text
    assert "Baseline: visit of 2025-01-13" in text and "Current: visit of 2025-04-14" in text
    assert "dorsal, 8 mm" in text and "dorsal, 7 mm" in text
    assert "Lesion L elbow" in text
    assert "The only visit with a photograph of this lesion up to this visit" in text
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 3  # finger baseline and current, the elbow's one
    finger = next(i for i, text in enumerate(pages) if "Lesion R index finger" in text)
    drawn = _placements(reader, finger)
    assert len(drawn) == 2 and drawn[1] == drawn[0]  # one scale: both 800×600, drawn alike
    width, height = drawn[0]
    assert width <= CELL_WIDTH_PT + 0.01 and height <= MAX_HEIGHT_PT + 0.01
    assert width / height == pytest.approx(800 / 600, rel=0.01)
    shown = render(pdf, tmp_path, dpi=70)[finger]
    with Image.open(shown) as page:  # the skin tone of the drawn pictures is on the page
        colours = page.convert("RGB").getcolors(1 << 20) or []
        skin = sum(n for n, (r, g, b) in colours if abs(r - 224) < 14 and abs(g - 178) < 14)
        assert skin > 0.05 * page.width * page.height


def test_an_earlier_visit_s_summary_shows_only_what_was_taken_by_then(
    photographed: Clinic,
) -> None:
    pdf = SummaryWriter(SummarySource(photographed.context()), photos=True).pdf(MRN, D1)
    reader = PdfReader(io.BytesIO(pdf))
    text = squash(" ".join(p.extract_text() for p in reader.pages))
    assert "Baseline: visit of 2025-01-13" in text and "Current:" not in text
    assert len([i for p in reader.pages for i in p.images]) == 2


def test_without_the_choice_no_photograph_and_no_section(photographed: Clinic) -> None:
    request = SummarySource(photographed.context()).request(MRN, D2)
    assert not request.photos
    assert all(p.image == b"" for p in request.chart.photographs)  # the images not even read
    pdf = SummaryWriter(SummarySource(photographed.context())).pdf(MRN, D2)
    reader = PdfReader(io.BytesIO(pdf))
    assert "Lesion photographs" not in " ".join(p.extract_text() for p in reader.pages)
    assert [i for p in reader.pages for i in p.images] == []


def test_only_the_photographs_shown_are_read(photographed: Clinic) -> None:
    request = SummarySource(photographed.context()).request(MRN, D1, photos=True)
    read = [p for p in request.chart.photographs if p.image]
    assert {(p.lesion_label, p.visit_date) for p in read} == {(FINGER, D1), ("L elbow", D1)}


def test_photographs_of_different_sizes_share_one_scale() -> None:
    def photo(w: int, h: int) -> LesionPhotograph:
        return LesionPhotograph(FINGER, D1, "image/jpeg", w, h, "0" * 64)

    big, small = photo(3000, 2000), photo(1500, 1000)
    scale = common_scale((big, small))
    assert scale == pytest.approx(min(CELL_WIDTH_PT / 3000, MAX_HEIGHT_PT / 2000))
    assert big.width_px * scale == pytest.approx(2 * small.width_px * scale)
    assert big.width_px * scale <= CELL_WIDTH_PT and big.height_px * scale <= MAX_HEIGHT_PT
