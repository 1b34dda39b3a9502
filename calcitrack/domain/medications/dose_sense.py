"""Dose sense: a dose compared with its drug's label (decision support for the prescriber).

Entry point for the visit form and the import checks::

    dose_concerns(drug, dose, dose_unit, frequency, route, *, weight_kg, settings)
        -> list[DoseConcern]

It answers for one medication change being typed (start a drug, change a dose): nothing when the
dose is within what the label states, else one ``DoseConcern`` per rule broken, each with the
text a nurse reads, its level (``DoseLevel.SAFETY``: a safety flag, the entry should be confirmed;
``DoseLevel.WARNING``: for prescriber review), its source ``[R#]`` and the clinic setting whose
value it used. ``review_dose`` gives the same with the reasons a limit could not be checked (no
weight for a mg/kg limit, a dose in mL). ``regimen_concerns`` judges several periods of a chart
together (two periods of one drug add up); ``safety_flags.dose_flags`` makes flags of it.

The rules (DOMAIN.md §0.6, §5.4b; the numbers are clinic settings from ``dose_labels``):

* **Above the label maximum** — the dose as recorded, as a total over the label's span (the most
  taken in one day, week or four weeks: dose × doses in the span, and at least one dose; or one
  dose), strictly above the limit in force: a safety flag. An unset optional limit (no label
  maximum found) is no check.
* **Methotrexate not weekly** — any schedule but once weekly is a safety flag: daily dosing of
  weekly methotrexate is the classic, sometimes fatal, prescribing error [R63].
* **Methotrexate above the weekly maximum** — a weekly total above the label's 25 mg is a warning
  for prescriber review [R63][R64].

Doses in mg or g compare with mass limits; per-kg limits divide by ``weight_kg`` (the caller picks
it: the visit's weight, else the latest earlier one, DOMAIN.md §0.7, and may say which in
``weighed``); a dose typed in mg/kg or g/kg is multiplied by the weight for a mass limit. A dose in
mL or IU, or a per-kg comparison without a weight, is not checked (said in ``unchecked``). A limit
applies only to the routes its label covers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import DoseUnit, Frequency, Route
from calcitrack.domain.dose_labels import (
    LABEL_BY_DRUG,
    DoseBasis,
    DoseLevel,
    DoseLimit,
    LabelDosing,
)
from calcitrack.domain.flags import Severity
from calcitrack.domain.medications.drugs import DRUGS, drug_text
from calcitrack.domain.rule_text import Arg, Number, Text, joined, message, render
from calcitrack.i18n.catalogue import N_, using
from calcitrack.i18n.languages import Language

DECISION_SUPPORT = N_("Decision support: for the prescriber to review.")
NOT_WEEKLY = "methotrexate_not_weekly"
_DAILY = (Frequency.QD, Frequency.BID, Frequency.TID, Frequency.QID)
_MASS_MG = {DoseUnit.MG: 1.0, DoseUnit.G: 1000.0}
_PER_KG_MG = {DoseUnit.MG_PER_KG: 1.0, DoseUnit.G_PER_KG: 1000.0}
_IN_MG = {"mg": 1.0, "g": 1000.0}


def above_max_code(drug: str) -> str:
    """The flag code of a dose above the maximum, e.g. ``diltiazem_above_max``."""
    return f"{drug}_above_max"


def in_english(text: Arg) -> str:
    """``text`` written in English whatever the reader's language: what is stored (the audit
    trail's confirmation of an unusual dose) is English, as CalciTrack always wrote it."""
    with using(Language.ENGLISH):
        return render(text)


@dataclass(frozen=True)
class DoseConcern:
    """One rule a dose breaks, with everything a nurse needs to read and a flag needs to show.

    Its texts are kept as messages (``rule_text``) and written when read: ``text`` in the
    reader's language (the visit form), ``title``, ``recorded``, ``reason`` and ``total`` in
    English (what is stored, e.g. the audit trail's confirmation; the ``*_text`` fields give the
    messages to a caller that writes them in the reader's language)."""

    code: str
    """``<drug>_above_max`` or ``methotrexate_not_weekly`` (the safety flag's code)."""
    drug: str
    level: DoseLevel
    severity: Severity
    """The safety flag's severity: methotrexate daily is a contraindication, the rest warnings."""
    title_text: Text
    """ "Methotrexate scheduled twice daily, not weekly"."""
    recorded_text: Arg
    """The dose as recorded and its total: "Methotrexate 90 mg twice daily = 1260 mg/week"."""
    reason_text: Text
    """The rule in words, with the number in force."""
    source: str
    """ "[R63]": what the reason cites."""
    setting_key: str | None = None
    """The clinic setting whose value the rule used."""
    total_text: Text = ""
    """The total compared, with its unit and weight: "500 mg/day", "3.33 mg/kg/day at 60 kg"."""

    @property
    def title(self) -> str:
        """The title in English."""
        return in_english(self.title_text)

    @property
    def recorded(self) -> str:
        """The dose as recorded, in English."""
        return in_english(self.recorded_text)

    @property
    def reason(self) -> str:
        """The rule in English."""
        return in_english(self.reason_text)

    @property
    def total(self) -> str:
        """The total compared, in English ("" for a schedule concern)."""
        return in_english(self.total_text)

    @property
    def text(self) -> str:
        """What the nurse reads, in the current language: the dose, the rule and its source, and
        that it is decision support."""
        return render(self.text_message)

    @property
    def text_message(self) -> Text:
        """``text`` kept as a message, to be written in the reader's language."""
        return message(
            # TRANSLATORS: a dose check in the visit form: "Diltiazem 600 mg once daily = 600
            # mg/day: above 480 mg/day, the label maximum (label: ...) [R38]. Decision ...".
            N_("{dose}: {reason} {source}. {decision_support}"),
            dose=self.recorded_text,
            reason=self.reason_text,
            source=self.source,
            decision_support=message(DECISION_SUPPORT),
        )


@dataclass(frozen=True)
class DoseReview:
    concerns: tuple[DoseConcern, ...]
    unchecked: tuple[str, ...] = ()
    """Why a limit in force could not be applied, e.g. "mg/kg/day: no weight recorded"
    (English)."""


@dataclass(frozen=True)
class Dose:
    """A dose as recorded: one change typed, or one medication period of a chart."""

    drug: str
    dose: float
    dose_unit: DoseUnit
    frequency: Frequency
    route: Route
    drug_name: str = ""

    @property
    def name(self) -> str:
        return self.drug_name or (DRUGS[self.drug].name if self.drug in DRUGS else self.drug)

    @property
    def name_text(self) -> Text:
        """The drug's name kept language-neutral (``drug_text``): translated when shown."""
        return drug_text(self.drug, self.drug_name)

    def describe(self) -> str:
        """ "Methotrexate 90 mg twice daily" (English)."""
        return in_english(self.description())

    def description(self) -> Text:
        """ "Methotrexate 90 mg twice daily", written in the reader's language when shown (the
        drug's name as recorded)."""
        return message(
            # TRANSLATORS: a dose as recorded: drug name, dose, unit, schedule
            # ("Methotrexate 90 mg twice daily").
            N_("{drug} {dose} {unit} {frequency}"),
            drug=self.name_text,
            dose=Number(self.dose),
            unit=self.dose_unit.label_text,
            frequency=self.frequency.label_text,
        )


def dose_concerns(
    drug: str,
    dose: float,
    dose_unit: DoseUnit,
    frequency: Frequency,
    route: Route,
    *,
    weight_kg: float | None,
    settings: ClinicSettings,
    weighed: Text = "",
) -> list[DoseConcern]:
    """The concerns with one dose being entered (see the module docstring); [] when none.

    ``drug`` is a code of ``calcitrack.domain.medications.drugs`` ("other" and unknown codes: no
    concern);
    ``weight_kg`` the weight to use for per-kg limits (None: those are not checked);
    ``weighed`` says where the weight comes from, shown after it ("this visit's weight").
    Pure: no I/O; safe to call on every keystroke.
    """
    item = Dose(drug, dose, dose_unit, frequency, route)
    return list(review_dose([item], weight_kg=weight_kg, settings=settings, weighed=weighed)
                .concerns)


def review_dose(
    doses: Sequence[Dose],
    *,
    weight_kg: float | None,
    settings: ClinicSettings,
    weighed: Text = "",
) -> DoseReview:
    """The concerns with ``doses`` taken together (doses of one drug add up), and what could not
    be checked."""
    concerns: list[DoseConcern] = []
    unchecked: list[str] = []
    by_drug: dict[str, list[Dose]] = {}
    for item in doses:
        if item.drug in LABEL_BY_DRUG and item.dose > 0:
            by_drug.setdefault(item.drug, []).append(item)
    for drug, items in by_drug.items():
        label = LABEL_BY_DRUG[drug]
        if label.weekly_only:
            concerns.extend(_not_weekly(label, item) for item in items
                            if item.frequency is not Frequency.QW)
        for limit in label.limits:
            found, why = _check(limit, items, weight_kg, weighed, settings)
            concerns.extend(found)
            unchecked.extend(why)
    return DoseReview(tuple(concerns), tuple(unchecked))


def regimen_concerns(
    doses: Sequence[Dose], *, weight_kg: float | None, settings: ClinicSettings,
    weighed: Text = "",
) -> list[DoseConcern]:
    """The concerns with a whole regimen (the periods active on one day)."""
    return list(review_dose(doses, weight_kg=weight_kg, settings=settings, weighed=weighed)
                .concerns)


def label_summary(drug: str, settings: ClinicSettings) -> str:
    """What the label says of ``drug`` and the limits in force, for a hint beside the entry, in
    the current language: "Label: ER capsules once daily; tablets 3-4 times daily [R38]. Dose
    check: flagged above 480 mg/day." (the label's own words are quoted in English)."""
    label = LABEL_BY_DRUG.get(drug)
    if label is None:
        return ""
    parts: list[Text] = []
    for limit in label.limits:
        value = settings.optional(limit.key)
        if value is None:
            parts.append(message(
                N_("no label maximum found; the clinic has set no limit ({unit})"),
                unit=_unit(limit),
            ))
        elif limit.level is DoseLevel.WARNING:
            parts.append(message(
                N_("warning above {limit} {unit}"), limit=Number(value), unit=_unit(limit)
            ))
        else:
            parts.append(message(
                N_("flagged above {limit} {unit}"), limit=Number(value), unit=_unit(limit)
            ))
    checks = joined(N_("; "), parts)
    if label.weekly_only:
        return render(message(
            N_("Label: {usual}. Only a once-weekly schedule is right. Dose check: {checks}."),
            usual=label.usual, checks=checks,
        ))
    return render(message(N_("Label: {usual}. Dose check: {checks}."),
                          usual=label.usual, checks=checks))


# ------------------------------------------------------------------ the rules


def _not_weekly(label: LabelDosing, item: Dose) -> DoseConcern:
    daily = item.frequency in _DAILY
    if daily:
        reason = message(N_(
            "low-dose methotrexate is taken once weekly; scheduling it daily instead of weekly "
            "is a classic prescribing error that has killed patients"
        ))
    else:
        reason = message(
            N_("low-dose methotrexate is taken once weekly; this schedule is not weekly")
        )
    return DoseConcern(
        NOT_WEEKLY,
        label.drug,
        DoseLevel.SAFETY,
        Severity.CONTRAINDICATION if daily else Severity.WARNING,
        message(N_("{drug} scheduled {frequency}, not weekly"),
                drug=item.name_text, frequency=item.frequency.label_text),
        _with_totals(item),
        reason,
        "[R63]",
    )


def _with_totals(item: Dose) -> Text:
    """ "Methotrexate 90 mg twice daily = 180 mg/day = 1260 mg/week" (daily schedules)."""
    per_day = item.frequency.doses_per_day
    if item.frequency not in _DAILY or per_day is None:
        return item.description()
    return message(
        N_("{dose} = {per_day} {unit}/day = {per_week} {unit}/week"),
        dose=item.description(),
        per_day=_number(item.dose * per_day),
        per_week=_number(item.dose * per_day * 7),
        unit=message(item.dose_unit.english_label),
    )


def _check(
    limit: DoseLimit,
    items: Sequence[Dose],
    weight_kg: float | None,
    weighed: Text,
    settings: ClinicSettings,
) -> tuple[list[DoseConcern], list[str]]:
    value = settings.optional(limit.key)
    items = [i for i in items if limit.applies_to(i.route, i.frequency)]
    if value is None or not items:
        return [], []
    amounts: list[tuple[Dose, float]] = []
    for item in items:
        amount, why = _amount(limit, item, weight_kg)
        if amount is None:
            return [], [f"{item.describe()}: not checked against {value:g} {limit.unit} ({why})"]
        amounts.append((item, amount))
    if limit.basis is DoseBasis.PER_DOSE:
        return [_above(limit, value, [(i, a)], weight_kg, weighed, settings)
                for i, a in amounts if a > value], []
    total = sum(a * _doses_in(limit.basis, i.frequency) for i, a in amounts)
    if not total > value:
        return [], []
    return [_above(limit, value, amounts, weight_kg, weighed, settings, total)], []


def _amount(limit: DoseLimit, item: Dose, weight_kg: float | None) -> tuple[float | None, str]:
    """One dose in the limit's unit (mg, g, mg/kg, g/kg), or None and why not."""
    if item.dose_unit in _MASS_MG:
        mg = item.dose * _MASS_MG[item.dose_unit]
        if limit.per_kg:
            if not weight_kg:
                return None, "no weight recorded"
            mg /= weight_kg
    elif item.dose_unit in _PER_KG_MG:
        mg = item.dose * _PER_KG_MG[item.dose_unit]
        if not limit.per_kg:
            if not weight_kg:
                return None, "a dose per kg and no weight recorded"
            mg *= weight_kg
    else:
        return None, f"a dose in {item.dose_unit.english_label}"
    return mg / _IN_MG[limit.mass_unit], ""


def _doses_in(basis: DoseBasis, frequency: Frequency) -> float:
    """How many doses fall in the span at most: dose × doses per day × days, at least one."""
    per_day = frequency.doses_per_day
    return max(1.0, (per_day or 0.0) * basis.days)


_TITLES = {
    DoseBasis.PER_DAY: N_("{drug} above the daily maximum: for prescriber review"),
    DoseBasis.PER_WEEK: N_("{drug} above the weekly maximum: for prescriber review"),
}
_WARNING_TITLE = N_("{drug} above the maximum: for prescriber review")
_SAFETY_TITLE = N_("{drug} above the label maximum")
_REASONS = {
    # TRANSLATORS: {label} is the drug label's own words, quoted in English.
    "label": N_("above {limit} {unit}, the label maximum (label: {label})"),
    "usual": N_("above {limit} {unit}, the label's usual maximum (label: {label})"),
    "clinic": N_("above {limit} {unit}, the clinic's limit (label: {label})"),
}
_SPANS = {
    # TRANSLATORS: a dose unit and its span: "mg/day", "mg/kg/day", "mg per dose", "g/kg per 4
    # weeks" ({unit} is "mg", "mg/kg", "g" or "g/kg").
    DoseBasis.PER_DOSE: N_("{unit} per dose"),
    DoseBasis.PER_DAY: N_("{unit}/day"),
    DoseBasis.PER_WEEK: N_("{unit}/week"),
    DoseBasis.PER_4_WEEKS: N_("{unit} per 4 weeks"),
}


def _above(
    limit: DoseLimit,
    value: float,
    amounts: Sequence[tuple[Dose, float]],
    weight_kg: float | None,
    weighed: Text,
    settings: ClinicSettings,
    total: float | None = None,
) -> DoseConcern:
    items = [item for item, _ in amounts]
    name = items[0].name_text
    total = amounts[0][1] if total is None else total
    total_text: Text = _amount_text(_number(total), limit)
    if weight_kg and any(limit.per_kg != (i.dose_unit in _PER_KG_MG) for i in items):
        weight = Number(weight_kg)
        if weighed:
            total_text = message(N_("{total} at {weight} kg ({weighed})"),
                                 total=total_text, weight=weight, weighed=weighed)
        else:
            total_text = message(N_("{total} at {weight} kg"), total=total_text, weight=weight)
    recorded: Arg = joined(N_(" + "), [item.description() for item in items])
    same_unit = items[0].dose_unit.value == limit.mass_unit and not limit.per_kg
    if limit.basis is not DoseBasis.PER_DOSE or not same_unit:
        recorded = message(N_("{doses} = {total}"), doses=recorded, total=total_text)
    default = settings.optional(limit.key) == limit.default
    if limit.level is DoseLevel.WARNING:
        whose = "usual" if default else "clinic"
        title = message(_TITLES.get(limit.basis, _WARNING_TITLE), drug=name)
    else:
        whose = "label" if default else "clinic"
        title = message(_SAFETY_TITLE, drug=name)
    said = limit.source.split(" [R", 1)[0]
    reason = message(_REASONS[whose], limit=_number(value), unit=_unit(limit), label=said)
    return DoseConcern(
        above_max_code(limit.drug),
        limit.drug,
        limit.level,
        Severity.WARNING,
        title,
        recorded,
        reason,
        limit.cited,
        limit.key,
        total_text,
    )


def _unit(limit: DoseLimit) -> Text:
    """The limit's unit in the reader's language ("mg/day" is "mg/dia" in Portuguese): the same
    text as ``limit.unit`` in English."""
    mass = f"{limit.mass_unit}/kg" if limit.per_kg else limit.mass_unit
    return message(_SPANS[limit.basis], unit=mass)


def _amount_text(amount: Number, limit: DoseLimit) -> Text:
    # TRANSLATORS: an amount and its unit ("500 mg/day").
    return message(N_("{amount} {unit}"), amount=amount, unit=_unit(limit))


def _number(value: float) -> Number:
    """``value`` with at most two decimals, trailing zeros dropped ("3.33", "1.5", "480")."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    decimals = len(text.partition(".")[2])
    return Number(value, f".{decimals}f")
