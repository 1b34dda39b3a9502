"""The dose limits' names and sources as the clinic settings show them, marked for translation.

The texts are ``calcitrack.domain.dose_labels``'s own (``DoseLimit.label`` and ``.source``), which
the settings definitions carry in English; marking them here puts them in the catalogue, so that
``SettingDefinition.shown_label`` and ``shown_source`` find their translations. A limit whose text
changes there and not here shows in English: the settings tests in the pseudo-language fail on it.
"""

from __future__ import annotations

from calcitrack.i18n.catalogue import N_

__all__ = ["DOSE_LIMIT_TEXTS"]

DOSE_LIMIT_TEXTS = (
    # safety/diltiazem_max_mg_per_day
    N_("Diltiazem: flag a daily dose above"),
    N_("ER capsules: up to 480 mg once daily [R38]"),
    # dose/colchicine_max_mg_per_day
    N_("Colchicine: flag a daily dose above"),
    N_("maximum 1.2 mg/day for long-term (prophylactic) use; familial Mediterranean fever "
       "1.2-2.4 mg/day [R66]"),
    # dose/probenecid_max_mg_per_day
    N_("Probenecid: flag a daily dose above"),
    N_("the maximum daily dose should not exceed 2 g [R67]"),
    # dose/sodium_thiosulfate_max_g_per_dose
    N_("Sodium thiosulfate IV: flag a single dose above"),
    N_("no maximum stated; the label gives 12.5 g IV once (cyanide poisoning), nothing for "
       "repeated use [R68]"),
    # dose/ivig_max_g_per_kg_per_4_weeks
    N_("IVIg: flag a 4-week total above"),
    N_("dermatomyositis: 2 g/kg divided over 2-5 consecutive days every 4 weeks [R69]"),
    # dose/rituximab_max_mg_per_dose
    N_("Rituximab: flag a single infusion above"),
    N_("rheumatoid arthritis: two 1000 mg infusions two weeks apart [R47]"),
    # dose/pamidronate_max_mg_per_dose
    N_("Pamidronate: flag a single infusion above"),
    N_("single doses should not exceed 90 mg [R70]"),
    # dose/alendronate_max_mg_per_dose
    N_("Alendronate: flag a single dose above"),
    N_("70 mg once weekly is the largest dose [R71]"),
    # dose/alendronate_max_mg_per_day
    N_("…or, taken daily, a daily total above"),
    N_("40 mg once a day (Paget's disease) is the largest daily dose [R71]"),
    # dose/etidronate_max_mg_per_kg_per_day
    N_("Etidronate: flag a daily dose above"),
    N_("up to 20 mg/kg/day (Paget's disease, at most 3 months; heterotopic ossification) [R72]"),
    # dose/minocycline_max_mg_per_day
    N_("Minocycline: flag a daily dose above"),
    N_("no maximum stated for oral use; 200 mg then 100 mg every 12 hours (IV: at most 400 "
       "mg in 24 hours) [R73]"),
    # dose/warfarin_max_mg_per_day
    N_("Warfarin: flag a daily dose above"),
    N_("no maximum stated; the dose is individualised by INR [R74]"),
    # dose/methotrexate_max_mg_per_week
    N_("Methotrexate: warning (prescriber review) above a weekly total of"),
    N_("a weekly dose of 25 mg should not be exceeded; above 20 mg/week toxicity rises [R63][R64]"),
    # dose/hydroxychloroquine_max_mg_per_day
    N_("Hydroxychloroquine: flag a daily dose above"),
    N_("not above 6.5 mg/kg/day of ideal body weight, and either 200 mg or 400 mg per day [R75]"),
    # dose/folic_acid_max_mg_per_day
    N_("Folic acid: flag a daily dose above"),
    N_("no maximum stated; usually up to 1 mg daily, larger doses in resistant cases [R76]"),
    # dose/prednisolone_max_mg_per_day
    N_("Prednisolone: flag a daily dose above"),
    N_("no maximum stated; 5-60 mg/day depending on the disease, occasionally higher [R77]"),
    # dose/azathioprine_max_mg_per_kg_per_day
    N_("Azathioprine: flag a daily dose above"),
    N_("rheumatoid arthritis: at most 2.5 mg/kg/day [R78]"),
    # dose/mycophenolate_max_g_per_day
    N_("Mycophenolate: flag a daily dose above"),
    N_("1.5 g twice daily (3 g/day) is the largest dose [R79]"),
)
