"""The EULAR response from the baseline visit's DAS28 to the assessed visit's (DOMAIN.md §2.1).

Each visit's DAS28 is the one every view shows (``visit_das28``: computed from its components
when it can be, else the DAS28 the clinic was given, said to be so). The response itself is
``scores.eular_response`` [R12], applied only to two DAS28 of the same variant: DAS28-ESR and
DAS28-CRP are never compared with each other (§0.2). When both visits have both variants, each
variant gets its own line. When there is no baseline, or a visit has no DAS28, or the two visits'
DAS28 are of different variants, the response is "not assessable" and the reason says why. A
patient who has no rheumatoid arthritis and no DAS28 at any visit gets no line at all.

A DAS28 given that differs from its own components by more than 0.1 (the domain's consistency
check, ``VisitDas28.typed_disagrees``) is said beside the response it took part in.

The texts are messages (``calcitrack.domain.rule_text``) written in the current language when
``title``, ``headline``, ``detail`` or ``text`` is called; the variant names (DAS28-CRP) and the
citation stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from calcitrack.domain import scores
from calcitrack.domain.codes import Das28Variant, UnderlyingDisease
from calcitrack.domain.entities import LabResult, PatientChart, Visit
from calcitrack.domain.rule_text import Arg, Day, Message, Number, Text, joined, message, render
from calcitrack.domain.trajectory.visit_das28 import VisitDas28, visit_das28
from calcitrack.i18n.catalogue import N_, _

SOURCE = "[R12]"
"""Where the EULAR response criteria are taken from (acreular ``eularResponse``)."""

_HEADLINES = {
    # TRANSLATORS: the EULAR response (DAS28) category.
    "good": N_("good"),
    # TRANSLATORS: the EULAR response (DAS28) category.
    "moderate": N_("moderate"),
    # TRANSLATORS: the EULAR response (DAS28) category "none".
    "none": N_("none (no response)"),
}


@dataclass(frozen=True)
class EularDas28:
    """One EULAR response line: assessable (``response`` set) or why not (``why_not``)."""

    baseline_visit: Visit | None
    visit: Visit | None
    variant: Das28Variant | None = None
    baseline: VisitDas28 | None = None
    current: VisitDas28 | None = None
    response: scores.EularResponse | None = None
    why_not_text: Text = ""
    """Why it is not assessable: a message, written in the reader's language by ``why_not``."""

    @property
    def why_not(self) -> str:
        """Why it is not assessable, in the current language ("" when it is)."""
        return render(self.why_not_text)

    @property
    def improvement(self) -> float | None:
        """Baseline − current DAS28 (positive: better), or None when not assessable."""
        if self.baseline is None or self.current is None:
            return None
        return self.baseline.value - self.current.value

    @property
    def disagreements(self) -> tuple[str, ...]:
        """Each DAS28 given at either visit that its own components contradict, in words."""
        found = []
        for text, das28, visit in (
            (N_("the {variant} given at the baseline visit ({day}), {typed}, differs by more "
                "than {tolerance} from the {value} its components give (the computed value is "
                "used)"), self.baseline, self.baseline_visit),
            (N_("the {variant} given at the assessed visit ({day}), {typed}, differs by more "
                "than {tolerance} from the {value} its components give (the computed value is "
                "used)"), self.current, self.visit),
        ):
            if das28 is not None and das28.typed_disagrees and visit is not None:
                assert das28.typed is not None
                found.append(render(message(
                    text, variant=das28.variant.label, day=Day(visit.visit_date),
                    typed=Number(das28.typed, ".2f"),
                    tolerance=Number(scores.DAS28_ENTRY_TOLERANCE),
                    value=Number(das28.value, ".2f"),
                )))
        return tuple(found)

    def headline(self) -> str:
        """"good", "moderate", "none (no response)" or "not assessable"."""
        if self.response is None:
            # TRANSLATORS: the EULAR response could not be assessed.
            return _("not assessable")
        label = _HEADLINES.get(self.response)
        return self.response if label is None else _(label)

    def title(self) -> str:
        """"EULAR response (DAS28-CRP)", or without a variant when none was compared."""
        if self.variant is None:
            return _("EULAR response")
        return _("EULAR response ({variant})").format(variant=self.variant.label)

    def detail(self) -> str:
        """The baseline visit and DAS28 used, the assessed one, the change; or why not."""
        if self.response is None:
            return _("{why} {source}").format(why=self.why_not, source=SOURCE)
        assert self.baseline is not None and self.current is not None
        assert self.baseline_visit is not None and self.visit is not None
        change = self.improvement
        assert change is not None
        text = render(message(
            N_("baseline visit {baseline_day}: {baseline} → assessed visit {day}: {current}; "
               "improved by {change} {source}") if change >= 0 else
            N_("baseline visit {baseline_day}: {baseline} → assessed visit {day}: {current}; "
               "worsened by {change} {source}"),
            baseline_day=Day(self.baseline_visit.visit_date), baseline=_das28_text(self.baseline),
            day=Day(self.visit.visit_date), current=_das28_text(self.current),
            change=Number(abs(change), ".2f"), source=SOURCE,
        ))
        for disagreement in self.disagreements:
            text = _("{text}. Note: {disagreement}").format(text=text, disagreement=disagreement)
        return text

    def text(self) -> str:
        """One line: title, headline and detail."""
        return _("{title}: {headline} — {detail}").format(
            title=self.title(), headline=self.headline(), detail=self.detail()
        )


def _das28_text(das28: VisitDas28) -> Message:
    if das28.computed:
        text = N_("{variant} {value} (computed)")
    else:
        text = N_("{variant} {value} (as given, components missing)")
    return message(text, variant=das28.variant.label, value=Number(das28.value, ".2f"))


def _labs_on(labs: Sequence[LabResult], day: date) -> list[LabResult]:
    return [r for r in labs if r.collected_on == day]


def _having(found: Sequence[VisitDas28]) -> Arg:
    # TRANSLATORS: "DAS28-CRP 3.21 and DAS28-ESR 3.50": the joining word between two DAS28.
    return joined(N_(" and "), [
        message(N_("{variant} {value}"), variant=d.variant.label, value=Number(d.value, ".2f"))
        for d in found
    ])


def eular_das28(
    chart: PatientChart, baseline_visit: Visit | None, visit: Visit | None
) -> tuple[EularDas28, ...]:
    """The EULAR response of ``visit`` against ``baseline_visit``: one line per variant both
    visits have a DAS28 of (DAS28-CRP first, as ``visit_das28`` lists them), or one line saying
    why it is not assessable; none for a patient without rheumatoid arthritis who has no DAS28 at
    any visit."""
    if chart.patient.underlying_disease is not UnderlyingDisease.RA and not any(
        visit_das28(v, _labs_on(chart.labs, v.visit_date)) for v in chart.visits
    ):
        return ()

    def not_assessable(why: Message) -> tuple[EularDas28, ...]:
        return (EularDas28(baseline_visit, visit, why_not_text=why),)

    if visit is None:
        return not_assessable(message(N_("no visit to assess.")))
    if baseline_visit is None:
        return not_assessable(message(N_("no baseline visit to compare with.")))
    when, then = Day(visit.visit_date), Day(baseline_visit.visit_date)
    if baseline_visit.visit_date >= visit.visit_date:
        return not_assessable(message(
            N_("the baseline visit ({then}) is not before the assessed one."), then=then
        ))
    before = visit_das28(baseline_visit, _labs_on(chart.labs, baseline_visit.visit_date))
    now = visit_das28(visit, _labs_on(chart.labs, visit.visit_date))
    if not before and not now:
        return not_assessable(message(
            N_("no DAS28 at the baseline visit ({then}) nor at the assessed visit ({when})."),
            then=then, when=when,
        ))
    if not before:
        return not_assessable(message(
            N_("no DAS28 at the baseline visit ({then}); the assessed visit ({when}) has "
               "{now}."), then=then, when=when, now=_having(now),
        ))
    if not now:
        return not_assessable(message(
            N_("no DAS28 at the assessed visit ({when}); the baseline visit ({then}) has "
               "{before}."), then=then, when=when, before=_having(before),
        ))
    lines = []
    for current in now:
        base = next((b for b in before if b.variant is current.variant), None)
        if base is not None:
            response = scores.eular_response(base.value, current.value)
            lines.append(
                EularDas28(baseline_visit, visit, current.variant, base, current, response)
            )
    if lines:
        return tuple(lines)
    return not_assessable(message(
        N_("the baseline visit ({then}) has {before} and the assessed visit ({when}) {now}: "
           "DAS28-ESR and DAS28-CRP are different scores and are never compared with each "
           "other."), then=then, before=_having(before), when=when, now=_having(now),
    ))
