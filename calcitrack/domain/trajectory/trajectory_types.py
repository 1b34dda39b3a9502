"""The frozen values of the trajectory dashboard: points, series and the tracks and marks drawn
beside them (calcitrack.domain.trajectory.trajectories builds them from one PatientChart).

Pure data, no drawing: the same values feed the Qt canvas, the PDF and the tests. Every point
carries its date and a short hover text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Literal

from calcitrack.domain.codes import Das28Variant, Side
from calcitrack.domain.medications.drugs import drug_label
from calcitrack.domain.rule_text import Number, Text
from calcitrack.i18n.catalogue import N_

AREA_LABEL = N_("Area (ellipse estimate), mm²")
EventKind = Literal["start", "stop", "increase", "decrease", "change"]
MarkerKind = Literal["regimen_start", "surgery", "procedure", "imaging"]
LesionMarkKind = Literal["ulcerated", "infected"]


@dataclass(frozen=True)
class Point:
    day: date
    value: float
    text: str


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    unit: str
    points: tuple[Point, ...] = ()

    def __len__(self) -> int:
        return len(self.points)

    # Worked out once per series (it is frozen): a dashboard asks each series for its days and
    # values several times (is it in the dates shown, where are its points, its y limits).
    @cached_property
    def days(self) -> tuple[date, ...]:
        return tuple(p.day for p in self.points)

    @cached_property
    def values(self) -> tuple[float, ...]:
        return tuple(p.value for p in self.points)


@dataclass(frozen=True)
class LesionMark:
    """A lesion ulcerated or infected at a visit, placed on that lesion's area."""

    lesion: str
    kind: LesionMarkKind
    day: date
    area_mm2: float
    text: str


@dataclass(frozen=True)
class RomSeries:
    joint: str
    movement: str
    side: Side
    reference_deg: float | None
    reference_source: str
    series: Series


@dataclass(frozen=True)
class LabSeries:
    """One lab trend in one display unit, with its reference band (either bound may be open)
    and, for Ca×P and eGFR, the decision threshold of §0.6 instead of a range."""

    code: str
    name: str
    unit: str
    unit_text: str
    series: Series
    ref_low: float | None = None
    ref_high: float | None = None
    ref_text: str = ""
    threshold: float | None = None
    threshold_text: str = ""

    @property
    def label(self) -> str:
        return f"{self.name}, {self.unit_text}"


@dataclass(frozen=True)
class DoseStep:
    """One dose between two dates; ``stop`` is the first day off it (None while current)."""

    start: date
    stop: date | None
    text: Text
    """The dose written on the step ("60 mg BID"), then shorter ("60 mg", "60"): each written in
    the reader's language when drawn (``render``)."""
    short_text: Text
    dose_text: Number
    hover: Text
    """What the step's hover says, written in the reader's language when shown (``render``)."""


@dataclass(frozen=True)
class MedicationEvent:
    day: date
    kind: EventKind
    text: Text
    """What the event's hover says, written in the reader's language when shown (``render``)."""


@dataclass(frozen=True)
class MedicationTrack:
    key: str
    name: str
    steps: tuple[DoseStep, ...]
    events: tuple[MedicationEvent, ...]

    @property
    def shown_name(self) -> str:
        """The drug's name as a reader of the current language reads it (``drug_label``: a
        catalogue drug translated, a drug typed by the nurse as typed)."""
        return drug_label(self.key, self.name)


@dataclass(frozen=True)
class Marker:
    day: date
    kind: MarkerKind
    label: str
    text: str


@dataclass(frozen=True)
class Trajectories:
    burden: Series
    sum_longest: Series
    lesion_labels: tuple[str, ...]
    lesion_area: Mapping[str, Series]
    lesion_depth: Mapping[str, Series]
    lesion_marks: tuple[LesionMark, ...]
    pain: Series
    rom_joints: tuple[str, ...]
    rom: tuple[RomSeries, ...]
    das28: Mapping[Das28Variant, Series]
    cdai: Series
    sdai: Series
    labs: tuple[LabSeries, ...]
    medications: tuple[MedicationTrack, ...]
    markers: tuple[Marker, ...]
    first_day: date | None
    last_day: date | None
    burden_incomplete: Series = Series("burden_incomplete", "Total area, incomplete visit", "mm²")
    """The totals of the visits that left an active lesion unmeasured: drawn apart from
    ``burden`` (a partial total joined to the line would read as a drop)."""
    sum_longest_incomplete: Series = Series(
        "sum_longest_incomplete", "Sum of longest diameters, incomplete visit", "mm"
    )
