"""The burden of two visits compared on the lesions known at both (DOMAIN.md §0.3, §0.4).

Comparing the totals of two visits is only honest when both measured every active lesion: one
lesion of four measured today is a partial total, and set against the full total of the previous
visit it reads as a drop of 80 or 90 %. So a change of burden is computed **on the lesions that
can be compared** and says which they are:

* measured at both visits: its area then and now;
* measured at the earlier visit and resolved or excised by the later one: its area then, 0 now;
* first seen after the earlier visit and measured at the later one (new): 0 then, its area now.

Every other lesion that matters is **left out, and named**: active at the later visit and not
measured then ("not measured today"), or measured at the later visit although it was already
there at the earlier one and not measured then. A measurement whose label matches no lesion of
the chart is compared only when it was measured at both visits.

The same lesions give the **sum of longest diameters** compared (``longest_before_mm``,
``longest_after_mm``): one rule for both measures, never a partial sum against a full one.

A change is given only when something was measured at both visits, or the comparison is
complete: a visit that measured no lesion, with a lesion resolved that day and the others left
unmeasured, compares the resolved lesion alone and would read "−100 %"; that is no change of the
burden, so there is none (``comparable``). Every lesion resolved or excised with nothing left to
measure is complete, and a true −100 %.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from calcitrack.domain import lesions as lesion_math
from calcitrack.domain.entities import Lesion, LesionMeasurement, Visit
from calcitrack.domain.rule_text import Day, Number, Text, joined, message, ngettext, render
from calcitrack.domain.visits.visit_completeness import active_on, join_labels, resolved_by
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import N_, _


@dataclass(frozen=True)
class BurdenComparison:
    """The burden of ``earlier_on`` and ``later_on`` on the lesions comparable at both."""

    earlier_on: date
    later_on: date
    before_mm2: float
    """Sum of the ellipse areas at the earlier visit of the lesions compared (0 for new ones)."""
    after_mm2: float
    """Sum of the ellipse areas at the later visit of the lesions compared (0 for resolved)."""
    measured_both: tuple[str, ...] = ()
    resolved: tuple[str, ...] = ()
    """Measured at the earlier visit, resolved or excised by the later one (counted as 0)."""
    new: tuple[str, ...] = ()
    """First seen after the earlier visit and measured at the later one (0 before)."""
    not_measured_later: tuple[str, ...] = ()
    """Active at the later visit and not measured at it: left out."""
    not_measured_earlier: tuple[str, ...] = ()
    """Measured at the later visit, already there at the earlier one and not measured then (or
    resolved since without a measurement then): left out."""
    longest_before_mm: float = 0.0
    """Sum of the longest diameters at the earlier visit of the lesions compared."""
    longest_after_mm: float = 0.0
    """Sum of the longest diameters at the later visit of the lesions compared."""

    @property
    def compared(self) -> tuple[str, ...]:
        return (*self.measured_both, *self.resolved, *self.new)

    @property
    def left_out(self) -> tuple[str, ...]:
        return (*self.not_measured_later, *self.not_measured_earlier)

    @property
    def complete(self) -> bool:
        """Every lesion that matters was compared: the change is the change of the burden."""
        return not self.left_out

    @property
    def comparable(self) -> bool:
        """A change can be given: a lesion was measured at both visits, or every lesion that
        matters was compared (see the module docstring)."""
        return bool(self.measured_both) or (self.complete and bool(self.compared))

    @property
    def lesion_count(self) -> int:
        return len(self.compared) + len(self.left_out)

    @property
    def change_pct(self) -> float | None:
        """(after − before) / before × 100 on the lesions compared; None when nothing can be
        compared (``comparable``) or there was no burden to compare against."""
        if not self.comparable:
            return None
        return lesion_math.percent_change(self.before_mm2, self.after_mm2)

    def basis(self, later_name: str = "") -> str:
        """What the change was computed on, when that is not every lesion: "1 of 4 lesions
        measured at both; L2, L3, L4 not measured today" ("" for a complete comparison).

        ``later_name`` names the later visit ("today", "at this visit"; default its date), in
        the current language. Written in the current language (gettext)."""
        if self.complete:
            return ""
        n = self.lesion_count
        parts: list[Text] = [ngettext(
            "{measured} of {count} lesion measured at both",
            "{measured} of {count} lesions measured at both",
            n, measured=Number(len(self.measured_both), "d"),
        )]  # fmt: skip
        if self.resolved:
            parts.append(message(N_("{labels} resolved or excised since (counted as 0)"),
                                 labels=join_labels(self.resolved)))  # fmt: skip
        if self.new:
            parts.append(message(N_("{labels} new since (0 before)"), labels=join_labels(self.new)))
        if self.not_measured_later:
            labels = join_labels(self.not_measured_later)
            parts.append(
                message(N_("{labels} not measured {when}"), labels=labels, when=later_name)
                if later_name
                else message(N_("{labels} not measured on {day}"), labels=labels,
                             day=Day(self.later_on))
            )
        if self.not_measured_earlier:
            parts.append(message(N_("{labels} not measured on {day}"),
                                 labels=join_labels(self.not_measured_earlier),
                                 day=Day(self.earlier_on)))  # fmt: skip
        return render(joined(N_("; "), parts))

    def describe(self, what: str, *, later_name: str = "", digits: int = 0) -> str:
        """"−12 % from previous visit, 1 of 4 lesions measured at both; L2, L3, L4 not measured
        today", or why there is no change to give. ``what`` is "from previous visit" or
        "from baseline" (in the current language, as the result is)."""
        basis = self.basis(later_name)
        change = self.change_pct
        if change is None:
            why = _("no lesion measured at both") if not self.comparable else _("no burden before")
            text = _("no change {what}: {why}").format(what=what, why=why)
            return _("{text} ({basis})").format(text=text, basis=basis) if basis else text
        text = _("{change} % {what}").format(change=_signed(change, digits), what=what)
        return _("{text}, {basis}").format(text=text, basis=basis) if basis else text


def _signed(value: float, digits: int) -> str:
    """``value`` with its sign ("+396", "−12"; in the current language's digits and mark)."""
    english = f"{value:+.{digits}f}".replace("-", "−")
    return english[0] + formats.as_written(abs(value), english[1:])


def _measured(visit: Visit) -> dict[str, LesionMeasurement]:
    return {m.lesion_label: m for m in visit.lesion_measurements}


def compare_burden(lesions: Sequence[Lesion], earlier: Visit, later: Visit) -> BurdenComparison:
    """The burden of ``earlier`` against ``later`` on the lesions comparable at both (see the
    module docstring); ``lesions`` are the chart's, with their status as recorded."""
    then, now = _measured(earlier), _measured(later)
    first, last = earlier.visit_date, later.visit_date
    both: list[str] = []
    resolved: list[str] = []
    new: list[str] = []
    missing_later: list[str] = []
    missing_earlier: list[str] = []
    before: list[LesionMeasurement] = []
    after: list[LesionMeasurement] = []
    for lesion in lesions:
        label = lesion.label
        b, a = then.get(label), now.get(label)
        if b is not None and a is not None:
            both.append(label)
            before.append(b)
            after.append(a)
        elif a is not None:  # measured only at the later visit
            if lesion.first_seen_on > first:
                new.append(label)
                after.append(a)
            else:
                missing_earlier.append(label)
        elif b is not None:  # measured only at the earlier visit
            if resolved_by(lesion, last):
                resolved.append(label)
                before.append(b)
            else:
                missing_later.append(label)
        elif active_on(lesion, last):
            missing_later.append(label)
        elif active_on(lesion, first) and resolved_by(lesion, last):
            missing_earlier.append(label)  # gone now, but how large it was then is not known
    known = {lesion.label for lesion in lesions}
    for label in dict.fromkeys([*then, *now]):
        if label in known:
            continue
        if label in then and label in now:
            both.append(label)
            before.append(then[label])
            after.append(now[label])
        elif label in then:
            missing_later.append(label)
        else:
            missing_earlier.append(label)
    return BurdenComparison(
        earlier_on=first,
        later_on=last,
        before_mm2=math.fsum(m.area_mm2 for m in before),
        after_mm2=math.fsum(m.area_mm2 for m in after),
        measured_both=tuple(both),
        resolved=tuple(resolved),
        new=tuple(new),
        not_measured_later=tuple(missing_later),
        not_measured_earlier=tuple(missing_earlier),
        longest_before_mm=lesion_math.sum_longest_diameters_mm(m.longest_mm for m in before),
        longest_after_mm=lesion_math.sum_longest_diameters_mm(m.longest_mm for m in after),
    )
