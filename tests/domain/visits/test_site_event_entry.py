"""What an imaging study or procedure entered in the window is checked against, and how its
changes read (pure Python)."""

from __future__ import annotations

import dataclasses
from datetime import date

from calcitrack.domain.codes import ImagingModality, ImagingVerdict, ProcedureType
from calcitrack.domain.entities import ImagingStudy, Procedure
from calcitrack.domain.visits.site_event_entry import describe_event, entry_problems, event_changes
from calcitrack.domain.visits.validation import validate_chart
from tests.support.sample_chart import sample_chart

TODAY = date(2026, 11, 20)


def test_a_procedure_before_birth_is_refused_naming_its_date() -> None:
    chart = sample_chart("D-1")  # born 1968-06-02
    early = Procedure(date(1968, 6, 1), ProcedureType.EXCISION, "elbow")
    problems = entry_problems(early, chart, today=TODAY)
    assert [(p.field, p.reason) for p in problems] == [
        ("procedure_date", "1968-06-01 is before the patient's date of birth (1968-06-02)")
    ]
    assert entry_problems(dataclasses.replace(early, procedure_date=date(1968, 6, 2)), chart,
                          today=TODAY) == []  # fmt: skip


def test_an_imported_chart_with_a_study_before_birth_is_refused_too() -> None:
    chart = sample_chart("D-2")
    study = ImagingStudy(date(1960, 1, 1), ImagingModality.XRAY, "hand")
    problems = validate_chart(dataclasses.replace(chart, imaging=(study,)), today=TODAY)
    assert [p.field for p in problems] == ["imaging[0].study_date"]


def test_reader_operator_and_complications_have_their_limits() -> None:
    chart = sample_chart("D-3")
    study = ImagingStudy(date(2025, 1, 1), ImagingModality.CT, "hand", reader="r" * 121)
    proc = Procedure(date(2025, 1, 1), ProcedureType.OTHER, "hand", operator="o" * 121,
                     complications="c" * 20_001)  # fmt: skip
    assert [p.field for p in entry_problems(study, chart, today=TODAY)] == ["reader"]
    assert [p.field for p in entry_problems(proc, chart, today=TODAY)] == [
        "operator", "complications"
    ]  # fmt: skip
    assert entry_problems(dataclasses.replace(study, reader="r" * 120), chart, today=TODAY) == []


def test_changes_read_field_by_field() -> None:
    study = ImagingStudy(date(2025, 1, 1), ImagingModality.XRAY, "hand", lesion_labels=("A",))
    after = dataclasses.replace(study, lesion_labels=("A", "B"), verdict=ImagingVerdict.MORE)
    assert [str(c) for c in event_changes(study, after)] == [
        "Lesions shown: A → A, B", "Verdict: — → More calcification"
    ]  # fmt: skip
    assert describe_event(study) == "X-ray of 2025-01-01 (hand)"
