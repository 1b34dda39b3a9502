"""Standard shapes for other systems, built in memory (no file I/O): the research CSV rows and
the FHIR R4 Bundle. The writers that save them are in calcitrack.reports.exports."""
