<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>{title}: not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long enough for the clinic&apos;s password rule; not the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the same as the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>At least {count} characters, not the username; a few words are easy to type and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ana Ruiz, RN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shown on records and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendReasonDialog</name>
    <message>
        <source>Amend signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit of &lt;b&gt;{day}&lt;/b&gt; is signed ({signature}).&lt;br&gt;&lt;br&gt;Saving your change amends it: the visit stays signed, the fields as signed are kept beside the amended ones, and the PDF summary says it was amended, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the signed visit amended?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{name} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was saved, but its export could not be recorded in the audit trail: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentHtml</name>
    <message>
        <source>partial total: the lesions measured at this visit only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lesion measured at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lesion measured at both; {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lesion measured at both; {basis})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only the lesions measured at both: {basis})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and review flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS28 (rheumatoid arthritis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug} dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burden (ellipse area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from previous visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of longest diameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulcerated now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ulceration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain NRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ulcerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extrusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} ({side})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline → now (change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety or review flags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>Photographs (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} — {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} — {size} — not attached: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} — {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the limit of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachPhotographsDialog</name>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files (choose them or drop them here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. after debridement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs taken at {visit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesion: choose the lesion the photographs show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not attached: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason} — {file} was not attached. ({count} attached before it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason} — {file} was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChangesText</name>
    <message>
        <source>Created with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values when deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bytes (sha256 {digest}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry #{id} · {when} · {who} · {action} {record} · patient {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry #{id} · {when} · {who} · {action} {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash:          {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash: {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries. Newest entry #{id}, hash {hash}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail broken at entry #{id}: {reason}. The {count} entries before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail broken at entry #{id} ({when}, {action} {record}): {reason}. The {count} entries before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFilterPanel</name>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient MRN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>Patient MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filter}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{since} is after To ({until}): no day is in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest {limit} of more; narrow the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the oldest {limit} of more; narrow the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as audit.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more (see below the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerification</name>
    <message>
        <source>CalciTrack finds changes made to its data outside the application, after the fact; it cannot prevent them, nor find a change made by someone who also rewrote every copy of the trail&apos;s anchors kept outside the database (see &quot;Security model&quot; in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest entry #{id}, hash {hash}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} signed visits were signed before signatures were bound to their content and cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anchor of this trail is noted outside the database yet (one is noted with each save, backup and PDF): a trail cut short, or rewritten with every hash recomputed, would not show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries, every audited row as the trail says, {signatures}, {anchors}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain of {count} entries is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every audited row is as the trail says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else could be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise: {held}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 signature matches what was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} signatures match what was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no anchor to check yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see every change it records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no entry of the trail was changed or removed, that every audited record holds what the trail says and that every signed visit is as it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entries matching the filters to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {entries} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit trail, the records and the signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFolderField</name>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: each workstation&apos;s own data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: each workstation&apos;s own data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: this workstation&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {warning} {elsewhere}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{default} (in use)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>Backup warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Backup: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodySitePickerDialog</name>
    <message>
        <source>Click the body site on the front or back view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose body site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen body site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ButtonBar</name>
    <message>
        <source>Save visit (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this visit after you opened it: show it as stored now, with what you typed carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;maging &amp;&amp; procedures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an imaging study or a procedure of this visit&apos;s day; it is saved at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {name} ({username}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the same as the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop of {drug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose change of {drug} to {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose change of {drug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of {drug} {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of {drug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {day}, {route}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug}: not taken on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change dose of {drug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop {drug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {drug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug} is not in CalciTrack&apos;s list of drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug} is not taken on {day} (it was stopped or changed since, or the date is not the same). The change is kept without a drug: choose the drug again, or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {field} “{code}” is not known: choose it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {change} could not be put back as typed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}, new dose: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}: the dose must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicDayDialog</name>
    <message>
        <source>Clinic day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the summaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicDayFlow</name>
    <message>
        <source>Clinic-day summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summaries were written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits on {day}: no summaries written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits on {day}: no summaries written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written} of {count} summaries for {day} written to {folder}; {failed} failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written} of {count} summaries for {day} written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED {mrn}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicIdentityPanel</name>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file {file} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file {file} is {width} × {height} pixels; a logo may be at most {most} pixels on a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file {file} is damaged: it cannot be read as a {format} image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file {file} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the logo from a PNG or JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summaries without a logo (saved on Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG, up to {size} kB. The name and logo head every PDF visit summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {size} kB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every threshold back to its default (saved on Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name and logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicSettingsFlow</name>
    <message>
        <source>the thresholds were saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic name and logo were saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, but </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicSettingsTexts</name>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings shared by every workstation. The clinical thresholds (response, surgery review, safety, doses) are decision support: changing them changes which patients are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsider-surgery review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose limits (from the drug labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and workstation lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality checks (not clinical thresholds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups (operational settings, not clinical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up scheduling (administrative, not clinical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the first start of each day CalciTrack backs up the clinic&apos;s database into the backup folder set below (left empty: the folder “backups” in each workstation&apos;s own CalciTrack data folder), checks the copy and records the result in the audit trail; older automatic backups beyond these counts are deleted (never other files). The window warns when the last verified backup is older than set here, or when the last automatic backup failed (a folder this workstation cannot reach, for one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value beyond one of these limits is possible but unusual: the visit form asks the nurse to confirm it before it is saved (a file import, the importer), and the audit trail records who confirmed it. They catch typing slips and wrong units; they change no flag and no assessment. Impossible values (hip flexion 200°) are refused whatever is set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set — no label value found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data-quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} {continuation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{not_set_note} (leave the field empty: {not_set})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} — {default}, from {low} to {high}. {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no default · &lt;b&gt;set by the clinic&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default {value} · &lt;b&gt;changed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>someone else</source>
        <extracomment>A field both the user and the other person changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by {who}, after you opened it. Nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was changed (highlighted: you changed it too):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes cannot be listed; reload to see the record as it is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: you changed this too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectPeriodDialog</name>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &lt;b&gt;{period}&lt;/b&gt; for {patient}, as it should have been recorded. Each changed field is kept in the audit trail. A period of the wrong drug is deleted instead (Delete in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;pped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start r&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why the signed visit is amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the a&amp;mendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked this dose: &amp;confirm it as entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: this correction changes {signed}. Give the reason for the amendment, then save it as that visit&apos;s amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend medication period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct medication period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period is part of {signed}. Saving amends that visit: it stays signed, what it said as signed is kept beside the correction, and the summary says it was amended, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be after the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the signed visit is amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. {unusual} Tick the box below to save it as entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtrlEnter</name>
    <message>
        <source>Ctrl+Enter confirms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Das28Given</name>
    <message>
        <source>DAS28 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS28 given variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a DAS28 typed from another form, {low}–{high}, with its variant; may be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from another form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain and disease activity: the {variant_field} “{code}” is not known, so {field} {value} has no variant: choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {typed} ({variant}) differs by more than {tolerance} from the {value} its components typed here give: check both forms [R12]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteEventDialog</name>
    <message>
        <source>Delete &lt;b&gt;{event}&lt;/b&gt; for {patient} as entered in error?&lt;br&gt;&lt;br&gt;The charts and the summary no longer show it. Which imaging study it was, its values and the reason are kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;{event}&lt;/b&gt; for {patient} as entered in error?&lt;br&gt;&lt;br&gt;The charts and the summary no longer show it. Which procedure it was, its values and the reason are kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;It is part of {visit}: deleting it amends that visit, which stays signed; what it said as signed is kept with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete imaging study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it deleted (the amendment&apos;s reason)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it deleted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete imaging study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletePeriodDialog</name>
    <message>
        <source>Delete &lt;b&gt;{period}&lt;/b&gt; for {patient} as entered in error?&lt;br&gt;&lt;br&gt;The regimen, the dose flags and the charts no longer count it. Which period it was, its values and the reason are kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;It was recorded at {signed}: deleting it amends that visit, which stays signed; what it said as signed is kept with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete medication period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it deleted (the amendment&apos;s reason)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it deleted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletePhotographDialog</name>
    <message>
        <source>Delete photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is it deleted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required; {hint})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the photograph &lt;b&gt;{photograph}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;It is no longer shown or compared. Which photograph it was, its checksum and the reason are kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteVisitDialog</name>
    <message numerus="yes">
        <source>, its %n lesion photograph(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the visit of &lt;b&gt;{day}&lt;/b&gt; for {patient}?&lt;br&gt;&lt;br&gt;Its {measurements} lesion measurements{photographs}, range of motion and the labs recorded with it go too. Lesions first seen at this visit and measured nowhere else are removed; lesions marked resolved or excised at it become active again. A copy of the visit is kept with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it deleted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard this visit?

What was typed for {day} is not saved and will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftOfferDialog</name>
    <message numerus="yes">
        <source>Unsaved visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the patient and the visit as it was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it: offered again when you next sign in, or open its patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what was typed (it cannot be recovered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftOffers</name>
    <message>
        <source>You have an unsaved {draft}.

Recover it now, keep it for later, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsaved visit(s), kept as your drafts (oldest first). Recover one now, or keep them for later: they are offered again when you sign in or open their patient.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An unsaved {draft} was kept on this workstation by an earlier version of CalciTrack, which did not record who typed it (author unknown).

Recover it as your own draft, leave it for whoever typed it, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved visit(s) for this patient were kept on this workstation by an earlier version of CalciTrack, which did not record who typed them (author unknown).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft could not be taken over: it is gone, or you have an unsaved visit of your own for the same visit (recover or discard yours first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved visit discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new visit of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of the visit of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mrn} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last typed {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} for {patient}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient}: {what}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;The open patient ({mrn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The open patient (none is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} value(s) cannot be written as JSON; nothing was exported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot write it ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} patient(s) to {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirExportDialog</name>
    <message>
        <source>&amp;The open patient ({mrn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The open patient (none is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include visit &amp;summaries (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each visit&apos;s PDF summary goes into the Bundle as a DocumentReference (slower, and a larger file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FHIR R4 Bundle (type collection) with each patient&apos;s conditions, visits, observations, lesions, medications, procedures and imaging reports, coded with SNOMED CT, LOINC, UCUM, ATC and ICD-10 where CalciTrack holds a verified code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirExportFlow</name>
    <message>
        <source>Export FHIR R4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR export: {done} of {total} patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a FHIR R4 Bundle to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n patient(s) as a FHIR R4 Bundle to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: {file}: cannot write it ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Verification findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>CalciTrack — first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clinic has no administrator yet. Create the first account: it manages users and settings; give it a clinical role too if this person also records or signs visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr Ana Ruiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shown on records and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the same as the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagingDialog</name>
    <message>
        <source>Correct the imaging study for {patient}, as its report gives it. Each changed field is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New imaging study for {patient}, as its report gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct imaging study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New imaging study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who read the study (radiologist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s comparison with the previous study of the same region and modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesions shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import charts from an interchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interchange JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} changed since its unusual values were listed; nothing was imported. Import it again to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {count} unusual value(s); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {patients} patient(s) ({visits} visits) from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported}; accepted {count} unusual value(s), each recorded in the audit trail as confirmed by {who}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check each value against its source. If every one is right, tick the box: the file is imported and each value is recorded in the audit trail as confirmed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the file and import it again: nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I checked each value against its source: import them, each confirmed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be imported; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabEntryPanel</name>
    <message>
        <source>Analyte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{header}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add l&amp;ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lab result (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labs at this visit. Add one with Alt+A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Derived&lt;/b&gt; (decision support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs: {lab} could not be put back: CalciTrack has no analyte “{code}” in this section. Type it again as the right analyte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{analyte}, {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived values appear once the patient is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabFlowsheetDerived</name>
    <message>
        <source>Corrected calcium, derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived, not measured: the albumin-corrected calcium of each day on which total
calcium and albumin were both collected
Formula: {formulas}
With albumin measured the same day it is the calcium the mineral-metabolism flag reads
[R24], against total calcium&apos;s range.
Inaccurate in CKD/ESRD: prefer ionized calcium there [R24].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row} (not measured), {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (worked out as {original})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out from {inputs}, collected the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula: {formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albumin measured the same day: this is the calcium the mineral-metabolism flag reads [R24]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hint} [R7][R60] (decision support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected calcium {value}: high, above {range} (row &quot;{row}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected calcium {value}: low, below {range} (row &quot;{row}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected calcium {value}: within {range} (row &quot;{row}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albumin was measured the same day: the corrected calcium is read, not this measured value [R24].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabFlowsheetModel</name>
    <message>
        <source>{analyte} ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC {code}. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{analyte}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (entered as {original})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As measured: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabRow</name>
    <message>
        <source>↑ high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC {code}. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting lab&apos;s low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting lab&apos;s high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting lab&apos;s range, in the unit of the value (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {analyte}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs: {lab} could not be put back as typed: the unit “{unit}” is not one CalciTrack takes for {analyte}, so the value has no unit: choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{analyte}, {field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{analyte}: the lab range&apos;s low end is above its high end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read against {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip} Enter the reporting lab&apos;s range when you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip} Mineral metabolism: {note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference range is known for this analyte: enter the lab&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result} (lab range {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabText</name>
    <message>
        <source>µmol/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmol/24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mL/min/1.73 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IU/mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titre 1:n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reporting lab&apos;s range {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {source} {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High: above {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low: below {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within {reference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabsPanel</name>
    <message>
        <source>Lab flowsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row} (in total calcium&apos;s unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analyte selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>edit of the visit of {date} for {name} ({mrn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new visit of {date} for {name} ({mrn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was not saved, so CalciTrack stays open: see the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftTabs</name>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today and overdue, seen today, unsigned visits, drafts (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due and overdue, seen today, unsigned visits, drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LesionBurdenText</name>
    <message>
        <source>No lesion measured today yet ({active} active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesion measured at this visit yet ({active} active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Burden today: {total} mm² (ellipse, {measured} of %n active lesion(s) measured)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Burden at this visit: {total} mm² (ellipse, {measured} of %n active lesion(s) measured)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{burden}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from previous visit ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{burden} · {change}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LesionEntryPanel</name>
    <message>
        <source>Lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest
mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width
mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth
mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area
(π/4·L·W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from
last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active lesion: add one if a lesion is found today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burden and change from the previous visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lesion first seen at this visit (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active lesion: add one if a lesion is found at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesion {lesion}: what was typed ({typed}) could not be put back: {lesion} is not an active lesion on {day}. Check the visit date, or type it again on the right lesion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth {depth} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LesionHistoryTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area mm² (ellipse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LesionMapView</name>
    <message>
        <source>Lesion map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} — click to choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LesionPhotos</name>
    <message>
        <source>Photo&amp;graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compa&amp;re…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline, previous and now side by side, at the same scale on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photographs of this lesion (JPEG, PNG or HEIC files) at a visit ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photographs ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photographs of this lesion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo&amp;graphs of {lesion}, oldest first ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo&amp;graphs of {lesion}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LesionRow</name>
    <message>
        <source>New lesion label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesion body site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesion side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the body site and side on the body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesion body site on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new lesion, first seen at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}, {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion} longest diameter (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion} width (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion} depth (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion} measurement method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion} {sign}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion} area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion} change from the previous visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion} status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this new lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove new lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status “{code}” is not known: the lesion is shown active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion}: {reason}; choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulcerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extrusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required to record this lesion&apos;s size (or clear the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (choose the method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (pick the body site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (pick the side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesion “{lesion}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesion {lesion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion}, {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign “{code}” is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measurement method “{code}” is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {field} “{code}” is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last {size} mm, depth {depth} mm on {day} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last {size} mm on {day} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{last}; {signs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LesionTableModel</name>
    <message>
        <source>Lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L × W mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area mm² (ellipse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipse estimate π/4 · L · W, not a validated calcinosis measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ulcerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extrusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}, {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in area from the first measurement to the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {first} to {latest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LesionsPanel</name>
    <message>
        <source>Lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesion history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;esions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {lesion}, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>CalciTrack — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalciTrack is signed in as {name} ({roles}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a visit open that is not saved. Switch user keeps it as a draft offered to {name} alone, at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the password: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossBox</name>
    <message>
        <source>What could not be put back from the unsaved visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this list: you have checked the form and typed again what was missing. The visit can be saved once you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not everything in the unsaved visit could be put back as it was typed.&lt;/b&gt; Nothing else was put in its place. Check these, then press “I have checked these” to save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the unsaved visit could not be put back (see above the form)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient (Ctrl+F) and press Enter to open the chart.
Ctrl+N records a new visit for the open patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit for the open patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected visit&apos;s summary (the latest if none is selected) as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint visit summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected visit&apos;s summary (the latest if none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds of the response assessment and the flags, shared by every workstation (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the selected visit (the latest unsigned one if none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what and when: filter, export as CSV, verify the trail and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and roles (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the clinic&apos;s database (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s database with a backup, then restart CalciTrack (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window now; your password unlocks it with everything as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and let someone else sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CalciTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical &amp;sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source the rules cite as [R#], in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating flags: {done} of {total} patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {mrn}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {mrn} saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit summary is still being made: wait for it to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit summary: {doing}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CalciTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalciTrack {version}
Follow-up of calcinosis cutis.

{database}
{user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing CalciTrack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationChangePanel</name>
    <message>
        <source>No diltiazem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose}: no daily total for a dose given {frequency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose}: no mg/kg/day for a dose in {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doses} = {total} mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doses} = {per_kg} mg/kg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doses} · mg/kg/day: no weight recorded at this visit (nor before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doses} · mg/kg/day: none for a weight of {kg} kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this visit&apos;s weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of {day}; no weight recorded at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doses} = {per_kg} mg/kg/day at {kg} kg ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of {day}; none recorded at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Regimen&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diltiazem dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop dru&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (Alt+{key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diltiazem after these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change “{kind}” of {drug} could not be put back: CalciTrack has no such medication change. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}, {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Regimen on {day}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After these changes: {diltiazem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No medication on this date.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationFlow</name>
    <message>
        <source>Medication period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting medication periods needs the nurse or physician role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} was recorded at {signed}.

It cannot be deleted here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} was recorded at {signed}.

It cannot be corrected here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at a signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit of {day}, which is signed ({signature})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationTableModel</name>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/kg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flag} ({severity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} → {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} {unit}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daily total for a dose given {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed per kilogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mg/kg/day for a dose in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weight recorded on or before {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{daily} mg/day ÷ {weight} kg, the weight recorded on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {dose_before} {frequency_before} to {dose} {frequency} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety flag: {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationsPanel</name>
    <message>
        <source>Current regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History, &amp;newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;regimen on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete period (entered in error)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberText</name>
    <message>
        <source>{typed} is not a number — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is ambiguous — a comma is read as a decimal point: type {decimal}, or {whole} without the comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} has too many digits — at most {digits} before the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} has too many decimals — at most {places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative (typed {typed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters are not allowed ({letter} is a letter, not the digit {digit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters are not allowed; type the number without its unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the digits 0 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spaces inside a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not allowed; type the number without its unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} are not allowed; type the number without its unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one decimal mark is allowed (a comma counts as a decimal point, so do not group thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plus or minus sign goes only in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <source>Clinic outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this report as a PDF (needs the right to export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this report&apos;s numbers as CSV (needs the right to export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen: tick one or more drugs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was computed. As of: after today ({today}); the records can only be read up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) started {regimen} ({disease}, records up to {as_of}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was computed. {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was computed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcomes could not be computed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These results answer the previous question ({regimen}, {disease}, records up to {as_of}, window ±{days} days): press Compute for the question above. Export is off until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen: the {kind} was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} was not written: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the {kind} to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write it ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} was written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} was not written to {path}: {reason} (the attempt is recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} was not written to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesMenu</name>
    <message>
        <source>Clinic &amp;outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the patients who started a regimen have done: response at 6 and 12 months, burden change, Kaplan–Meier curves, safety and review flags (an observational summary)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesQueryForm</name>
    <message>
        <source>Re&amp;gimen: every drug ticked, taken together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every underlying disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window half-width, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 6- and 12-month responses are read from the visit nearest day 182 and day 365 within this many days either side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;derlying disease:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window ±</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesResults</name>
    <message>
        <source>Choose the regimen and press Compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is one patient&apos;s calcinosis burden change from the regimen&apos;s baseline to the latest assessed visit on it (below zero: smaller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waterfall chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from the waterfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wa&amp;terfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to &amp;improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rug survival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;finitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Excluded: %n patient(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response at about 6 and 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who started the regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response category of the visit nearest day 182 and day 365 from the start, within ±{days} days. Shares are of the {patients} who started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and review flags while on the regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients with the flag at one or more visits on the regimen, and the visits at which it fired (of {visits}). The flags are decision support, as on each visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and review flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety or review flag fired on the regimen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts} · excluded {excluded}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chart} chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from {chart}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Assessing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewSlot</name>
    <message>
        <source>Loading the charts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialVisitQuestion</name>
    <message>
        <source>Not saved yet: what became of the lesions not measured?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>MRN</source>
        <extracomment>Field name (as the domain names it) → label shown (in English here, translated where shown), in the order of the form.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease diagnosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcinosis type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcinosis onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit patient {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived (hidden from the active list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not a date: type it as yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are not saved yet: someone else saved this patient&apos;s details after you opened them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the patient: the details as saved now, with what you changed carried over, except where you both changed the same field (theirs is shown, yours listed below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded as saved now, with your changes carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried over — {field}: yours {yours}, now {now}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientFlagsCell</name>
    <message>
        <source>(out of date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flags} (out of date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: these flags were assessed with earlier clinic settings or rules and are being re-assessed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags (assessed {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {title} ({severity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed {date}. {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientListFooter</name>
    <message numerus="yes">
        <source>{shown} of {total} patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <source>Search MRN or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All diseases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On diltiazem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort patients by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disease:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>The sort choices: name shown (in English, translated where shown), settings code, column, order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the patient list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcinosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {sex}, MRN {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientWorkspace</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi&amp;sits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;bs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imaging &amp;&amp; procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;archived&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;/span&gt; &amp;nbsp; MRN {mrn} · {sex}, born {born} ({age} y) · {disease}{archived}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoComparison</name>
    <message>
        <source>No photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photograph could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoComparisonDialog</name>
    <message>
        <source>Compare photographs: {lesion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the same scale on screen (screen pixels per image pixel); photographs carry no physical scale: compare against a ruler in the photograph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPixmaps</name>
    <message>
        <source>{visit} (taken {taken})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion} — {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photographs of the lesion, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete photograph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <source>Photograph: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · the full image could not be read: the thumbnail is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photograph could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion}, {date}{caption} · {width} × {height} pixels{note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotographFlow</name>
    <message>
        <source>The visit of {day} is signed, and its photographs are part of what was signed: they are added or deleted only by amending that visit, which a physician does, giving the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach p&amp;hotographs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photograph belongs to a visit: record the patient&apos;s visit first, then attach its photographs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every visit of this patient is signed: photographs are added to a signed visit only by a physician&apos;s amendment, giving the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera dates it {taken}, not the day of the visit chosen ({day}): choose the visit it was taken at, or attach again to keep it at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit of {day} is signed: attaching to it is its amendment, which needs the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) attached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Amend a signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit of {day} is signed: photographs attached to it are its amendment.
Reason for the amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph of {lesion} at the visit of {day} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesion photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching and deleting photographs needs the nurse or physician role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed: a physician&apos;s amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} ({notes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <source>Problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{message} — fix %n problem(s) (Enter on one goes there):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Correct the procedure for {patient}. Each changed field is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New procedure for {patient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesions treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesions treated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save procedure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required; {hint})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) overdue on {day}: identifiers only, no contact details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall list messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing and exporting patients&apos; lists needs the right to export (nurses and physicians).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recall list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The recall list of %n patient(s) was sent to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list was printed, but it could not be recorded in the audit trail: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) exported to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path} was written, but the export could not be recorded in the audit trail: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recall list could not be exported to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallDocument</name>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall list: overdue on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) whose next visit was due before today (the next visit due planned at each patient&apos;s latest visit).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as recall-list.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shown on records and signatures from now on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.
Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResearchExportDialog</name>
    <message>
        <source>&amp;The open patient ({mrn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The open patient (none is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write (new or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study IDs for names and MRNs, no free text, dates shifted per patient: still personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder (new or empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One table per kind of observation, a REDCap data dictionary and a README. Photographs are not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResearchExportFlow</name>
    <message>
        <source>Export for research (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported. Folder: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the research tables of %n patient(s) (pseudonymised) to {folder}:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the research tables of %n patient(s) (identified) to {folder}:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>See README.txt in the folder for how to build a REDCap project from it. Pseudonymised data are still personal data, not anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See README.txt in the folder for how to build a REDCap project from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the research tables of %n patient(s) to {folder}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: the folder cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} the new password in person. It also lifts a lockout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsePanel</name>
    <message>
        <source>Default (regimen start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit the current one is compared with. By default (regimen start) the last visit on or before the start of the current calcinosis regimen; any earlier visit may be chosen instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response assessment and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Response assessment&lt;/b&gt; — decision support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bas&amp;eline:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the clinic&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup CalciTrack made (with its manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place the whole clinic database with this backup. Everything entered since the backup was made is replaced (a backup of the database as it is now is made first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore and close CalciTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalciTrack backups (*.sqlite3 *.dump *.backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into: {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {name} may do. Several roles add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RomEntryPanel</name>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below normal ({normal}°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No joint next to an active lesion: add a joint to record its range of motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal values: upper limb {upper}; lower limb {lower}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} {movement} (degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last {degrees}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of motion: {movement} {degrees}° could not be put back: CalciTrack has no such movement. Type it again where it belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} {movement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of motion: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SameDayQuestion</name>
    <message>
        <source>Visit already recorded today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient} already has a visit today ({day}). A patient has one visit a day: open it to add to it or correct it.

Or record a visit of another date (a visit typed late): the form opens for you to change the date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the visit of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another date…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreLines</name>
    <message>
        <source>TJC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SJC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluator global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} {value} ({band})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score}: needs {inputs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESR or CRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRP {crp} {unit} = {mg_l} mg/L used in DAS28-CRP [R12]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDAI = TJC28 + SJC28 + patient and evaluator globals on 0–10 [R16]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDAI = CDAI + CRP in mg/dL: CRP {crp} {unit} = {mg_dl} mg/dL [R16]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>Pain NRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender joints TJC28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swollen joints SJC28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {span}; may be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} ({span})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRP value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRP unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS28 given ({low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS28-CRP is read against the DAS28-ESR bands, which underestimate activity on DAS28-CRP [R14][R15].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS28 given check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease activity scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain and disease activity: the CRP unit “{unit}” is not known, so CRP {value} has no unit: choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS28 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS28 given variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marker} {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease activity: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESR: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESR must be at least 1 mm/h (ln 0 is undefined) [R12]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRP: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper limit {high} mm/h (Miller {citation}){above}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionSupport</name>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}{unit}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAsideBox</name>
    <message>
        <source>Your values not carried over</source>
        <extracomment>Parts of a section&apos;s state that name stored rows (ids, versions), not what was typed: a save by someone else replaces them, so they are neither compared nor carried over. The payload&apos;s parts that hold what was typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this list: you have dealt with these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed these too.&lt;/b&gt; The form shows their values; type yours again where yours should stand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: yours &lt;b&gt;{yours}&lt;/b&gt;, now &lt;b&gt;{now}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingNumberBox</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (type a number)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — CalciTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the clinic&apos;s database… You are signed in as soon as it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the clinic&apos;s database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic database: {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffFlow</name>
    <message>
        <source>Incomplete visit: {lesions} not measured at it. Its lesion burden is partial; a change from another visit compares only the lesions measured at both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values past the clinic&apos;s data-quality checks (checks of the data, not clinical thresholds), confirmed by whoever saved them unless saved before the check existed:
{values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every visit of this patient is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit of {day} is already signed: {signature}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit of {day}: {signature}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignVisitDialog</name>
    <message>
        <source>Sign visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign the visit of {day}&lt;/b&gt; — {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed visit is read-only: a later change is an amendment, with its reason, and the signed values stay readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password, to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteEventDialog</name>
    <message>
        <source>{first} {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the body site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}, {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion} ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why the signed visit is amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body s&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sid&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the a&amp;mendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (choose the body site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the signed visit is amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is part of {visit}. Saving amends that visit: it stays signed, what it said as signed is kept beside the change, and the summary says it was amended, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.

{problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteEventFlow</name>
    <message>
        <source>It is saved now, on its own, and stays even if the visit is not saved. Lesions first recorded in this visit can be chosen once the visit is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {visit}. A study or procedure on that day is part of it: only a physician&apos;s amendment saves one; choose another date if it was done on another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording imaging studies and procedures needs the nurse or physician role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} is part of {visit}.

It cannot be deleted here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} is part of {visit}.

It cannot be corrected here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: this is part of {visit}. Give the reason for the amendment, then save it as that visit&apos;s amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging &amp;study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit of {day}, which is signed ({signature})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteEventTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings / outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader / operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesions: {lesions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complications: {complications}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome}: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteEventsPanel</name>
    <message>
        <source>Imaging and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New imagin&amp;g study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proced&amp;ure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete… (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete (entered in error)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected row in full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Clinical sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published sources CalciTrack&apos;s rules, reference values and flags cite as [R#]. Thresholds that are the clinic&apos;s own choice are marked as clinic policy in Clinic settings; the flags are decision support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key (R38), an author, a drug, a journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>CalciTrack cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalciTrack cannot open the clinic&apos;s database.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database setting (--db or CALCITRACK_DATABASE_URL) or ask the clinic&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryExportDialog</name>
    <message>
        <source>Save visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visit summary — {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the PDF when it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include each lesion&apos;s baseline and current photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to: give a file name for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to: {path} is a folder; add a file name such as summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to: {path} is a folder; give another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryFlow</name>
    <message>
        <source>The visit summary could not be written to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit summary written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was written to {path}, but no program opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit summary {mrn} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the pages for the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visit summary sent to {printer} (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPrinting</name>
    <message>
        <source>the printer could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print visit summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextBox</name>
    <message>
        <source>Enter saves; Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Due today and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drafts waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(date not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new visit {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of visit {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last typed {typed}; Enter opens the patient and offers the draft back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;call list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overdue patients, to print or export as CSV (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>visit of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) since {day}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worklist is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worklist could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <source>All visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since regimen start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over a point for its value; click a lesion&apos;s point to highlight it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be drawn: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export as .png or .svg, not .{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts saved to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferMenu</name>
    <message>
        <source>Importing: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}: checking every value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import charts (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the patients of an interchange file: all of them, or none if any is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport charts (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the open patient&apos;s chart, or every patient&apos;s, to an interchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for re&amp;search (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis-ready tables with a REDCap data dictionary, optionally pseudonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export F&amp;HIR R4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the open patient, or every patient, as a FHIR R4 Bundle for another system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic-&amp;day summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF visit summary for every patient seen on a day, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferReportDialog</name>
    <message>
        <source>The report, line by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferSources</name>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnmeasuredLesionsDialog</name>
    <message>
        <source>Lesions not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit with lesions not measured is saved as incomplete: its total is shown apart from the complete visits, and a change of burden compares only the lesions measured at both visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lesion}: not measured, resolved or excised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 active lesion has no size today. For each, say whether it was not measured today, or found resolved or excised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 active lesion has no size at this visit. For each, say whether it was not measured at this visit, or found resolved or excised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active lesion(s) have no size today. For each, say whether it was not measured today, or found resolved or excised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active lesion(s) have no size at this visit. For each, say whether it was not measured at this visit, or found resolved or excised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedSettingsQuestion</name>
    <message>
        <source>• {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed:
{changes}

Nothing is saved unless you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changed settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to the clinic settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedVisitQuestion</name>
    <message>
        <source>Unsaved visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{leaving}: the {visit} is not saved.

Save it now, keep it as your draft (offered to you alone when you next sign in), or discard what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit; if it has problems, the form shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what was typed on this workstation, for you alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what was typed (it cannot be recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnusualValuesCheck</name>
    <message>
        <source>Not saved: correct the value, or save again to confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: confirm or correct the unusual values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual: {value} — {reason}. Save asks you to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnusualValuesDialog</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is unusual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual values: check before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n unusual value(s)&lt;/b&gt; in this visit. {intro}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These values are possible but unusual. Check each one against the patient or the report it came from.&lt;br&gt;&lt;b&gt;Confirm and save&lt;/b&gt; records in the audit trail that you confirmed each value, with the reason shown here. &lt;b&gt;Go back and correct&lt;/b&gt; saves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits are clinic settings: data-quality checks (clinic policy, not clinical thresholds), which catch typing slips and wrong units, and the drug labels&apos; maximum doses. Decision support: the prescriber reviews a dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back and correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm and save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until {time} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count}. {notice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the roles of {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username}: {name} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationCounts</name>
    <message numerus="yes">
        <source>{count} problem(s) found:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} anchor(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitFlow</name>
    <message>
        <source>Signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit of {day} is signed and read-only ({signature}). A physician can amend it, giving the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is signed: saving asks for the reason and records an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of the visit of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unsaved {what} for {patient} kept from an earlier session.

Recover it, or discard it and start afresh?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unsaved {what} for {patient} (started {moment}) kept from an earlier session.

Recover it, or discard it and start afresh?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit this draft edits was deleted after the draft was kept, so it cannot be opened; the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S) or cancel (Esc) the visit before opening another patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit of {day} saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the visit of {day} was saved by {who} after you opened it. Your typing is kept; reload the visit to carry it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to the visit of {day} are not saved yet: someone else saved this visit after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the visit: the form shows the visit as saved now, with everything you typed carried over, except where you both changed the same thing: there their value is shown and yours is listed above the form.
Keep editing: back to your form as it is (it cannot be saved over the newer visit; reload when ready).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit reloaded as saved now; your typing was carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit of {day} is signed ({signature}) and is kept. A physician can amend it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit of {day} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit of {day} was not deleted: someone else saved it after you opened the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the chart to see the visit as saved now, then delete it again if it should still go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitFormDrafts</name>
    <message>
        <source>Vitals and weight</source>
        <extracomment>Restored in this order: the weight first (it is part of every section&apos;s context), the lesions before the range of motion (their sites choose its joints).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain and disease activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unsaved visit was kept by a newer version of CalciTrack: check every section against what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit&apos;s date, type, clinician and next visit due could not be read from the unsaved visit (that part of the file is damaged): check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be read from the unsaved visit: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of your values that someone else changed too could not be read from the unsaved visit: compare the form with what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}: this part of the unsaved visit could not be read (that part of the file is damaged). The section shows the visit as saved: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}: this part of the unsaved visit could not be read (that part of the file is damaged). The section shows nothing from the draft: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitFormLayout</name>
    <message>
        <source>&lt;b&gt;Edit visit&lt;/b&gt; — {name} ({mrn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New visit&lt;/b&gt; — {name} ({mrn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the visit as saved now, with your typing carried over (see the list above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the visit as saved now, with your typing carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved visit recovered onto the visit as saved since by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved visit recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recovered}: {losses}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitFormRouting</name>
    <message>
        <source>Lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitFormView</name>
    <message>
        <source>Visit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain and disease activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitals and weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: first check what could not be put back (above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: see the problems above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the visit was changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft NOT kept: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical date of the visit (yyyy-MM-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s follow-up interval (Tools → Clinic settings): type another date, or untick to plan none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the visit date, type or clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cli&amp;nician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit date “{typed}” could not be read from the unsaved visit: the form shows {day}; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit type “{kind}” is not known: the form shows {shown}; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next visit due “{typed}” could not be read from the unsaved visit: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(clinic interval: %n week(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (NRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesions measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total area mm² (ellipse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain
(NRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight
kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesions
measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total area
mm² (ellipse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next
due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (NRS): numeric rating scale, 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesions measured at the visit; &quot;1 of 5 incomplete&quot; when active lesions were left unmeasured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TJC28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SJC28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAS28 computed from the visit&apos;s joint counts, patient global and the ESR or CRP collected that day; one typed in is shown only when those are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total area, mm²: the sum of the lesion areas estimated as an ellipse, π/4 · L · W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit planned at that visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signed the visit (signed visits are read-only; a physician amends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete visit: {lesions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measured} of {active}
incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total}
(partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip}
The total is of the lesions measured at this visit only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the next visit was due on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signature} (amended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{invalid} —
changed after signing
{signature}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({variant}, typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({variant}; typed {typed} differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({variant})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marker} from the visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing it needs {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} {value} as typed in at the visit ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} {value} computed from TJC28 {tender}, SJC28 {swollen}, {lab}, patient global {patient_global} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}; the {score} typed in ({typed}) differs from it by more than 0.1: check the joint counts, the patient global and the lab value, or the typed score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete visit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalsPanel</name>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last {value} {unit} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkstationSession</name>
    <message>
        <source>Switching user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the clinic&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s database was backed up to {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s database was restored from {backup} and checked (integrity, audit chain, row counts). The database as it was is kept in {kept}. CalciTrack will now close: start it again to work on the restored clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s database was restored from {backup} and checked (integrity, audit chain, row counts). CalciTrack will now close: start it again to work on the restored clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
