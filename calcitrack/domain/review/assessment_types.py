"""What the response assessment and the flags say: plain values shared by the rules, the charts,
the lesion map, the screens and the PDF (DOMAIN.md §0.4–0.6).

Everything here is decision support: it says what triggered it, from which source, and is
labelled as such wherever it is shown (``flags.DECISION_SUPPORT_NOTE``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from calcitrack.domain.codes import Laterality, Side
from calcitrack.domain.entities import ImagingStudy, Visit
from calcitrack.domain.flags import Flag
from calcitrack.domain.medications.regimen import DoseReading, Regimen
from calcitrack.domain.review.burden_comparison import BurdenComparison
from calcitrack.i18n.catalogue import N_, _


class ResponseCategory(str, Enum):
    IMPROVED = "improved"
    STABLE = "stable"
    PROGRESSED = "progressed"
    NOT_ASSESSABLE = "not assessable"

    @property
    def label(self) -> str:
        """The category as a reader reads it, in the current language (the value stays English:
        it is stored and exported)."""
        return _(_CATEGORY_LABELS[self])


_CATEGORY_LABELS = {
    ResponseCategory.IMPROVED: N_("improved"),
    ResponseCategory.STABLE: N_("stable"),
    ResponseCategory.PROGRESSED: N_("progressed"),
    ResponseCategory.NOT_ASSESSABLE: N_("not assessable"),
}


class LesionChange(str, Enum):
    """A lesion's change from the baseline visit (the lesion map's colours)."""

    SMALLER = "smaller"
    STABLE = "stable"
    LARGER = "larger"
    NEW = "new"
    """Not present at the baseline visit."""
    RESOLVED = "resolved"
    """Resolved or excised since the baseline visit."""
    NOT_MEASURED = "not measured"
    """Still active but not measured at the assessed visit, or no baseline to compare with."""


@dataclass(frozen=True)
class LesionResponse:
    label: str
    body_site: str
    laterality: Laterality
    change: LesionChange
    baseline_area_mm2: float | None
    current_area_mm2: float | None
    change_pct: float | None
    ulcerated: bool = False
    extrusion: bool = False
    infected: bool = False


@dataclass(frozen=True)
class RomChange:
    joint: str
    movement: str
    side: Side
    baseline_deg: float | None
    current_deg: float | None
    normal_deg: float | None
    near_lesions: tuple[str, ...] = ()

    @property
    def change_deg(self) -> float | None:
        if self.baseline_deg is None or self.current_deg is None:
            return None
        return self.current_deg - self.baseline_deg


@dataclass(frozen=True)
class ResponseAssessment:
    category: ResponseCategory
    rule: str
    """The rule that decided the category, with the numbers, or why it is not assessable."""
    assessed_on: date
    visit: Visit | None
    baseline: Visit | None
    baseline_rule: str
    """How the baseline was chosen (the default of DOMAIN.md §0.4 or the clinic's choice)."""
    previous: Visit | None
    regimen: Regimen
    diltiazem: DoseReading | None
    burden_baseline_mm2: float | None = None
    burden_previous_mm2: float | None = None
    burden_current_mm2: float | None = None
    """The burdens of the baseline, previous and assessed visits: the lesions measured at each
    (a partial total on an incomplete visit); None when a visit measured no lesion while one was
    active (not known, never 0)."""
    change_from_baseline_pct: float | None = None
    """On the lesions comparable at both visits only (``baseline_comparison``)."""
    change_from_previous_pct: float | None = None
    """On the lesions comparable at both visits only (``previous_comparison``)."""
    sum_longest_baseline_mm: float | None = None
    sum_longest_current_mm: float | None = None
    """The visits' own sums of longest diameters (None as for the burden); compared with each
    other only through ``baseline_comparison`` (its ``longest_before_mm``/``longest_after_mm``,
    on the lesions measured at both)."""
    lesions: tuple[LesionResponse, ...] = ()
    new_lesions: tuple[str, ...] = ()
    resolved_lesions: tuple[str, ...] = ()
    ulcerated_lesions: tuple[str, ...] = ()
    new_ulceration: tuple[str, ...] = ()
    pain_baseline: int | None = None
    pain_current: int | None = None
    rom: tuple[RomChange, ...] = ()
    missing: tuple[str, ...] = ()
    """What is missing and matters (no weight, no baseline…), in words."""
    baseline_comparison: BurdenComparison | None = None
    """The burden of the baseline against the assessed visit on the lesions comparable at both
    (``change_from_baseline_pct`` is its change): which lesions it used and which it left out."""
    previous_comparison: BurdenComparison | None = None
    """The same against the previous visit (``change_from_previous_pct``)."""
    unmeasured: tuple[str, ...] = ()
    """Active lesions not measured at the assessed visit: the visit is incomplete."""
    imaging_more: tuple[ImagingStudy, ...] = ()
    """Studies after the baseline, up to the assessed visit, read as more calcification: they
    make the category progressed (``calcitrack.domain.review.imaging_evidence``)."""
    imaging_less: tuple[ImagingStudy, ...] = ()
    """The same read as less calcification: reported beside the burden, never overriding it."""
    imaging_after: tuple[ImagingStudy, ...] = ()
    """Studies dated after the assessed visit read as more or less calcification: they count at
    the next visit; said beside the burden so that a reader today does not miss them."""
    reason: str = ""
    """Why the response is not assessable (the rule without its "Not assessable:" and its
    final stop), in the language it was assessed in; "" when it is assessable."""


@dataclass(frozen=True)
class Assessment:
    """The response assessment and every flag for one patient on one day."""

    response: ResponseAssessment
    flags: tuple[Flag, ...]
    settings_version: int = 0
    """The clinic settings version in force (``ClinicSettings.version``), as the summary PDF and
    the research export name it. The stored flags record the settings' ``assessed_version``
    instead (services/flag_cache.py): the values this assessment read are the same at both."""
