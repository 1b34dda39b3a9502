"""A MedicationStatement per medication period: the drug (its ATC code where CalciTrack's drug
list has a verified one, always its local code and name), the dose as a UCUM quantity, how often,
the route, and ``effectivePeriod`` from the first day taken to the **last day taken**: CalciTrack
stores ``stop_on`` as the first day *off* the dose, FHIR's period end is inclusive, so the end is
``stop_on - 1 day``. A period without ``stop_on`` is active and has no end."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from fhir.resources.R4B.annotation import Annotation
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.dosage import Dosage, DosageDoseAndRate
from fhir.resources.R4B.medicationstatement import MedicationStatement
from fhir.resources.R4B.period import Period
from fhir.resources.R4B.reference import Reference
from fhir.resources.R4B.timing import Timing, TimingRepeat

from calcitrack.domain.codes import Frequency
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.reports.interop.fhir_codes import (
    ATC,
    LOCAL_SYSTEMS,
    coding,
    concept,
    local_concept,
    ucum,
)
from calcitrack.reports.interop.fhir_entries import Entries, on

_REPEAT: dict[Frequency, TimingRepeat | None] = {
    Frequency.QD: TimingRepeat(frequency=1, period=Decimal(1), periodUnit="d"),
    Frequency.BID: TimingRepeat(frequency=2, period=Decimal(1), periodUnit="d"),
    Frequency.TID: TimingRepeat(frequency=3, period=Decimal(1), periodUnit="d"),
    Frequency.QID: TimingRepeat(frequency=4, period=Decimal(1), periodUnit="d"),
    Frequency.QW: TimingRepeat(frequency=1, period=Decimal(1), periodUnit="wk"),
    Frequency.Q2W: TimingRepeat(frequency=1, period=Decimal(2), periodUnit="wk"),
    Frequency.Q4W: TimingRepeat(frequency=1, period=Decimal(4), periodUnit="wk"),
    Frequency.QMONTH: TimingRepeat(frequency=1, period=Decimal(1), periodUnit="mo"),
    Frequency.ONCE: TimingRepeat(count=1),
    Frequency.PRN: None,
}


def last_day_taken(period: MedicationPeriod) -> date | None:
    """The inclusive end of ``period`` (None while current): the day before ``stop_on``, never
    before the first day."""
    if period.stop_on is None:
        return None
    return max(period.start_on, period.stop_on - timedelta(days=1))


def medication(period: MedicationPeriod) -> CodeableConcept:
    atc = period.atc or (DRUGS[period.drug].atc if period.drug in DRUGS else None)
    codings = [coding(ATC, atc, period.drug_name)] if atc else []
    # display is the list's name of the code ("Other" for every drug not on the list); the
    # drug's own name is the text
    listed = DRUGS[period.drug].name if period.drug in DRUGS else period.drug_name
    codings.append(coding(LOCAL_SYSTEMS["drug"], period.drug, listed))
    return concept(*codings, text=period.drug_name)


def add_medications(
    entries: Entries, periods: tuple[MedicationPeriod, ...], subject: Reference
) -> None:
    for period in periods:
        end = last_day_taken(period)
        repeat = _REPEAT[period.frequency]
        dosage = Dosage(
            text=f"{period.dose:g} {period.dose_unit.english_label} "
            f"{period.frequency.english_label}, {period.route.english_label.lower()}",
            timing=Timing(repeat=repeat) if repeat else None,
            asNeededBoolean=True if period.frequency is Frequency.PRN else None,
            route=local_concept("route", period.route),
            doseAndRate=[DosageDoseAndRate(doseQuantity=ucum(period.dose, period.dose_unit.value,
                                                             period.dose_unit.english_label))],
        )  # fmt: skip
        notes = [
            Annotation(text=f"{label}: {reason}")
            for label, reason in (("Started", period.start_reason), ("Stopped", period.stop_reason))
            if reason
        ]
        entries.add(
            MedicationStatement(
                status="active" if period.stop_on is None else "completed",
                medicationCodeableConcept=medication(period),
                subject=subject,
                effectivePeriod=Period(start=on(period.start_on),
                                       end=on(end) if end is not None else None),
                dosage=[dosage],
                note=notes or None,
            )
        )  # fmt: skip
