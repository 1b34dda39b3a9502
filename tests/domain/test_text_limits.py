"""Free text has a stated limit (the interchange schema's maxLength): the window and the importer
refuse longer text alike, so every export imports again."""

from __future__ import annotations

from datetime import date

from calcitrack.domain.codes import Laterality
from calcitrack.domain.entities import Lesion, Visit
from calcitrack.domain.visits.validation import NOTES_MAX, validate_lesion
from calcitrack.domain.visits.visit_entry import VisitEntry, validate_visit_entry
from tests.domain.visits.test_visit_entry import CHART, TODAY


def test_visit_notes_up_to_the_limit_are_kept_and_longer_refused() -> None:
    at_limit = VisitEntry(Visit(1, TODAY, notes="n" * NOTES_MAX))
    assert validate_visit_entry(at_limit, CHART, today=TODAY) == []
    too_long = VisitEntry(Visit(1, TODAY, notes="n" * (NOTES_MAX + 1)))
    problems = validate_visit_entry(too_long, CHART, today=TODAY)
    assert [(p.field, p.reason) for p in problems] == [
        ("notes", f"must be at most {NOTES_MAX} characters, got {NOTES_MAX + 1}")
    ]


def test_lesion_notes_too_long_are_refused() -> None:
    lesion = Lesion("A", "forearm", Laterality.LEFT, date(2026, 1, 2), notes="x" * 20_001)
    assert [p.field for p in validate_lesion(lesion, None, today=TODAY)] == ["notes"]
