"""The patient list (search, filters, sort) and the new/edit patient dialog."""
