"""Research tables: a clinic's charts as tidy, analysis-ready rows (one table per grain), the
REDCap data dictionary that describes them, and pseudonymisation (study IDs, shifted dates).
Pure Python: the files are written by calcitrack.reports.exports.research_csv."""
