"""Dose arithmetic and drug constants for the calcinosis regimens (DOMAIN.md §0.5–0.7, §5.2, §5.5).

mg/kg/day needs the daily total (dose × doses per day) and the weight recorded at that visit, or
else the latest earlier one (§0.7: the caller chooses the weight and says which).
"""

from __future__ import annotations

from typing import Final

from calcitrack.domain.errors import check_number

DILTIAZEM_LABEL_MAX_MG_PER_DAY: Final = 480
"""Label maximum of diltiazem ER, mg/day [R38]. The limit in force is the clinic setting
``safety/diltiazem_max_mg_per_day`` (default this number, see ``dose_labels``)."""

DILTIAZEM_ADEQUATE_MG_PER_KG_PER_DAY: Final = 2.0
"""Clinic default, not a published threshold: the lower end of the 2–4 mg/kg/day range cited in
the RA case report (§0.5). Used by the "reconsider surgery" review flag; clinics may change it."""

ATC_DILTIAZEM: Final = "C08DB01"  # [R57] DOMAIN.md §5.5
ATC_COLCHICINE: Final = "M04AC01"  # [R57] DOMAIN.md §5.5


def daily_dose_mg(dose_mg: float, doses_per_day: float) -> float:
    """Daily total in mg: dose × doses per day (§0.7)."""
    dose = check_number("dose_mg", dose_mg, minimum=0, unit="mg")
    per_day = check_number("doses_per_day", doses_per_day, minimum=0, exclusive_minimum=True)
    return dose * per_day


def mg_per_kg_per_day(dose_mg: float, doses_per_day: float, weight_kg: float) -> float:
    """Daily dose per kilogram of body weight: dose × doses per day / weight (§0.7)."""
    daily = daily_dose_mg(dose_mg, doses_per_day)
    weight = check_number("weight_kg", weight_kg, minimum=0, exclusive_minimum=True, unit="kg")
    return daily / weight
