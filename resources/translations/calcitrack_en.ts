<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>DeleteVisitDialog</name>
    <message numerus="yes">
      <source>, its %n lesion photograph(s)</source>
      <translation>
        <numerusform>, its %n lesion photograph</numerusform>
        <numerusform>, its %n lesion photographs</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DraftOfferDialog</name>
    <message numerus="yes">
      <source>Unsaved visit(s)</source>
      <translation>
        <numerusform>Unsaved visit</numerusform>
        <numerusform>Unsaved visits</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DraftOffers</name>
    <message numerus="yes">
      <source>You have %n unsaved visit(s), kept as your drafts (oldest first). Recover one now, or keep them for later: they are offered again when you sign in or open their patient.</source>
      <translation>
        <numerusform>You have %n unsaved visit, kept as your drafts (oldest first). Recover one now, or keep them for later: they are offered again when you sign in or open their patient.</numerusform>
        <numerusform>You have %n unsaved visits, kept as your drafts (oldest first). Recover one now, or keep them for later: they are offered again when you sign in or open their patient.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unsaved visit(s) for this patient were kept on this workstation by an earlier version of CalciTrack, which did not record who typed them (author unknown).</source>
      <translation>
        <numerusform>%n unsaved visit for this patient were kept on this workstation by an earlier version of CalciTrack, which did not record who typed them (author unknown).</numerusform>
        <numerusform>%n unsaved visits for this patient were kept on this workstation by an earlier version of CalciTrack, which did not record who typed them (author unknown).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OutcomesDialog</name>
    <message numerus="yes">
      <source>%n patient(s) started {regimen} ({disease}, records up to {as_of}).</source>
      <translation>
        <numerusform>%n patient started {regimen} ({disease}, records up to {as_of}).</numerusform>
        <numerusform>%n patients started {regimen} ({disease}, records up to {as_of}).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OutcomesResults</name>
    <message numerus="yes">
      <source>Excluded: %n patient(s).</source>
      <translation>
        <numerusform>Excluded: %n patient.</numerusform>
        <numerusform>Excluded: %n patients.</numerusform>
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
