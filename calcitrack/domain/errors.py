"""Errors raised by the domain for bad clinical input.

Every problem names the field it concerns and says why, so that the form, the importer and the
command line can all show the same message.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One reason why input was refused: the field (or JSON path) and the reason."""

    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"

    def under(self, prefix: str) -> Problem:
        """The same problem with its field placed under ``prefix`` (``visits[2].pain_nrs``)."""
        if not prefix:
            return self
        joiner = "" if self.field.startswith("[") else "."
        return Problem(f"{prefix}{joiner}{self.field}", self.reason)


class DomainValidationError(ValueError):
    """Input that breaks a clinical rule.

    ``problems`` lists every problem found, not only the first.
    """

    def __init__(self, field: str | Iterable[Problem], reason: str | None = None) -> None:
        if isinstance(field, str):
            if reason is None:
                raise TypeError("reason is required when a field name is given")
            problems: tuple[Problem, ...] = (Problem(field, reason),)
        else:
            problems = tuple(field)
        if not problems:
            raise ValueError("DomainValidationError needs at least one problem")
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))

    @property
    def field(self) -> str:
        """The field of the first problem (convenient when there is only one)."""
        return self.problems[0].field

    @property
    def reason(self) -> str:
        return self.problems[0].reason


class UnknownUnitError(DomainValidationError):
    """A unit or analyte that the lab tables do not know."""


def check_range(
    field: str,
    value: float,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    unit: str = "",
    exclusive_minimum: bool = False,
) -> float:
    """Return ``value`` if it lies within the bounds, else raise naming ``field``."""
    suffix = f" {unit}" if unit else ""
    if value != value:  # NaN
        raise DomainValidationError(field, "is not a number")
    if minimum is not None:
        if exclusive_minimum and value <= minimum:
            raise DomainValidationError(
                field, f"must be greater than {minimum:g}{suffix}, got {value:g}"
            )
        if not exclusive_minimum and value < minimum:
            raise DomainValidationError(
                field, f"must be at least {minimum:g}{suffix}, got {value:g}"
            )
    if maximum is not None and value > maximum:
        raise DomainValidationError(field, f"must be at most {maximum:g}{suffix}, got {value:g}")
    return value


def check_number(
    field: str,
    value: object,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    unit: str = "",
    exclusive_minimum: bool = False,
) -> float:
    """``check_range`` for raw input: first refuse what is not a finite real number.

    A bool (``True`` would count as 1), a string, ``None``, NaN or infinity raises naming ``field``.
    Returns the value as a float.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise DomainValidationError(field, f"must be a number, got {value!r}")
    number = float(value)
    if math.isinf(number):
        raise DomainValidationError(field, f"must be a finite number, got {number}")
    return check_range(
        field,
        number,
        minimum=minimum,
        maximum=maximum,
        unit=unit,
        exclusive_minimum=exclusive_minimum,
    )
