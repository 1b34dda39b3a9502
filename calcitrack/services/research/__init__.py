"""Research and interoperability: the charts for the research CSV and the FHIR export, and the
clinic outcomes, each permission-checked and recorded in the audit trail."""
