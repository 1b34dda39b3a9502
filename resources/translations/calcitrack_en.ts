<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
