"""``check_number`` takes a finite real number of any numeric type and refuses the rest, naming
the field — the same answers with its quick path for plain floats and ints."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcitrack.domain.errors import DomainValidationError, check_number


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1, 1.0), (2.5, 2.5), (-0.0, 0.0), (Fraction(1, 2), 0.5), (np.float64(2.25), 2.25),
     (np.int64(7), 7.0), (np.float32(1.5), 1.5)],
)  # fmt: skip
def test_real_numbers_of_any_type_are_taken_as_floats(value: object, expected: float) -> None:
    found = check_number("Weight", value)
    assert found == expected and type(found) is float


@pytest.mark.parametrize(
    "value",
    [True, False, np.bool_(True), "1", None, Decimal("1.5"), 1j, math.nan, math.inf, -math.inf,
     np.float64("nan")],
)  # fmt: skip
def test_what_is_not_a_finite_real_number_is_refused_naming_the_field(value: object) -> None:
    with pytest.raises(DomainValidationError) as raised:
        check_number("Weight", value)
    assert raised.value.problems[0].field == "Weight"


@given(st.one_of(st.integers(-10**6, 10**6), st.floats(-1e6, 1e6)))
def test_the_bounds_apply_to_ints_and_floats_alike(value: float) -> None:
    if 0 <= value <= 500:
        assert check_number("Weight", value, minimum=0, maximum=500) == float(value)
    else:
        with pytest.raises(DomainValidationError):
            check_number("Weight", value, minimum=0, maximum=500)
