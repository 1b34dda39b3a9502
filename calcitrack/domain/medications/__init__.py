"""Drugs, dose arithmetic, dose sense against the label, and the regimen being judged."""
