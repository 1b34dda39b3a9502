"""The soft check of a dose being entered: a medication started or changed at a visit whose dose
breaks its drug's label rules (``dose_sense``: above the label maximum, methotrexate on a schedule
other than weekly) is saved only once the nurse has confirmed it, like every unusual value
(plausibility.py), and the confirmation is kept in the audit trail. Once saved, the same rules
raise the safety flags (``safety_flags.dose_flags``).

Per-kg limits use the weight typed at this visit, else the latest earlier one (DOMAIN.md §0.7),
and say which.

The label, the dose as shown, the frame of the reason ("…. Decision support: for the prescriber to
review.") and the setting are messages written in the reader's language
(``calcitrack.domain.rule_text``); the concern's own words come from ``dose_sense`` as English
strings and are put in as they are. The dose's neutral text (a confirmation's key) uses the
English unit and frequency, whatever the language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from calcitrack.domain.clinic_settings import ClinicSettings, definition
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.medications.dose_sense import DoseConcern, dose_concerns
from calcitrack.domain.medications.drugs import drug_text
from calcitrack.domain.medications.regimen import weight_on
from calcitrack.domain.rule_text import Day, Message, Number, Text, message
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.visit_entry import MedicationChange, MedicationChangeKind, VisitEntry
from calcitrack.i18n.catalogue import N_


def dose_vs_label(
    entry: VisitEntry, chart: PatientChart, settings: ClinicSettings
) -> Iterable[UnusualValue]:
    """Each concern with a dose started or changed at this visit, as an unusual value on the
    change's dose."""
    visit = entry.visit
    weight_kg, weighed = _weight(chart, visit)
    for i, change in enumerate(entry.medication_changes):
        if change.kind is MedicationChangeKind.STOP:
            continue
        if None in (change.dose, change.dose_unit, change.frequency, change.route):
            continue  # incomplete: the change's own problems say so
        assert change.dose is not None and change.dose_unit is not None
        assert change.frequency is not None and change.route is not None
        concerns = dose_concerns(
            change.drug,
            change.dose,
            change.dose_unit,
            change.frequency,
            change.route,
            weight_kg=weight_kg,
            settings=settings,
            weighed=weighed,
        )
        for concern in concerns:
            yield _unusual(i, change, concern, visit, settings)


def _unusual(
    index: int,
    change: MedicationChange,
    concern: DoseConcern,
    visit: Visit,
    settings: ClinicSettings,
) -> UnusualValue:
    assert change.dose is not None and change.dose_unit is not None
    assert change.frequency is not None
    key = concern.setting_key or ""
    limit: Text = ""
    if key:
        value = settings.optional(key)
        limit = (
            message(N_("{setting}: not set"), setting=message(definition(key).label))
            if value is None
            else message(N_("{setting}: {value} {unit}"), setting=message(definition(key).label),
                         value=Number(value), unit=definition(key).unit)
        )  # fmt: skip
    label = (
        N_("Change dose of {drug}")
        if change.kind is MedicationChangeKind.DOSE
        else N_("Start {drug}")
    )
    return UnusualValue(
        concern.code,
        f"medication_changes[{index}].dose",
        f"medication/{change.kind.value}/{change.drug}/{change.drug_name}",
        message(label, drug=change.name),
        f"{change.dose:g} {change.dose_unit.english_label} {change.frequency.english_label}",
        message(
            N_("{title}: {recorded} — {reason} {source}. Decision support: for the prescriber "
               "to review."),
            title=concern.title,
            recorded=concern.recorded,
            reason=concern.reason,
            source=concern.source,
        ),
        key,
        limit,
        visit.visit_date,
        message(
            N_("{dose} {unit} {frequency}"),
            dose=Number(change.dose),
            unit=Message(change.dose_unit.english_label),
            frequency=Message(change.frequency.english_label),
        ),
    )


def _weight(chart: PatientChart, visit: Visit) -> tuple[float | None, str]:
    if visit.weight_kg is not None and visit.weight_kg > 0:
        return visit.weight_kg, "this visit's weight"
    earlier = [v for v in chart.visits if visit.id is None or v.id != visit.id]
    found = weight_on(earlier, visit.visit_date)
    if found is None:
        return None, ""
    return found[0], f"weight of {found[1].isoformat()}"


def period_doses_vs_label(chart: PatientChart, settings: ClinicSettings) -> Iterable[UnusualValue]:
    """The same check on the medication periods of a whole chart (an import): each period's dose
    against its label, per-kg limits with the weight at its start; paths ``medications[k].dose``."""
    for k, period in enumerate(chart.medications):
        found = weight_on(chart.visits, period.start_on)
        weight_kg, weighed = (None, "") if found is None else (found[0], f"weight of {found[1]}")
        concerns = dose_concerns(
            period.drug,
            period.dose,
            period.dose_unit,
            period.frequency,
            period.route,
            weight_kg=weight_kg,
            settings=settings,
            weighed=weighed,
        )
        change = MedicationChange(
            MedicationChangeKind.START,
            period.drug,
            period.start_reason,
            drug_name=period.drug_name,
            dose=period.dose,
            dose_unit=period.dose_unit,
            frequency=period.frequency,
            route=period.route,
        )
        started = Visit(chart.patient.id, period.start_on)
        for concern in concerns:
            unusual = _unusual(k, change, concern, started, settings)
            yield replace(
                unusual,
                field=f"medications[{k}].dose",
                subject=f"medication/period/{k}/{period.drug}",
                label_text=message(
                    N_("{drug} from {day}"),
                    drug=drug_text(period.drug, period.drug_name),
                    day=Day(period.start_on),
                ),
            )
