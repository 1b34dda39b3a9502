"""Clinic settings: the thresholds of the response rule, the review flag and the safety flags.

Every threshold is declared once here with its default, its unit, its accepted range and where the
default comes from (DOMAIN.md §0.4–0.6). ``policy=True`` marks a default that is clinic policy
rather than a published value: screens and reports show that note beside it. The values are stored
in the database so that every workstation of a clinic applies the same rules.

A setting whose default is None is **optional** (the dose limits where no label states a maximum,
``calcitrack.domain.dose_labels``): unset until the clinic sets it, and unset means no check.
``settings[key]`` is for the settings that always have a value; ``settings.optional(key)`` reads
either kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from calcitrack.domain.clinic_setting_units import shown_unit
from calcitrack.domain.clinic_text_settings import ARABIC_DIGITS, TEXT_DEFAULTS
from calcitrack.domain.dose_labels import DILTIAZEM_MAX_KEY, DOSE_LIMITS, NO_LABEL_MAXIMUM
from calcitrack.domain.errors import DomainValidationError, Problem, shown_number
from calcitrack.i18n.catalogue import N_, _
from calcitrack.i18n.digits import Digits

DATA_QUALITY_NOTE = N_("data-quality check (clinic policy), not a clinical threshold")
"""How every data-quality setting's origin reads (its source follows); English, marked."""
POLICY_NOTE = N_("clinic policy, not a published value")
PUBLISHED_NOTE = N_("published value")
NO_DEFAULT_NOTE = N_("no default, the clinic sets it (not set: no check). Label: {source}")

ASSESSED_SECTIONS = frozenset({"response", "surgery", "safety", "dose"})
"""The sections the assessment reads (``calcitrack.domain.review.assessment``: the response
category, the "reconsider surgery" review flag, the safety and dose flags). The others (accounts,
backup, schedule, the data-quality checks and every text setting) change no flag: saving them
leaves the stored flags current (``ClinicSettings.assessed_version``)."""


@dataclass(frozen=True)
class SettingDefinition:
    key: str
    """``"section/key"``, the stored name."""
    label: str
    """The setting's name in English, marked for translation (``shown_label`` is the one a
    screen shows); what other modules compare or write keeps this one."""
    unit: str
    default: float | None
    """None: an optional setting, unset (no check) until the clinic sets it."""
    minimum: float
    maximum: float
    source: str
    """Where the default comes from, with its ``[R#]`` references: English, marked for
    translation (``shown_source``)."""
    policy: bool
    """True when the default is clinic policy, not a published value."""
    integer: bool = False
    group: str = ""
    """The section a screen shows it in, when not the key's own ("dose" for the diltiazem
    maximum, whose stored key predates the dose section)."""
    data_quality: bool = False
    """True for a data-quality check (an unusual value asks the nurse to confirm it), which is
    clinic policy and never a clinical threshold: it changes no flag and no assessment."""

    @property
    def section(self) -> str:
        return self.group or self.key.split("/", 1)[0]

    @property
    def assessed(self) -> bool:
        """True when the assessment reads it: a change makes every patient's stored flags out
        of date (``ASSESSED_KEYS``)."""
        return self.section in ASSESSED_SECTIONS and not self.data_quality

    @property
    def optional(self) -> bool:
        """True when the setting has no default: unset means the rule does not run."""
        return self.default is None

    @property
    def shown_label(self) -> str:
        """The setting's name in the current language (a continuation keeps its leading "…")."""
        return _(self.label)

    @property
    def shown_source(self) -> str:
        """Where the default comes from, in the current language (the ``[R#]`` kept)."""
        return _(self.source)

    @property
    def origin_note(self) -> str:
        """What a screen shows beside the value, in the current language: published or clinic
        policy, and the source."""
        if self.optional:
            return _(NO_DEFAULT_NOTE).format(source=self.shown_source)
        kind = POLICY_NOTE if self.policy else PUBLISHED_NOTE
        if self.data_quality:
            kind = DATA_QUALITY_NOTE
        # TRANSLATORS: a setting's origin: what kind of value its default is, then its source.
        return _("{kind}: {source}").format(kind=_(kind), source=self.shown_source)


def _d(key: str, label: str, unit: str, default: float | None, minimum: float, maximum: float,
       source: str, *, policy: bool, integer: bool = False) -> SettingDefinition:
    return SettingDefinition(key, label, unit, default, minimum, maximum, source, policy, integer)


RESPONSE_IMPROVED_PCT = "response/improved_change_pct"
RESPONSE_PROGRESSED_PCT = "response/progressed_change_pct"
SURGERY_MIN_MONTHS_DILTIAZEM = "surgery/min_months_on_diltiazem"
SURGERY_ADEQUATE_MG_KG_DAY = "surgery/adequate_diltiazem_mg_per_kg_per_day"
SURGERY_ROM_LOSS_DEG = "surgery/rom_loss_from_baseline_deg"
SURGERY_ROM_FRACTION_PCT = "surgery/rom_below_pct_of_normal"
SURGERY_ULCER_VISITS = "surgery/consecutive_ulcer_visits"
SURGERY_INFECTIONS = "surgery/infections_count"
SURGERY_INFECTION_MONTHS = "surgery/infection_window_months"
SURGERY_PAIN_NRS = "surgery/pain_nrs_at_least"
SURGERY_PAIN_VISITS = "surgery/consecutive_pain_visits"
SURGERY_LOCALISED_MAX = "surgery/localised_max_active_lesions"
SAFETY_COLCHICINE_EGFR = "safety/colchicine_egfr_below"
SAFETY_SBP = "safety/diltiazem_systolic_below_mmhg"
SAFETY_HR_CONTRAINDICATION = "safety/diltiazem_heart_rate_below_contraindication"
SAFETY_HR_WARNING = "safety/diltiazem_heart_rate_below_warning"
SAFETY_DILTIAZEM_MAX = DILTIAZEM_MAX_KEY
SAFETY_CA_P_PRODUCT = "safety/ca_p_product_above_mg2_dl2"
ACCOUNTS_IDLE_LOCK_MINUTES = "accounts/idle_lock_minutes"
ACCOUNTS_MIN_PASSWORD_LENGTH = "accounts/min_password_length"
ACCOUNTS_LOCKOUT_FAILURES = "accounts/lockout_after_failures"
ACCOUNTS_LOCKOUT_MINUTES = "accounts/lockout_minutes"
BACKUP_KEEP_DAILY = "backup/keep_daily"
BACKUP_KEEP_WEEKLY = "backup/keep_weekly"
BACKUP_WARN_AFTER_DAYS = "backup/warn_after_days"
FOLLOW_UP_WEEKS = "schedule/follow_up_interval_weeks"

def _dose_definitions() -> tuple[SettingDefinition, ...]:
    """Each drug's label maximum (calcitrack.domain.dose_labels), in the "dose" section."""
    return tuple(
        SettingDefinition(limit.key, limit.label, limit.unit, limit.default, limit.minimum,
                          limit.maximum, limit.source, False, group="dose")
        for limit in DOSE_LIMITS
    )


_SCTC = N_("SCTC radiographic 1-year change categories [R2], borrowed for lesion area "
           "(not validated for it)")
_SURGERY = N_("no published referral threshold exists")
_OPERATIONAL = N_("CalciTrack's default; an operational setting, not a clinical one")
_SCHEDULE = N_("an administrative scheduling interval the clinic sets (CalciTrack's default, 12 "
               "weeks), not a clinical recommendation: a visit saved with no next visit due "
               "typed plans the next one this long after it")

DEFINITIONS: tuple[SettingDefinition, ...] = (
    _d(RESPONSE_IMPROVED_PCT, N_("Improved when the burden changed by at most"), "%", -25, -100,
       0, _SCTC, policy=False),
    _d(RESPONSE_PROGRESSED_PCT, N_("Progressed when the burden changed by at least"), "%", 25, 0,
       500, _SCTC, policy=False),
    _d(SURGERY_MIN_MONTHS_DILTIAZEM,
       N_("Review surgery if progressed after diltiazem for at least"), "months", 6, 1, 60,
       N_("≥ 6–12 months without improvement; no published referral threshold exists"),
       policy=True),
    _d(SURGERY_ADEQUATE_MG_KG_DAY, N_("…at an adequate diltiazem dose of at least"), "mg/kg/day",
       2.0, 0.1, 10, N_("lower end of the 2–4 mg/kg/day range in the RA case report; "
                        "240–480 mg/day in [R34]"), policy=True),
    _d(SURGERY_ROM_LOSS_DEG,
       N_("Joint next to a lesion: range of motion fallen from baseline by"), "°", 15, 1, 180,
       _SURGERY, policy=True),
    _d(SURGERY_ROM_FRACTION_PCT, N_("…or below this share of the normal reference"), "%", 75, 1,
       100, N_("normal references [R21][R22]; no published referral threshold exists"),
       policy=True),
    _d(SURGERY_ULCER_VISITS, N_("Ulceration or extrusion on consecutive visits"), "visits", 2, 1,
       10, _SURGERY, policy=True, integer=True),
    _d(SURGERY_INFECTIONS, N_("Infected lesions"), "infections", 2, 1, 20, _SURGERY, policy=True,
       integer=True),
    _d(SURGERY_INFECTION_MONTHS, N_("…within"), "months", 12, 1, 60, _SURGERY, policy=True,
       integer=True),
    _d(SURGERY_PAIN_NRS, N_("Pain NRS on therapy of at least"), "/10", 7, 1, 10, _SURGERY,
       policy=True, integer=True),
    _d(SURGERY_PAIN_VISITS, N_("…on consecutive visits"), "visits", 2, 1, 10, _SURGERY,
       policy=True, integer=True),
    _d(SURGERY_LOCALISED_MAX, N_("Localised, symptomatic disease: active lesions at most"),
       "lesions", 3, 1, 20, N_("small, localised lesions are the good surgical candidates "
                               "[R50][R36]"), policy=True, integer=True),
    _d(SAFETY_COLCHICINE_EGFR, N_("Colchicine: flag when eGFR is below"), "mL/min/1.73 m²", 30,
       5, 120, N_("colchicine label: CrCl < 30, start 0.3 mg/day [R41]"), policy=False),
    _d(SAFETY_SBP, N_("Diltiazem: contraindication when systolic BP is below"), "mmHg", 90, 50,
       140, N_("diltiazem label [R38]"), policy=False, integer=True),
    _d(SAFETY_HR_CONTRAINDICATION, N_("Diltiazem: contraindication when heart rate is below"),
       "/min", 40, 20, 80, N_("Italian SmPC, severe bradycardia [R39]"), policy=False,
       integer=True),
    _d(SAFETY_HR_WARNING, N_("Diltiazem: warning when heart rate is below"), "/min", 50, 20, 100,
       N_("no source gives a warning threshold"), policy=True, integer=True),
    _d(SAFETY_CA_P_PRODUCT, N_("Mineral metabolism: flag a Ca × P product above"), "mg²/dL²", 70,
       30, 150, N_("metastatic calcification described above 70 [R26][R59]"), policy=False),
    *_dose_definitions(),
    _d(ACCOUNTS_IDLE_LOCK_MINUTES, N_("Lock a workstation left idle for"), "minutes", 10, 1, 120,
       N_("CalciTrack's default (10 minutes)"), policy=True, integer=True),
    _d(ACCOUNTS_MIN_PASSWORD_LENGTH, N_("Passwords have at least"), "characters", 12, 8, 64,
       N_("NIST SP 800-63B allows no fewer than 8"), policy=True, integer=True),
    _d(ACCOUNTS_LOCKOUT_FAILURES, N_("Lock an account after failed sign-ins in a row"),
       "failures", 5, 3, 20, N_("common practice (OWASP authentication guidance)"), policy=True,
       integer=True),
    _d(ACCOUNTS_LOCKOUT_MINUTES, N_("…for"), "minutes", 15, 1, 1440,
       N_("common practice (OWASP authentication guidance)"), policy=True, integer=True),
    _d(BACKUP_KEEP_DAILY, N_("Automatic backups: keep one for each of the last"), "days", 7, 1,
       365, _OPERATIONAL, policy=True, integer=True),
    _d(BACKUP_KEEP_WEEKLY, N_("…and one for each of the last"), "weeks", 4, 0, 520, _OPERATIONAL,
       policy=True, integer=True),
    _d(BACKUP_WARN_AFTER_DAYS, N_("Warn when the last verified backup is older than"), "days", 2,
       1, 90, _OPERATIONAL, policy=True, integer=True),
    _d(FOLLOW_UP_WEEKS, N_("Next visit due, unless the nurse types another, after"), "weeks", 12,
       1, 104, _SCHEDULE, policy=True, integer=True),
)

# ---- Data-quality checks (plausibility.py): an unusual value is saved only once the nurse has
# confirmed it. Clinic policy with visible defaults, never clinical thresholds (DOMAIN.md §3, §4.2
# give the references they compare with).
DQ_ROM_ABOVE_NORMAL_DEG = "data_quality/rom_above_normal_deg"
DQ_LESION_GREW_PCT = "data_quality/lesion_area_grew_pct"
DQ_LESION_SHRANK_PCT = "data_quality/lesion_area_shrank_pct"
DQ_WEIGHT_CHANGE_PCT = "data_quality/weight_change_pct"
DQ_WEIGHT_CHANGE_PCT_PER_MONTH = "data_quality/weight_change_pct_per_month"
DQ_LAB_RANGE_FACTOR = "data_quality/lab_outside_range_factor"


def _dq(key: str, label: str, unit: str, default: float, minimum: float, maximum: float,
        source: str) -> SettingDefinition:
    return SettingDefinition(key, label, unit, default, minimum, maximum, source, policy=True,
                             data_quality=True)


DATA_QUALITY_DEFINITIONS: tuple[SettingDefinition, ...] = (
    _dq(DQ_ROM_ABOVE_NORMAL_DEG, N_("Range of motion: ask when above the movement's normal "
                                    "reference by more than"), "°", 10, 0, 90,
        N_("normal references [R21][R22]; the margin leaves room for the few degrees a "
           "goniometer reading varies and for normal hyperextension")),
    _dq(DQ_LESION_GREW_PCT, N_("Lesion area: ask when it grew since its last measurement by "
                               "more than"), "%", 100, 10, 1000,
        N_("a doubled area; the area is an ellipse estimate from two diameters (not validated)")),
    _dq(DQ_LESION_SHRANK_PCT, N_("…or when it shrank by more than"), "%", 50, 5, 99,
        N_("a halved area: the same factor as doubling, the other way")),
    _dq(DQ_WEIGHT_CHANGE_PCT, N_("Weight: ask when it changed from the last recorded weight by "
                                 "more than"), "%", 5, 1, 50,
        # A no-break space after each per cent sign: "% i" would read as a printf conversion.
        N_("in line with the weight loss that marks severe adult malnutrition (over 5 %\u00a0in a "
           "month, over 10 %\u00a0in six months, over 20 %\u00a0in a year [R82])")),
    _dq(DQ_WEIGHT_CHANGE_PCT_PER_MONTH, N_("…plus, for each month between the two weights"),
        "% per month", 1, 0, 20,
        N_("5 % + 1 %\u00a0a month allows 6 %\u00a0after a month, 11 %\u00a0after six, "
           "17 %\u00a0after a year [R82]")),
    _dq(DQ_LAB_RANGE_FACTOR, N_("Lab value: ask when above its range × this, or below it ÷ this"),
        "×", 2, 1.2, 100,
        N_("typical adult ranges [R29][R33], else the reporting lab's range; markers that run "
           "many times their range in active disease (CRP, ESR, rheumatoid factor, anti-CCP, "
           "ANA, creatine kinase, PTH) are not checked this way")),
)
DEFINITIONS = DEFINITIONS + DATA_QUALITY_DEFINITIONS

DEFINITION_BY_KEY: Mapping[str, SettingDefinition] = MappingProxyType(
    {d.key: d for d in DEFINITIONS}
)
ASSESSED_KEYS: frozenset[str] = frozenset(d.key for d in DEFINITIONS if d.assessed)
"""The settings the assessment reads; a save that changes none of them keeps
``ClinicSettings.assessed_version`` (tests/domain/review/test_assessed_settings.py checks both
ways against the rules)."""


def definition(key: str) -> SettingDefinition:
    try:
        return DEFINITION_BY_KEY[key]
    except KeyError:
        raise DomainValidationError(key, "is not a clinic setting") from None


def check_setting(key: str, value: object) -> list[Problem]:
    """Problems with one value for ``key``, each naming the setting and the reason (in the
    current language, its numbers in its digits)."""
    if key not in DEFINITION_BY_KEY:
        return [Problem(key, _("is not a clinic setting"))]
    d = DEFINITION_BY_KEY[key]
    if value is None and d.optional:
        return []  # not set: the rule does not run
    if isinstance(value, bool) or not isinstance(value, int | float):
        return [Problem(key, _("must be a number in {unit}, got {value}").format(
            unit=shown_unit(d.unit), value=repr(value)))]
    if value != value:  # NaN
        return [Problem(key, _("must be a number, got NaN"))]
    if d.integer and float(value) != int(value):
        return [Problem(key, _("must be a whole number of {unit}, got {value}").format(
            unit=shown_unit(d.unit), value=shown_number(value)))]
    if not d.minimum <= value <= d.maximum:
        maximum = f"{shown_number(d.maximum)} {shown_unit(d.unit, f'{d.maximum:g}')}"
        return [Problem(key, _("must be between {minimum} and {maximum}, got {value}").format(
            minimum=shown_number(d.minimum), maximum=maximum, value=shown_number(value)))]
    return []


def check_settings(values: Mapping[str, object]) -> list[Problem]:
    """Every problem with a whole set of values: each value alone, then the rules between them
    (a heart-rate warning below the contraindication threshold could never fire)."""
    problems = [p for key, value in values.items() for p in check_setting(key, value)]
    if problems:
        return problems
    warning = values.get(SAFETY_HR_WARNING, definition(SAFETY_HR_WARNING).default)
    stop = values.get(SAFETY_HR_CONTRAINDICATION, definition(SAFETY_HR_CONTRAINDICATION).default)
    if isinstance(warning, int | float) and isinstance(stop, int | float) and warning < stop:
        problems.append(Problem(
            SAFETY_HR_WARNING,
            _("must not be below the contraindication threshold ({threshold}), got {value}: the "
              "warning would never show").format(threshold=f"{shown_number(stop)}/min",
                                                 value=f"{shown_number(warning)}/min"),
        ))
    return problems


@dataclass(frozen=True)
class ClinicSettings:
    """The thresholds in force: every declared key, stored values over the defaults."""

    values: Mapping[str, float | None] = field(
        default_factory=lambda: MappingProxyType({d.key: d.default for d in DEFINITIONS})
    )
    version: int = 0
    """Changes whenever an admin saves the settings (any setting): the version a report and the
    research export name, and the one a save must start from."""
    texts: Mapping[str, str] = field(default_factory=lambda: MappingProxyType(dict(TEXT_DEFAULTS)))
    """The text settings in force (clinic_text_settings.py), "" for a default."""
    assessed_version: int = -1
    """The version at which a value the assessment reads (``ASSESSED_KEYS``) last changed: the
    stored flags record it, so that a save of other settings (the idle lock, the backups) leaves
    them current. At most ``version``; left out (-1), the same as ``version``."""

    def __post_init__(self) -> None:
        if self.assessed_version < 0:
            object.__setattr__(self, "assessed_version", self.version)

    def __getitem__(self, key: str) -> float:
        """The value of a setting that always has one (an unset optional one is an error)."""
        value = self.optional(key)
        if value is None:
            raise DomainValidationError(key, f"is not set ({NO_LABEL_MAXIMUM}): read it with "
                                             "optional()")
        return value

    def optional(self, key: str) -> float | None:
        """The value in force, or None for an optional setting the clinic has not set."""
        return self.values[key] if key in self.values else definition(key).default

    def text(self, key: str) -> str:
        """A text setting's value in force ("" for its default)."""
        return self.texts.get(key, TEXT_DEFAULTS[key])

    @property
    def arabic_digits(self) -> Digits:
        """The digits the clinic writes Arabic in: "latn" (Western, the default) or "arab"
        (Arabic-Indic); a stored value this version does not know reads as the default."""
        return "arab" if self.text(ARABIC_DIGITS) == "arab" else "latn"

    def is_default(self, key: str) -> bool:
        return self.optional(key) == definition(key).default

    @classmethod
    def defaults(cls) -> ClinicSettings:
        return cls()

    @classmethod
    def from_stored(
        cls, stored: Mapping[str, float | None], version: int = 0,
        texts: Mapping[str, str] | None = None, assessed_version: int = -1,
    ) -> ClinicSettings:
        """Stored values over the defaults; unknown keys (a newer app's) are ignored; an
        optional setting with no stored value is unset (None). ``texts`` likewise;
        ``assessed_version`` left out is ``version``."""
        values: dict[str, float | None] = {d.key: d.default for d in DEFINITIONS}
        # A value outside this version's range (stored by a newer CalciTrack) is kept as stored:
        # silently changing a threshold would be worse; the settings dialog shows and refuses it.
        values.update({k: v for k, v in stored.items() if k in DEFINITION_BY_KEY})
        known = dict(TEXT_DEFAULTS)
        known.update({k: v for k, v in (texts or {}).items() if k in TEXT_DEFAULTS})
        return cls(MappingProxyType(values), version, MappingProxyType(known), assessed_version)
