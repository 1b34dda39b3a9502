"""Safety flags (DOMAIN.md §0.6, §4, §5.2–5.3): each with its reason, the values that triggered it
(value, unit and date) and its source.

Decisions (CalciTrack's):

* Medications are read on the assessment day ``on``; vital signs, only when diltiazem is active
  on the assessed visit's date, are each the latest recorded at a visit on or before it (a visit
  that left the blood pressure blank does not clear a low one: the trigger names its date, says
  "not measured since", and whether it was taken before diltiazem was started —
  calcitrack.domain.review.latest_records); labs are the latest on or before the assessed visit's
  date (``on`` when there is no visit).
* eGFR is the CKD-EPI 2021 value that ``derived_labs`` computes from the latest creatinine, with
  the patient's age on that day and sex; when it cannot compute one, no eGFR flag is raised.
* Mineral metabolism: the one rule of ``mineral_metabolism`` (the lab tables read it too): the
  latest calcium — albumin-corrected when albumin was measured the same day [R24], else the
  measured total — or the latest phosphate outside its range (the reporting lab's, else the
  typical adult range; bounds inclusive), or a Ca × P product from the latest day with both above
  the clinic's threshold.
* Comparisons are strict ("below", "above"): a value exactly at a threshold raises no flag.
* The colchicine–diltiazem interaction is flagged for prescriber review: no dose is computed.
* Doses: every drug's dose on ``on`` against its label (``dose_sense``): above the label maximum
  (a clinic setting; unset, no check), and methotrexate scheduled other than weekly.

The texts are messages (``calcitrack.domain.rule_text``), written in the reader's language when
shown; texts that come from elsewhere as strings (the dose concerns, the mineral readings, the
drug names and labels, the citations) are put in as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from calcitrack.domain.clinic_settings import (
    SAFETY_CA_P_PRODUCT,
    SAFETY_COLCHICINE_EGFR,
    SAFETY_HR_CONTRAINDICATION,
    SAFETY_HR_WARNING,
    SAFETY_SBP,
    ClinicSettings,
)
from calcitrack.domain.entities import LabResult, MedicationPeriod, PatientChart, Visit
from calcitrack.domain.flags import Flag, FlagKind, Severity
from calcitrack.domain.laboratory.derived_labs import EGFR, derived_values
from calcitrack.domain.laboratory.mineral_metabolism import MINERAL_CITATION, mineral_readings
from calcitrack.domain.medications.dose_sense import Dose, above_max_code, regimen_concerns
from calcitrack.domain.medications.drugs import drug_text
from calcitrack.domain.medications.regimen import active_periods, weight_on
from calcitrack.domain.review.latest_records import last_recorded, not_since, visits_until
from calcitrack.domain.rule_text import (
    Arg,
    Day,
    Message,
    Number,
    Text,
    joined,
    message,
    sentence,
)
from calcitrack.i18n.catalogue import N_

COLCHICINE_DILTIAZEM = "colchicine_diltiazem"
COLCHICINE_LOW_EGFR = "colchicine_low_egfr"
DILTIAZEM_LOW_SBP = "diltiazem_low_sbp"
DILTIAZEM_BRADYCARDIA = "diltiazem_bradycardia"
DILTIAZEM_HEART_RATE = "diltiazem_heart_rate"
DILTIAZEM_ABOVE_MAX = above_max_code("diltiazem")
MINERAL_METABOLISM = "mineral_metabolism"

MINERAL_TITLE = N_(
    "Abnormal mineral metabolism — consider metastatic rather than dystrophic calcinosis"
)


def _latest(results: Sequence[LabResult], analyte: str, day: date) -> LabResult | None:
    found = [r for r in results if r.analyte == analyte and r.collected_on <= day]
    return max(found, key=lambda r: r.collected_on) if found else None


def _safety(
    code: str,
    severity: Severity,
    title: Text,
    reason: Text,
    triggers: Sequence[Text],
    source: Text,
    *keys: str,
) -> Flag:
    return Flag(code, FlagKind.SAFETY, severity, title, reason, tuple(triggers), source, keys)


def _period(period: MedicationPeriod) -> Message:
    """ "Diltiazem 60 mg twice daily since 2025-03-24" (the period's own start), as
    ``regimen.period_text`` writes it, in the reader's language."""
    return message(
        # TRANSLATORS: a medication period: "Diltiazem 60 mg twice daily since 2025-03-24".
        N_("{drug} {dose} {unit} {frequency} since {start}"),
        drug=drug_text(period.drug, period.drug_name),
        dose=Number(period.dose),
        unit=period.dose_unit.label_text,
        frequency=period.frequency.label_text,
        start=Day(period.start_on),
    )


def _active_on(period: MedicationPeriod, on: date) -> Message:
    return message(N_("{period}, active on {day}"), period=_period(period), day=Day(on))


# ------------------------------------------------------------------ medications on `on`


def interaction_flags(chart: PatientChart, on: date) -> list[Flag]:
    """Colchicine together with diltiazem on ``on`` [R40][R41]."""
    colchicine = active_periods(chart.medications, "colchicine", on)
    diltiazem = active_periods(chart.medications, "diltiazem", on)
    if not (colchicine and diltiazem):
        return []
    return [
        _safety(
            COLCHICINE_DILTIAZEM,
            Severity.WARNING,
            message(N_("Colchicine with diltiazem: interaction")),
            message(
                N_("Diltiazem is a moderate CYP3A4 inhibitor per the colchicine label; colchicine "
                   "dose reductions of {low}–{high} % are recommended. Flagged for prescriber "
                   "review: no dose is computed."),
                low=Number(50, "d"),
                high=Number(75, "d"),
            ),
            [_active_on(p, on) for p in (*colchicine, *diltiazem)],
            "[R40][R41]",
        )
    ]


def dose_flags(
    chart: PatientChart, settings: ClinicSettings, on: date, drug: str | None = None
) -> list[Flag]:
    """Every dose on ``on`` against its drug's label: above the maximum, methotrexate not weekly
    (calcitrack.domain.medications.dose_sense; diltiazem above 480 mg/day [R38] is one case).
    Per-kg limits
    use the weight of the visit on ``on``, else the latest earlier one, and say which.
    ``drug`` (a drug code) keeps the flags of that drug only: the Medications tab marks a period
    with them."""
    periods = [p for p in chart.medications if p.active_on(on)]
    weight = weight_on(chart.visits, on)
    weighed = "" if weight is None else f"weight of {weight[1].isoformat()}"
    doses = [Dose(p.drug, p.dose, p.dose_unit, p.frequency, p.route, p.drug_name) for p in periods]
    flags = []
    for concern in regimen_concerns(
        doses, weight_kg=None if weight is None else weight[0], settings=settings, weighed=weighed
    ):
        if drug is not None and concern.drug != drug:
            continue
        mine = [p for p in periods if p.drug == concern.drug]
        related = joined(N_("; "), [_period(p) for p in mine])
        name = drug_text(mine[0].drug, mine[0].drug_name)
        shown: Arg = (
            message(N_("{drug} {total}"), drug=name, total=concern.total_text)
            if concern.total_text
            else concern.recorded_text
        )
        flags.append(
            _safety(
                concern.code,
                concern.severity,
                concern.title_text,
                sentence(concern.reason_text),
                [message(N_("{dose} on {day} ({periods})"), dose=shown, day=Day(on),
                         periods=related)],
                concern.source,
                *(() if concern.setting_key is None else (concern.setting_key,)),
            )
        )
    return flags


def egfr_flags(
    chart: PatientChart, settings: ClinicSettings, on: date, labs_until: date
) -> list[Flag]:
    """Colchicine on ``on`` with an eGFR below the clinic's threshold [R41]."""
    colchicine = active_periods(chart.medications, "colchicine", on)
    creatinine = _latest(chart.labs, "creatinine", labs_until)
    if not colchicine or creatinine is None:
        return []
    day = creatinine.collected_on
    that_day = [r for r in chart.labs if r.collected_on == day]
    egfr = next(v for v in derived_values(that_day, chart.patient, day) if v.code == EGFR)
    limit = settings[SAFETY_COLCHICINE_EGFR]
    if egfr.value is None or not egfr.value < limit:
        return []
    return [
        _safety(
            COLCHICINE_LOW_EGFR,
            Severity.WARNING,
            message(N_("Colchicine with low eGFR")),
            message(
                N_("Colchicine with eGFR below {limit} mL/min/1.73 m²: the label starts at "
                   "{dose} mg/day when CrCl is below {crcl} mL/min and advises against "
                   "CYP3A4/P-gp inhibitors in renal impairment."),
                limit=Number(limit),
                dose=Number(0.3),
                crcl=Number(30, "d"),
            ),
            [
                message(
                    N_("eGFR {value} mL/min/1.73 m² on {day} (CKD-EPI 2021 from {inputs})"),
                    value=Number(egfr.value, ".1f"),
                    day=Day(day),
                    inputs=egfr.inputs_text,
                ),
                *(_active_on(p, on) for p in colchicine),
            ],
            "[R41]",
            SAFETY_COLCHICINE_EGFR,
        )
    ]


# ------------------------------------------------------------------ vitals at the visit


def _latest_vital(chart: PatientChart, visit: Visit, field: str) -> tuple[int | None, Text]:
    """The latest value of ``field`` recorded on or before ``visit``, and "on <date>" with
    "not measured since" and whether diltiazem was taken then (see the module docstring)."""
    history = visits_until(chart.visits, visit.visit_date)
    found = last_recorded(history, lambda v: getattr(v, field) is not None)
    if not found:
        return None, ""
    day = found[0].visit_date
    later = not_since(day, history)
    if active_periods(chart.medications, "diltiazem", day):
        when = message(N_("on {day}{later}, on diltiazem"), day=Day(day), later=later)
    else:
        when = message(
            N_("on {day}{later}, before diltiazem was started; on diltiazem on {visit_day}"),
            day=Day(day), later=later, visit_day=Day(visit.visit_date),
        )
    return getattr(found[0], field), when


def vital_flags(chart: PatientChart, settings: ClinicSettings, visit: Visit) -> list[Flag]:
    """Systolic BP and heart rate, the latest recorded on or before ``visit``, while on
    diltiazem on its date [R38][R39]."""
    day = visit.visit_date
    if not active_periods(chart.medications, "diltiazem", day):
        return []
    flags = []
    sbp, sbp_when = _latest_vital(chart, visit, "systolic_bp_mmhg")
    hr, hr_when = _latest_vital(chart, visit, "heart_rate_bpm")
    sbp_limit = settings[SAFETY_SBP]
    if sbp is not None and sbp < sbp_limit:
        flags.append(
            _safety(
                DILTIAZEM_LOW_SBP,
                Severity.CONTRAINDICATION,
                message(N_("Diltiazem with hypotension")),
                message(
                    N_("Systolic blood pressure below {limit} mmHg is a contraindication to "
                       "diltiazem (label)."),
                    limit=Number(sbp_limit),
                ),
                [message(N_("Systolic BP {value} mmHg {when}"), value=Number(sbp, "d"),
                         when=sbp_when)],
                "[R38]",
                SAFETY_SBP,
            )
        )
    severe, warning = settings[SAFETY_HR_CONTRAINDICATION], settings[SAFETY_HR_WARNING]
    if hr is not None and hr < severe:
        flags.append(
            _safety(
                DILTIAZEM_BRADYCARDIA,
                Severity.CONTRAINDICATION,
                message(N_("Diltiazem with severe bradycardia")),
                message(
                    N_("Heart rate below {limit}/min (severe bradycardia) is a contraindication "
                       "to diltiazem (Italian SmPC)."),
                    limit=Number(severe),
                ),
                [_heart_rate(hr, hr_when)],
                "[R39]",
                SAFETY_HR_CONTRAINDICATION,
            )
        )
    elif hr is not None and hr < warning:
        flags.append(
            _safety(
                DILTIAZEM_HEART_RATE,
                Severity.WARNING,
                message(N_("Diltiazem with slow heart rate")),
                message(
                    N_("Heart rate below {limit}/min on diltiazem (at or above the "
                       "contraindication threshold of {severe}/min)."),
                    limit=Number(warning),
                    severe=Number(severe),
                ),
                [_heart_rate(hr, hr_when)],
                message(N_("clinic policy, not a source value")),
                SAFETY_HR_WARNING,
                SAFETY_HR_CONTRAINDICATION,
            )
        )
    return flags


def _heart_rate(value: int, when: Text) -> Message:
    return message(N_("Heart rate {value}/min {when}"), value=Number(value, "d"), when=when)


# ------------------------------------------------------------------ labs


def mineral_flags(chart: PatientChart, settings: ClinicSettings, labs_until: date) -> list[Flag]:
    """Calcium (albumin-corrected when albumin was measured the same day, else the measured total)
    or phosphate outside its range, or Ca × P above the threshold [R7][R26][R60]: the one rule of
    ``mineral_metabolism``, the one the lab tables read too."""
    limit = settings[SAFETY_CA_P_PRODUCT]
    readings = mineral_readings(chart.labs, chart.patient, labs_until, limit)
    triggers = [r.message for r in readings if r.abnormal]
    if not triggers:
        return []
    return [
        _safety(
            MINERAL_METABOLISM,
            Severity.WARNING,
            message(MINERAL_TITLE),
            message(
                N_("Dystrophic calcinosis occurs with normal serum calcium and phosphate: a "
                   "calcium outside its range (the albumin-corrected calcium when albumin was "
                   "measured the same day, else the measured total calcium; the reporting lab's "
                   "range, else the typical adult range), a phosphate outside its range, or a "
                   "Ca × P product above {limit} mg²/dL² suggests metastatic calcinosis."),
                limit=Number(limit),
            ),
            list(triggers),
            MINERAL_CITATION,
            SAFETY_CA_P_PRODUCT,
        )
    ]


def safety_flags(
    chart: PatientChart, settings: ClinicSettings, *, on: date, visit: Visit | None
) -> tuple[Flag, ...]:
    """Every safety flag of ``chart``: medications on ``on``, vitals and labs at ``visit``."""
    labs_until = on if visit is None else visit.visit_date
    return (
        *interaction_flags(chart, on),
        *egfr_flags(chart, settings, on, labs_until),
        *([] if visit is None else vital_flags(chart, settings, visit)),
        *dose_flags(chart, settings, on),
        *mineral_flags(chart, settings, labs_until),
    )
