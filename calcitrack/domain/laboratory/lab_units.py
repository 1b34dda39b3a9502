"""The analytes CalciTrack records: LOINC codes, UCUM units and conversion factors.

Source: DOMAIN.md §4.2 (conversions [R29][R33], LOINC [R33]) and §7.3 (UCUM spellings [R58]).
A typical adult range is stored only where DOMAIN.md gives one marked ✅; everything else is
``None`` and the reporting lab's own range must be used (it always should be shown anyway).
``labs`` re-exports everything here; import from there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from calcitrack.domain.errors import UnknownUnitError
from calcitrack.i18n.catalogue import N_, _

Range = tuple[float | None, float | None, str]
"""A reference interval: (low, high, unit); either bound may be ``None`` (open-ended)."""


@dataclass(frozen=True)
class Analyte:
    """One laboratory analyte and the units CalciTrack accepts for it.

    ``units`` maps each accepted UCUM unit to its factor *to* the canonical unit:
    ``value_in_canonical = value × units[unit]`` (so the canonical unit has factor 1).
    """

    code: str
    english_name: str
    """The analyte's name in English (marked): for files and stored records."""
    loinc: str
    canonical_unit: str
    units: Mapping[str, float] = field(hash=False)
    typical_range: Range | None
    source: str
    loinc_molar: str | None = None
    other_loinc: tuple[str, ...] = ()
    typical_range_by_sex: Mapping[str, Range] = field(default_factory=dict, hash=False)
    english_note: str = ""
    """A note on the analyte in English (marked), shown beside its entry (``note``)."""

    def __post_init__(self) -> None:
        if self.units.get(self.canonical_unit) != 1:
            raise ValueError(f"{self.code}: the canonical unit must have factor 1")
        # Read-only views, so the shared table cannot be changed by accident.
        object.__setattr__(self, "units", MappingProxyType(dict(self.units)))
        object.__setattr__(
            self, "typical_range_by_sex", MappingProxyType(dict(self.typical_range_by_sex))
        )

    @property
    def name(self) -> str:
        """The analyte's name, in the current language."""
        return _(self.english_name)

    @property
    def note(self) -> str:
        """The note on the analyte, in the current language ("" when there is none)."""
        return _(self.english_note) if self.english_note else ""

    @property
    def accepted_units(self) -> tuple[str, ...]:
        """The accepted UCUM units, canonical first."""
        return tuple(self.units)


_CALCIUM_MMOL_PER_MG_DL = 0.2495  # mg/dL × 0.2495 → mmol/L [R29][R33]
_PHOSPHATE_MMOL_PER_MG_DL = 0.3229  # mg/dL × 0.3229 → mmol/L [R29][R33]
_PTH_PMOL_PER_PG_ML = 0.106  # pg/mL × 0.106 → pmol/L [R33]
_VITAMIN_D_NMOL_PER_NG_ML = 2.496  # ng/mL × 2.496 → nmol/L [R30][R33]
_CREATININE_UMOL_PER_MG_DL = 88.4  # mg/dL × 88.4 → µmol/L [R29][R33]
_URINE_CALCIUM_MMOL_PER_MG = 0.02495  # mg/24 h × 0.02495 → mmol/24 h [R28][R33]

_TABLE: tuple[Analyte, ...] = (
    Analyte(
        code="calcium_total",
        english_name=N_("Calcium, total (serum/plasma)"),
        loinc="17861-6",
        loinc_molar="2000-8",
        canonical_unit="mg/dL",
        units={"mg/dL": 1.0, "mmol/L": 1 / _CALCIUM_MMOL_PER_MG_DL},
        typical_range=(8.5, 10.5, "mg/dL"),
        source="[R29][R33]",
        english_note=N_(
            "Normal in dystrophic calcinosis; abnormal values suggest metastatic [R7][R60]."
        ),
    ),
    Analyte(
        code="calcium_corrected",
        english_name=N_("Calcium corrected for albumin"),
        # DOMAIN.md gives only the molar code; no mass code is guessed here.
        loinc="29265-6",
        loinc_molar="29265-6",
        canonical_unit="mg/dL",
        units={"mg/dL": 1.0, "mmol/L": 1 / _CALCIUM_MMOL_PER_MG_DL},
        typical_range=None,
        source="[R24][R33]",
        english_note=N_("Inaccurate in CKD/ESRD: prefer ionized calcium there [R24]."),
    ),
    Analyte(
        code="calcium_ionized",
        english_name=N_("Calcium, ionized (blood)"),
        loinc="1994-3",
        loinc_molar="1994-3",
        # DOMAIN.md lists ionized calcium in mmol/L only, the unit labs report it in.
        canonical_unit="mmol/L",
        units={"mmol/L": 1.0, "mg/dL": _CALCIUM_MMOL_PER_MG_DL},
        typical_range=None,
        source="[R33]",
        english_note=N_("Range is lab-specific."),
    ),
    Analyte(
        code="albumin",
        english_name=N_("Albumin (serum/plasma)"),
        loinc="1751-7",
        canonical_unit="g/dL",
        units={"g/dL": 1.0, "g/L": 0.1},
        typical_range=(3.4, 4.7, "g/dL"),
        source="[R29][R33]",
    ),
    Analyte(
        code="phosphate",
        english_name=N_("Phosphate, inorganic (serum/plasma)"),
        loinc="2777-1",
        canonical_unit="mg/dL",
        units={"mg/dL": 1.0, "mmol/L": 1 / _PHOSPHATE_MMOL_PER_MG_DL},
        typical_range=(2.5, 4.5, "mg/dL"),
        source="[R29][R33]",
        english_note=N_("Adult range; higher in children."),
    ),
    Analyte(
        code="pth_intact",
        english_name=N_("Parathyroid hormone, intact"),
        loinc="2731-8",
        canonical_unit="pg/mL",
        units={"pg/mL": 1.0, "ng/L": 1.0, "pmol/L": 1 / _PTH_PMOL_PER_PG_ML},
        # ≈15–65 pg/mL comes from one vendor method sheet (⚠️ in DOMAIN.md): not hard-coded.
        typical_range=None,
        source="[R33]",
        english_note=N_(
            "Assay-specific range (about 15–65 pg/mL on one method): use the lab's range."
        ),
    ),
    Analyte(
        code="alkaline_phosphatase",
        english_name=N_("Alkaline phosphatase"),
        loinc="6768-6",
        canonical_unit="U/L",
        units={"U/L": 1.0},
        typical_range=(41.0, 133.0, "U/L"),
        source="[R29][R33]",
        english_note=N_("Adult range; higher in growing children."),
    ),
    Analyte(
        code="vitamin_d_25oh",
        english_name=N_("25-hydroxyvitamin D (D2+D3)"),
        loinc="62292-8",
        other_loinc=("1989-3",),  # D3 only
        canonical_unit="ng/mL",
        units={"ng/mL": 1.0, "nmol/L": 1 / _VITAMIN_D_NMOL_PER_NG_ML},
        # Thresholds, not a range, and two bodies disagree (IOM vs Endocrine Society).
        typical_range=None,
        source="[R30][R33]",
        english_note=N_(
            "IOM: < 12 ng/mL at risk of deficiency, ≥ 20 ng/mL sufficient; "
            "Endocrine Society 2011: deficiency < 20, insufficiency 21–29 ng/mL."
        ),
    ),
    Analyte(
        code="creatinine",
        english_name=N_("Creatinine (serum/plasma)"),
        loinc="2160-0",
        # "Creatinine [Moles/volume] in Serum or Plasma", for a result entered in umol/L: as
        # listed in published FHIR implementation guides' value sets (the German and French
        # national laboratory profiles); the mass code 2160-0 would contradict the unit.
        loinc_molar="14682-9",
        canonical_unit="mg/dL",
        units={"mg/dL": 1.0, "umol/L": 1 / _CREATININE_UMOL_PER_MG_DL},
        typical_range=(0.6, 1.2, "mg/dL"),
        source="[R29][R33]",
    ),
    Analyte(
        code="egfr",
        english_name=N_("eGFR (CKD-EPI 2021, creatinine)"),
        loinc="98979-8",
        canonical_unit="mL/min/{1.73_m2}",
        units={"mL/min/{1.73_m2}": 1.0},
        typical_range=None,
        source="[R27][R33]",
    ),
    Analyte(
        code="esr",
        english_name=N_("Erythrocyte sedimentation rate (Westergren)"),
        loinc="4537-7",
        other_loinc=("30341-2",),
        canonical_unit="mm/h",
        units={"mm/h": 1.0},
        typical_range=None,
        source="[R31][R33]",
        english_note=N_(
            "Upper limit depends on age and sex (Miller): men age/2, women (age + 10)/2 mm/h "
            "[R31]."
        ),
    ),
    Analyte(
        code="crp",
        english_name=N_("C-reactive protein"),
        loinc="1988-5",
        canonical_unit="mg/L",
        units={"mg/L": 1.0, "mg/dL": 10.0},
        typical_range=None,
        source="[R33]",
        english_note=N_(
            "DAS28-CRP takes mg/L, SDAI mg/dL: converted from the unit entered, never guessed."
        ),
    ),
    Analyte(
        code="creatine_kinase",
        english_name=N_("Creatine kinase"),
        loinc="2157-6",
        canonical_unit="U/L",
        units={"U/L": 1.0},
        typical_range=None,
        typical_range_by_sex={"male": (52.0, 336.0, "U/L"), "female": (38.0, 176.0, "U/L")},
        source="[R28][R33]",
        english_note=N_("Mayo Clinic Laboratories, age ≥ 18 years."),
    ),
    Analyte(
        code="calcium_urine_24h",
        english_name=N_("Calcium, 24-hour urine"),
        loinc="6874-2",
        canonical_unit="mg/(24.h)",
        units={"mg/(24.h)": 1.0, "mmol/(24.h)": 1 / _URINE_CALCIUM_MMOL_PER_MG},
        typical_range=None,
        typical_range_by_sex={
            "male": (25.0, 300.0, "mg/(24.h)"),
            "female": (20.0, 275.0, "mg/(24.h)"),
        },
        source="[R28][R33]",
        english_note=N_(
            "Adult ranges on an intake of 600–800 mg/day; children > 4 mg/kg/day is "
            "hypercalciuria. Urine creatinine 24 h is LOINC 2162-6."
        ),
    ),
    Analyte(
        code="haemoglobin",
        english_name=N_("Haemoglobin"),
        loinc="718-7",  # ⚠️ not re-verified in DOMAIN.md
        canonical_unit="g/dL",
        units={"g/dL": 1.0, "g/L": 0.1},
        typical_range=None,
        typical_range_by_sex={"male": (13.0, None, "g/dL"), "female": (12.0, None, "g/dL")},
        source="[R32]",
        english_note=N_(
            "Lower bounds are the WHO anaemia cut-offs; the female one is for non-pregnant women."
        ),
    ),
    Analyte(
        code="anti_ccp",
        english_name=N_("Anti-CCP (ACPA) IgG"),
        loinc="33935-8",
        canonical_unit="U/mL",
        units={"U/mL": 1.0},
        typical_range=None,
        source="[R33]",
        english_note=N_("Assay units and cut-off are assay-specific."),
    ),
    Analyte(
        code="rheumatoid_factor",
        english_name=N_("Rheumatoid factor"),
        loinc="11572-5",
        canonical_unit="[IU]/mL",
        units={"[IU]/mL": 1.0},
        typical_range=None,
        source="[R33]",
        english_note=N_("Cut-off is assay-specific."),
    ),
    Analyte(
        code="ana_titre",
        english_name=N_("ANA (HEp-2 IIF) titre"),
        loinc="5048-4",
        other_loinc=("42254-3",),  # presence
        canonical_unit="{titer}",
        units={"{titer}": 1.0},
        typical_range=None,
        source="[R33]",
        english_note=N_(
            "Stored as the denominator n of 1:n, never converted; record the pattern too."
        ),
    ),
)

ANALYTES: Mapping[str, Analyte] = MappingProxyType({a.code: a for a in _TABLE})
"""Every analyte by its stable ``code``."""


def analyte(code: str) -> Analyte:
    """The analyte with this ``code``; an unknown code raises ``UnknownUnitError`` naming "code"."""
    return lookup_analyte(code, field="code")


def lookup_analyte(code: object, *, field: str) -> Analyte:
    """Like :func:`analyte`, but the error names ``field`` (the caller's argument name)."""
    found = ANALYTES.get(code) if isinstance(code, str) else None
    if found is None:
        raise UnknownUnitError(
            field, f"unknown analyte {code!r}; known analytes: {', '.join(ANALYTES)}"
        )
    return found


def unit_factor(entry: Analyte, unit: object, *, field: str) -> float:
    """The factor from ``unit`` to ``entry``'s canonical unit; raises naming ``field``."""
    factor = entry.units.get(unit) if isinstance(unit, str) else None
    if factor is None:
        raise UnknownUnitError(
            field,
            f"{unit!r} is not a unit of {entry.code}; "
            f"accepted units: {', '.join(entry.accepted_units)}",
        )
    return factor
