<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
