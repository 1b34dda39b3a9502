"""Coded values used across the clinical model.

Each enum's value is the stable code stored in the database and in the JSON interchange format;
``label`` is what a person reads, in the current language (gettext: ``calcitrack.i18n``), and
``english_label`` the same in English, for what is written to files and stored (change records).
SNOMED CT codes are given only where DOMAIN.md §7.2 verified them.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from calcitrack.domain.rule_text import Message
from calcitrack.i18n.catalogue import N_, NC_, _, pgettext


class CodedEnum(str, Enum):
    """A string enum whose members carry a human label (marked with ``N_`` where the language
    changes it).

    A short label that several enums share but that reads differently in another language by
    what it qualifies ("Other" sex is "Outro" in Portuguese, another underlying disease "Outra")
    is marked in a context, ``NC_(context, label)``, with the same context given as the member's
    third item: ``OTHER = "other", NC_("sex", "Other"), "sex"``; ``label`` then translates it with
    ``pgettext``. ``english_label`` is the English label either way."""

    english_label: str
    label_context: str | None

    def __new__(cls, value: str, label: str = "", context: str | None = None) -> CodedEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.english_label = label or value.replace("_", " ")
        member.label_context = context
        return member

    @property
    def label(self) -> str:
        """What a person reads, in the current language."""
        if self.label_context is not None:
            return pgettext(self.label_context, self.english_label)
        return _(self.english_label)

    @property
    def label_text(self) -> Message:
        """The label kept language-neutral (a rule text that puts it into a flag or a
        confirmation), written in the reader's language when shown."""
        return Message(self.english_label, context=self.label_context)

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
    FEMALE = "female", N_("Female")
    MALE = "male", N_("Male")
    OTHER = "other", NC_("sex", "Other"), "sex"
    UNKNOWN = "unknown", N_("Unknown")


class UnderlyingDisease(CodedEnum):
    RA = "ra", N_("Rheumatoid arthritis")
    DM = "dm", N_("Dermatomyositis")
    JDM = "jdm", N_("Juvenile dermatomyositis")
    SSC = "ssc", N_("Systemic sclerosis")
    SLE = "sle", N_("Systemic lupus erythematosus")
    OVERLAP = "overlap", N_("Overlap syndrome")
    OTHER = "other", NC_("underlying disease", "Other"), "underlying disease"


#: SNOMED CT concept ids verified in DOMAIN.md §7.2 [R55]; the others are deliberately absent.
DISEASE_SNOMED: dict[UnderlyingDisease, str] = {
    UnderlyingDisease.RA: "69896004",
    UnderlyingDisease.DM: "396230008",
    UnderlyingDisease.SSC: "89155008",
}

#: ICD-10 code of calcinosis cutis [R56].
ICD10_CALCINOSIS_CUTIS = "L94.2"


class CalcinosisType(CodedEnum):
    DYSTROPHIC = "dystrophic", N_("Dystrophic")
    METASTATIC = "metastatic", N_("Metastatic")
    IDIOPATHIC = "idiopathic", N_("Idiopathic")
    IATROGENIC = "iatrogenic", N_("Iatrogenic")
    CALCIPHYLAXIS = "calciphylaxis", N_("Calciphylaxis")


class LesionStatus(CodedEnum):
    ACTIVE = "active", N_("Active")
    RESOLVED = "resolved", N_("Resolved")
    EXCISED = "excised", N_("Excised")


class Laterality(CodedEnum):
    """Where on the body a lesion is: the patient's left or right side, the midline, both."""

    LEFT = "left", NC_("body site", "Left"), "body site"
    RIGHT = "right", NC_("body site", "Right"), "body site"
    MIDLINE = "midline", N_("Midline")
    BILATERAL = "bilateral", N_("Bilateral")


class Side(CodedEnum):
    """Side of a joint measured for range of motion."""

    LEFT = "left", NC_("joint side", "Left"), "joint side"
    RIGHT = "right", NC_("joint side", "Right"), "joint side"


class MeasurementMethod(CodedEnum):
    CALIPER = "caliper", N_("Caliper")
    ULTRASOUND = "ultrasound", N_("Ultrasound")
    XRAY = "xray", N_("X-ray")


class VisitType(CodedEnum):
    BASELINE = "baseline", N_("Baseline")
    FOLLOW_UP = "follow_up", N_("Follow-up")
    UNSCHEDULED = "unscheduled", N_("Unscheduled")
    TELEPHONE = "telephone", N_("Telephone")


class Route(CodedEnum):
    ORAL = "oral", N_("Oral")
    IV = "iv", N_("Intravenous")
    SC = "sc", N_("Subcutaneous")
    IM = "im", N_("Intramuscular")
    INTRALESIONAL = "intralesional", N_("Intralesional")
    TOPICAL = "topical", N_("Topical")


class Frequency(CodedEnum):
    """How often a dose is given. ``doses_per_day`` is None where a daily total makes no sense."""

    QD = "qd", N_("once daily")
    BID = "bid", N_("twice daily")
    TID = "tid", N_("three times daily")
    QID = "qid", N_("four times daily")
    QW = "qw", N_("once weekly")
    Q2W = "q2w", N_("every 2 weeks")
    Q4W = "q4w", N_("every 4 weeks")
    QMONTH = "qmonth", N_("monthly")
    ONCE = "once", N_("single dose")
    PRN = "prn", N_("as needed")

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

    MG = "mg", N_("mg")
    G = "g", N_("g")
    MG_PER_KG = "mg/kg", N_("mg/kg")
    G_PER_KG = "g/kg", N_("g/kg")
    ML = "mL", N_("mL")
    IU = "[iU]", N_("IU")


class ImagingModality(CodedEnum):
    XRAY = "xray", N_("X-ray")
    ULTRASOUND = "ultrasound", N_("Ultrasound")
    CT = "ct", N_("CT")
    MRI = "mri", N_("MRI")
    SCINTIGRAPHY = "scintigraphy", N_("Scintigraphy")


class ImagingVerdict(CodedEnum):
    """The reader's comparison of a study with the previous comparable one (same region and
    modality). ``more`` counts as progression in the response assessment."""

    LESS = "less", N_("Less calcification")
    UNCHANGED = "unchanged", N_("Unchanged")
    MORE = "more", N_("More calcification")
    NOT_COMPARABLE = "not_comparable", N_("Not comparable")


class ProcedureType(CodedEnum):
    EXCISION = "excision", N_("Surgical excision")
    CURETTAGE = "curettage", N_("Curettage")
    DEBRIDEMENT = "debridement", N_("Debridement")
    INTRALESIONAL_THIOSULFATE = "intralesional_thiosulfate", N_("Intralesional sodium thiosulfate")
    INCISION_DRAINAGE = "incision_drainage", N_("Incision and drainage")
    OTHER = "other", N_("Other procedure")


class ProcedureOutcome(CodedEnum):
    PENDING = "pending", N_("Pending")
    COMPLETE = "complete", N_("Complete response")
    PARTIAL = "partial", N_("Partial response")
    NONE = "none", N_("No response")
    COMPLICATION = "complication", N_("Complication")


class Role(CodedEnum):
    NURSE = "nurse", N_("Nurse")
    PHYSICIAN = "physician", N_("Physician")
    ADMIN = "admin", N_("Administrator")


class Das28Variant(CodedEnum):
    ESR = "esr", "DAS28-ESR"
    CRP = "crp", "DAS28-CRP"
