"""The PDF as a document: header and footer on every page, "Page x of y", the sign-off, embedded
fonts, names in any script, the document information, determinism, and pages a real PDF reader
renders (pdftoppm)."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from calcitrack.domain.audit_trail.audit_anchor import ChainAnchor
from calcitrack.domain.clinic.clinic_identity import ClinicIdentity
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visit_summary_request import SignOff
from calcitrack.reports.summary.visit_summary import build_visit_summary
from calcitrack.services.demo.demo_cases import ra_case_chart
from tests.reports.visit_summary_support import (
    APP_VERSION,
    Summary,
    descriptor,
    fonts,
    ink,
    render,
    request,
    squash,
    summary,
)

SPECIAL = ("Cadório", "Sørensen", "Nuñez", "Łukasz", "Ðorđe")
CEST = timezone(timedelta(hours=2))


@pytest.fixture(scope="module")
def ra_chart() -> PatientChart:
    return ra_case_chart("DEMO-0001")


@pytest.fixture(scope="module")
def ra(ra_chart: PatientChart) -> Summary:
    return summary(request(ra_chart))


def _png_logo() -> bytes:
    figure = Figure(figsize=(1.6, 0.6), dpi=100)
    figure.patch.set_facecolor("#1b7837")
    figure.text(0.5, 0.5, "CLINIC", ha="center", va="center", color="white", fontsize=14)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def test_the_header_is_on_every_page(ra: Summary) -> None:
    assert len(ra.pages) >= 4
    for text in ra.pages:
        assert "Calcinosis clinic, Hôpital Saint-Éloi" in text
        assert "HADDAD, Amal" in text
        assert "MRN DEMO-0001" in text
        assert "born 1975-01-20 (51 y)" in text
        assert "Visit of 2026-09-14" in text


def test_the_footer_numbers_pages_and_says_when_by_what_and_whether_signed(ra: Summary) -> None:
    total = len(ra.pages)
    assert "Page 1 of" in ra.pages[0]
    for number, text in enumerate(ra.pages, start=1):
        assert f"Page {number} of {total}" in text
        assert "Not signed" in text
        assert f"Generated 2026-09-20 10:30 UTC+02:00 · CalciTrack {APP_VERSION}" in text


def test_every_font_is_embedded_truetype(ra: Summary) -> None:
    found = fonts(ra.reader)
    assert found
    pages = {page for page, _ in found}
    assert pages == set(range(len(ra.pages)))
    for page, font in found:
        assert font.get("/Subtype") in ("/TrueType", "/Type0"), (page, font)
        described = descriptor(font)
        assert described is not None, (page, font.get("/BaseFont"))
        assert "/FontFile2" in described or "/FontFile" in described, font.get("/BaseFont")
        assert "Helvetica" not in str(font.get("/BaseFont"))


CLINIC = "Clínica Nuñez · Łódź — Department of Rheumatology and Connective Tissue Diseases"
SIGNED = SignOff("Dr. Kofi Mensah", datetime(2026, 9, 14, 17, 5, tzinfo=CEST), date(2026, 9, 18),
                 "Corrected the <right> hip & knee ROM")  # fmt: skip


@pytest.fixture(scope="module")
def special(ra_chart: PatientChart) -> Summary:
    """Names in several scripts, a long clinic name with a logo, a signed and amended visit."""
    patient = dataclasses.replace(ra_chart.patient, family_name="Cadório-Sørensen",
                                  given_name="Łukasz Ðorđe")  # fmt: skip
    visits = list(ra_chart.visits)
    visits[-1] = dataclasses.replace(visits[-1], clinician="Dr. Nuñez",
                                     notes="Seen with Dr. Ðorđe Łukasz and Sørensen (Cadório).")
    chart = dataclasses.replace(ra_chart, patient=patient, visits=tuple(visits))
    return summary(request(chart, clinic=ClinicIdentity(CLINIC, _png_logo()), sign_off=SIGNED))


def test_names_in_any_latin_script_print_and_extract(special: Summary) -> None:
    for text in special.pages:
        assert "CADÓRIO-SØRENSEN, Łukasz Ðorđe" in text
    for name in SPECIAL:
        assert name in special.pages[0]
    assert "Clinician Dr. Nuñez" in special.pages[0]


def test_the_sign_off_and_an_amendment_are_printed_on_every_page(special: Summary) -> None:
    expected = ("Signed by Dr. Kofi Mensah on 2026-09-14 17:05 UTC+02:00. Amended on 2026-09-18:"
                " Corrected the <right> hip & knee ROM")  # fmt: skip
    for text in special.pages:
        assert expected in text
    assert "Not signed" not in special.text


def test_the_clinic_logo_and_a_long_name_head_every_page(special: Summary) -> None:
    for text, page in zip(special.pages, special.reader.pages, strict=True):
        assert squash(CLINIC) in text
        images = [x for x in page["/Resources"]["/XObject"].values()
                  if x.get_object().get("/Subtype") == "/Image"]  # fmt: skip
        assert len(images) == 1


def test_a_broken_logo_is_left_out(ra_chart: PatientChart) -> None:
    broken = summary(request(ra_chart, clinic=ClinicIdentity("Broken logo clinic",
                                                             b"\x89PNG\r\n\x1a\nbroken")))
    assert "Broken logo clinic" in broken.pages[0]
    for page in broken.reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]


def test_the_document_information_comes_from_the_request(ra: Summary) -> None:
    info = ra.reader.metadata
    assert info is not None
    assert info.title == "Visit summary — DEMO-0001 — 2026-09-14"
    assert info.author == "CalciTrack"
    assert info["/CreationDate"] == "D:20260920103000+02'00'"
    assert info["/ModDate"] == "D:20260920103000+02'00'"
    assert "Haddad" not in str(dict(info))


def test_the_same_request_gives_the_same_bytes(ra_chart: PatientChart, ra: Summary) -> None:
    assert build_visit_summary(request(ra_chart)) == ra.data


def test_every_page_renders_with_content_and_the_chart_pages_carry_the_charts(
    ra: Summary, tmp_path: Path
) -> None:
    pngs = render(ra.data, tmp_path)
    assert len(pngs) == len(ra.pages)
    shares = [ink(p) for p in pngs]
    assert all(share > 0.01 for share in shares), shares
    chart_pages = [i for i, text in enumerate(ra.pages) if "Lesion depth" in text]
    assert chart_pages
    for index in chart_pages:
        assert shares[index] > 0.04, shares


def test_the_footer_carries_the_audit_trails_head_when_given(ra_chart: PatientChart) -> None:
    anchor = ChainAnchor(1234, "9f86d081" + "0" * 56)
    anchored = summary(request(ra_chart, chain_anchor=anchor))
    for text in anchored.pages:
        assert "audit #1234 9f86d081" in text
    assert anchored.reader.metadata["/CalciTrackAuditAnchor"] == anchor.text()  # type: ignore[index]
    assert all("audit #" not in text for text in summary(request(ra_chart)).pages)
