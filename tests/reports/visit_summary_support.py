"""Support for the PDF visit summary tests: requests built from the demo cases, a PDF read back
with pypdf (text per page, whitespace collapsed), the fonts of every page and form, pages
rendered with pdftoppm, and the numbers formatted as a reader sees them."""

from __future__ import annotations

import io
import math
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import cached_property
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from calcitrack.domain.clinic.clinic_identity import ClinicIdentity
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visit_summary_request import SignOff, VisitSummaryRequest
from calcitrack.reports.summary.visit_summary import build_visit_summary

GENERATED = datetime(2026, 9, 20, 10, 30, tzinfo=timezone(timedelta(hours=2)))
APP_VERSION = "9.8.7"


def request(
    chart: PatientChart, day: date | None = None, **changes: Any
) -> VisitSummaryRequest:
    """A summary request of ``chart`` (its latest visit unless ``day``), default settings."""
    values: dict[str, Any] = dict(
        chart=chart,
        visit_date=day or max(v.visit_date for v in chart.visits),
        settings=ClinicSettings.defaults(),
        clinic=ClinicIdentity("Calcinosis clinic, Hôpital Saint-Éloi"),
        generated_at=GENERATED,
        app_version=APP_VERSION,
        sign_off=SignOff(),
    )
    values.update(changes)
    return VisitSummaryRequest(**values)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def grouped(value: float) -> str:
    """A whole number with a space between thousands, as the summary prints areas."""
    return f"{round(value):,}".replace(",", " ")


def ellipse(longest: float, width: float) -> float:
    return math.pi / 4 * longest * width


def signed_pct(value: float) -> str:
    return f"{value:+.1f} %".replace("-", "−")


@dataclass
class Summary:
    """A built summary read back."""

    data: bytes
    reader: PdfReader = field(init=False)

    def __post_init__(self) -> None:
        self.reader = PdfReader(io.BytesIO(self.data))

    @cached_property
    def pages(self) -> list[str]:
        """Each page's text, whitespace collapsed."""
        return [squash(page.extract_text()) for page in self.reader.pages]

    @cached_property
    def raw_pages(self) -> list[str]:
        return [page.extract_text() for page in self.reader.pages]

    @property
    def text(self) -> str:
        return " ".join(self.pages)

    def page_with(self, needle: str) -> int:
        """The index of the first page whose text holds ``needle``."""
        return next(i for i, text in enumerate(self.pages) if needle in text)


def summary(req: VisitSummaryRequest) -> Summary:
    return Summary(build_visit_summary(req))


def _fonts_in(resources: DictionaryObject | None, seen: set[int]) -> Iterator[DictionaryObject]:
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        yield font.get_object()
    for xobject in (resources.get("/XObject") or {}).values():
        ref = getattr(xobject, "idnum", None)
        xobject = xobject.get_object()
        if ref in seen or xobject.get("/Subtype") != "/Form":
            continue
        seen.add(ref)
        yield from _fonts_in(xobject.get("/Resources"), seen)


def fonts(reader: PdfReader) -> list[tuple[int, DictionaryObject]]:
    """(page index, font) for every font of every page, including those of its forms."""
    found = []
    for index, page in enumerate(reader.pages):
        found += [(index, f) for f in _fonts_in(page.get("/Resources"), set())]
    return found


def descriptor(font: DictionaryObject) -> DictionaryObject | None:
    """The font's descriptor (a Type0 font's is on its descendant)."""
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    found = font.get("/FontDescriptor")
    return None if found is None else found.get_object()


def render(data: bytes, folder: Path, dpi: int = 60) -> list[Path]:
    """Every page as a PNG, by poppler's pdftoppm (a real PDF reader, not ours)."""
    source = folder / "summary.pdf"
    source.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")],
                   check=True, capture_output=True)  # fmt: skip
    return sorted(folder.glob("page-*.png"))


def ink(path: Path) -> float:
    """The share of a page's pixels that are not near white."""
    with Image.open(path) as image:
        grey = image.convert("L")
        histogram = grey.histogram()
    dark = sum(histogram[:200])
    return dark / (grey.width * grey.height)
