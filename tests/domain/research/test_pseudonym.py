"""Study IDs and date shifts: identified exports number the patients in order and keep every date;
pseudonymised ones deal each number once, in a random order, with a shift of 1 to 364 days that
moves every date of the patient by the same amount."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from calcitrack.domain.research.pseudonym import MAX_SHIFT_DAYS, identified, pseudonymised


def test_identified_ids_are_in_order_and_dates_are_kept() -> None:
    ids = identified(3)
    assert [p.study_id for p in ids] == ["P0001", "P0002", "P0003"]
    assert {p.shift_days for p in ids} == {0}
    assert ids[0].shifted(date(2025, 1, 2)) == date(2025, 1, 2)
    assert ids[0].shifted(None) is None
    assert identified(12345)[-1].study_id == "P12345"


def test_pseudonymised_ids_are_each_number_once_with_a_shift_in_range() -> None:
    ids = pseudonymised(500)
    assert sorted(p.study_id for p in ids) == [f"S{n:04d}" for n in range(1, 501)]
    assert [p.study_id for p in ids] != sorted(p.study_id for p in ids)  # 1 in 500! by chance
    shifts = Counter(p.shift_days for p in ids)
    assert min(shifts) >= 1 and max(shifts) <= MAX_SHIFT_DAYS == 364
    assert len(shifts) > 100, "the shifts are spread over the range"


def test_every_date_of_a_patient_moves_by_the_same_days() -> None:
    who = pseudonymised(1)[0]
    a, b = date(2024, 2, 28), date(2025, 3, 1)
    new_a, new_b = who.shifted(a), who.shifted(b)
    assert new_a is not None and new_b is not None
    assert new_b - new_a == b - a
    assert a - new_a == timedelta(days=who.shift_days)


def test_two_draws_differ() -> None:
    first, second = pseudonymised(50), pseudonymised(50)
    assert [(p.study_id, p.shift_days) for p in first] != [
        (p.study_id, p.shift_days) for p in second
    ]
