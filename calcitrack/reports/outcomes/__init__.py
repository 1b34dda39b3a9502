"""The clinic outcomes page as a PDF and as CSV rows, from one OutcomesReport (the window shows
the same report). The writers that save them are in calcitrack.reports.exports."""
