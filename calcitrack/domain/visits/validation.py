"""Validation of clinical entities: every problem found, each naming its field and the reason.

These rules are the single source of truth for the form, the importer and the command line; the
database's CHECK constraints back them up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TypeVar

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.entities import (
    ImagingStudy,
    LabResult,
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    PatientChart,
    Procedure,
    RomMeasurement,
    Visit,
)
from calcitrack.domain.errors import (
    DomainValidationError,
    Problem,
    ProblemKind,
    shown_day,
    shown_number,
)
from calcitrack.domain.laboratory import labs
from calcitrack.domain.rom import MAX_DEGREES, MIN_DEGREES, ROM_REFERENCES
from calcitrack.domain.visits import hard_limits
from calcitrack.i18n.catalogue import _, ngettext

#: Plausibility bounds: (minimum, maximum, unit). Values outside are typing slips, not patients.
BOUNDS: dict[str, tuple[float, float, str]] = {
    "weight_kg": (0.5, 400, "kg"),
    "height_cm": (30, 250, "cm"),
    "heart_rate_bpm": (20, 250, "/min"),
    "systolic_bp_mmhg": (40, 300, "mmHg"),
    "diastolic_bp_mmhg": (20, 200, "mmHg"),
    "pain_nrs": (0, 10, ""),
    "patient_global_mm": (0, 100, "mm"),
    "evaluator_global_mm": (0, 100, "mm"),
    "tender_joints_28": (0, 28, ""),
    "swollen_joints_28": (0, 28, ""),
    "das28_recorded": (0, 10, ""),
    "longest_mm": (0.1, 1000, "mm"),
    "width_mm": (0.1, 1000, "mm"),
    "depth_mm": (0, 300, "mm"),
    "degrees": (MIN_DEGREES, MAX_DEGREES, "°"),
    "dose": (0, 100_000, ""),
}

INTEGER_FIELDS = frozenset(
    {
        "heart_rate_bpm",
        "systolic_bp_mmhg",
        "diastolic_bp_mmhg",
        "pain_nrs",
        "tender_joints_28",
        "swollen_joints_28",
    }
)
NOTES_MAX = 20_000
"""Free text (notes, findings, reasons): some ten pages; the interchange schema states it too."""
MAX_TEXT = {
    "mrn": 40,
    "family_name": 100,
    "given_name": 100,
    "label": 60,
    "clinician": 100,
    "drug": 40,
    "drug_name": 120,
    "notes": NOTES_MAX,
    "findings": NOTES_MAX,
    "start_reason": NOTES_MAX,
    "stop_reason": NOTES_MAX,
    "reader": 120,
    "operator": 120,
    "complications": NOTES_MAX,
}


def _bounded(obj: object, names: Iterable[str]) -> list[Problem]:
    problems = []
    for name in names:
        value = getattr(obj, name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(
                Problem(name, _("must be a number, got {value}").format(value=repr(value)))
            )
            continue
        if name in INTEGER_FIELDS and value != int(value):
            problems.append(
                Problem(name, _("must be a whole number, got {value}").format(value=str(value)))
            )
            continue
        if value != value:
            problems.append(Problem(name, _("is not a number")))
            continue
        low, high, unit = BOUNDS[name]
        suffix = f" {unit}" if unit else ""
        if not low <= value <= high:
            problems.append(
                Problem(
                    name,
                    _("must be between {low} and {high}, got {value}").format(
                        low=shown_number(low),
                        high=shown_number(high) + suffix,
                        value=shown_number(value),
                    ),
                )
            )
    return problems


def _text(obj: object, name: str, *, required: bool = True) -> list[Problem]:
    value = getattr(obj, name)
    if required and not (value or "").strip():
        return [Problem(name, _("is required"), ProblemKind.MISSING)]
    limit = MAX_TEXT.get(name)
    if limit and value and len(value) > limit:
        return [
            Problem(
                name,
                ngettext(
                    "must be at most {limit} character, got {count}",
                    "must be at most {limit} characters, got {count}",
                    limit,
                ).format(limit=shown_number(limit), count=shown_number(len(value))),
            )
        ]
    return []


def _not_future(name: str, day: date | None, today: date) -> list[Problem]:
    if day is not None and day > today:
        return [
            Problem(
                name,
                _("{day} is in the future (today is {today})").format(
                    day=shown_day(day), today=shown_day(today)
                ),
            )
        ]
    return []


def _site(name: str, code: str | None) -> list[Problem]:
    if code is not None and code not in BODY_SITES:
        return [Problem(name, _("unknown body site {code}").format(code=repr(code)))]
    return []


def validate_patient(patient: Patient, *, today: date) -> list[Problem]:
    problems = _text(patient, "mrn") + _text(patient, "family_name") + _text(patient, "given_name")
    if patient.mrn and patient.mrn != patient.mrn.strip():
        problems.append(Problem("mrn", _("must not start or end with spaces")))
    problems += _not_future("date_of_birth", patient.date_of_birth, today)
    for name in ("disease_diagnosed_on", "calcinosis_onset_on"):
        day = getattr(patient, name)
        problems += _not_future(name, day, today)
        if day is not None and day < patient.date_of_birth:
            problems.append(
                Problem(name, _("{day} is before the date of birth").format(day=shown_day(day)))
            )
    return problems


def validate_lesion(lesion: Lesion, patient: Patient | None, *, today: date) -> list[Problem]:
    problems = _text(lesion, "label") + _site("body_site", lesion.body_site)
    problems += _text(lesion, "notes", required=False)
    problems += _not_future("first_seen_on", lesion.first_seen_on, today)
    if patient is not None and lesion.first_seen_on < patient.date_of_birth:
        problems.append(Problem("first_seen_on", _("is before the patient's date of birth")))
    if lesion.status_changed_on is not None and lesion.status_changed_on < lesion.first_seen_on:
        problems.append(Problem("status_changed_on", _("is before the lesion was first seen")))
    return problems


def validate_measurement(m: LesionMeasurement) -> list[Problem]:
    problems = _bounded(m, ("longest_mm", "width_mm", "depth_mm"))
    if not problems and m.width_mm > m.longest_mm:
        problems.append(
            Problem(
                "width_mm",
                _(
                    "the perpendicular width ({width} mm) cannot exceed the longest diameter "
                    "({longest} mm)"
                ).format(width=shown_number(m.width_mm), longest=shown_number(m.longest_mm)),
            )
        )
    return problems


def validate_rom(r: RomMeasurement) -> list[Problem]:
    if (r.joint, r.movement) not in ROM_REFERENCES:
        return [
            Problem(
                "movement",
                _("unknown joint movement {joint}/{movement}").format(
                    joint=r.joint, movement=r.movement
                ),
            )
        ]
    impossible = hard_limits.rom_problem(r)
    return [impossible] if impossible is not None else _bounded(r, ("degrees",))


_Item = TypeVar("_Item")


def _indexed(
    prefix: str, items: Sequence[_Item], check: Callable[[_Item], list[Problem]]
) -> list[Problem]:
    return [p.under(f"{prefix}[{i}]") for i, item in enumerate(items) for p in check(item)]


def validate_visit(
    visit: Visit, patient: Patient | None, lesions: Sequence[Lesion], *, today: date
) -> list[Problem]:
    problems = _not_future("visit_date", visit.visit_date, today)
    if patient is not None and visit.visit_date < patient.date_of_birth:
        problems.append(Problem("visit_date", _("is before the patient's date of birth")))
    problems += _bounded(
        visit,
        (
            "weight_kg",
            "height_cm",
            "heart_rate_bpm",
            "systolic_bp_mmhg",
            "diastolic_bp_mmhg",
            "pain_nrs",
            "patient_global_mm",
            "evaluator_global_mm",
            "tender_joints_28",
            "swollen_joints_28",
            "das28_recorded",
        ),
    )
    problems += _text(visit, "clinician", required=False) + _text(visit, "notes", required=False)
    due = visit.next_visit_due_on
    if due is not None and due <= visit.visit_date:
        problems.append(
            Problem(
                "next_visit_due_on",
                _("{day} must be after the visit date").format(day=shown_day(due)),
            )
        )
    sbp, dbp = visit.systolic_bp_mmhg, visit.diastolic_bp_mmhg
    if (sbp is None) != (dbp is None):
        problems.append(
            Problem(
                "diastolic_bp_mmhg" if dbp is None else "systolic_bp_mmhg",
                _("blood pressure needs both systolic and diastolic values"),
                ProblemKind.MISSING,
            )
        )
    elif sbp is not None and dbp is not None and dbp >= sbp:
        problems.append(
            Problem(
                "diastolic_bp_mmhg",
                _("must be below the systolic ({value} mmHg)").format(value=str(sbp)),
            )
        )
    if (visit.das28_recorded is None) != (visit.das28_recorded_variant is None):
        problems.append(
            Problem(
                "das28_recorded_variant",
                _("a recorded DAS28 needs its variant (ESR or CRP), and a variant its DAS28"),
                ProblemKind.MISSING,
            )
        )
    by_label = {lesion.label: lesion for lesion in lesions}
    seen: set[str] = set()
    for i, m in enumerate(visit.lesion_measurements):
        where = f"lesion_measurements[{i}]"
        problems += [p.under(where) for p in validate_measurement(m)]
        lesion = by_label.get(m.lesion_label)
        if lesion is None:
            problems.append(
                Problem(
                    f"{where}.lesion",
                    _("no lesion labelled {label}").format(label=repr(m.lesion_label)),
                )
            )
        elif lesion.first_seen_on > visit.visit_date:
            problems.append(
                Problem(
                    f"{where}.lesion",
                    _("lesion {label} was first seen after this visit").format(
                        label=repr(m.lesion_label)
                    ),
                )
            )
        if m.lesion_label in seen:
            problems.append(
                Problem(
                    f"{where}.lesion",
                    _("lesion {label} measured twice").format(label=repr(m.lesion_label)),
                )
            )
        seen.add(m.lesion_label)
    problems += _indexed("rom", visit.rom, validate_rom)
    keys = [(r.joint, r.movement, r.side) for r in visit.rom]
    for i, key in enumerate(keys):
        if key in keys[:i]:
            problems.append(
                Problem(
                    f"rom[{i}]",
                    _("{joint} {movement} ({side}) recorded twice").format(
                        joint=key[0], movement=key[1], side=key[2]
                    ),
                )
            )
    return problems


def validate_lab(lab: LabResult, *, today: date) -> list[Problem]:
    problems = _not_future("collected_on", lab.collected_on, today)
    if lab.analyte not in labs.ANALYTES:
        unknown = _("unknown analyte {code}").format(code=repr(lab.analyte))
        return [*problems, Problem("analyte", unknown)]
    analyte = labs.ANALYTES[lab.analyte]
    if lab.unit not in analyte.units:
        # TRANSLATORS: joins the units a lab value may be given in ("mmol/L, mg/dL").
        accepted = _(", ").join(analyte.units)
        problems.append(
            Problem(
                "unit",
                _("{unit} is not a unit of {analyte} ({accepted})").format(
                    unit=repr(lab.unit), analyte=analyte.name, accepted=accepted
                ),
            )
        )
    value: object = lab.value  # typed float, but may come from anywhere: checked here
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        problems.append(
            Problem("value", _("must be a number, got {value}").format(value=repr(value)))
        )
    elif value < 0:
        problems.append(
            Problem(
                "value", _("must not be negative, got {value}").format(value=shown_number(value))
            )
        )
    elif (impossible := hard_limits.lab_problem(lab)) is not None:
        problems.append(impossible)
    if lab.ref_low is not None and lab.ref_high is not None and lab.ref_low > lab.ref_high:
        problems.append(
            Problem("ref_low", _("the reference range's low end is above its high end"))
        )
    return problems


def validate_medication(med: MedicationPeriod, *, today: date) -> list[Problem]:
    problems = _text(med, "drug") + _text(med, "drug_name") + _bounded(med, ("dose",))
    problems += _text(med, "start_reason", required=False)
    problems += _text(med, "stop_reason", required=False)
    problems += _not_future("start_on", med.start_on, today)
    if med.stop_on is not None and med.stop_on <= med.start_on:
        problems.append(Problem("stop_on", _("must be after the start date")))
    return problems


def validate_site_event(
    item: ImagingStudy | Procedure,
    lesion_labels: set[str],
    *,
    today: date,
    born_on: date | None = None,
) -> list[Problem]:
    """An imaging study's or a procedure's problems by field: not in the future nor before the
    patient's date of birth (``born_on``), a known body site, its text within its length, its
    lesions the patient's own, each once."""
    day = item.study_date if isinstance(item, ImagingStudy) else item.procedure_date
    name = "study_date" if isinstance(item, ImagingStudy) else "procedure_date"
    problems = _not_future(name, day, today) + _site("body_site", item.body_site)
    if born_on is not None and day < born_on:
        problems.append(
            Problem(name, _("{day} is before the patient's date of birth ({born_on})").format(
                day=shown_day(day), born_on=shown_day(born_on)))
        )  # fmt: skip
    texts = (
        ("findings", "reader")
        if isinstance(item, ImagingStudy)
        else ("notes", "operator", "complications")
    )
    for text in texts:
        problems += _text(item, text, required=False)
    for label in item.lesion_labels:
        if label not in lesion_labels:
            problems.append(
                Problem("lesions", _("no lesion labelled {label}").format(label=repr(label)))
            )
    if len(set(item.lesion_labels)) < len(item.lesion_labels):
        problems.append(Problem("lesions", _("a lesion is named twice")))
    return problems


def validate_overlapping_medications(meds: Sequence[MedicationPeriod]) -> list[Problem]:
    """Two periods of the same drug may not overlap: the regimen on any day must be unambiguous."""
    problems = []
    for i, a in enumerate(meds):
        for b in meds[:i]:
            if a.drug != b.drug or (a.drug == "other" and a.drug_name != b.drug_name):
                continue
            a_end, b_end = a.stop_on or date.max, b.stop_on or date.max
            if a.start_on < b_end and b.start_on < a_end:
                problems.append(
                    Problem(
                        f"medications[{i}].start_on",
                        _(
                            "{drug} overlaps another period of the same drug starting {day}: "
                            "close that period first (a dose change stops one period and starts "
                            "the next)"
                        ).format(drug=a.drug_name, day=shown_day(b.start_on)),
                    )
                )
    return problems


def validate_chart(chart: PatientChart, *, today: date) -> list[Problem]:
    """Every problem in a whole patient chart, with paths relative to the patient."""
    patient = chart.patient
    problems = validate_patient(patient, today=today)
    labels = [lesion.label for lesion in chart.lesions]
    for i, lesion in enumerate(chart.lesions):
        problems += [
            p.under(f"lesions[{i}]") for p in validate_lesion(lesion, patient, today=today)
        ]
        if lesion.label in labels[:i]:
            problems.append(
                Problem(
                    f"lesions[{i}].label",
                    _("label {label} is used twice").format(label=repr(lesion.label)),
                )
            )
    dates = [v.visit_date for v in chart.visits]
    for i, visit in enumerate(chart.visits):
        problems += [
            p.under(f"visits[{i}]")
            for p in validate_visit(visit, patient, chart.lesions, today=today)
        ]
        if visit.visit_date in dates[:i]:
            problems.append(
                Problem(
                    f"visits[{i}].visit_date",
                    _("another visit is already on {day}").format(day=shown_day(visit.visit_date)),
                )
            )
    for i, lab in enumerate(chart.labs):
        problems += [p.under(f"labs[{i}]") for p in validate_lab(lab, today=today)]
    for i, med in enumerate(chart.medications):
        problems += [p.under(f"medications[{i}]") for p in validate_medication(med, today=today)]
    problems += validate_overlapping_medications(chart.medications)
    label_set = set(labels)
    born = patient.date_of_birth
    for i, study in enumerate(chart.imaging):
        found = validate_site_event(study, label_set, today=today, born_on=born)
        problems += [p.under(f"imaging[{i}]") for p in found]
    for i, proc in enumerate(chart.procedures):
        found = validate_site_event(proc, label_set, today=today, born_on=born)
        problems += [p.under(f"procedures[{i}]") for p in found]
    return problems


def raise_if(problems: Sequence[Problem]) -> None:
    if problems:
        raise DomainValidationError(problems)
