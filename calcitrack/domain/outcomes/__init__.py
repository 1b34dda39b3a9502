"""Clinic outcomes: what the clinic's own records show across the patients who started a regimen
(cohort, response at about 6 and 12 months, burden change, time to first improvement, drug
survival, safety flags). An observational summary of this clinic's records, not evidence of
efficacy. The Kaplan-Meier estimates come from scipy.stats.ecdf, imported only when computed."""
