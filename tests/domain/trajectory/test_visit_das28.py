"""A visit's DAS28 per variant: computed wins over typed, CRP is converted from its unit (never
guessed), the last marker of the day counts, a typed score is the fallback and says so."""

from __future__ import annotations

import math
from datetime import date

from calcitrack.domain.codes import Das28Variant
from calcitrack.domain.entities import LabResult, Visit
from calcitrack.domain.trajectory.visit_das28 import visit_das28

DAY = date(2026, 3, 2)


def _visit(**values: object) -> Visit:
    return Visit(None, DAY, tender_joints_28=9, swollen_joints_28=4, patient_global_mm=55.0,
                 **values)  # type: ignore[arg-type]  # fmt: skip


def test_crp_in_mg_dl_is_converted_to_mg_l_and_the_typed_score_is_kept_beside_it() -> None:
    expected = 0.56 * 3 + 0.28 * 2 + 0.36 * math.log(25 + 1) + 0.014 * 55 + 0.96
    [found] = visit_das28(
        _visit(das28_recorded=4.0, das28_recorded_variant=Das28Variant.CRP),
        [LabResult("crp", DAY, 2.5, "mg/dL")],
    )
    assert (found.variant, found.computed, found.typed) == (Das28Variant.CRP, True, 4.0)
    assert math.isclose(found.value, expected) and found.typed_disagrees


def test_the_last_esr_of_the_day_counts() -> None:
    esr = [LabResult("esr", DAY, 10, "mm/h"), LabResult("esr", DAY, 40, "mm/h")]
    found = visit_das28(_visit(), esr)
    assert [d.variant for d in found] == [Das28Variant.ESR]
    assert math.isclose(found[0].value, 0.56 * 3 + 0.28 * 2 + 0.70 * math.log(40) + 0.014 * 55)


def test_a_unit_it_cannot_convert_falls_back_to_the_typed_score_marked_as_typed() -> None:
    [found] = visit_das28(
        _visit(das28_recorded=5.1, das28_recorded_variant=Das28Variant.CRP),
        [LabResult("crp", DAY, 2.5, "g/L")],
    )
    assert (found.value, found.computed, found.typed_disagrees) == (5.1, False, False)


def test_no_components_and_nothing_typed_gives_nothing() -> None:
    assert visit_das28(Visit(None, DAY), [LabResult("crp", DAY, 2.5, "mg/L")]) == ()
