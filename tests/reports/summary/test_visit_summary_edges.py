"""The summary at its edges: missing data said in words (never a crash, never an empty chart
frame), a visit not in the chart, nothing recorded after the visit date, long tables over several
pages with their header repeated, recorded text that looks like markup, and the atomic write."""

from __future__ import annotations

import dataclasses
import io
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from calcitrack.domain.codes import LesionStatus, Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient, PatientChart, Visit
from calcitrack.reports.summary import visit_summary as summary_module
from calcitrack.reports.summary.visit_summary import build_visit_summary, write_visit_summary
from calcitrack.services.demo.demo_cases import ra_case_chart
from tests.reports.dashboard_support import large_chart
from tests.reports.visit_summary_support import ellipse, grouped, request, squash, summary

DAY = date(2025, 5, 6)
LESION_HEADER = "Lesion Site Size L × W, mm Depth, mm Area*, mm² State vs previous"


def _bare_chart(**visit: object) -> PatientChart:
    patient = Patient("BARE-01", "Ibsen", "Åse", Sex.FEMALE, date(1970, 2, 3),
                      UnderlyingDisease.SSC)  # fmt: skip
    return PatientChart(patient, visits=(Visit(None, DAY, **visit),))  # type: ignore[arg-type]


def test_a_single_visit_without_labs_weight_lesions_or_medications_says_what_is_missing() -> None:
    built = summary(request(_bare_chart(pain_nrs=4)))
    text = built.text
    assert "Response not assessable:" in text
    assert "no calcinosis-directed treatment recorded and no baseline chosen" in text
    assert "No lesions recorded on or before this visit." in text
    assert "No labs recorded on or before this visit." in text
    assert "No medications recorded as taken on this date." in text
    assert "Weight not recorded (no weight on or before this visit)" in text
    assert "No range of motion recorded at this visit." in text
    assert "No DAS28, CDAI or SDAI at this visit" in text
    assert "Previous visit none (first visit)" in text
    assert "Not charted: no lesion measurements recorded; no lesion depths recorded" in text
    charts = " ".join(built.pages[built.page_with("Trajectories up to 2025-05-06"):])
    assert "Pain NRS (0–10)" in charts  # the one series there is, drawn
    for absent in ("Lesion burden", "Laboratory", "Range of motion of the joints"):
        assert absent not in charts
    assert "Front" not in text  # no lesion map without lesions


def test_a_visit_with_nothing_to_chart_gets_a_sentence_not_an_empty_frame() -> None:
    built = summary(request(_bare_chart()))
    assert "Nothing to chart: no measurements, scores, labs or medications recorded up to " \
           "this visit." in built.text
    assert all("/XObject" not in page["/Resources"] for page in built.reader.pages)


def test_the_first_visit_of_a_chart_is_not_assessable_and_compares_with_nothing() -> None:
    chart = ra_case_chart("DEMO-0001")
    text = summary(request(chart, date(2025, 3, 10))).text
    # diltiazem starts on 2025-03-24: as of this visit there is no regimen to judge yet
    assert "Response not assessable: no calcinosis-directed treatment recorded" in text
    assert "Diltiazem" not in text
    assert "R lateral thigh Right thigh 300 × 120 25 28 274 — first visit no baseline" in text
    assert "Previous visit none (first visit)" in text


def test_a_visit_not_in_the_chart_is_a_lookup_error_naming_mrn_and_date() -> None:
    chart = ra_case_chart("DEMO-0001")
    with pytest.raises(LookupError, match=r"2025-03-11.*DEMO-0001"):
        build_visit_summary(request(chart, date(2025, 3, 11)))


def test_nothing_recorded_after_the_visit_date_appears() -> None:
    chart = ra_case_chart("DEMO-0001")
    day = date(2025, 9, 15)
    later = date(2026, 3, 16)
    colchicine = chart.medications[4]
    lesions = list(chart.lesions)
    lesions[4] = dataclasses.replace(lesions[4], status=LesionStatus.EXCISED,
                                     status_changed_on=later)  # fmt: skip
    chart = dataclasses.replace(
        chart,
        lesions=tuple(lesions),
        medications=(*chart.medications[:4],
                     dataclasses.replace(colchicine, stop_on=later,
                                         stop_reason="Stopped for GI intolerance")),
    )  # fmt: skip
    built = summary(request(chart, day))
    text = built.text
    for later_day in ("2025-12-15", "2026-03-16", "2026-09-14"):
        assert later_day not in text
    for later_value in ("250 × 97", "238 × 91", "225 × 85", "Sustained response",
                        "GI intolerance", "— — — excised", "60.1 kg",
                        "Colchicine Stopped"):  # fmt: skip
        assert later_value not in text
    assert "Colchicine calcinosis-directed 0.5 mg once daily" in text
    assert "R upper chest Right chest 9 × 7 9" in text
    assert "visit 4 of the follow-up" in text
    assert "Trajectories up to 2025-09-15" in text


def test_twelve_lesions_over_sixty_visits_are_all_listed_with_nothing_cut_off() -> None:
    chart = large_chart(visits=60, lesions=12)
    built = summary(request(chart))
    text = built.text
    latest = max(chart.visits, key=lambda v: v.visit_date)
    assert len(latest.lesion_measurements) == 12
    for m in latest.lesion_measurements:
        assert f"{m.lesion_label} " in text
        assert f"{m.longest_mm:g} × {m.width_mm:g}" in text
        assert grouped(ellipse(m.longest_mm, m.width_mm)) in text
    total = len(built.pages)
    for number, page in enumerate(built.pages, start=1):
        assert f"Page {number} of {total}" in page
        assert "MRN SYN-LARGE" in page


def test_a_long_lesion_table_repeats_its_header_on_the_next_page() -> None:
    chart = large_chart(visits=60, lesions=30)
    built = summary(request(chart))
    labels = [m.lesion_label for m in chart.visits[-1].lesion_measurements]
    first = built.page_with(f"{labels[0]} ")
    last = built.page_with(f"{labels[-1]} ")
    assert last > first, "30 lesions should not fit on one page"
    for index in range(first, last + 1):
        page = built.pages[index]
        assert LESION_HEADER in page
        rows = [label for label in labels if f"{label} " in page]
        assert rows and page.index(LESION_HEADER) < page.index(f"{rows[0]} ")
    for label in labels:
        assert any(f"{label} " in page for page in built.pages[first : last + 1])


def test_long_and_markup_like_text_wraps_and_prints_as_typed() -> None:
    chart = ra_case_chart("DEMO-0001")
    sentence = "Plaque <softer> & smaller; R&D <b>not bold</b> ≥ 2 cm². "
    note = sentence * 160 + "END-OF-NOTE"
    visits = list(chart.visits)
    visits[-1] = dataclasses.replace(visits[-1], notes=note)
    diltiazem = chart.medications[3]
    reason = "Because " + "the lesions <still> grow & hurt, " * 90 + "END-OF-REASON"
    chart = dataclasses.replace(
        chart, visits=tuple(visits),
        medications=(*chart.medications[:3], dataclasses.replace(diltiazem, start_reason=reason),
                     chart.medications[4]),
    )  # fmt: skip
    built = summary(request(chart))
    text = built.text
    assert squash(sentence) in text
    assert "END-OF-NOTE" in text
    assert "END-OF-REASON" in text
    assert text.count("Plaque <softer> & smaller") == 160
    notes_page = built.page_with("Notes")
    assert built.page_with("END-OF-NOTE") > notes_page  # the note flows onto the next page


def test_write_replaces_the_file_atomically_and_leaves_nothing_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chart = ra_case_chart("DEMO-0001")
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"an older summary")
    write_visit_summary(request(chart), target)
    written = target.read_bytes()
    assert written.startswith(b"%PDF-") and written.rstrip().endswith(b"%%EOF")
    info = PdfReader(io.BytesIO(written)).metadata
    assert info is not None and info.title == "Visit summary — DEMO-0001 — 2026-09-14"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]

    with pytest.raises(LookupError):
        write_visit_summary(request(chart, date(2000, 1, 1)), target)
    assert target.read_bytes() == written

    def fail(source: object, destination: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    monkeypatch.setattr(summary_module, "build_visit_summary", lambda _: b"%PDF-new")
    with pytest.raises(OSError, match="disk full"):
        write_visit_summary(request(chart), target)
    assert target.read_bytes() == written
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_a_new_lesion_and_a_resolved_one_are_named() -> None:
    chart = ra_case_chart("DEMO-0001")
    day = chart.visits[-1].visit_date
    resolved = dataclasses.replace(chart.lesions[4], status=LesionStatus.RESOLVED,
                                   status_changed_on=day - timedelta(days=30))  # fmt: skip
    visits = list(chart.visits)
    kept = [m for m in visits[-1].lesion_measurements if m.lesion_label != "R upper chest"]
    added = dataclasses.replace(visits[-1].lesion_measurements[0], lesion_label="L knee")
    visits[-1] = dataclasses.replace(visits[-1], lesion_measurements=(*kept, added))
    new = dataclasses.replace(chart.lesions[2], label="L knee", first_seen_on=day)
    chart = dataclasses.replace(chart, lesions=(*chart.lesions[:4], resolved, new),
                                visits=tuple(visits))  # fmt: skip
    text = summary(request(chart)).text
    assert "New at this visit L knee" in text
    assert "Resolved or excised R upper chest" in text
    assert f"R upper chest Right chest — — — resolved {day - timedelta(days=30)}" in text
    assert "L knee Right knee 225 × 85 19 15 021 new at this visit" in text
    assert "Response assessment PROGRESSED" in text
