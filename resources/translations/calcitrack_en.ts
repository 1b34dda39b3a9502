<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>PhotographFlow</name>
    <message numerus="yes">
      <source>%n photograph(s) attached</source>
      <translation>
        <numerusform>%n photograph attached</numerusform>
        <numerusform>%n photographs attached</numerusform>
      </translation>
    </message>
  </context>
</TS>
