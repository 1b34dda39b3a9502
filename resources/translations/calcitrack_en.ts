<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>FhirExportFlow</name>
    <message numerus="yes">
      <source>Exported %n patient(s) as a FHIR R4 Bundle to {file}</source>
      <translation>
        <numerusform>Exported %n patient as a FHIR R4 Bundle to {file}</numerusform>
        <numerusform>Exported %n patients as a FHIR R4 Bundle to {file}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PatientListFooter</name>
    <message numerus="yes">
      <source>{shown} of {total} patient(s)</source>
      <translation>
        <numerusform>{shown} of {total} patient</numerusform>
        <numerusform>{shown} of {total} patients</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PatientTableModel</name>
    <message numerus="yes">
      <source>Overdue by %n day(s)</source>
      <translation>
        <numerusform>Overdue by %n day</numerusform>
        <numerusform>Overdue by %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResearchExportFlow</name>
    <message numerus="yes">
      <source>Wrote the research tables of %n patient(s) (pseudonymised) to {folder}:</source>
      <translation>
        <numerusform>Wrote the research tables of %n patient (pseudonymised) to {folder}:</numerusform>
        <numerusform>Wrote the research tables of %n patients (pseudonymised) to {folder}:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote the research tables of %n patient(s) (identified) to {folder}:</source>
      <translation>
        <numerusform>Wrote the research tables of %n patient (identified) to {folder}:</numerusform>
        <numerusform>Wrote the research tables of %n patients (identified) to {folder}:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported the research tables of %n patient(s) to {folder}</source>
      <translation>
        <numerusform>Exported the research tables of %n patient to {folder}</numerusform>
        <numerusform>Exported the research tables of %n patients to {folder}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SourcesDialog</name>
    <message numerus="yes">
      <source>%n source(s)</source>
      <translation>
        <numerusform>%n source</numerusform>
        <numerusform>%n sources</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n source(s)</source>
      <translation>
        <numerusform>{shown} of %n source</numerusform>
        <numerusform>{shown} of %n sources</numerusform>
      </translation>
    </message>
  </context>
</TS>
