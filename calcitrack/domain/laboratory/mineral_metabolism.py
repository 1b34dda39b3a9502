"""The one rule for "abnormal mineral metabolism" (DOMAIN.md §0.6, §4.1, §4.2).

The safety flag (``safety_flags.mineral_flags``), the PDF's lab tables, the visit form's lab rows
and the Overview all read calcium, phosphate and the Ca × P product through this module, so that a
clinic never sees a value marked abnormal in one place and passed over in another.

Which calcium counts:

* **Albumin measured the same day as the calcium:** the albumin-corrected calcium is what
  clinicians read [R24] (``derived_labs.corrected_calcium``), not the measured total.
* **No albumin that day** (or a corrected value that cannot be worked out): the measured total
  calcium.

Either is read against the range ``lab_reference`` gives total calcium (the reporting lab's, else
the typical adult range [R29][R33]); a corrected calcium in the unit of its calcium, the range
converted. Phosphate is read against its range by the same rule. The Ca × P product (measured
total calcium × phosphate, mg²/dL², as ``derived_labs.calcium_phosphate`` works it out) is read
against the clinic's threshold (default 70 mg²/dL² [R26][R59]). Bounds are inclusive: a value on a
bound is within. Abnormal values suggest metastatic rather than dystrophic calcinosis [R7][R60].

``day_readings`` reads one day's results; ``mineral_readings`` reads a chart up to a day as the
safety flag does: the latest calcium (with that day's albumin), the latest phosphate and the
latest day with both for Ca × P.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from calcitrack.domain.entities import LabResult, Patient
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import derived_labs
from calcitrack.domain.laboratory.derived_labs import number, range_text
from calcitrack.domain.laboratory.lab_reference import ReferenceRange, reference_range
from calcitrack.domain.rule_text import Day, Number, Text, joined, message, render
from calcitrack.i18n.catalogue import N_, _

__all__ = [
    "CALCIUM",
    "CA_P",
    "CORRECTED_BASIS",
    "MEASURED_BASIS",
    "MINERAL_CITATION",
    "MINERAL_HINT",
    "PHOSPHATE",
    "MineralReading",
    "day_readings",
    "mineral_hint",
    "mineral_readings",
    "row_note",
]

CALCIUM: Final = "calcium"
PHOSPHATE: Final = "phosphate"
CA_P: Final = "ca_p_product"

MINERAL_HINT: Final = derived_labs.METASTATIC_HINT

MINERAL_CITATION: Final = "[R7][R26][R60]"

CORRECTED_BASIS: Final = N_("albumin measured the same day: corrected calcium is read [R24]")
MEASURED_BASIS: Final = N_("no albumin that day: the measured total calcium is read")
"""The two bases (English, marked): a reading's ``basis`` is one of them, written in the reader's
language when shown."""

Flag = Literal["low", "high"] | None


@dataclass(frozen=True)
class MineralReading:
    """One value the rule reads, what it was read against and the verdict."""

    code: str
    """``CALCIUM``, ``PHOSPHATE`` or ``CA_P``."""
    name_text: Text
    """As a person reads it: "Corrected calcium", "Total calcium", "Phosphate", "Ca × P"."""
    collected_on: date
    value: float
    unit: str
    """As printed: "mg/dL", "mmol/L", "mg²/dL²"."""
    against_text: Text
    """What the value is read against: "the lab's range 8.5–10.5 mg/dL", "the typical adult
    range 2.5–4.5 mg/dL [R29][R33] (no range from the reporting lab)", "70 mg²/dL²"."""
    flag: Flag
    basis: str = ""
    """For calcium: which calcium is read and why (``CORRECTED_BASIS`` or ``MEASURED_BASIS``,
    English)."""
    inputs_text: Text = ""
    """For Ca × P: the inputs as converted."""

    @property
    def name(self) -> str:
        """ "Corrected calcium", in the current language."""
        return render(self.name_text)

    @property
    def against(self) -> str:
        """What the value is read against, in the current language."""
        return render(self.against_text)

    @property
    def inputs(self) -> str:
        """For Ca × P: the inputs, in the current language."""
        return render(self.inputs_text)

    @property
    def abnormal(self) -> bool:
        return self.flag is not None

    @property
    def text(self) -> str:
        """The reading in words, in the current language (the PDF's list)."""
        return render(self.message)

    @property
    def message(self) -> Text:
        """The reading in words, kept as a message: what the safety flag lists as a trigger,
        written in its reader's language."""
        value = message(N_("{name} {value} {unit} on {day}"), name=self.name_text,
                        value=number(self.value, 2), unit=self.unit, day=Day(self.collected_on))
        if self.code == CA_P:
            return message(
                N_("{reading} ({inputs}): above {against}") if self.abnormal
                else N_("{reading} ({inputs}): not above {against}"),
                reading=value, inputs=self.inputs_text, against=self.against_text,
            )
        verdict = {
            # TRANSLATORS: {against} is a whole phrase with its article ("the lab's range
            # 8.5–10.5 mg/dL"): a language that contracts a preposition with the article may write
            # it so (pt-PT "fora d{against}" gives "fora do intervalo").
            "high": N_("{reading}: high, outside {against}"),
            "low": N_("{reading}: low, outside {against}"),
            None: N_("{reading}: within {against}"),
        }[self.flag]
        text = message(verdict, reading=value, against=self.against_text)
        if not self.basis:
            return text
        return message(N_("{reading} ({basis})"), reading=text, basis=message(self.basis))


def mineral_hint() -> str:
    """``MINERAL_HINT`` in the current language, as a sentence starts ("Abnormal mineral …")."""
    hint = _(MINERAL_HINT)
    return hint[:1].upper() + hint[1:]


def _unit(unit: str) -> str:
    return "µmol/L" if unit == "umol/L" else unit


def _against(found: ReferenceRange) -> Text:
    bounds = range_text(found.low, found.high, _unit(found.unit), 2)
    if found.kind == "lab":
        return message(N_("the lab's range {range}"), range=bounds)
    citation = f" {found.citation}" if found.citation else ""
    return message(
        N_("the {source} {range}{citation} (no range from the reporting lab)"),
        source=found.source_text or found.source, range=bounds, citation=citation,
    )


def _latest(results: Sequence[LabResult], code: str) -> LabResult | None:
    found = [r for r in results if r.analyte == code]
    return found[-1] if found else None


def _read(result: LabResult, name: Text, code: str, patient: Patient) -> MineralReading | None:
    """``result`` against its range by ``lab_reference`` (None when no range is known)."""
    try:
        found = reference_range(result, patient.sex.value, patient.age_on(result.collected_on))
    except DomainValidationError:  # a lab range whose low end is above its high end
        return None
    if found is None:
        return None
    return MineralReading(code, name, result.collected_on, result.value, _unit(result.unit),
                          _against(found), found.flag)  # fmt: skip


def _calcium(results: Sequence[LabResult], patient: Patient, day: date) -> MineralReading | None:
    calcium = _latest(results, "calcium_total")
    if calcium is None:
        return None
    if _latest(results, "albumin") is not None:
        corrected = derived_labs.corrected_calcium(results, day)
        found = corrected.reference
        if corrected.value is not None and found is not None:
            return MineralReading(CALCIUM, message(N_("Corrected calcium")), day, corrected.value,
                                  _unit(corrected.unit), _against(found), corrected.flag,
                                  CORRECTED_BASIS, corrected.inputs_text)  # fmt: skip
    reading = _read(calcium, message(N_("Total calcium")), CALCIUM, patient)
    if reading is None:
        return None
    return MineralReading(reading.code, reading.name_text, reading.collected_on, reading.value,
                          reading.unit, reading.against_text, reading.flag,
                          MEASURED_BASIS)  # fmt: skip


def _ca_p(results: Sequence[LabResult], day: date, limit: float) -> MineralReading | None:
    product = derived_labs.calcium_phosphate(results, day, limit)
    if product.value is None:
        return None
    return MineralReading(CA_P, message(N_("Ca × P")), day, product.value, "mg²/dL²",
                          message(N_("{limit} mg²/dL²"), limit=Number(limit)), product.flag,
                          inputs_text=product.inputs_text)  # fmt: skip


def day_readings(
    results: Sequence[LabResult], patient: Patient, day: date, ca_p_limit: float
) -> tuple[MineralReading, ...]:
    """Calcium, phosphate and Ca × P from the results collected on ``day`` (the latest result of
    each analyte wins), each that can be read."""
    own = [r for r in results if r.collected_on == day]
    phosphate = _latest(own, "phosphate")
    found = (
        _calcium(own, patient, day),
        None if phosphate is None else _read(phosphate, message(N_("Phosphate")), PHOSPHATE,
                                             patient),
        _ca_p(own, day, ca_p_limit),
    )
    return tuple(r for r in found if r is not None)


def mineral_readings(
    results: Sequence[LabResult], patient: Patient, until: date, ca_p_limit: float
) -> tuple[MineralReading, ...]:
    """What the safety flag reads in a chart up to ``until``: the latest calcium (read with its
    day's albumin), the latest phosphate, and Ca × P from the latest day with both."""
    before = [r for r in results if r.collected_on <= until]

    def last_day(*codes: str) -> date | None:
        days = [{r.collected_on for r in before if r.analyte == code} for code in codes]
        both = set.intersection(*days)
        return max(both) if both else None

    found: list[MineralReading] = []
    for code, codes in ((CALCIUM, ("calcium_total",)), (PHOSPHATE, ("phosphate",)),
                        (CA_P, ("calcium_total", "phosphate"))):  # fmt: skip
        day = last_day(*codes)
        if day is None:
            continue
        found += [r for r in day_readings(before, patient, day, ca_p_limit) if r.code == code]
    return tuple(found)


def row_note(analyte: str, readings: Sequence[MineralReading]) -> str:
    """How the rule reads a lab row of ``analyte`` among ``readings`` (one day's), in the current
    language: for total calcium, which calcium is read; for a calcium or phosphate read as
    abnormal, the hint; else "" (another analyte, or nothing read)."""
    code = {"calcium_total": CALCIUM, "phosphate": PHOSPHATE}.get(analyte)
    reading = next((r for r in readings if r.code == code), None)
    if reading is None:
        return ""
    if reading.basis == CORRECTED_BASIS:
        return render(message(N_("{basis} (see Derived values)"), basis=message(reading.basis)))
    parts: list[Text] = []
    if reading.basis:
        parts.append(message(reading.basis))
    if reading.abnormal:
        parts.append(message(N_("{hint} [R7][R60]"), hint=message(MINERAL_HINT)))
    return render(joined(N_("; "), parts))
