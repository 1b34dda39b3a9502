"""Errors raised by the domain for bad clinical input.

Every problem names the field it concerns and says why, so that the form, the importer and the
command line can all show the same message. The reason is written in the current language
(``calcitrack.i18n.catalogue``) when the problem is found; the field is a path
(``visits[2].pain_nrs``), never translated: the window maps it to a label. A problem's ``kind``
says what sort of refusal it is, so that no one reads the (translated) reason to tell a value
still missing from a wrong one.
"""

from __future__ import annotations

import enum
import math
import numbers
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import _
from calcitrack.i18n.formats import number


class ProblemKind(enum.Enum):
    """What sort of refusal a problem is."""

    INVALID = "invalid"
    """A value given that breaks a rule."""
    MISSING = "missing"
    """A value still to be given (a required field, a reason, the other half of a pair): the visit
    form waits for Save before marking it."""


@dataclass(frozen=True)
class Problem:
    """One reason why input was refused: the field (or JSON path), the reason (in the language
    current when it was found) and its kind."""

    field: str
    reason: str
    kind: ProblemKind = ProblemKind.INVALID

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"

    def under(self, prefix: str) -> Problem:
        """The same problem with its field placed under ``prefix`` (``visits[2].pain_nrs``)."""
        if not prefix:
            return self
        joiner = "" if self.field.startswith("[") else "."
        return Problem(f"{prefix}{joiner}{self.field}", self.reason, self.kind)


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


def shown_number(value: float) -> str:
    """``value`` as few digits as it needs (English ``1.5``, ``12345``, ``0.25``: Python's ``:g``
    without its exponent), in the current language's symbols and digits: what a reason puts in a
    ``{placeholder}``."""
    text = format(value, "g")
    if "e" in text or "E" in text or "n" in text:  # very large or small, or inf/nan: as it is
        return text
    decimals = len(text.partition(".")[2])
    return number(value, decimals, grouping=False)


def shown_day(day: date) -> str:
    """``day`` as a reason writes it: ISO in English (``2026-03-07``), else in the language's own
    form and digits (``i18n.formats.sentence_day``)."""
    return formats.sentence_day(day)


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
        raise DomainValidationError(field, _("is not a number"))
    if minimum is not None:
        if exclusive_minimum and value <= minimum:
            raise DomainValidationError(
                field,
                _("must be greater than {minimum}, got {value}").format(
                    minimum=shown_number(minimum) + suffix, value=shown_number(value)
                ),
            )
        if not exclusive_minimum and value < minimum:
            raise DomainValidationError(
                field,
                _("must be at least {minimum}, got {value}").format(
                    minimum=shown_number(minimum) + suffix, value=shown_number(value)
                ),
            )
    if maximum is not None and value > maximum:
        raise DomainValidationError(
            field,
            _("must be at most {maximum}, got {value}").format(
                maximum=shown_number(maximum) + suffix, value=shown_number(value)
            ),
        )
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
    # A float, the common case, skips the abstract base class's isinstance (slow: it is called
    # per lab value entered, hundreds of thousands of times for the synthetic clinic).
    if type(value) is not float and (
        isinstance(value, bool) or not isinstance(value, numbers.Real)
    ):
        raise DomainValidationError(
            field, _("must be a number, got {value}").format(value=repr(value))
        )
    real = float(value)
    if math.isinf(real):
        raise DomainValidationError(
            field, _("must be a finite number, got {value}").format(value=real)
        )
    return check_range(
        field,
        real,
        minimum=minimum,
        maximum=maximum,
        unit=unit,
        exclusive_minimum=exclusive_minimum,
    )
