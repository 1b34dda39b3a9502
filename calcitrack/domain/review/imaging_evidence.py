"""Imaging verdicts in the response assessment (DOMAIN.md §0.4): the reader's comparison of a
study with the previous comparable one (same region and modality).

Decision support. Decisions (CalciTrack's):

* **Which studies count** for an assessed visit: those dated **after the baseline visit** and
  **on or before the assessed visit** (``readings_between``). A study on the baseline day is
  part of the baseline (it judged the time before it); one after the assessed visit counts at the
  next visit, never back-dated into this one (nor into an assessment made later on ``on``). With
  no baseline there is no window and no study counts (the assessment says why it has none).
* **The verdict is the reader's, taken as given**: the previous comparable study need not be
  recorded here (a film read against an outside one); the finding's text is never parsed.
* **More calcification** → progressed whatever the burden says (like a new lesion or a new
  ulceration, even on a visit that left a lesion unmeasured), every such study named (modality,
  region, date, reader when given). The SCTC change categories that the burden categories borrow
  are radiographic [R2]; taking the reader's verdict as progression is CalciTrack's rule.
* **Less calcification** → one informational line beside the burden; never changes the
  category.
* **Unchanged, not comparable, not stated** → not used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import ImagingVerdict, Laterality
from calcitrack.domain.entities import ImagingStudy
from calcitrack.domain.rule_text import Day, Text, joined, message, render
from calcitrack.i18n.catalogue import N_, _

if TYPE_CHECKING:
    from calcitrack.domain.review.assessment_types import ResponseAssessment

IMAGING_RULE = message(
    N_("a reader's \u201cmore calcification\u201d against the previous comparable study (same "
       "region and modality) means progressed whatever the burden says (a CalciTrack rule on the "
       "reader's verdict, not a published criterion; the SCTC change categories {citation} judge "
       "progression on radiographs)"),
    citation="[R2]",
)
"""The override in words, with its source: quoted in the rule of every assessment it decides
(a message: ``rule_text.render`` writes it in the current language)."""

LESS_NOTE = N_("for information: it does not override the burden")
NONE_READ = N_("none read as more or less calcification")
NO_WINDOW = N_("not counted: no baseline visit")
IMAGING_ROW = N_("Imaging since baseline")
"""The label of the line beside the burden (the Overview and the PDF): ``imaging_row_label()``."""


def imaging_row_label() -> str:
    """``IMAGING_ROW`` in the current language."""
    return _(IMAGING_ROW)


@dataclass(frozen=True)
class ImagingReadings:
    """The studies of the window read as more and as less calcification, in date order."""

    more: tuple[ImagingStudy, ...] = ()
    less: tuple[ImagingStudy, ...] = ()


def readings_between(
    studies: Iterable[ImagingStudy], after: date, until: date
) -> ImagingReadings:
    """The studies dated after ``after`` (the baseline) and on or before ``until`` (the assessed
    visit) whose verdict is more or less calcification."""
    window = sorted(
        (s for s in studies if after < s.study_date <= until), key=lambda s: s.study_date
    )
    return ImagingReadings(
        more=tuple(s for s in window if s.verdict is ImagingVerdict.MORE),
        less=tuple(s for s in window if s.verdict is ImagingVerdict.LESS),
    )


def read_after(studies: Iterable[ImagingStudy], day: date) -> tuple[ImagingStudy, ...]:
    """The studies dated after ``day`` (the assessed visit) read as more or less calcification,
    in date order: they count from the next visit on."""
    read = (ImagingVerdict.MORE, ImagingVerdict.LESS)
    return tuple(sorted((s for s in studies if s.study_date > day and s.verdict in read),
                        key=lambda s: s.study_date))  # fmt: skip


def site_text(body_site: str, laterality: Laterality | None) -> str:
    """ "hip (bilateral)", "upper arm (left)", "thigh" (no side recorded)."""
    site = BODY_SITES.get(body_site)
    name = site.name.lower() if site is not None else body_site.replace("_", " ")
    return name if laterality is None else f"{name} ({laterality.label.lower()})"


def region_text(study: ImagingStudy) -> str:
    """The study's region: its body site and side (``site_text``)."""
    return site_text(study.body_site, study.laterality)


def _named(modality: str, regions: str, day: date, reader: str) -> Text:
    if reader:
        return message(N_("{modality}, {regions} on {day}, read by {reader}"), modality=modality,
                       regions=regions, day=Day(day), reader=reader)  # fmt: skip
    return message(N_("{modality}, {regions} on {day}"), modality=modality, regions=regions,
                   day=Day(day))  # fmt: skip


def study_name(study: ImagingStudy) -> str:
    """ "X-ray, hip (bilateral) on 2024-06-17, read by Dr Kim" (the reader when given)."""
    return render(
        _named(study.modality.label, region_text(study), study.study_date, study.reader or "")
    )


def names(studies: Iterable[ImagingStudy]) -> str:
    """Each study named; studies of one modality, date and reader named together: "X-ray, hip
    (bilateral) and thigh (left) on 2024-06-17; CT, hip on 2024-07-01"."""
    groups: dict[tuple[str, date, str], list[str]] = {}
    for s in studies:
        key = (s.modality.label, s.study_date, s.reader or "")
        groups.setdefault(key, []).append(region_text(s))
    found: list[Text] = []
    for (modality, day, reader), regions in groups.items():
        where = regions[0] if len(regions) == 1 else render(message(
            N_("{regions} and {last}"), regions=joined(N_(", "), regions[:-1]), last=regions[-1]
        ))  # fmt: skip
        found.append(_named(modality, where, day, reader))
    return render(joined(N_("; "), found))


def more_text(studies: Iterable[ImagingStudy], baseline_on: date) -> str:
    """The trigger, as the rule names it."""
    return render(message(
        N_("more calcification read on imaging since the baseline {baseline}: {studies}"),
        baseline=Day(baseline_on), studies=names(studies),
    ))  # fmt: skip


def less_line(studies: Iterable[ImagingStudy]) -> str:
    """The informational line of a "less calcification" reading ("" when there is none)."""
    found = names(studies)
    if not found:
        return ""
    return render(message(
        N_("less calcification read on {studies} ({note})"), studies=found, note=_(LESS_NOTE)
    ))  # fmt: skip


def imaging_readings_text(a: ResponseAssessment) -> str:
    """The imaging verdicts of the assessment's window, for the line beside the burden, and
    those read after the assessed visit (they count at the next one)."""
    after = _after_text(a.imaging_after)
    if a.baseline is None or a.visit is None:
        return render(joined(N_("; "), [_(NO_WINDOW), *([after] if after else [])]))
    parts: list[Text] = []
    if a.imaging_more:
        parts.append(message(N_("more calcification: {studies}"), studies=names(a.imaging_more)))
    if a.imaging_less:
        parts.append(message(N_("less calcification: {studies} ({note})"),
                             studies=names(a.imaging_less), note=_(LESS_NOTE)))  # fmt: skip
    return render(joined(N_("; "), [*(parts or [_(NONE_READ)]), *([after] if after else [])]))


def _after_text(studies: tuple[ImagingStudy, ...]) -> str:
    if not studies:
        return ""
    read = joined(N_("; "), [
        message(N_("{verdict}: {studies}"), verdict=verdict.label.lower(),
                studies=names(s for s in studies if s.verdict is verdict))
        for verdict in (ImagingVerdict.MORE, ImagingVerdict.LESS)
        if any(s.verdict is verdict for s in studies)
    ])  # fmt: skip
    return render(message(N_("read after this visit, not counted until the next one: {read}"),
                          read=read))  # fmt: skip
