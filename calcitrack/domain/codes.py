"""Coded values used across the clinical model.

Each enum's value is the stable code stored in the database and in the JSON interchange format;
``label`` is what a person reads. SNOMED CT codes are given only where DOMAIN.md §7.2 verified them.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING


class CodedEnum(str, Enum):
    """A string enum whose members carry a human label."""

    label: str

    def __new__(cls, value: str, label: str = "") -> CodedEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value.replace("_", " ")
        return member

    if TYPE_CHECKING:
        # Every value is a str code; the custom __new__ hides that from mypy (Any otherwise).
        @property
        def value(self) -> str: ...

    def __str__(self) -> str:
        return self.value

    @classmethod
    def codes(cls) -> tuple[str, ...]:
        return tuple(m.value for m in cls)


class Sex(CodedEnum):
    FEMALE = "female", "Female"
    MALE = "male", "Male"
    OTHER = "other", "Other"
    UNKNOWN = "unknown", "Unknown"


class UnderlyingDisease(CodedEnum):
    RA = "ra", "Rheumatoid arthritis"
    DM = "dm", "Dermatomyositis"
    JDM = "jdm", "Juvenile dermatomyositis"
    SSC = "ssc", "Systemic sclerosis"
    SLE = "sle", "Systemic lupus erythematosus"
    OVERLAP = "overlap", "Overlap syndrome"
    OTHER = "other", "Other"


#: SNOMED CT concept ids verified in DOMAIN.md §7.2 [R55]; the others are deliberately absent.
DISEASE_SNOMED: dict[UnderlyingDisease, str] = {
    UnderlyingDisease.RA: "69896004",
    UnderlyingDisease.DM: "396230008",
    UnderlyingDisease.SSC: "89155008",
}

#: ICD-10 code of calcinosis cutis [R56].
ICD10_CALCINOSIS_CUTIS = "L94.2"


class CalcinosisType(CodedEnum):
    DYSTROPHIC = "dystrophic", "Dystrophic"
    METASTATIC = "metastatic", "Metastatic"
    IDIOPATHIC = "idiopathic", "Idiopathic"
    IATROGENIC = "iatrogenic", "Iatrogenic"
    CALCIPHYLAXIS = "calciphylaxis", "Calciphylaxis"


class LesionStatus(CodedEnum):
    ACTIVE = "active", "Active"
    RESOLVED = "resolved", "Resolved"
    EXCISED = "excised", "Excised"


class Laterality(CodedEnum):
    LEFT = "left", "Left"
    RIGHT = "right", "Right"
    MIDLINE = "midline", "Midline"
    BILATERAL = "bilateral", "Bilateral"


class Side(CodedEnum):
    """Side of a joint measured for range of motion."""

    LEFT = "left", "Left"
    RIGHT = "right", "Right"


class MeasurementMethod(CodedEnum):
    CALIPER = "caliper", "Caliper"
    ULTRASOUND = "ultrasound", "Ultrasound"
    XRAY = "xray", "X-ray"


class VisitType(CodedEnum):
    BASELINE = "baseline", "Baseline"
    FOLLOW_UP = "follow_up", "Follow-up"
    UNSCHEDULED = "unscheduled", "Unscheduled"
    TELEPHONE = "telephone", "Telephone"


class Route(CodedEnum):
    ORAL = "oral", "Oral"
    IV = "iv", "Intravenous"
    SC = "sc", "Subcutaneous"
    IM = "im", "Intramuscular"
    INTRALESIONAL = "intralesional", "Intralesional"
    TOPICAL = "topical", "Topical"


class Frequency(CodedEnum):
    """How often a dose is given. ``doses_per_day`` is None where a daily total makes no sense."""

    QD = "qd", "once daily"
    BID = "bid", "twice daily"
    TID = "tid", "three times daily"
    QID = "qid", "four times daily"
    QW = "qw", "once weekly"
    Q2W = "q2w", "every 2 weeks"
    Q4W = "q4w", "every 4 weeks"
    QMONTH = "qmonth", "monthly"
    ONCE = "once", "single dose"
    PRN = "prn", "as needed"

    @property
    def doses_per_day(self) -> float | None:
        return _DOSES_PER_DAY[self]

    @property
    def is_daily(self) -> bool:
        """True when a dose per day (and so mg/kg/day) is meaningful."""
        return self in (Frequency.QD, Frequency.BID, Frequency.TID, Frequency.QID)


_DOSES_PER_DAY: dict[Frequency, float | None] = {
    Frequency.QD: 1.0,
    Frequency.BID: 2.0,
    Frequency.TID: 3.0,
    Frequency.QID: 4.0,
    Frequency.QW: 1 / 7,
    Frequency.Q2W: 1 / 14,
    Frequency.Q4W: 1 / 28,
    Frequency.QMONTH: None,
    Frequency.ONCE: None,
    Frequency.PRN: None,
}


class DoseUnit(CodedEnum):
    """UCUM dose units."""

    MG = "mg", "mg"
    G = "g", "g"
    MG_PER_KG = "mg/kg", "mg/kg"
    G_PER_KG = "g/kg", "g/kg"
    ML = "mL", "mL"
    IU = "[iU]", "IU"


class ImagingModality(CodedEnum):
    XRAY = "xray", "X-ray"
    ULTRASOUND = "ultrasound", "Ultrasound"
    CT = "ct", "CT"
    MRI = "mri", "MRI"
    SCINTIGRAPHY = "scintigraphy", "Scintigraphy"


class ImagingVerdict(CodedEnum):
    """The reader's comparison of a study with the previous comparable one (same region and
    modality). ``more`` counts as progression in the response assessment."""

    LESS = "less", "Less calcification"
    UNCHANGED = "unchanged", "Unchanged"
    MORE = "more", "More calcification"
    NOT_COMPARABLE = "not_comparable", "Not comparable"


class ProcedureType(CodedEnum):
    EXCISION = "excision", "Surgical excision"
    CURETTAGE = "curettage", "Curettage"
    DEBRIDEMENT = "debridement", "Debridement"
    INTRALESIONAL_THIOSULFATE = "intralesional_thiosulfate", "Intralesional sodium thiosulfate"
    INCISION_DRAINAGE = "incision_drainage", "Incision and drainage"
    OTHER = "other", "Other procedure"


class ProcedureOutcome(CodedEnum):
    PENDING = "pending", "Pending"
    COMPLETE = "complete", "Complete response"
    PARTIAL = "partial", "Partial response"
    NONE = "none", "No response"
    COMPLICATION = "complication", "Complication"


class Role(CodedEnum):
    NURSE = "nurse", "Nurse"
    PHYSICIAN = "physician", "Physician"
    ADMIN = "admin", "Administrator"


class Das28Variant(CodedEnum):
    ESR = "esr", "DAS28-ESR"
    CRP = "crp", "DAS28-CRP"
