"""The one rule for the range a lab result is read against, and its low/high flag.

The Labs tab flowsheet, the visit form's lab rows and the PDF visit summary all read a result
through :func:`reference_range`, so that a clinic sees the same flag on the screen and on paper
(DOMAIN.md §0.6: calcium or phosphate outside the reporting lab's range is a safety flag).

The rule, first match wins:

1. **The reporting lab's range**, when the result carries a bound (``ref_low`` or ``ref_high``).
   DOMAIN.md §4.2: "always store and display the reporting lab's range". It is in the result's
   own unit, so it is read as it stands, without any conversion — also for an analyte or a unit
   the table of §4.2 does not know.
2. **The typical adult range of §4.2** (``labs.ANALYTES``): the one for women or for men where
   §4.2 gives ranges by sex (creatine kinase, 24-h urine calcium, haemoglobin), else the common
   one; converted into the result's unit with the factors of §4.2.
3. **For ESR, Miller's age- and sex-adjusted upper limit** (men age/2, women (age + 10)/2 mm/h)
   [R31]: it is what §4.2 gives as the typical range of ESR, so it applies wherever a typical range
   does. An adult rule: only for a woman or a man aged 18–120 on the day of collection.
4. **None** otherwise, never a guess: an analyte without a sourced range (PTH, CRP, …), an analyte
   or unit the table does not know, a sex other than female/male where §4.2 only has ranges by
   sex, an age unknown or under 18 for Miller's rule.

The flag has ``labs.out_of_range`` semantics: "low" below the low bound, "high" above the high
bound, ``None`` within; a value equal to a bound is within. It is decided in the result's own
unit; :meth:`ReferenceRange.in_unit` expresses the range in another unit for display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from calcitrack.domain.entities import LabResult
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import labs
from calcitrack.domain.rule_text import Number, Text, message, render
from calcitrack.i18n.catalogue import N_

__all__ = ["Flag", "ReferenceKind", "ReferenceRange", "reference_range", "typical_reference"]

Flag = Literal["low", "high"] | None
ReferenceKind = Literal["lab", "typical", "miller"]

_PEOPLE = {"female": "women", "male": "men"}
_PERSON = {"female": "a woman", "male": "a man"}
_TYPICAL = N_("typical adult range")
_TYPICAL_FOR = {
    "female": N_("typical adult range for women"),
    "male": N_("typical adult range for men"),
}
_MILLER = {
    "female": N_("Miller age-adjusted ESR limit for a woman aged {age}"),
    "male": N_("Miller age-adjusted ESR limit for a man aged {age}"),
}


@dataclass(frozen=True)
class ReferenceRange:
    """A reference interval in ``unit`` (either bound may be ``None``: open-ended), where it comes
    from, and the flag of the result it was looked up for."""

    analyte: str
    low: float | None
    high: float | None
    unit: str
    kind: ReferenceKind
    source: str
    """Whose range, as a person reads it: "reporting lab", "typical adult range", "typical adult
    range for women", "Miller age-adjusted ESR limit for a woman aged 51"."""
    citation: str = ""
    """The sources in DOMAIN.md's reference list, "[R31]"; "" for the reporting lab's range."""
    flag: Flag = None
    """The result read against this range; ``None`` also when no result was read
    (:func:`typical_reference`)."""
    source_text: Text = field(default="", compare=False)
    """``source`` kept as a message, to be written in the reader's language ("" : ``source`` as
    it is). ``source`` itself stays English: it is stored (an unusual value's confirmation)."""

    @property
    def shown_source(self) -> str:
        """Whose range, in the current language."""
        return render(self.source_text) if self.source_text else self.source

    def in_unit(self, unit: str) -> ReferenceRange:
        """The same range with its bounds in ``unit`` (the flag is unchanged).

        Factors from DOMAIN.md §4.2; a unit the analyte does not accept raises
        ``UnknownUnitError`` (never a guess). The same unit returns the range unchanged.
        """
        if unit == self.unit:
            return self

        def bound(value: float | None) -> float | None:
            return None if value is None else labs.convert(value, self.unit, unit, self.analyte)

        return replace(self, low=bound(self.low), high=bound(self.high), unit=unit)

    def flag_of(self, value: float) -> Flag:
        """``value`` (in this range's unit) read against the range: "low", "high" or None."""
        return labs.out_of_range(value, self.low, self.high)


def typical_reference(analyte: str, sex: str, age: int | None) -> ReferenceRange | None:
    """The range of DOMAIN.md §4.2 for ``analyte`` (rules 2 and 3 of the module), in the unit the
    range is given in, or None; ``age`` in completed years is only used for ESR."""
    entry = labs.ANALYTES.get(analyte)
    if entry is None:
        return None
    citation = "".join(re.findall(r"\[R\d+\]", entry.source))
    by_sex = entry.typical_range_by_sex.get(sex)
    if by_sex is not None:
        low, high, unit = by_sex
        source = f"typical adult range for {_PEOPLE[sex]}"
        return ReferenceRange(analyte, low, high, unit, "typical", source, citation,
                              source_text=message(_TYPICAL_FOR[sex]))
    if entry.typical_range is not None:
        low, high, unit = entry.typical_range
        return ReferenceRange(analyte, low, high, unit, "typical", "typical adult range", citation,
                              source_text=message(_TYPICAL))
    if analyte == "esr" and sex in _PERSON and age is not None:
        try:
            high = labs.esr_upper_limit_miller(age, sex)
        except DomainValidationError:  # a child: Miller's rule is an adult rule
            return None
        source = f"Miller age-adjusted ESR limit for {_PERSON[sex]} aged {age}"
        return ReferenceRange(analyte, None, high, "mm/h", "miller", source, "[R31]",
                              source_text=message(_MILLER[sex], age=Number(age, "d")))
    return None


def reference_range(result: LabResult, sex: str, age: int | None) -> ReferenceRange | None:
    """The range ``result`` is read against, in the result's own unit, with its flag; or None.

    ``sex`` is the patient's ("female", "male", or anything else for neither); ``age`` is the
    patient's age in completed years on ``result.collected_on`` (None when unknown). An invalid
    lab range (low above high) or value raises ``DomainValidationError``, as
    ``labs.out_of_range`` does.
    """
    if result.ref_low is not None or result.ref_high is not None:
        found = ReferenceRange(
            result.analyte, result.ref_low, result.ref_high, result.unit, "lab", "reporting lab",
            source_text=message(N_("reporting lab")),
        )
    else:
        typical = typical_reference(result.analyte, sex, age)
        if typical is None:
            return None
        try:
            found = typical.in_unit(result.unit)
        except DomainValidationError:  # a unit §4.2 does not give for this analyte
            return None
    return replace(found, flag=found.flag_of(result.value))
