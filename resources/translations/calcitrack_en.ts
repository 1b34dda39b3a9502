<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>LossBox</name>
    <message numerus="yes">
      <source>%n part(s) of the unsaved visit could not be put back (see above the form)</source>
      <translation>
        <numerusform>%n part of the unsaved visit could not be put back (see above the form)</numerusform>
        <numerusform>%n parts of the unsaved visit could not be put back (see above the form)</numerusform>
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
    <name>ProblemBox</name>
    <message numerus="yes">
      <source>{message} — fix %n problem(s) (Enter on one goes there):</source>
      <translation>
        <numerusform>{message} — fix %n problem (Enter on one goes there):</numerusform>
        <numerusform>{message} — fix %n problems (Enter on one goes there):</numerusform>
      </translation>
    </message>
  </context>
</TS>
