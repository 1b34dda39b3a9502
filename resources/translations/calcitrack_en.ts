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
  <context>
    <name>RecallDialog</name>
    <message numerus="yes">
      <source>%n patient(s) overdue on {day}: identifiers only, no contact details.</source>
      <translation>
        <numerusform>%n patient overdue on {day}: identifiers only, no contact details.</numerusform>
        <numerusform>%n patients overdue on {day}: identifiers only, no contact details.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The recall list of %n patient(s) was sent to the printer.</source>
      <translation>
        <numerusform>The recall list of %n patient was sent to the printer.</numerusform>
        <numerusform>The recall list of %n patients was sent to the printer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n patient(s) exported to {path}</source>
      <translation>
        <numerusform>%n patient exported to {path}</numerusform>
        <numerusform>%n patients exported to {path}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RecallDocument</name>
    <message numerus="yes">
      <source>%n patient(s) whose next visit was due before today (the next visit due planned at each patient's latest visit).</source>
      <translation>
        <numerusform>%n patient whose next visit was due before today (the next visit due planned at each patient's latest visit).</numerusform>
        <numerusform>%n patients whose next visit was due before today (the next visit due planned at each patient's latest visit).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SummaryFlow</name>
    <message numerus="yes">
      <source>Visit summary sent to {printer} (%n page(s))</source>
      <translation>
        <numerusform>Visit summary sent to {printer} (%n page)</numerusform>
        <numerusform>Visit summary sent to {printer} (%n pages)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TodayPanel</name>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>%n day overdue</numerusform>
        <numerusform>%n days overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n visit(s) since {day}</source>
      <translation>
        <numerusform>%n visit since {day}</numerusform>
        <numerusform>%n visits since {day}</numerusform>
      </translation>
    </message>
  </context>
</TS>
