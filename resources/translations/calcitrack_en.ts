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
    <name>LesionBurdenText</name>
    <message numerus="yes">
      <source>Burden today: {total} mm² (ellipse, {measured} of %n active lesion(s) measured)</source>
      <translation>
        <numerusform>Burden today: {total} mm² (ellipse, {measured} of %n active lesion measured)</numerusform>
        <numerusform>Burden today: {total} mm² (ellipse, {measured} of %n active lesions measured)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Burden at this visit: {total} mm² (ellipse, {measured} of %n active lesion(s) measured)</source>
      <translation>
        <numerusform>Burden at this visit: {total} mm² (ellipse, {measured} of %n active lesion measured)</numerusform>
        <numerusform>Burden at this visit: {total} mm² (ellipse, {measured} of %n active lesions measured)</numerusform>
      </translation>
    </message>
  </context>
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
    <name>ProblemBox</name>
    <message numerus="yes">
      <source>{message} — fix %n problem(s) (Enter on one goes there):</source>
      <translation>
        <numerusform>{message} — fix %n problem (Enter on one goes there):</numerusform>
        <numerusform>{message} — fix %n problems (Enter on one goes there):</numerusform>
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
  <context>
    <name>UnmeasuredLesionsDialog</name>
    <message numerus="yes">
      <source>%n active lesion(s) have no size today. For each, say whether it was not measured today, or found resolved or excised.</source>
      <translation>
        <numerusform>%n active lesion have no size today. For each, say whether it was not measured today, or found resolved or excised.</numerusform>
        <numerusform>%n active lesions have no size today. For each, say whether it was not measured today, or found resolved or excised.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n active lesion(s) have no size at this visit. For each, say whether it was not measured at this visit, or found resolved or excised.</source>
      <translation>
        <numerusform>%n active lesion have no size at this visit. For each, say whether it was not measured at this visit, or found resolved or excised.</numerusform>
        <numerusform>%n active lesions have no size at this visit. For each, say whether it was not measured at this visit, or found resolved or excised.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnusualValuesDialog</name>
    <message numerus="yes">
      <source>&lt;b&gt;%n unusual value(s)&lt;/b&gt; in this visit. {intro}</source>
      <translation>
        <numerusform>&lt;b&gt;%n unusual value&lt;/b&gt; in this visit. {intro}</numerusform>
        <numerusform>&lt;b&gt;%n unusual values&lt;/b&gt; in this visit. {intro}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message numerus="yes">
      <source>%n failed sign-in(s) in a row</source>
      <translation>
        <numerusform>%n failed sign-in in a row</numerusform>
        <numerusform>%n failed sign-ins in a row</numerusform>
      </translation>
    </message>
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
  <context>
    <name>VisitHeader</name>
    <message numerus="yes">
      <source>(clinic interval: %n week(s))</source>
      <translation>
        <numerusform>(clinic interval: %n week)</numerusform>
        <numerusform>(clinic interval: %n weeks)</numerusform>
      </translation>
    </message>
  </context>
</TS>
