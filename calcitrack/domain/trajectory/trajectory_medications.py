"""Medication tracks of the trajectory dashboard: one MedicationTrack a drug, its dose steps and
its start, stop and dose-change events, and the dose texts written on a timeline step.

The dose texts of a step ("60 mg BID", "60 mg", "60") and the hover texts of a step and of an
event ("Diltiazem increased to 90 mg BID on 2024-03-01: reason") are kept language-neutral
(:class:`~calcitrack.domain.rule_text.Message`, ``Number``) and written in the reader's language
when the timeline is drawn: the drug's name as ``drug_text`` gives it (a catalogue drug
translated, a drug typed by the nurse as typed), the dose's number in the language's digits, the
unit and a schedule word ("weekly") in her words (the prescription abbreviations BID, q2w, IV as
they are), the dates ISO in English and in the language's date form elsewhere, and the reason as
the nurse typed it (only shortened). English reads exactly as it always did.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from calcitrack.domain.codes import Frequency, Route
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.medications.drugs import drug_text
from calcitrack.domain.rule_text import (
    Arg,
    Day,
    Message,
    Number,
    Text,
    in_context,
    message,
    render,
)
from calcitrack.domain.trajectory.trajectory_types import (
    DoseStep,
    EventKind,
    MedicationEvent,
    MedicationTrack,
)
from calcitrack.i18n.catalogue import N_, NC_

FREQUENCY_TEXT: Mapping[Frequency, str] = MappingProxyType({
    Frequency.QD: "QD", Frequency.BID: "BID", Frequency.TID: "TID", Frequency.QID: "QID",
    Frequency.QW: "weekly", Frequency.Q2W: "q2w", Frequency.Q4W: "q4w",
    Frequency.QMONTH: "monthly", Frequency.ONCE: "once", Frequency.PRN: "PRN",
})  # fmt: skip

SCHEDULE_CONTEXT = "dose schedule, short"
"""The gettext context of the schedules the timeline writes as a word ("weekly") in a hover."""
_SCHEDULE_WORDS: Mapping[Frequency, str] = MappingProxyType({
    Frequency.QW: NC_("dose schedule, short", "weekly"),
    Frequency.QMONTH: NC_("dose schedule, short", "monthly"),
    Frequency.ONCE: NC_("dose schedule, short", "once"),
})  # fmt: skip
"""The schedules of ``FREQUENCY_TEXT`` that are English words; the others are the prescription
abbreviations (QD, BID, q2w, PRN), written as they are in every language."""
ROUTE_CONTEXT = "dose route, short"
"""The gettext context of the routes the timeline writes as a word ("TOPICAL") after a dose."""
_ROUTE_WORDS: Mapping[Route, str] = MappingProxyType({
    Route.TOPICAL: NC_("dose route, short", "TOPICAL"),
    Route.INTRALESIONAL: NC_("dose route, short", "INTRALESIONAL"),
})  # fmt: skip
"""The routes whose code name is an English word; IV, SC and IM are abbreviations, written as
they are in every language."""


def medication_tracks(periods: Sequence[MedicationPeriod]) -> tuple[MedicationTrack, ...]:
    """One track a drug (an "other" drug by its name), in the order first started."""
    grouped_periods: dict[str, list[MedicationPeriod]] = defaultdict(list)
    for period in sorted(periods, key=lambda p: p.start_on):
        key = period.drug_name.lower() if period.drug == "other" else period.drug
        grouped_periods[key].append(period)
    return tuple(_track(key, items) for key, items in grouped_periods.items())


def dose_texts(period: MedicationPeriod) -> tuple[str, str, str]:
    """ "60 mg BID", "60 mg", "60": the dose as written on a timeline step, longest first, in the
    current language (``dose_messages`` written out)."""
    full, amount, number = dose_messages(period)
    return render(full), render(amount), render(number)


def dose_messages(period: MedicationPeriod) -> tuple[Message, Message, Number]:
    """The texts of ``dose_texts`` kept language-neutral, written when the timeline is drawn:
    the number in the reader's digits ("2,5 mg" in Portuguese), the unit and a schedule word in
    her words; English reads as CalciTrack always wrote them."""
    number = Number(period.dose)
    # TRANSLATORS: a dose's amount on the medication timeline: "60 mg".
    amount = message(N_("{dose} {unit}"), dose=number, unit=period.dose_unit.label_text)
    return dose_message(period), amount, number


def dose_message(period: MedicationPeriod) -> Message:
    """The timeline's full dose ("60 mg BID", "2.5 mg IV weekly") kept language-neutral, for a
    step and its hover: the number in the reader's digits, the unit in her words, a schedule or
    route word translated (the abbreviations as they are). English reads as CalciTrack always
    wrote it."""
    frequency = period.frequency
    schedule: Text = (
        in_context(SCHEDULE_CONTEXT, _SCHEDULE_WORDS[frequency])
        if frequency in _SCHEDULE_WORDS
        else FREQUENCY_TEXT[frequency]
    )
    args: dict[str, Arg] = {
        "dose": Number(period.dose), "unit": period.dose_unit.label_text, "schedule": schedule,
    }  # fmt: skip
    route = period.route
    if route is Route.ORAL:
        # TRANSLATORS: a dose on the medication timeline: "60 mg BID" (BID, QD, q2w, PRN are
        # prescription abbreviations, kept as they are).
        return message(N_("{dose} {unit} {schedule}"), **args)
    word = _ROUTE_WORDS.get(route)
    args["route"] = route.name if word is None else in_context(ROUTE_CONTEXT, word)
    # TRANSLATORS: a dose on the medication timeline given by another route than by mouth:
    # "2 g IV weekly" (IV, SC, IM: route abbreviations, kept as they are).
    return message(N_("{dose} {unit} {route} {schedule}"), **args)


def daily_dose(period: MedicationPeriod) -> float | None:
    """The amount a day (in the dose unit), None for a schedule that is not a daily one."""
    per_day = period.frequency.doses_per_day
    return None if per_day is None else period.dose * per_day


def dose_change_kind(before: MedicationPeriod, after: MedicationPeriod) -> EventKind:
    """How ``after`` changed ``before``'s dose: by the daily amount when both frequencies say
    how many doses a day, else by the dose (a change of unit or schedule is just "change")."""
    if before.dose_unit is not after.dose_unit:
        return "change"
    old, new = daily_dose(before), daily_dose(after)
    if old is None or new is None:
        if before.frequency is not after.frequency:
            return "change"
        old, new = before.dose, after.dose
    return "increase" if new > old else "decrease" if new < old else "change"


def _reason(text: str) -> str:
    """The reason the nurse typed, as typed: its spaces made single, cut after 70 characters."""
    text = " ".join(text.split())
    return f"{text[:70].rstrip()}…" if len(text) > 70 else text


_EVENT_TEXTS: Mapping[str, tuple[str, str]] = MappingProxyType({
    # TRANSLATORS: the hover of a drug's start on the medication timeline: "Diltiazem started
    # 60 mg BID on 2024-01-10".
    "start": (N_("{drug} started {dose} on {day}"),
              # TRANSLATORS: as "{drug} started {dose} on {day}", with the reason the nurse
              # typed (kept as typed) after the colon.
              N_("{drug} started {dose} on {day}: {reason}")),
    "increase": (N_("{drug} increased to {dose} on {day}"),
                 N_("{drug} increased to {dose} on {day}: {reason}")),
    "decrease": (N_("{drug} reduced to {dose} on {day}"),
                 N_("{drug} reduced to {dose} on {day}: {reason}")),
    "change": (N_("{drug} changed to {dose} on {day}"),
               N_("{drug} changed to {dose} on {day}: {reason}")),
})  # fmt: skip


def _event_text(kind: str, drug: Text, period: MedicationPeriod) -> Message:
    plain, with_reason = _EVENT_TEXTS[kind]
    reason = _reason(period.start_reason)
    args: dict[str, Arg] = {
        "drug": drug, "dose": dose_message(period), "day": Day(period.start_on),
    }  # fmt: skip
    return message(with_reason, reason=reason, **args) if reason else message(plain, **args)


def _step_hover(drug: Text, period: MedicationPeriod) -> Message:
    dose, start = dose_message(period), Day(period.start_on)
    if period.stop_on is None:
        # TRANSLATORS: the hover of a dose still given, on the medication timeline:
        # "Diltiazem 60 mg BID, 2024-01-10 – ongoing".
        return message(N_("{drug} {dose}, {start} – ongoing"), drug=drug, dose=dose, start=start)
    # TRANSLATORS: the hover of a dose given from one date until another (the first day
    # off it), on the medication timeline: "Diltiazem 60 mg BID, 2024-01-10 – until 2024-03-01".
    return message(
        N_("{drug} {dose}, {start} – until {stop}"),
        drug=drug, dose=dose, start=start, stop=Day(period.stop_on),
    )  # fmt: skip


def _track(key: str, periods: list[MedicationPeriod]) -> MedicationTrack:
    name = periods[0].drug_name
    drug = drug_text(periods[0].drug, name)
    steps, events = [], []
    previous: MedicationPeriod | None = None
    for period in periods:
        full, short, dose = dose_messages(period)
        steps.append(DoseStep(period.start_on, period.stop_on, full, short, dose,
                              _step_hover(drug, period)))  # fmt: skip
        day = period.start_on
        if previous is not None and previous.stop_on == day:
            kind = dose_change_kind(previous, period)
            events.append(MedicationEvent(day, kind, _event_text(kind, drug, period)))
        else:
            if previous is not None and previous.stop_on is not None:
                events.append(_stop(drug, previous))
            events.append(MedicationEvent(day, "start", _event_text("start", drug, period)))
        previous = period
    if previous is not None and previous.stop_on is not None:
        events.append(_stop(drug, previous))
    return MedicationTrack(key, name, tuple(steps), tuple(events))


def _stop(drug: Text, period: MedicationPeriod) -> MedicationEvent:
    day = period.stop_on
    assert day is not None
    reason = _reason(period.stop_reason)
    if reason:
        # TRANSLATORS: the hover of a drug's stop on the medication timeline, with the reason
        # the nurse typed (kept as typed): "Colchicine stopped on 2024-05-02: diarrhoea".
        text = message(N_("{drug} stopped on {day}: {reason}"), drug=drug, day=Day(day),
                       reason=reason)  # fmt: skip
    else:
        text = message(N_("{drug} stopped on {day}"), drug=drug, day=Day(day))
    return MedicationEvent(day, "stop", text)
