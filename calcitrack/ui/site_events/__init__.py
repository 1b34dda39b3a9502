"""Imaging studies and procedures entered, corrected and deleted (entered in error) from the
Imaging & procedures tab and from the visit form."""
