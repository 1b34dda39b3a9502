"""Correcting a medication period as recorded, or deleting one entered in error, from the
Medications tab."""
