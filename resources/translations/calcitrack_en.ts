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
    <name>UsersDialog</name>
    <message numerus="yes">
      <source>%n account(s)</source>
      <translation>
        <numerusform>%n account</numerusform>
        <numerusform>%n accounts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>VerificationCounts</name>
    <message numerus="yes">
      <source>{count} problem(s) found:</source>
      <translation>
        <numerusform>{count} problem found:</numerusform>
        <numerusform>{count} problems found:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} anchor(s) found</source>
      <translation>
        <numerusform>{count} anchor found</numerusform>
        <numerusform>{count} anchors found</numerusform>
      </translation>
    </message>
  </context>
</TS>
