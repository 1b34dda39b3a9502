"""Tools → Clinic outcomes: the regimen and disease chosen, the cohort's numbers, the
Kaplan-Meier curves and the waterfall, and the PDF and CSV written from the same report."""
