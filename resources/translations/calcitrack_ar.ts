<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>{title}: not saved</source>
        <translation>{title}: لم يُحفظ</translation>
    </message>
    <message>
        <source>Long enough for the clinic&apos;s password rule; not the username.</source>
        <translation>طويلة بما يكفي لقاعدة كلمات المرور في العيادة، وليست اسم المستخدم.</translation>
    </message>
    <message>
        <source>tick at least one role</source>
        <translation>اختر دورًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>is not the same as the password</source>
        <translation>لا تطابق كلمة المرور</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>At least {count} characters, not the username; a few words are easy to type and hard to guess.</source>
        <translation>عدد الأحرف {count} على الأقل، وليست اسم المستخدم؛ بضع كلمات سهلة الكتابة وصعبة التخمين.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>{field}: {reasons}</source>
        <translation>{field}: {reasons}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation>{doing}: {reason}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>e.g. Ana Ruiz, RN</source>
        <translation>مثل: فاطمة أحمد، ممرضة</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>تكرار كلمة المرور</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>As shown on records and signatures</source>
        <translation>كما يظهر في السجلات والتوقيعات</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
</context>
<context>
    <name>AmendReasonDialog</name>
    <message>
        <source>Amend signed visit</source>
        <translation>تعديل زيارة موقَّعة</translation>
    </message>
    <message>
        <source>The visit of &lt;b&gt;{day}&lt;/b&gt; is signed ({signature}).&lt;br&gt;&lt;br&gt;Saving your change amends it: the visit stays signed, the fields as signed are kept beside the amended ones, and the PDF summary says it was amended, when and why.</source>
        <translation>زيارة &lt;b&gt;{day}&lt;/b&gt; موقَّعة ({signature}).&lt;br&gt;&lt;br&gt;حفظ تغييرك يعدّلها: تبقى الزيارة موقَّعة، وتُحفظ الحقول كما وُقِّعت بجانب الحقول المعدَّلة، ويذكر ملخص PDF أنها عُدِّلت ومتى ولماذا.</translation>
    </message>
    <message>
        <source>Why is the signed visit amended?</source>
        <translation>لماذا تُعدَّل الزيارة الموقَّعة؟</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>حفظ التعديل</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>سبب التعديل</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name} ({roles})</translation>
    </message>
    <message>
        <source>{file} was saved, but its export could not be recorded in the audit trail: {reason}</source>
        <translation>حُفظ {file}، لكن تعذّر تسجيل تصديره في سجل التدقيق: {reason}</translation>
    </message>
</context>
<context>
    <name>ArabicDigitsSection</name>
    <message>
        <source>Arabic digits</source>
        <translation>الأرقام في العربية</translation>
    </message>
    <message>
        <source>Numbers in Arabic</source>
        <translation>الأعداد في العربية</translation>
    </message>
    <message>
        <source>The digits the window, the PDF summaries and the command line write numbers and dates in when they speak Arabic. Other languages always use the digits 0 to 9. A change takes effect at the next sign-in.</source>
        <translation>الأرقام التي تكتب بها النافذةُ وملخصاتُ PDF وسطرُ الأوامر الأعدادَ والتواريخ عندما تكون باللغة العربية. تستخدم اللغات الأخرى دائمًا الأرقام من 0 إلى 9. يسري التغيير عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>&amp;Western digits (12.5)</source>
        <translation>أرقام &amp;غربية (12.5)</translation>
    </message>
    <message>
        <source>Arabic-&amp;Indic digits (١٢٫٥)</source>
        <translation>أرقام &amp;هندية عربية (١٢٫٥)</translation>
    </message>
</context>
<context>
    <name>AssessmentHtml</name>
    <message>
        <source>partial total: the lesions measured at this visit only</source>
        <translation>مجموع جزئي: الآفات المقيسة في هذه الزيارة فقط</translation>
    </message>
    <message>
        <source>no lesion measured at this visit</source>
        <translation>لم تُقَس أي آفة في هذه الزيارة</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>no lesion measured at both; {basis}</source>
        <translation>لا آفة مقيسة في الزيارتين؛ {basis}</translation>
    </message>
    <message>
        <source>(no lesion measured at both; {basis})</source>
        <translation>(لا آفة مقيسة في الزيارتين؛ {basis})</translation>
    </message>
    <message>
        <source>(only the lesions measured at both: {basis})</source>
        <translation>(الآفات المقيسة في الزيارتين فقط: {basis})</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} شهر</translation>
    </message>
    <message>
        <source>Safety and review flags</source>
        <translation>تنبيهات السلامة وعلامات المراجعة</translation>
    </message>
    <message>
        <source>DAS28 (rheumatoid arthritis)</source>
        <translation>DAS28 (التهاب المفاصل الروماتويدي)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لم يُسجَّل شيء</translation>
    </message>
    <message>
        <source>Assessed visit</source>
        <translation>الزيارة المقيَّمة</translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation>زيارة خط الأساس</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>النظام العلاجي</translation>
    </message>
    <message>
        <source>Time on regimen</source>
        <translation>المدة على النظام العلاجي</translation>
    </message>
    <message>
        <source>{drug} dose</source>
        <translation>جرعة {drug}</translation>
    </message>
    <message>
        <source>Burden (ellipse area)</source>
        <translation>العبء (مساحة القطع الناقص)</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>التغير عن خط الأساس</translation>
    </message>
    <message>
        <source>Change from previous visit</source>
        <translation>التغير عن الزيارة السابقة</translation>
    </message>
    <message>
        <source>Sum of longest diameters</source>
        <translation>مجموع أطول الأقطار</translation>
    </message>
    <message>
        <source>New lesions</source>
        <translation>آفات جديدة</translation>
    </message>
    <message>
        <source>Resolved lesions</source>
        <translation>آفات زالت</translation>
    </message>
    <message>
        <source>Ulcerated now</source>
        <translation>متقرحة حاليًا</translation>
    </message>
    <message>
        <source>New ulceration</source>
        <translation>تقرح جديد</translation>
    </message>
    <message>
        <source>Pain NRS</source>
        <translation>الألم (NRS)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>غير متوفر</translation>
    </message>
    <message>
        <source>ulcerated</source>
        <translation>متقرحة</translation>
    </message>
    <message>
        <source>extrusion</source>
        <translation>خروج مادة كلسية</translation>
    </message>
    <message>
        <source>infected</source>
        <translation>مصابة بعدوى</translation>
    </message>
    <message>
        <source>{site} ({side})</source>
        <translation>{site} ({side})</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>الآفة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغير</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>الآفات</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <source>Baseline → now (change)</source>
        <translation>خط الأساس ← الآن (التغير)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>مدى الحركة</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>No safety or review flags.</source>
        <translation>لا توجد تنبيهات سلامة أو علامات مراجعة.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>Photographs (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.heic *.heif);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{file} — {problem}</source>
        <translation>{file} — {problem}</translation>
    </message>
    <message>
        <source>{file} — {size} — not attached: {problem}</source>
        <translation>{file} — {size} — لم يُرفق: {problem}</translation>
    </message>
    <message>
        <source>{file} — {size}</source>
        <translation>{file} — {size}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>تتعذر قراءته ({reason})</translation>
    </message>
    <message>
        <source>larger than the limit of {limit}</source>
        <translation>أكبر من الحد المسموح {limit}</translation>
    </message>
</context>
<context>
    <name>AttachPhotographsDialog</name>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>الآفة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Photographs to attach</source>
        <translation>الصور المراد إرفاقها</translation>
    </message>
    <message>
        <source>Attach photographs</source>
        <translation>إرفاق صور</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>الملفات المراد إرفاقها</translation>
    </message>
    <message>
        <source>&amp;Files (choose them or drop them here):</source>
        <translation>ال&amp;ملفات (اخترها أو أفلتها هنا):</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>إ&amp;ضافة ملفات…</translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation>&amp;إزالة ملف</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Optional, e.g. after debridement</source>
        <translation>اختياري، مثلًا بعد التنضير</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation>إ&amp;رفاق</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>ال&amp;زيارة:</translation>
    </message>
    <message>
        <source>&amp;Lesion:</source>
        <translation>الآ&amp;فة:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>ال&amp;تعليق:</translation>
    </message>
    <message>
        <source>Photographs taken at {visit}</source>
        <translation>صور التُقطت في {visit}</translation>
    </message>
    <message>
        <source>A&amp;ttach {count}</source>
        <translation>إ&amp;رفاق {count}</translation>
    </message>
    <message>
        <source>Lesion: choose the lesion the photographs show.</source>
        <translation>الآفة: اختر الآفة التي تظهرها الصور.</translation>
    </message>
    <message>
        <source>{file} was not attached: {reason}</source>
        <translation>لم يُرفق {file}: {reason}</translation>
    </message>
    <message>
        <source>{field}: {reason} — {file} was not attached. ({count} attached before it.)</source>
        <translation>{field}: {reason} — لم يُرفق {file}. (أُرفق قبله: {count}.)</translation>
    </message>
    <message>
        <source>{field}: {reason} — {file} was not attached.</source>
        <translation>{field}: {reason} — لم يُرفق {file}.</translation>
    </message>
</context>
<context>
    <name>AuditChangesText</name>
    <message>
        <source>Created with:</source>
        <translation>أُنشئ بالقيم:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>ما تغيّر:</translation>
    </message>
    <message>
        <source>Values when deleted:</source>
        <translation>القيم عند الحذف:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>التفاصيل:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>{count} bytes (sha256 {digest}…)</source>
        <translation>{count} بايت (sha256 {digest}…)</translation>
    </message>
    <message>
        <source>no user</source>
        <translation>لا مستخدم</translation>
    </message>
    <message>
        <source>Entry #{id} · {when} · {who} · {action} {record} · patient {mrn}</source>
        <translation>القيد #{id} · {when} · {who} · {action} {record} · المريض {mrn}</translation>
    </message>
    <message>
        <source>Entry #{id} · {when} · {who} · {action} {record}</source>
        <translation>القيد #{id} · {when} · {who} · {action} {record}</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>لا تفاصيل.</translation>
    </message>
    <message>
        <source>Hash:          {hash}</source>
        <translation>البصمة:         {hash}</translation>
    </message>
    <message>
        <source>Previous hash: {hash}</source>
        <translation>البصمة السابقة: {hash}</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries.</source>
        <translation>سجل التدقيق سليم: عدد القيود {count}.</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries. Newest entry #{id}, hash {hash}.</source>
        <translation>سجل التدقيق سليم: عدد القيود {count}. أحدث قيد #{id}، البصمة {hash}.</translation>
    </message>
    <message>
        <source>Audit trail broken at entry #{id}: {reason}. The {count} entries before it are intact.</source>
        <translation>سجل التدقيق منقطع عند القيد #{id}: {reason}. القيود السابقة له سليمة (عددها {count}).</translation>
    </message>
    <message>
        <source>Audit trail broken at entry #{id} ({when}, {action} {record}): {reason}. The {count} entries before it are intact.</source>
        <translation>سجل التدقيق منقطع عند القيد #{id} ({when}، {action} {record}): {reason}. القيود السابقة له سليمة (عددها {count}).</translation>
    </message>
</context>
<context>
    <name>AuditFilterPanel</name>
    <message>
        <source>All users</source>
        <translation>كل المستخدمين</translation>
    </message>
    <message>
        <source>all patients</source>
        <translation>كل المرضى</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation>الأ&amp;حدث أولًا</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>&amp;Patient MRN:</source>
        <translation>&amp;رقم ملف المريض:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>الم&amp;ستخدم:</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>Patient MRN</source>
        <translation>رقم ملف المريض</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>{filter}: {reason}</source>
        <translation>{filter}: {reason}</translation>
    </message>
    <message>
        <source>{since} is after To ({until}): no day is in between</source>
        <translation>{since} بعد «إلى» ({until}): لا يوجد يوم بينهما</translation>
    </message>
    <message>
        <source>Showing the newest {limit} of more; narrow the filters</source>
        <translation>عرض أحدث {limit} من أصل عدد أكبر؛ ضيّق عوامل التصفية</translation>
    </message>
    <message>
        <source>Showing the oldest {limit} of more; narrow the filters</source>
        <translation>عرض أقدم {limit} من أصل عدد أكبر؛ ضيّق عوامل التصفية</translation>
    </message>
    <message>
        <source>No entries match the filters</source>
        <translation>لا توجد قيود تطابق عوامل التصفية</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} قيد</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>عدد القيود: {count}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as audit.csv</source>
        <translation>{path} مجلد؛ أعطِ اسم ملف مثل audit.csv</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>… and {count} more (see below the table)</source>
        <translation>… و{count} غيرها (انظر أسفل الجدول)</translation>
    </message>
    <message>
        <source>Entry #{id}</source>
        <translation>القيد #{id}</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>قيود التدقيق</translation>
    </message>
</context>
<context>
    <name>AuditVerification</name>
    <message>
        <source>CalciTrack finds changes made to its data outside the application, after the fact; it cannot prevent them, nor find a change made by someone who also rewrote every copy of the trail&apos;s anchors kept outside the database (see &quot;Security model&quot; in the README).</source>
        <translation>يكتشف CalciTrack بعد حدوثها التغييرات التي أُجريت على بياناته من خارج التطبيق؛ ولا يستطيع منعها، ولا اكتشاف تغيير أجراه شخص أعاد أيضًا كتابة كل نسخ مراسي السجل المحفوظة خارج قاعدة البيانات (انظر &quot;Security model&quot; في ملف README).</translation>
    </message>
    <message>
        <source>Newest entry #{id}, hash {hash}.</source>
        <translation>أحدث قيد #{id}، البصمة {hash}.</translation>
    </message>
    <message>
        <source>{count} signed visits were signed before signatures were bound to their content and cannot be verified.</source>
        <translation>عدد الزيارات التي وُقِّعت قبل ربط التوقيعات بمحتواها ولا يمكن التحقق منها: {count}.</translation>
    </message>
    <message>
        <source>No anchor of this trail is noted outside the database yet (one is noted with each save, backup and PDF): a trail cut short, or rewritten with every hash recomputed, would not show.</source>
        <translation>لم تُدوَّن أي مرساة لهذا السجل خارج قاعدة البيانات بعد (تُدوَّن واحدة مع كل حفظ ونسخة احتياطية وملف PDF): لن يظهر سجل مبتور، أو أعيدت كتابته مع إعادة حساب كل البصمات.</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries, every audited row as the trail says, {signatures}, {anchors}.</source>
        <translation>سجل التدقيق سليم: عدد القيود {count}، وكل صف مدقَّق كما يذكر السجل، {signatures}، {anchors}.</translation>
    </message>
    <message>
        <source>the chain of {count} entries is intact</source>
        <translation>سلسلة القيود سليمة (عددها {count})</translation>
    </message>
    <message>
        <source>every audited row is as the trail says</source>
        <translation>كل صف مدقَّق كما يذكر السجل</translation>
    </message>
    <message>
        <source>Nothing else could be confirmed.</source>
        <translation>تعذّر تأكيد أي شيء آخر.</translation>
    </message>
    <message>
        <source>Otherwise: {held}.</source>
        <translation>وإلا: {held}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>no signature to check</source>
        <translation>لا توقيع للتحقق منه</translation>
    </message>
    <message>
        <source>1 signature matches what was signed</source>
        <translation>توقيع واحد يطابق ما وُقِّع</translation>
    </message>
    <message>
        <source>{count} signatures match what was signed</source>
        <translation>عدد التوقيعات المطابقة لما وُقِّع: {count}</translation>
    </message>
    <message>
        <source>no anchor to check yet</source>
        <translation>لا مرساة للتحقق منها بعد</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Select an entry to see every change it records.</source>
        <translation>اختر قيدًا لرؤية كل تغيير يسجّله.</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>القيد المحدد</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <source>Check that no entry of the trail was changed or removed, that every audited record holds what the trail says and that every signed visit is as it was signed</source>
        <translation>التحقق من أنه لم يُغيَّر أو يُحذف أي قيد من السجل، وأن كل سجل مدقَّق يحوي ما يذكره السجل، وأن كل زيارة موقَّعة كما وُقِّعت</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <source>Write the entries matching the filters to a CSV file</source>
        <translation>كتابة القيود المطابقة لعوامل التصفية في ملف CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>The audit trail could not be read</source>
        <translation>تعذّرت قراءة سجل التدقيق</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>جارٍ التصدير إلى {path}…</translation>
    </message>
    <message>
        <source>Exported {entries} to {path}</source>
        <translation>صُدِّر {entries} إلى {path}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>تعذّرت الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Checking the audit trail, the records and the signatures…</source>
        <translation>جارٍ التحقق من سجل التدقيق والسجلات والتوقيعات…</translation>
    </message>
    <message>
        <source>The audit trail could not be checked</source>
        <translation>تعذّر التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <source>Not allowed: {reason}</source>
        <translation>غير مسموح: {reason}</translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation>{doing}: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupFolderField</name>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s backup folder</source>
        <translation>اختر مجلد النسخ الاحتياطية للعيادة</translation>
    </message>
    <message>
        <source>Empty: each workstation&apos;s own data folder</source>
        <translation>فارغ: مجلد البيانات الخاص بكل محطة عمل</translation>
    </message>
    <message>
        <source>Empty: each workstation&apos;s own data folder: {folder}</source>
        <translation>فارغ: مجلد البيانات الخاص بكل محطة عمل: {folder}</translation>
    </message>
    <message>
        <source>default: {folder}</source>
        <translation>الافتراضي: {folder}</translation>
    </message>
    <message>
        <source>default: this workstation&apos;s folder</source>
        <translation>الافتراضي: مجلد محطة العمل هذه</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the folder for the automatic backups</source>
        <translation>اختر مجلد النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>{folder} {reason}.</source>
        <translation>{folder} {reason}.</translation>
    </message>
    <message>
        <source>{field}: {warning} {elsewhere}</source>
        <translation>{field}: {warning} {elsewhere}</translation>
    </message>
    <message>
        <source>⚠ {warning}</source>
        <translation>⚠ {warning}</translation>
    </message>
    <message>
        <source>{default} (in use)</source>
        <translation>{default} (قيد الاستخدام)</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>Backup warning</source>
        <translation>تحذير النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>⚠ Backup: {warning}</source>
        <translation>⚠ النسخ الاحتياطي: {warning}</translation>
    </message>
</context>
<context>
    <name>BodySitePickerDialog</name>
    <message>
        <source>Click the body site on the front or back view.</source>
        <translation>انقر موضع الجسم في المنظر الأمامي أو الخلفي.</translation>
    </message>
    <message>
        <source>Choose body site</source>
        <translation>اختيار موضع الجسم</translation>
    </message>
    <message>
        <source>Chosen body site</source>
        <translation>موضع الجسم المختار</translation>
    </message>
</context>
<context>
    <name>ButtonBar</name>
    <message>
        <source>Save visit (Ctrl+S)</source>
        <translation>حفظ الزيارة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message>
        <source>Reload the visit…</source>
        <translation>إعادة تحميل الزيارة…</translation>
    </message>
    <message>
        <source>Someone else saved this visit after you opened it: show it as stored now, with what you typed carried over</source>
        <translation>حفظ شخص آخر هذه الزيارة بعد أن فتحتها: اعرضها كما هي محفوظة الآن، مع نقل ما كتبته</translation>
    </message>
    <message>
        <source>I&amp;maging &amp;&amp; procedures…</source>
        <translation>التص&amp;وير والإجراءات…</translation>
    </message>
    <message>
        <source>Record an imaging study or a procedure of this visit&apos;s day; it is saved at once</source>
        <translation>تسجيل دراسة تصوير أو إجراء في يوم هذه الزيارة؛ يُحفظ فورًا</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>The password of {name} ({username}).</source>
        <translation>كلمة مرور {name} ({username}).</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>تكرار كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>is not the same as the new password</source>
        <translation>لا تطابق كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation>لم تُغيَّر كلمة المرور</translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Change dose</source>
        <translation>تغيير الجرعة</translation>
    </message>
    <message>
        <source>a drug</source>
        <translation>دواء</translation>
    </message>
    <message>
        <source>stop of {drug}</source>
        <translation>إيقاف {drug}</translation>
    </message>
    <message>
        <source>dose change of {drug} to {dose}</source>
        <translation>تغيير جرعة {drug} إلى {dose}</translation>
    </message>
    <message>
        <source>dose change of {drug}</source>
        <translation>تغيير جرعة {drug}</translation>
    </message>
    <message>
        <source>start of {drug} {dose}</source>
        <translation>بدء {drug} {dose}</translation>
    </message>
    <message>
        <source>start of {drug}</source>
        <translation>بدء {drug}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Drug…</source>
        <translation>الدواء…</translation>
    </message>
    <message>
        <source>Name of the drug</source>
        <translation>اسم الدواء</translation>
    </message>
    <message>
        <source>Drug name</source>
        <translation>اسم الدواء</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>الجرعة الجديدة</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>وحدة الجرعة</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>الطريق</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>السبب (مطلوب)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Remove this change</source>
        <translation>إزالة هذا التغيير</translation>
    </message>
    <message>
        <source>Dose check</source>
        <translation>فحص الجرعة</translation>
    </message>
    <message>
        <source>Since {day}, {route}</source>
        <translation>منذ {day}، {route}</translation>
    </message>
    <message>
        <source>{drug}: not taken on this date</source>
        <translation>{drug}: لا يُتناول في هذا التاريخ</translation>
    </message>
    <message>
        <source>Change dose of {drug}</source>
        <translation>تغيير جرعة {drug}</translation>
    </message>
    <message>
        <source>Stop {drug}</source>
        <translation>إيقاف {drug}</translation>
    </message>
    <message>
        <source>Start {drug}</source>
        <translation>بدء {drug}</translation>
    </message>
    <message>
        <source>{drug} is not in CalciTrack&apos;s list of drugs</source>
        <translation>{drug} ليس في قائمة أدوية CalciTrack</translation>
    </message>
    <message>
        <source>{drug} is not taken on {day} (it was stopped or changed since, or the date is not the same). The change is kept without a drug: choose the drug again, or remove it</source>
        <translation>{drug} لا يُتناول في {day} (أُوقف أو غُيِّر بعد ذلك، أو التاريخ مختلف). حُفظ التغيير دون دواء: اختر الدواء مجددًا، أو أزل التغيير</translation>
    </message>
    <message>
        <source>dose unit</source>
        <translation>وحدة الجرعة</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>route</source>
        <translation>طريق الإعطاء</translation>
    </message>
    <message>
        <source>the {field} “{code}” is not known: choose it again</source>
        <translation>{field} «{code}» غير معروف: اختره مجددًا</translation>
    </message>
    <message>
        <source>The {change} could not be put back as typed: {reason}.</source>
        <translation>تعذّرت إعادة {change} كما كُتب: {reason}.</translation>
    </message>
    <message>
        <source>{change}, new dose: {reason}</source>
        <translation>{change}، الجرعة الجديدة: {reason}</translation>
    </message>
    <message>
        <source>{change}: the dose must be above 0</source>
        <translation>{change}: يجب أن تكون الجرعة أكبر من 0</translation>
    </message>
</context>
<context>
    <name>ClinicDayDialog</name>
    <message>
        <source>Clinic day</source>
        <translation>يوم العيادة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <source>Clinic &amp;day:</source>
        <translation>&amp;يوم العيادة:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>&amp;Language of the summaries:</source>
        <translation>&amp;لغة الملخصات:</translation>
    </message>
    <message>
        <source>&amp;Write the summaries</source>
        <translation>&amp;كتابة الملخصات</translation>
    </message>
</context>
<context>
    <name>ClinicDayFlow</name>
    <message>
        <source>Clinic-day summaries</source>
        <translation>ملخصات يوم العيادة</translation>
    </message>
    <message>
        <source>No summaries were written: {reason}.</source>
        <translation>لم يُكتب أي ملخص: {reason}.</translation>
    </message>
    <message>
        <source>Summaries: {done} of {total}</source>
        <translation>الملخصات: {done} من {total}</translation>
    </message>
    <message>
        <source>No visits on {day}: no summaries written</source>
        <translation>لا توجد زيارات في {day}: لم يُكتب أي ملخص</translation>
    </message>
    <message>
        <source>No visits on {day}: no summaries written.</source>
        <translation>لا توجد زيارات في {day}: لم يُكتب أي ملخص.</translation>
    </message>
    <message>
        <source>{written} of {count} summaries for {day} written to {folder}; {failed} failed:</source>
        <translation>كُتب {written} من {count} ملخصًا ليوم {day} في {folder}؛ فشل {failed}:</translation>
    </message>
    <message>
        <source>{written} of {count} summaries for {day} written to {folder}.</source>
        <translation>كُتب {written} من {count} ملخصًا ليوم {day} في {folder}.</translation>
    </message>
    <message>
        <source>FAILED {mrn}: {reason}</source>
        <translation>فشل {mrn}: {reason}</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>كُتب {file}</translation>
    </message>
</context>
<context>
    <name>ClinicIdentityPanel</name>
    <message>
        <source>Clinic name</source>
        <translation>اسم العيادة</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>اختر شعار العيادة</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>صور PNG أو JPEG (*.png *.jpg *.jpeg);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>the file {file} could not be read: {reason}</source>
        <translation>تعذّرت قراءة الملف {file}: {reason}</translation>
    </message>
    <message>
        <source>the file {file} is {width} × {height} pixels; a logo may be at most {most} pixels on a side</source>
        <translation>أبعاد الملف {file} هي {width} × {height} بكسل؛ يجب ألا يتجاوز ضلع الشعار {most} بكسل</translation>
    </message>
    <message>
        <source>the file {file} is damaged: it cannot be read as a {format} image</source>
        <translation>الملف {file} تالف: لا يمكن قراءته صورةً بصيغة {format}</translation>
    </message>
    <message>
        <source>the file {file} {reason}</source>
        <translation>الملف {file} {reason}</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>العيادة</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>ا&amp;سم العيادة</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>اختيار ال&amp;شعار…</translation>
    </message>
    <message>
        <source>Take the logo from a PNG or JPEG file</source>
        <translation>أخذ الشعار من ملف PNG أو JPEG</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>إ&amp;زالة الشعار</translation>
    </message>
    <message>
        <source>Print the summaries without a logo (saved on Save)</source>
        <translation>طباعة الملخصات دون شعار (يُحفظ عند الحفظ)</translation>
    </message>
    <message>
        <source>PNG or JPEG, up to {size} kB. The name and logo head every PDF visit summary.</source>
        <translation>PNG أو JPEG، حتى {size} kB. يتصدّر الاسم والشعار كل ملخص زيارة بصيغة PDF.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا شعار</translation>
    </message>
    <message>
        <source>Logo cannot be shown</source>
        <translation>يتعذّر عرض الشعار</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {size} kB</source>
        <translation>{width} × {height} بكسل، {size} kB</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>إعدادات العيادة</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>استعادة الافتراضيات</translation>
    </message>
    <message>
        <source>Put every threshold back to its default (saved on Save)</source>
        <translation>إرجاع كل عتبة إلى قيمتها الافتراضية (يُحفظ عند الحفظ)</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;مجلد النسخ الاحتياطية:</translation>
    </message>
    <message>
        <source>Clinic name and logo</source>
        <translation>اسم العيادة وشعارها</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsFlow</name>
    <message>
        <source>the thresholds were saved</source>
        <translation>حُفظت العتبات</translation>
    </message>
    <message>
        <source>the clinic name and logo were saved</source>
        <translation>حُفظ اسم العيادة وشعارها</translation>
    </message>
    <message>
        <source>, but </source>
        <translation>، لكن </translation>
    </message>
</context>
<context>
    <name>ClinicSettingsTexts</name>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Settings shared by every workstation. The clinical thresholds (response, surgery review, safety, doses) are decision support: changing them changes which patients are flagged.</source>
        <translation>إعدادات مشتركة بين كل محطات العمل. العتبات السريرية (الاستجابة، مراجعة الجراحة، السلامة، الجرعات) أداة لدعم القرار: تغييرها يغيّر المرضى الذين يُنبَّه إليهم.</translation>
    </message>
    <message>
        <source>Response assessment</source>
        <translation>تقييم الاستجابة</translation>
    </message>
    <message>
        <source>Reconsider-surgery review</source>
        <translation>مراجعة إعادة النظر في الجراحة</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>تنبيهات السلامة</translation>
    </message>
    <message>
        <source>Dose limits (from the drug labels)</source>
        <translation>حدود الجرعات (من نشرات الأدوية)</translation>
    </message>
    <message>
        <source>Accounts and workstation lock</source>
        <translation>الحسابات وقفل محطة العمل</translation>
    </message>
    <message>
        <source>Data-quality checks (not clinical thresholds)</source>
        <translation>فحوص جودة البيانات (ليست عتبات سريرية)</translation>
    </message>
    <message>
        <source>Automatic backups (operational settings, not clinical)</source>
        <translation>النسخ الاحتياطية التلقائية (إعدادات تشغيلية، ليست سريرية)</translation>
    </message>
    <message>
        <source>Follow-up scheduling (administrative, not clinical)</source>
        <translation>جدولة المتابعة (إدارية، ليست سريرية)</translation>
    </message>
    <message>
        <source>At the first start of each day CalciTrack backs up the clinic&apos;s database into the backup folder set below (left empty: the folder “backups” in each workstation&apos;s own CalciTrack data folder), checks the copy and records the result in the audit trail; older automatic backups beyond these counts are deleted (never other files). The window warns when the last verified backup is older than set here, or when the last automatic backup failed (a folder this workstation cannot reach, for one).</source>
        <translation>عند أول تشغيل في كل يوم ينسخ CalciTrack قاعدة بيانات العيادة نسخةً احتياطية في مجلد النسخ الاحتياطية المحدد أدناه (إن تُرك فارغًا: المجلد “backups” في مجلد بيانات CalciTrack الخاص بكل محطة عمل)، ويتحقق من النسخة ويسجّل النتيجة في سجل التدقيق؛ وتُحذف النسخ الاحتياطية التلقائية الأقدم التي تتجاوز هذه الأعداد (ولا تُحذف أي ملفات أخرى). تحذّر النافذة عندما تكون آخر نسخة احتياطية متحقَّق منها أقدم مما حُدِّد هنا، أو عندما تفشل آخر نسخة احتياطية تلقائية (مثلًا مجلد لا تصل إليه محطة العمل هذه).</translation>
    </message>
    <message>
        <source>A value beyond one of these limits is possible but unusual: the visit form asks the nurse to confirm it before it is saved (a file import, the importer), and the audit trail records who confirmed it. They catch typing slips and wrong units; they change no flag and no assessment. Impossible values (hip flexion 200°) are refused whatever is set here.</source>
        <translation>القيمة التي تتجاوز أحد هذه الحدود ممكنة لكنها غير معتادة: يطلب نموذج الزيارة من الممرض تأكيدها قبل حفظها (وعند استيراد ملف، يطلبه من المستورِد)، ويسجّل سجل التدقيق من أكّدها. تلتقط هذه الحدود أخطاء الكتابة والوحدات الخاطئة؛ ولا تغيّر أي تنبيه أو تقييم. تُرفض القيم المستحيلة (ثني الورك 200°) مهما كان الإعداد هنا.</translation>
    </message>
    <message>
        <source>clinic policy</source>
        <translation>سياسة العيادة</translation>
    </message>
    <message>
        <source>published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>لا قيمة افتراضية</translation>
    </message>
    <message>
        <source>not set — no label value found</source>
        <translation>غير محدد — لم تُوجد قيمة في النشرة</translation>
    </message>
    <message>
        <source>data-quality check</source>
        <translation>فحص جودة البيانات</translation>
    </message>
    <message>
        <source>{setting} {continuation}</source>
        <translation>{setting} {continuation}</translation>
    </message>
    <message>
        <source>{not_set_note} (leave the field empty: {not_set})</source>
        <translation>{not_set_note} (اترك الحقل فارغًا: {not_set})</translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation>الافتراضي {value}</translation>
    </message>
    <message>
        <source>{setting} — {default}, from {low} to {high}. {origin}</source>
        <translation>{setting} — {default}، من {low} إلى {high}. {origin}</translation>
    </message>
    <message>
        <source>no default · &lt;b&gt;set by the clinic&lt;/b&gt;</source>
        <translation>لا قيمة افتراضية · &lt;b&gt;تحددها العيادة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>default {value} · &lt;b&gt;changed&lt;/b&gt;</source>
        <translation>الافتراضي {value} · &lt;b&gt;مُغيَّر&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>someone else</source>
        <extracomment>A field both the user and the other person changed.</extracomment>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}، {when}</translation>
    </message>
    <message>
        <source>Saved by {who}, after you opened it. Nothing was overwritten.</source>
        <translation>حفظها {who} بعد أن فتحتها. لم يُكتب فوق أي شيء.</translation>
    </message>
    <message>
        <source>What was changed (highlighted: you changed it too):</source>
        <translation>ما تغيّر (المظلَّل: غيّرته أنت أيضًا):</translation>
    </message>
    <message>
        <source>What was changed:</source>
        <translation>ما تغيّر:</translation>
    </message>
    <message>
        <source>The changes cannot be listed; reload to see the record as it is stored now.</source>
        <translation>يتعذّر سرد التغييرات؛ أعد التحميل لرؤية السجل كما هو محفوظ الآن.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>عندما فتحته</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>المحفوظ الآن</translation>
    </message>
    <message>
        <source>In your form</source>
        <translation>في نموذجك</translation>
    </message>
    <message>
        <source>Last saved by</source>
        <translation>آخر من حفظ</translation>
    </message>
    <message>
        <source>What was changed</source>
        <translation>ما تغيّر</translation>
    </message>
    <message>
        <source>{field}: you changed this too</source>
        <translation>{field}: غيّرته أنت أيضًا</translation>
    </message>
</context>
<context>
    <name>CorrectPeriodDialog</name>
    <message>
        <source>Reason for the amendment</source>
        <translation>سبب التعديل</translation>
    </message>
    <message>
        <source>Correct &lt;b&gt;{period}&lt;/b&gt; for {patient}, as it should have been recorded. Each changed field is kept in the audit trail. A period of the wrong drug is deleted instead (Delete in the list).</source>
        <translation>صحّح &lt;b&gt;{period}&lt;/b&gt; للمريض {patient} كما كان يجب أن تُسجَّل. يُحفظ كل حقل مُغيَّر في سجل التدقيق. أما فترة الدواء الخاطئ فتُحذف بدلًا من ذلك (حذف في القائمة).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Sto&amp;pped on</source>
        <translation>&amp;متوقف في</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>الإيقاف</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>طريق الإعطاء</translation>
    </message>
    <message>
        <source>Start reason</source>
        <translation>سبب البدء</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>سبب الإيقاف</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>ال&amp;بدء:</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>الإيقاف:</translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation>ال&amp;جرعة:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>الت&amp;كرار:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>ال&amp;طريق:</translation>
    </message>
    <message>
        <source>Start r&amp;eason:</source>
        <translation>&amp;سبب البدء:</translation>
    </message>
    <message>
        <source>Stop reaso&amp;n:</source>
        <translation>سبب الإ&amp;يقاف:</translation>
    </message>
    <message>
        <source>Required: why the signed visit is amended</source>
        <translation>مطلوب: لماذا تُعدَّل الزيارة الموقَّعة</translation>
    </message>
    <message>
        <source>Reason for the a&amp;mendment:</source>
        <translation>سبب ال&amp;تعديل:</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>لماذا لم يُحفظ</translation>
    </message>
    <message>
        <source>I have checked this dose: &amp;confirm it as entered</source>
        <translation>تحققت من هذه الجرعة: &amp;أكّدها كما أُدخلت</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;حفظ التصحيح</translation>
    </message>
    <message>
        <source>Not saved yet: this correction changes {signed}. Give the reason for the amendment, then save it as that visit&apos;s amendment.</source>
        <translation>لم يُحفظ بعد: هذا التصحيح يغيّر {signed}. اذكر سبب التعديل، ثم احفظه تعديلًا لتلك الزيارة.</translation>
    </message>
    <message>
        <source>Amend medication period</source>
        <translation>تعديل فترة دواء</translation>
    </message>
    <message>
        <source>Correct medication period</source>
        <translation>تصحيح فترة دواء</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation>&amp;حفظ التعديل</translation>
    </message>
    <message>
        <source>This period is part of {signed}. Saving amends that visit: it stays signed, what it said as signed is kept beside the correction, and the summary says it was amended, when and why.</source>
        <translation>هذه الفترة جزء من {signed}. الحفظ يعدّل تلك الزيارة: تبقى موقَّعة، ويُحفظ ما ذكرته عند توقيعها بجانب التصحيح، ويذكر الملخص أنها عُدِّلت ومتى ولماذا.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>must be after the start date</source>
        <translation>يجب أن يكون بعد تاريخ البدء</translation>
    </message>
    <message>
        <source>say why the signed visit is amended</source>
        <translation>اذكر لماذا تُعدَّل الزيارة الموقَّعة</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Not saved. {problems}</source>
        <translation>لم يُحفظ. {problems}</translation>
    </message>
    <message>
        <source>Not saved yet. {unusual} Tick the box below to save it as entered.</source>
        <translation>لم يُحفظ بعد. {unusual} ضع علامة في المربع أدناه لحفظه كما أُدخل.</translation>
    </message>
</context>
<context>
    <name>CtrlEnter</name>
    <message>
        <source>Ctrl+Enter confirms</source>
        <translation>Ctrl+Enter للتأكيد</translation>
    </message>
</context>
<context>
    <name>Das28Given</name>
    <message>
        <source>DAS28 given</source>
        <translation>DAS28 مُدخل</translation>
    </message>
    <message>
        <source>DAS28 given variant</source>
        <translation>نوع DAS28 المُدخل</translation>
    </message>
    <message>
        <source>{field}: a DAS28 typed from another form, {low}–{high}, with its variant; may be empty</source>
        <translation>{field}: قيمة DAS28 منقولة من نموذج آخر، {low}–{high}، مع نوعها؛ يمكن تركها فارغة</translation>
    </message>
    <message>
        <source>from another form</source>
        <translation>من نموذج آخر</translation>
    </message>
    <message>
        <source>Pain and disease activity: the {variant_field} “{code}” is not known, so {field} {value} has no variant: choose it again.</source>
        <translation>الألم ونشاط المرض: {variant_field} «{code}» غير معروف، لذا ليس لـ {field} {value} نوع: اختره مجددًا.</translation>
    </message>
    <message>
        <source>{field} {typed} ({variant}) differs by more than {tolerance} from the {value} its components typed here give: check both forms [R12]</source>
        <translation>{field} {typed} ({variant}) يختلف بأكثر من {tolerance} عن القيمة {value} التي تعطيها مكوّناته المُدخلة هنا: تحقق من النموذجين [R12]</translation>
    </message>
</context>
<context>
    <name>DeleteEventDialog</name>
    <message>
        <source>Delete &lt;b&gt;{event}&lt;/b&gt; for {patient} as entered in error?&lt;br&gt;&lt;br&gt;The charts and the summary no longer show it. Which imaging study it was, its values and the reason are kept in the audit trail.</source>
        <translation>حذف &lt;b&gt;{event}&lt;/b&gt; للمريض {patient} لأنه أُدخل خطأً؟&lt;br&gt;&lt;br&gt;لن تعرضه الرسوم البيانية والملخص بعد الآن. تُحفظ في سجل التدقيق هوية دراسة التصوير وقيمها والسبب.</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;{event}&lt;/b&gt; for {patient} as entered in error?&lt;br&gt;&lt;br&gt;The charts and the summary no longer show it. Which procedure it was, its values and the reason are kept in the audit trail.</source>
        <translation>حذف &lt;b&gt;{event}&lt;/b&gt; للمريض {patient} لأنه أُدخل خطأً؟&lt;br&gt;&lt;br&gt;لن تعرضه الرسوم البيانية والملخص بعد الآن. تُحفظ في سجل التدقيق هوية الإجراء وقيمه والسبب.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;It is part of {visit}: deleting it amends that visit, which stays signed; what it said as signed is kept with your reason.</source>
        <translation>&lt;br&gt;&lt;br&gt;إنه جزء من {visit}: حذفه يعدّل تلك الزيارة التي تبقى موقَّعة؛ ويُحفظ ما ذكرته عند توقيعها مع سببك.</translation>
    </message>
    <message>
        <source>Delete imaging study</source>
        <translation>حذف دراسة تصوير</translation>
    </message>
    <message>
        <source>Delete procedure</source>
        <translation>حذف إجراء</translation>
    </message>
    <message>
        <source>Why is it deleted (the amendment&apos;s reason)?</source>
        <translation>لماذا يُحذف (سبب التعديل)؟</translation>
    </message>
    <message>
        <source>Why is it deleted?</source>
        <translation>لماذا يُحذف؟</translation>
    </message>
    <message>
        <source>&amp;Delete imaging study</source>
        <translation>&amp;حذف دراسة التصوير</translation>
    </message>
    <message>
        <source>&amp;Delete procedure</source>
        <translation>&amp;حذف الإجراء</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>سبب الحذف</translation>
    </message>
</context>
<context>
    <name>DeletePeriodDialog</name>
    <message>
        <source>Delete &lt;b&gt;{period}&lt;/b&gt; for {patient} as entered in error?&lt;br&gt;&lt;br&gt;The regimen, the dose flags and the charts no longer count it. Which period it was, its values and the reason are kept in the audit trail.</source>
        <translation>حذف &lt;b&gt;{period}&lt;/b&gt; للمريض {patient} لأنها أُدخلت خطأً؟&lt;br&gt;&lt;br&gt;لن يحتسبها النظام العلاجي وتنبيهات الجرعات والرسوم البيانية بعد الآن. تُحفظ في سجل التدقيق هوية الفترة وقيمها والسبب.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;It was recorded at {signed}: deleting it amends that visit, which stays signed; what it said as signed is kept with your reason.</source>
        <translation>&lt;br&gt;&lt;br&gt;سُجِّلت في {signed}: حذفها يعدّل تلك الزيارة التي تبقى موقَّعة؛ ويُحفظ ما ذكرته عند توقيعها مع سببك.</translation>
    </message>
    <message>
        <source>Delete medication period</source>
        <translation>حذف فترة دواء</translation>
    </message>
    <message>
        <source>Why is it deleted (the amendment&apos;s reason)?</source>
        <translation>لماذا تُحذف (سبب التعديل)؟</translation>
    </message>
    <message>
        <source>Why is it deleted?</source>
        <translation>لماذا تُحذف؟</translation>
    </message>
    <message>
        <source>&amp;Delete period</source>
        <translation>&amp;حذف الفترة</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>سبب الحذف</translation>
    </message>
</context>
<context>
    <name>DeletePhotographDialog</name>
    <message>
        <source>Delete photograph</source>
        <translation>حذف صورة</translation>
    </message>
    <message>
        <source>&amp;Why is it deleted?</source>
        <translation>&amp;لماذا تُحذف؟</translation>
    </message>
    <message>
        <source>Reason (required; {hint})</source>
        <translation>السبب (مطلوب؛ {hint})</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>سبب الحذف</translation>
    </message>
    <message>
        <source>&amp;Delete photograph</source>
        <translation>&amp;حذف الصورة</translation>
    </message>
    <message>
        <source>Delete the photograph &lt;b&gt;{photograph}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;It is no longer shown or compared. Which photograph it was, its checksum and the reason are kept in the audit trail.</source>
        <translation>حذف الصورة &lt;b&gt;{photograph}&lt;/b&gt;؟&lt;br&gt;&lt;br&gt;لن تُعرض أو تُقارن بعد الآن. تُحفظ في سجل التدقيق هوية الصورة ومجموعها الاختباري والسبب.</translation>
    </message>
</context>
<context>
    <name>DeleteVisitDialog</name>
    <message numerus="yes">
        <source>, its %n lesion photograph(s)</source>
        <translation>
            <numerusform>، وصور آفاتها (%Ln)</numerusform>
            <numerusform>، و%Ln صورة للآفات</numerusform>
            <numerusform>، و%Ln صورتان للآفات</numerusform>
            <numerusform>، و%Ln صور للآفات</numerusform>
            <numerusform>، و%Ln صورة للآفات</numerusform>
            <numerusform>، و%Ln صورة للآفات</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>حذف الزيارة</translation>
    </message>
    <message>
        <source>Delete the visit of &lt;b&gt;{day}&lt;/b&gt; for {patient}?&lt;br&gt;&lt;br&gt;Its {measurements} lesion measurements{photographs}, range of motion and the labs recorded with it go too. Lesions first seen at this visit and measured nowhere else are removed; lesions marked resolved or excised at it become active again. A copy of the visit is kept with the reason.</source>
        <translation>حذف زيارة &lt;b&gt;{day}&lt;/b&gt; للمريض {patient}؟&lt;br&gt;&lt;br&gt;تُحذف معها قياسات الآفات ({measurements}){photographs}، ومدى الحركة والتحاليل المسجلة معها. تُزال الآفات التي رُصدت أول مرة في هذه الزيارة ولم تُقَس في غيرها؛ وتعود نشطةً الآفات التي عُلِّمت فيها زائلةً أو مستأصَلة. تُحفظ نسخة من الزيارة مع السبب.</translation>
    </message>
    <message>
        <source>Why is it deleted?</source>
        <translation>لماذا تُحذف؟</translation>
    </message>
    <message>
        <source>&amp;Delete visit</source>
        <translation>&amp;حذف الزيارة</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>سبب الحذف</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard this visit?

What was typed for {day} is not saved and will be lost.</source>
        <translation>تجاهل هذه الزيارة؟

ما كُتب ليوم {day} غير محفوظ وسيُفقد.</translation>
    </message>
    <message>
        <source>Discard this visit?</source>
        <translation>تجاهل هذه الزيارة؟</translation>
    </message>
    <message>
        <source>&amp;Discard visit</source>
        <translation>&amp;تجاهل الزيارة</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;متابعة الكتابة</translation>
    </message>
</context>
<context>
    <name>DraftOfferDialog</name>
    <message numerus="yes">
        <source>Unsaved visit(s)</source>
        <translation>
            <numerusform>زيارات غير محفوظة</numerusform>
            <numerusform>زيارة غير محفوظة</numerusform>
            <numerusform>زيارتان غير محفوظتين</numerusform>
            <numerusform>زيارات غير محفوظة</numerusform>
            <numerusform>زيارات غير محفوظة</numerusform>
            <numerusform>زيارات غير محفوظة</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved visits</source>
        <translation>زيارات غير محفوظة</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>ا&amp;سترداد</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>Open the patient and the visit as it was typed</source>
        <translation>فتح المريض والزيارة كما كُتبت</translation>
    </message>
    <message>
        <source>Keep it: offered again when you next sign in, or open its patient</source>
        <translation>الاحتفاظ بها: تُعرض مجددًا عند تسجيل دخولك التالي، أو عند فتح مريضها</translation>
    </message>
    <message>
        <source>Throw away what was typed (it cannot be recovered)</source>
        <translation>التخلص مما كُتب (لا يمكن استرداده)</translation>
    </message>
</context>
<context>
    <name>DraftOffers</name>
    <message>
        <source>You have an unsaved {draft}.

Recover it now, keep it for later, or discard it?</source>
        <translation>لديك {draft} غير محفوظة.

هل تستردها الآن، أم تحتفظ بها لوقت لاحق، أم تتجاهلها؟</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsaved visit(s), kept as your drafts (oldest first). Recover one now, or keep them for later: they are offered again when you sign in or open their patient.</source>
        <translation>
            <numerusform>لديك %Ln زيارة غير محفوظة، محفوظة مسوداتٍ لك (الأقدم أولًا). استرد إحداها الآن، أو احتفظ بها لوقت لاحق: تُعرض عليك مجددًا عند تسجيل الدخول أو عند فتح مريضها.</numerusform>
            <numerusform>لديك %Ln زيارة غير محفوظة، محفوظة مسودةً لك. استردها الآن، أو احتفظ بها لوقت لاحق: تُعرض عليك مجددًا عند تسجيل الدخول أو عند فتح مريضها.</numerusform>
            <numerusform>لديك %Ln زيارتان غير محفوظتين، محفوظتان مسودتين لك (الأقدم أولًا). استرد إحداهما الآن، أو احتفظ بهما لوقت لاحق: تُعرضان عليك مجددًا عند تسجيل الدخول أو عند فتح مريضهما.</numerusform>
            <numerusform>لديك %Ln زيارات غير محفوظة، محفوظة مسوداتٍ لك (الأقدم أولًا). استرد إحداها الآن، أو احتفظ بها لوقت لاحق: تُعرض عليك مجددًا عند تسجيل الدخول أو عند فتح مريضها.</numerusform>
            <numerusform>لديك %Ln زيارة غير محفوظة، محفوظة مسوداتٍ لك (الأقدم أولًا). استرد إحداها الآن، أو احتفظ بها لوقت لاحق: تُعرض عليك مجددًا عند تسجيل الدخول أو عند فتح مريضها.</numerusform>
            <numerusform>لديك %Ln زيارة غير محفوظة، محفوظة مسوداتٍ لك (الأقدم أولًا). استرد إحداها الآن، أو احتفظ بها لوقت لاحق: تُعرض عليك مجددًا عند تسجيل الدخول أو عند فتح مريضها.</numerusform>
        </translation>
    </message>
    <message>
        <source>An unsaved {draft} was kept on this workstation by an earlier version of CalciTrack, which did not record who typed it (author unknown).

Recover it as your own draft, leave it for whoever typed it, or discard it?</source>
        <translation>بقيت على محطة العمل هذه {draft} غير محفوظة من إصدار سابق من CalciTrack لم يكن يسجّل من كتبها (الكاتب غير معروف).

هل تستردها مسودةً لك، أم تتركها لمن كتبها، أم تتجاهلها؟</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved visit(s) for this patient were kept on this workstation by an earlier version of CalciTrack, which did not record who typed them (author unknown).</source>
        <translation>
            <numerusform>بقيت %Ln زيارة غير محفوظة لهذا المريض على محطة العمل هذه من إصدار سابق من CalciTrack لم يكن يسجّل من كتبها (الكاتب غير معروف).</numerusform>
            <numerusform>بقيت %Ln زيارة غير محفوظة لهذا المريض على محطة العمل هذه من إصدار سابق من CalciTrack لم يكن يسجّل من كتبها (الكاتب غير معروف).</numerusform>
            <numerusform>بقيت %Ln زيارتان غير محفوظتين لهذا المريض على محطة العمل هذه من إصدار سابق من CalciTrack لم يكن يسجّل من كتبهما (الكاتب غير معروف).</numerusform>
            <numerusform>بقيت %Ln زيارات غير محفوظة لهذا المريض على محطة العمل هذه من إصدار سابق من CalciTrack لم يكن يسجّل من كتبها (الكاتب غير معروف).</numerusform>
            <numerusform>بقيت %Ln زيارة غير محفوظة لهذا المريض على محطة العمل هذه من إصدار سابق من CalciTrack لم يكن يسجّل من كتبها (الكاتب غير معروف).</numerusform>
            <numerusform>بقيت %Ln زيارة غير محفوظة لهذا المريض على محطة العمل هذه من إصدار سابق من CalciTrack لم يكن يسجّل من كتبها (الكاتب غير معروف).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation>زيارة غير محفوظة</translation>
    </message>
    <message>
        <source>That draft could not be taken over: it is gone, or you have an unsaved visit of your own for the same visit (recover or discard yours first).</source>
        <translation>تعذّر تسلّم تلك المسودة: لم تعد موجودة، أو لديك زيارة غير محفوظة خاصة بك للزيارة نفسها (استرد زيارتك أو تجاهلها أولًا).</translation>
    </message>
    <message>
        <source>Unsaved visit discarded</source>
        <translation>تم تجاهل الزيارة غير المحفوظة</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>new visit of {day}</source>
        <translation>زيارة جديدة بتاريخ {day}</translation>
    </message>
    <message>
        <source>edit of the visit of {day}</source>
        <translation>تعديل زيارة {day}</translation>
    </message>
    <message>
        <source>{mrn} ({name})</source>
        <translation>{mrn} ({name})</translation>
    </message>
    <message>
        <source>started {moment}</source>
        <translation>بدأت {moment}</translation>
    </message>
    <message>
        <source>last typed {moment}</source>
        <translation>آخر كتابة {moment}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{what} for {patient}, {when}</source>
        <translation>{what} للمريض {patient}، {when}</translation>
    </message>
    <message>
        <source>{patient}: {what}, {when}</source>
        <translation>{patient}: {what}، {when}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;The open patient ({mrn})</source>
        <translation>المريض الم&amp;فتوح ({mrn})</translation>
    </message>
    <message>
        <source>&amp;The open patient (none is open)</source>
        <translation>المريض الم&amp;فتوح (لا يوجد مريض مفتوح)</translation>
    </message>
    <message>
        <source>&amp;All patients</source>
        <translation>&amp;كل المرضى</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Interchange JSON</source>
        <translation>JSON للتبادل</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export charts</source>
        <translation>تصدير السجلات</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}.</source>
        <translation>لم يُصدَّر شيء: {reason}.</translation>
    </message>
    <message>
        <source>{count} value(s) cannot be written as JSON; nothing was exported:</source>
        <translation>عدد القيم التي لا يمكن كتابتها بصيغة JSON: {count}؛ لم يُصدَّر شيء:</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>{file}: cannot write it ({reason})</source>
        <translation>{file}: تتعذّر كتابته ({reason})</translation>
    </message>
    <message>
        <source>Exported {count} patient(s) to {file}</source>
        <translation>صُدِّرت بيانات المرضى (العدد: {count}) إلى {file}</translation>
    </message>
</context>
<context>
    <name>FhirExportDialog</name>
    <message>
        <source>&amp;The open patient ({mrn})</source>
        <translation>المريض الم&amp;فتوح ({mrn})</translation>
    </message>
    <message>
        <source>&amp;The open patient (none is open)</source>
        <translation>المريض الم&amp;فتوح (لا يوجد مريض مفتوح)</translation>
    </message>
    <message>
        <source>&amp;All patients</source>
        <translation>&amp;كل المرضى</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <source>Include visit &amp;summaries (PDF)</source>
        <translation>تضمين م&amp;لخصات الزيارات (PDF)</translation>
    </message>
    <message>
        <source>Each visit&apos;s PDF summary goes into the Bundle as a DocumentReference (slower, and a larger file)</source>
        <translation>يُضاف ملخص PDF لكل زيارة إلى الحزمة (Bundle) بصفته DocumentReference (أبطأ، والملف أكبر)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>A FHIR R4 Bundle (type collection) with each patient&apos;s conditions, visits, observations, lesions, medications, procedures and imaging reports, coded with SNOMED CT, LOINC, UCUM, ATC and ICD-10 where CalciTrack holds a verified code.</source>
        <translation>حزمة FHIR R4 (Bundle من نوع collection) تضم لكل مريض حالاته وزياراته وملاحظاته وآفاته وأدويته وإجراءاته وتقارير التصوير، مرمَّزة بـ SNOMED CT وLOINC وUCUM وATC وICD-10 حيث يحمل CalciTrack رمزًا متحقَّقًا منه.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>FHIR JSON</source>
        <translation>FHIR JSON</translation>
    </message>
</context>
<context>
    <name>FhirExportFlow</name>
    <message>
        <source>Export FHIR R4</source>
        <translation>تصدير FHIR R4</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}.</source>
        <translation>لم يُصدَّر شيء: {reason}.</translation>
    </message>
    <message>
        <source>FHIR export: {done} of {total} patients</source>
        <translation>تصدير FHIR: {done} من {total} مريض</translation>
    </message>
    <message>
        <source>Exporting a FHIR R4 Bundle to {file}…</source>
        <translation>جارٍ تصدير حزمة FHIR R4 إلى {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n patient(s) as a FHIR R4 Bundle to {file}</source>
        <translation>
            <numerusform>صُدِّر %Ln مريض في حزمة FHIR R4 إلى {file}</numerusform>
            <numerusform>صُدِّر %Ln مريض في حزمة FHIR R4 إلى {file}</numerusform>
            <numerusform>صُدِّر %Ln مريضان في حزمة FHIR R4 إلى {file}</numerusform>
            <numerusform>صُدِّر %Ln مرضى في حزمة FHIR R4 إلى {file}</numerusform>
            <numerusform>صُدِّر %Ln مريضًا في حزمة FHIR R4 إلى {file}</numerusform>
            <numerusform>صُدِّر %Ln مريض في حزمة FHIR R4 إلى {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: {file}: cannot write it ({reason}).</source>
        <translation>لم يُصدَّر شيء: {file}: تتعذّر كتابته ({reason}).</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Verification findings</source>
        <translation>نتائج التحقق</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… و{count} غيرها</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>CalciTrack — first administrator</source>
        <translation>CalciTrack — المسؤول الأول</translation>
    </message>
    <message>
        <source>This clinic has no administrator yet. Create the first account: it manages users and settings; give it a clinical role too if this person also records or signs visits.</source>
        <translation>لا يوجد مسؤول لهذه العيادة بعد. أنشئ الحساب الأول: يدير المستخدمين والإعدادات؛ وامنحه دورًا سريريًا أيضًا إن كان هذا الشخص يسجّل الزيارات أو يوقّعها.</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Ruiz</source>
        <translation>مثل: د. فاطمة أحمد</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>تكرار كلمة المرور</translation>
    </message>
    <message>
        <source>Also a nurse</source>
        <translation>ممرض أيضًا</translation>
    </message>
    <message>
        <source>Also a physician</source>
        <translation>طبيب أيضًا</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>As shown on records and signatures</source>
        <translation>كما يظهر في السجلات والتوقيعات</translation>
    </message>
    <message>
        <source>Clinical role:</source>
        <translation>الدور السريري:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>is not the same as the password</source>
        <translation>لا تطابق كلمة المرور</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>لم يُنشأ الحساب</translation>
    </message>
</context>
<context>
    <name>ImagingDialog</name>
    <message>
        <source>Correct the imaging study for {patient}, as its report gives it. Each changed field is kept in the audit trail.</source>
        <translation>صحّح دراسة التصوير للمريض {patient} كما يذكرها تقريرها. يُحفظ كل حقل مُغيَّر في سجل التدقيق.</translation>
    </message>
    <message>
        <source>New imaging study for {patient}, as its report gives it.</source>
        <translation>دراسة تصوير جديدة للمريض {patient} كما يذكرها تقريرها.</translation>
    </message>
    <message>
        <source>Correct imaging study</source>
        <translation>تصحيح دراسة التصوير</translation>
    </message>
    <message>
        <source>New imaging study</source>
        <translation>دراسة تصوير جديدة</translation>
    </message>
    <message>
        <source>Lesions shown</source>
        <translation>الآفات الظاهرة</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>نوع التصوير</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الموجودات</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <source>Who read the study (radiologist)</source>
        <translation>من قرأ الدراسة (أخصائي الأشعة)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير مذكورة</translation>
    </message>
    <message>
        <source>The reader&apos;s comparison with the previous study of the same region and modality</source>
        <translation>مقارنة القارئ مع الدراسة السابقة للمنطقة نفسها وبنوع التصوير نفسه</translation>
    </message>
    <message>
        <source>M&amp;odality:</source>
        <translation>&amp;نوع التصوير:</translation>
    </message>
    <message>
        <source>&amp;Lesions shown:</source>
        <translation>الآفات ال&amp;ظاهرة:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>ال&amp;موجودات:</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>ال&amp;قارئ:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>ال&amp;خلاصة:</translation>
    </message>
    <message>
        <source>&amp;Save study</source>
        <translation>&amp;حفظ الدراسة</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import charts</source>
        <translation>استيراد السجلات</translation>
    </message>
    <message>
        <source>Import charts from an interchange file</source>
        <translation>استيراد السجلات من ملف تبادل</translation>
    </message>
    <message>
        <source>Interchange JSON</source>
        <translation>JSON للتبادل</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>{file} changed since its unusual values were listed; nothing was imported. Import it again to see them.</source>
        <translation>تغيّر {file} بعد سرد قيمه غير المعتادة؛ لم يُستورد شيء. استورده مجددًا لرؤيتها.</translation>
    </message>
    <message>
        <source>{file}: {count} unusual value(s); nothing was imported.</source>
        <translation>{file}: عدد القيم غير المعتادة: {count}؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation>{file}: عدد المشكلات: {count}؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Imported {patients} patient(s) ({visits} visits) from {file}</source>
        <translation>استُوردت بيانات المرضى ({patients}) وزياراتهم ({visits}) من {file}</translation>
    </message>
    <message>
        <source>{imported}; accepted {count} unusual value(s), each recorded in the audit trail as confirmed by {who}:</source>
        <translation>{imported}؛ قُبلت قيم غير معتادة (عددها {count})، سُجِّلت كلٌّ منها في سجل التدقيق مؤكَّدةً من {who}:</translation>
    </message>
    <message>
        <source>Check each value against its source. If every one is right, tick the box: the file is imported and each value is recorded in the audit trail as confirmed by you.</source>
        <translation>تحقق من كل قيمة مقابل مصدرها. إن كانت كلها صحيحة، ضع علامة في المربع: يُستورد الملف وتُسجَّل كل قيمة في سجل التدقيق مؤكَّدةً منك.</translation>
    </message>
    <message>
        <source>Correct the file and import it again: nothing of it was stored.</source>
        <translation>صحّح الملف واستورده مجددًا: لم يُخزَّن منه شيء.</translation>
    </message>
    <message>
        <source>&amp;I checked each value against its source: import them, each confirmed by me</source>
        <translation>&amp;تحققت من كل قيمة مقابل مصدرها: استوردها مؤكَّدةً كلٌّ منها باسمي</translation>
    </message>
    <message>
        <source>{file} cannot be imported; nothing was imported.</source>
        <translation>يتعذّر استيراد {file}؛ لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>LabEntryPanel</name>
    <message>
        <source>Analyte</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Lab low</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>Lab high</source>
        <translation>الحد الأعلى</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <source>&lt;b&gt;{header}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{header}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add l&amp;ab</source>
        <translation>إضافة تحل&amp;يل</translation>
    </message>
    <message>
        <source>Add a lab result (Alt+A)</source>
        <translation>إضافة نتيجة تحليل (Alt+A)</translation>
    </message>
    <message>
        <source>No labs at this visit. Add one with Alt+A.</source>
        <translation>لا تحاليل في هذه الزيارة. أضف تحليلًا بـ Alt+A.</translation>
    </message>
    <message>
        <source>Derived values</source>
        <translation>القيم المشتقة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Derived&lt;/b&gt; (decision support)</source>
        <translation>&lt;b&gt;مشتقة&lt;/b&gt; (دعم القرار)</translation>
    </message>
    <message>
        <source>Labs: {lab} could not be put back: CalciTrack has no analyte “{code}” in this section. Type it again as the right analyte.</source>
        <translation>التحاليل: تعذّرت إعادة {lab}: ليس في CalciTrack تحليل «{code}» في هذا القسم. اكتبه مجددًا تحت التحليل الصحيح.</translation>
    </message>
    <message>
        <source>{analyte}, {field}</source>
        <translation>{analyte}، {field}</translation>
    </message>
    <message>
        <source>Labs: {field}</source>
        <translation>التحاليل: {field}</translation>
    </message>
    <message>
        <source>Derived values appear once the patient is known.</source>
        <translation>تظهر القيم المشتقة بعد تحديد المريض.</translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <translation>{name}: {note}</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>LabFlowsheetDerived</name>
    <message>
        <source>Corrected calcium, derived</source>
        <translation>الكالسيوم المصحَّح، مشتق</translation>
    </message>
    <message>
        <source>Derived, not measured: the albumin-corrected calcium of each day on which total
calcium and albumin were both collected
Formula: {formulas}
With albumin measured the same day it is the calcium the mineral-metabolism flag reads
[R24], against total calcium&apos;s range.
Inaccurate in CKD/ESRD: prefer ionized calcium there [R24].</source>
        <translation>مشتق وليس مقيسًا: الكالسيوم المصحَّح بالألبومين لكل يوم جُمع فيه الكالسيوم
الكلي والألبومين معًا
الصيغة: {formulas}
مع ألبومين مقيس في اليوم نفسه، هذا هو الكالسيوم الذي يقرؤه تنبيه استقلاب المعادن
[R24]، مقارنةً بمجال الكالسيوم الكلي.
غير دقيق في CKD/ESRD: يُفضَّل الكالسيوم المتأين فيهما [R24].</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>{row} (not measured), {date}</source>
        <translation>{row} (غير مقيس)، {date}</translation>
    </message>
    <message>
        <source>{value} (worked out as {original})</source>
        <translation>{value} (محسوب من {original})</translation>
    </message>
    <message>
        <source>No reference range</source>
        <translation>لا مجال مرجعي</translation>
    </message>
    <message>
        <source>Worked out from {inputs}, collected the same day</source>
        <translation>محسوب من {inputs}، المجموعة في اليوم نفسه</translation>
    </message>
    <message>
        <source>Formula: {formula}</source>
        <translation>الصيغة: {formula}</translation>
    </message>
    <message>
        <source>Albumin measured the same day: this is the calcium the mineral-metabolism flag reads [R24]</source>
        <translation>الألبومين مقيس في اليوم نفسه: هذا هو الكالسيوم الذي يقرؤه تنبيه استقلاب المعادن [R24]</translation>
    </message>
    <message>
        <source>{hint} [R7][R60] (decision support)</source>
        <translation>{hint} [R7][R60] (دعم القرار)</translation>
    </message>
    <message>
        <source>no reference range</source>
        <translation>لا مجال مرجعي</translation>
    </message>
    <message>
        <source>Corrected calcium {value}: high, above {range} (row &quot;{row}&quot;).</source>
        <translation>الكالسيوم المصحَّح {value}: مرتفع، فوق {range} (الصف &quot;{row}&quot;).</translation>
    </message>
    <message>
        <source>Corrected calcium {value}: low, below {range} (row &quot;{row}&quot;).</source>
        <translation>الكالسيوم المصحَّح {value}: منخفض، تحت {range} (الصف &quot;{row}&quot;).</translation>
    </message>
    <message>
        <source>Corrected calcium {value}: within {range} (row &quot;{row}&quot;).</source>
        <translation>الكالسيوم المصحَّح {value}: ضمن {range} (الصف &quot;{row}&quot;).</translation>
    </message>
    <message>
        <source>Albumin was measured the same day: the corrected calcium is read, not this measured value [R24].</source>
        <translation>قيس الألبومين في اليوم نفسه: يُقرأ الكالسيوم المصحَّح، لا هذه القيمة المقيسة [R24].</translation>
    </message>
</context>
<context>
    <name>LabFlowsheetModel</name>
    <message>
        <source>{analyte} ({unit})</source>
        <translation>{analyte} ({unit})</translation>
    </message>
    <message>
        <source>LOINC {code}. {note}</source>
        <translation>LOINC {code}. {note}</translation>
    </message>
    <message>
        <source>LOINC {code}</source>
        <translation>LOINC {code}</translation>
    </message>
    <message>
        <source>{analyte}, {date}</source>
        <translation>{analyte}، {date}</translation>
    </message>
    <message>
        <source>{value} (entered as {original})</source>
        <translation>{value} (أُدخل {original})</translation>
    </message>
    <message>
        <source>No reference range</source>
        <translation>لا مجال مرجعي</translation>
    </message>
    <message>
        <source>As measured: {verdict}</source>
        <translation>كما قيس: {verdict}</translation>
    </message>
</context>
<context>
    <name>LabRow</name>
    <message>
        <source>↑ high</source>
        <translation>↑ مرتفع</translation>
    </message>
    <message>
        <source>↓ low</source>
        <translation>↓ منخفض</translation>
    </message>
    <message>
        <source>lab low</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>lab high</source>
        <translation>الحد الأعلى</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>analyte</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>collected on</source>
        <translation>تاريخ الجمع</translation>
    </message>
    <message>
        <source>LOINC {code}. {note}</source>
        <translation>LOINC {code}. {note}</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Reporting lab&apos;s low</source>
        <translation>الحد الأدنى للمختبر المُبلِّغ</translation>
    </message>
    <message>
        <source>Reporting lab&apos;s high</source>
        <translation>الحد الأعلى للمختبر المُبلِّغ</translation>
    </message>
    <message>
        <source>The reporting lab&apos;s range, in the unit of the value (optional)</source>
        <translation>مجال المختبر المُبلِّغ، بوحدة القيمة (اختياري)</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <source>Remove this lab</source>
        <translation>إزالة هذا التحليل</translation>
    </message>
    <message>
        <source>Remove {analyte}</source>
        <translation>إزالة {analyte}</translation>
    </message>
    <message>
        <source>Labs: {lab} could not be put back as typed: the unit “{unit}” is not one CalciTrack takes for {analyte}, so the value has no unit: choose it again.</source>
        <translation>التحاليل: تعذّرت إعادة {lab} كما كُتب: الوحدة «{unit}» ليست من الوحدات التي يقبلها CalciTrack لـ {analyte}، لذا القيمة بلا وحدة: اخترها مجددًا.</translation>
    </message>
    <message>
        <source>{analyte}, {field}: {reason}</source>
        <translation>{analyte}، {field}: {reason}</translation>
    </message>
    <message>
        <source>{analyte}: the lab range&apos;s low end is above its high end</source>
        <translation>{analyte}: الحد الأدنى لمجال المختبر أعلى من حده الأعلى</translation>
    </message>
    <message>
        <source>Read against {reference}.</source>
        <translation>مقروءة مقابل {reference}.</translation>
    </message>
    <message>
        <source>{tip} Enter the reporting lab&apos;s range when you have it.</source>
        <translation>{tip} أدخل مجال المختبر المُبلِّغ عند توفره.</translation>
    </message>
    <message>
        <source>{tip} Mineral metabolism: {note}.</source>
        <translation>{tip} استقلاب المعادن: {note}.</translation>
    </message>
    <message>
        <source>No reference range is known for this analyte: enter the lab&apos;s.</source>
        <translation>لا يُعرف مجال مرجعي لهذا التحليل: أدخل مجال المختبر.</translation>
    </message>
    <message>
        <source>{result} (lab range {low}–{high})</source>
        <translation>{result} (مجال المختبر {low}–{high})</translation>
    </message>
</context>
<context>
    <name>LabText</name>
    <message>
        <source>µmol/L</source>
        <translation>µmol/L</translation>
    </message>
    <message>
        <source>mg/24 h</source>
        <translation>mg/24 h</translation>
    </message>
    <message>
        <source>mmol/24 h</source>
        <translation>mmol/24 h</translation>
    </message>
    <message>
        <source>mL/min/1.73 m²</source>
        <translation>mL/min/1.73 m²</translation>
    </message>
    <message>
        <source>IU/mL</source>
        <translation>IU/mL</translation>
    </message>
    <message>
        <source>titre 1:n</source>
        <translation>عيار 1:n</translation>
    </message>
    <message>
        <source>the reporting lab&apos;s range {range}</source>
        <translation>مجال المختبر المُبلِّغ {range}</translation>
    </message>
    <message>
        <source>the {source} {range}</source>
        <translation>{source} {range}</translation>
    </message>
    <message>
        <source>High: above {reference}</source>
        <translation>مرتفع: فوق {reference}</translation>
    </message>
    <message>
        <source>Low: below {reference}</source>
        <translation>منخفض: تحت {reference}</translation>
    </message>
    <message>
        <source>Within {reference}</source>
        <translation>ضمن {reference}</translation>
    </message>
</context>
<context>
    <name>LabsPanel</name>
    <message>
        <source>Lab flowsheet</source>
        <translation>جدول التحاليل</translation>
    </message>
    <message>
        <source>Display unit</source>
        <translation>وحدة العرض</translation>
    </message>
    <message>
        <source>Display &amp;unit:</source>
        <translation>العرض &amp;بوحدة:</translation>
    </message>
    <message>
        <source>{row} (in total calcium&apos;s unit)</source>
        <translation>{row} (بوحدة الكالسيوم الكلي)</translation>
    </message>
    <message>
        <source>No analyte selected</source>
        <translation>لم يُحدَّد تحليل</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>edit of the visit of {date} for {name} ({mrn})</source>
        <translation>تعديل زيارة {date} للمريض {name} ({mrn})</translation>
    </message>
    <message>
        <source>new visit of {date} for {name} ({mrn})</source>
        <translation>زيارة جديدة بتاريخ {date} للمريض {name} ({mrn})</translation>
    </message>
    <message>
        <source>The visit was not saved, so CalciTrack stays open: see the form</source>
        <translation>لم تُحفظ الزيارة، لذا يبقى CalciTrack مفتوحًا: انظر النموذج</translation>
    </message>
</context>
<context>
    <name>LeftTabs</name>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Due today and overdue, seen today, unsigned visits, drafts (Ctrl+T)</source>
        <translation>المستحق اليوم والمتأخر، من رُئي اليوم، الزيارات غير الموقَّعة، المسودات (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>Due and overdue, seen today, unsigned visits, drafts</source>
        <translation>المستحق والمتأخر، من رُئي اليوم، الزيارات غير الموقَّعة، المسودات</translation>
    </message>
</context>
<context>
    <name>LesionBurdenText</name>
    <message>
        <source>No lesion measured today yet ({active} active).</source>
        <translation>لم تُقَس أي آفة اليوم بعد (النشطة: {active}).</translation>
    </message>
    <message>
        <source>No lesion measured at this visit yet ({active} active).</source>
        <translation>لم تُقَس أي آفة في هذه الزيارة بعد (النشطة: {active}).</translation>
    </message>
    <message numerus="yes">
        <source>Burden today: {total} mm² (ellipse, {measured} of %n active lesion(s) measured)</source>
        <translation>
            <numerusform>العبء اليوم: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفة نشطة)</numerusform>
            <numerusform>العبء اليوم: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفة نشطة)</numerusform>
            <numerusform>العبء اليوم: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفتين نشطتين)</numerusform>
            <numerusform>العبء اليوم: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفات نشطة)</numerusform>
            <numerusform>العبء اليوم: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفة نشطة)</numerusform>
            <numerusform>العبء اليوم: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفة نشطة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Burden at this visit: {total} mm² (ellipse, {measured} of %n active lesion(s) measured)</source>
        <translation>
            <numerusform>العبء في هذه الزيارة: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفة نشطة)</numerusform>
            <numerusform>العبء في هذه الزيارة: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفة نشطة)</numerusform>
            <numerusform>العبء في هذه الزيارة: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفتين نشطتين)</numerusform>
            <numerusform>العبء في هذه الزيارة: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفات نشطة)</numerusform>
            <numerusform>العبء في هذه الزيارة: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفة نشطة)</numerusform>
            <numerusform>العبء في هذه الزيارة: {total} mm² (قطع ناقص، قيست {measured} من %Ln آفة نشطة)</numerusform>
        </translation>
    </message>
    <message>
        <source>{burden}.</source>
        <translation>{burden}.</translation>
    </message>
    <message>
        <source>from previous visit ({day})</source>
        <translation>عن الزيارة السابقة ({day})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>at this visit</source>
        <translation>في هذه الزيارة</translation>
    </message>
    <message>
        <source>{burden} · {change}.</source>
        <translation>{burden} · {change}.</translation>
    </message>
</context>
<context>
    <name>LesionEntryPanel</name>
    <message>
        <source>Lesion</source>
        <translation>الآفة</translation>
    </message>
    <message>
        <source>Longest
mm</source>
        <translation>الأطول
mm</translation>
    </message>
    <message>
        <source>Width
mm</source>
        <translation>العرض
mm</translation>
    </message>
    <message>
        <source>Depth
mm</source>
        <translation>العمق
mm</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Area
(π/4·L·W)</source>
        <translation>المساحة
(π/4·L·W)</translation>
    </message>
    <message>
        <source>Change from
last visit</source>
        <translation>التغير عن
الزيارة السابقة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No active lesion: add one if a lesion is found today.</source>
        <translation>لا آفة نشطة: أضف آفة إن وُجدت اليوم.</translation>
    </message>
    <message>
        <source>Burden and change from the previous visit</source>
        <translation>العبء والتغير عن الزيارة السابقة</translation>
    </message>
    <message>
        <source>Add &amp;lesion</source>
        <translation>إضافة &amp;آفة</translation>
    </message>
    <message>
        <source>Add a lesion first seen at this visit (Alt+L)</source>
        <translation>إضافة آفة رُصدت أول مرة في هذه الزيارة (Alt+L)</translation>
    </message>
    <message>
        <source>No active lesion: add one if a lesion is found at this visit.</source>
        <translation>لا آفة نشطة: أضف آفة إن وُجدت في هذه الزيارة.</translation>
    </message>
    <message>
        <source>the visit date</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>Lesion {lesion}: what was typed ({typed}) could not be put back: {lesion} is not an active lesion on {day}. Check the visit date, or type it again on the right lesion.</source>
        <translation>الآفة {lesion}: تعذّرت إعادة ما كُتب ({typed}): {lesion} ليست آفة نشطة في {day}. تحقق من تاريخ الزيارة، أو اكتبه مجددًا على الآفة الصحيحة.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>depth {depth} mm</source>
        <translation>العمق {depth} mm</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>LesionHistoryTableModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Longest mm</source>
        <translation>الأطول mm</translation>
    </message>
    <message>
        <source>Width mm</source>
        <translation>العرض mm</translation>
    </message>
    <message>
        <source>Depth mm</source>
        <translation>العمق mm</translation>
    </message>
    <message>
        <source>Area mm² (ellipse)</source>
        <translation>المساحة mm² (قطع ناقص)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>العلامات</translation>
    </message>
</context>
<context>
    <name>LesionMapView</name>
    <message>
        <source>Lesion map</source>
        <translation>خريطة الآفات</translation>
    </message>
    <message>
        <source>Body map, front and back views. Front view: the patient&apos;s right is on your left. Back view: the patient&apos;s right is on your right.</source>
        <translation>خريطة الجسم، المنظران الأمامي والخلفي. المنظر الأمامي: يمين المريض على يسارك. المنظر الخلفي: يمين المريض على يمينك.</translation>
    </message>
    <message>
        <source>{site} — click to choose</source>
        <translation>{site} — انقر للاختيار</translation>
    </message>
</context>
<context>
    <name>LesionPhotos</name>
    <message>
        <source>Photo&amp;graphs</source>
        <translation>ال&amp;صور</translation>
    </message>
    <message>
        <source>Compa&amp;re…</source>
        <translation>م&amp;قارنة…</translation>
    </message>
    <message>
        <source>Baseline, previous and now side by side, at the same scale on screen</source>
        <translation>خط الأساس والسابقة والحالية جنبًا إلى جنب، بالمقياس نفسه على الشاشة</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <source>Attach photographs of this lesion (JPEG, PNG or HEIC files) at a visit ({shortcut})</source>
        <translation>إرفاق صور لهذه الآفة (ملفات JPEG أو PNG أو HEIC) في زيارة ({shortcut})</translation>
    </message>
    <message>
        <source>Attach photographs ({shortcut})</source>
        <translation>إرفاق صور ({shortcut})</translation>
    </message>
    <message>
        <source>No photographs of this lesion.</source>
        <translation>لا صور لهذه الآفة.</translation>
    </message>
    <message>
        <source>Photo&amp;graphs of {lesion}, oldest first ({count})</source>
        <translation>&amp;صور {lesion}، الأقدم أولًا ({count})</translation>
    </message>
    <message>
        <source>Photo&amp;graphs of {lesion}</source>
        <translation>&amp;صور {lesion}</translation>
    </message>
</context>
<context>
    <name>LesionRow</name>
    <message>
        <source>New lesion label</source>
        <translation>تسمية الآفة الجديدة</translation>
    </message>
    <message>
        <source>New lesion body site</source>
        <translation>موضع الآفة الجديدة في الجسم</translation>
    </message>
    <message>
        <source>Body site…</source>
        <translation>موضع الجسم…</translation>
    </message>
    <message>
        <source>New lesion side</source>
        <translation>جهة الآفة الجديدة</translation>
    </message>
    <message>
        <source>Side…</source>
        <translation>الجهة…</translation>
    </message>
    <message>
        <source>Map…</source>
        <translation>الخريطة…</translation>
    </message>
    <message>
        <source>Choose the body site and side on the body map</source>
        <translation>اختر موضع الجسم والجهة على مخطط الجسم</translation>
    </message>
    <message>
        <source>New lesion body site on the map</source>
        <translation>موضع الآفة الجديدة على الخريطة</translation>
    </message>
    <message>
        <source>new lesion, first seen at this visit</source>
        <translation>آفة جديدة، رُصدت أول مرة في هذه الزيارة</translation>
    </message>
    <message>
        <source>{site}, {side}</source>
        <translation>{site}، {side}</translation>
    </message>
    <message>
        <source>New lesion</source>
        <translation>آفة جديدة</translation>
    </message>
    <message>
        <source>{lesion} longest diameter (mm)</source>
        <translation>أطول قطر للآفة {lesion} (mm)</translation>
    </message>
    <message>
        <source>{lesion} width (mm)</source>
        <translation>عرض الآفة {lesion} (mm)</translation>
    </message>
    <message>
        <source>{lesion} depth (mm)</source>
        <translation>عمق الآفة {lesion} (mm)</translation>
    </message>
    <message>
        <source>{lesion} measurement method</source>
        <translation>طريقة قياس الآفة {lesion}</translation>
    </message>
    <message>
        <source>{lesion} {sign}</source>
        <translation>{lesion} {sign}</translation>
    </message>
    <message>
        <source>{lesion} area</source>
        <translation>مساحة الآفة {lesion}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>{lesion} change from the previous visit</source>
        <translation>تغير الآفة {lesion} عن الزيارة السابقة</translation>
    </message>
    <message>
        <source>{lesion} status</source>
        <translation>حالة الآفة {lesion}</translation>
    </message>
    <message>
        <source>Remove this new lesion</source>
        <translation>إزالة هذه الآفة الجديدة</translation>
    </message>
    <message>
        <source>Remove new lesion</source>
        <translation>إزالة الآفة الجديدة</translation>
    </message>
    <message>
        <source>first size</source>
        <translation>الحجم الأول</translation>
    </message>
    <message>
        <source>the status “{code}” is not known: the lesion is shown active</source>
        <translation>الحالة «{code}» غير معروفة: تُعرض الآفة نشطةً</translation>
    </message>
    <message>
        <source>{lesion}: {reason}; choose it again.</source>
        <translation>{lesion}: {reason}؛ اختره مجددًا.</translation>
    </message>
    <message>
        <source>Ulcerated</source>
        <translation>متقرحة</translation>
    </message>
    <message>
        <source>Extrusion</source>
        <translation>خروج مادة كلسية</translation>
    </message>
    <message>
        <source>Infected</source>
        <translation>مصابة بعدوى</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>مؤلمة</translation>
    </message>
    <message>
        <source>Inflamed</source>
        <translation>ملتهبة</translation>
    </message>
    <message>
        <source>longest diameter</source>
        <translation>أطول قطر</translation>
    </message>
    <message>
        <source>width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>العمق</translation>
    </message>
    <message>
        <source>method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>body site</source>
        <translation>موضع الجسم</translation>
    </message>
    <message>
        <source>side</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>is required to record this lesion&apos;s size (or clear the row)</source>
        <translation>مطلوب لتسجيل حجم هذه الآفة (أو أفرغ الصف)</translation>
    </message>
    <message>
        <source>is required (choose the method)</source>
        <translation>مطلوب (اختر الطريقة)</translation>
    </message>
    <message>
        <source>is required (pick the body site)</source>
        <translation>مطلوب (اختر موضع الجسم)</translation>
    </message>
    <message>
        <source>is required (pick the side)</source>
        <translation>مطلوب (اختر الجهة)</translation>
    </message>
    <message>
        <source>New lesion “{lesion}”</source>
        <translation>الآفة الجديدة «{lesion}»</translation>
    </message>
    <message>
        <source>Lesion {lesion}</source>
        <translation>الآفة {lesion}</translation>
    </message>
    <message>
        <source>{lesion}, {field}</source>
        <translation>{lesion}، {field}</translation>
    </message>
    <message>
        <source>the sign “{code}” is not known</source>
        <translation>العلامة «{code}» غير معروفة</translation>
    </message>
    <message>
        <source>the measurement method “{code}” is not known</source>
        <translation>طريقة القياس «{code}» غير معروفة</translation>
    </message>
    <message>
        <source>the {field} “{code}” is not known</source>
        <translation>{field} «{code}» غير معروف</translation>
    </message>
    <message>
        <source>not measured before</source>
        <translation>لم تُقَس من قبل</translation>
    </message>
    <message>
        <source>last {size} mm, depth {depth} mm on {day} ({method})</source>
        <translation>آخر قياس {size} mm، العمق {depth} mm في {day} ({method})</translation>
    </message>
    <message>
        <source>last {size} mm on {day} ({method})</source>
        <translation>آخر قياس {size} mm في {day} ({method})</translation>
    </message>
    <message>
        <source>{last}; {signs}</source>
        <translation>{last}؛ {signs}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>LesionTableModel</name>
    <message>
        <source>Lesion</source>
        <translation>الآفة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>أول رصد</translation>
    </message>
    <message>
        <source>Last measured</source>
        <translation>آخر قياس</translation>
    </message>
    <message>
        <source>L × W mm</source>
        <translation>الطول × العرض mm</translation>
    </message>
    <message>
        <source>Depth mm</source>
        <translation>العمق mm</translation>
    </message>
    <message>
        <source>Area mm² (ellipse)</source>
        <translation>المساحة mm² (قطع ناقص)</translation>
    </message>
    <message>
        <source>Area change</source>
        <translation>تغير المساحة</translation>
    </message>
    <message>
        <source>Ellipse estimate π/4 · L · W, not a validated calcinosis measure</source>
        <translation>تقدير القطع الناقص π/4 · L · W، وليس مقياسًا مُصادَقًا عليه للتكلس</translation>
    </message>
    <message>
        <source>ulcerated</source>
        <translation>متقرحة</translation>
    </message>
    <message>
        <source>extrusion</source>
        <translation>خروج مادة كلسية</translation>
    </message>
    <message>
        <source>infected</source>
        <translation>مصابة بعدوى</translation>
    </message>
    <message>
        <source>tender</source>
        <translation>مؤلمة</translation>
    </message>
    <message>
        <source>inflamed</source>
        <translation>ملتهبة</translation>
    </message>
    <message>
        <source>{site}, {side}</source>
        <translation>{site}، {side}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Change in area from the first measurement to the latest</source>
        <translation>تغير المساحة من أول قياس إلى أحدثه</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} في {date}</translation>
    </message>
    <message>
        <source>From {first} to {latest}</source>
        <translation>من {first} إلى {latest}</translation>
    </message>
</context>
<context>
    <name>LesionsPanel</name>
    <message>
        <source>Lesions</source>
        <translation>الآفات</translation>
    </message>
    <message>
        <source>Lesion history</source>
        <translation>سجل الآفة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>L&amp;esions</source>
        <translation>الآف&amp;ات</translation>
    </message>
    <message>
        <source>History of {lesion}, newest first</source>
        <translation>سجل {lesion}، الأحدث أولًا</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>CalciTrack — locked</source>
        <translation>CalciTrack — مقفل</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Type your password to go on where you left off.</source>
        <translation>اكتب كلمة المرور للمتابعة من حيث توقفت.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>تبديل المستخدم…</translation>
    </message>
    <message>
        <source>CalciTrack is signed in as {name} ({roles}).</source>
        <translation>CalciTrack مسجَّل الدخول باسم {name} ({roles}).</translation>
    </message>
    <message>
        <source>{name} has a visit open that is not saved. Switch user keeps it as a draft offered to {name} alone, at the next sign-in.</source>
        <translation>لدى {name} زيارة مفتوحة غير محفوظة. تبديل المستخدم يحتفظ بها مسودةً تُعرض على {name} وحده عند تسجيل دخوله التالي.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>اكتب كلمة المرور.</translation>
    </message>
    <message>
        <source>Could not check the password: {reason}</source>
        <translation>تعذّر التحقق من كلمة المرور: {reason}</translation>
    </message>
</context>
<context>
    <name>LossBox</name>
    <message>
        <source>What could not be put back from the unsaved visit</source>
        <translation>ما تعذّرت إعادته من الزيارة غير المحفوظة</translation>
    </message>
    <message>
        <source>I have checked these</source>
        <translation>تحققت من هذه</translation>
    </message>
    <message>
        <source>Hide this list: you have checked the form and typed again what was missing. The visit can be saved once you have.</source>
        <translation>إخفاء هذه القائمة: تحققت من النموذج وكتبت مجددًا ما كان ناقصًا. يمكن حفظ الزيارة بعد ذلك.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not everything in the unsaved visit could be put back as it was typed.&lt;/b&gt; Nothing else was put in its place. Check these, then press “I have checked these” to save:</source>
        <translation>&lt;b&gt;لم تُعَد كل محتويات الزيارة غير المحفوظة كما كُتبت.&lt;/b&gt; ولم يوضع شيء آخر مكانها. تحقق من هذه، ثم اضغط «تحققت من هذه» للحفظ:</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the unsaved visit could not be put back (see above the form)</source>
        <translation>
            <numerusform>تعذّرت إعادة %Ln جزء من الزيارة غير المحفوظة (انظر أعلى النموذج)</numerusform>
            <numerusform>تعذّرت إعادة %Ln جزء من الزيارة غير المحفوظة (انظر أعلى النموذج)</numerusform>
            <numerusform>تعذّرت إعادة %Ln جزأين من الزيارة غير المحفوظة (انظر أعلى النموذج)</numerusform>
            <numerusform>تعذّرت إعادة %Ln أجزاء من الزيارة غير المحفوظة (انظر أعلى النموذج)</numerusform>
            <numerusform>تعذّرت إعادة %Ln جزءًا من الزيارة غير المحفوظة (انظر أعلى النموذج)</numerusform>
            <numerusform>تعذّرت إعادة %Ln جزء من الزيارة غير المحفوظة (انظر أعلى النموذج)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>م&amp;لف</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;مريض</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;زيارة</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Find a patient (Ctrl+F) and press Enter to open the chart.
Ctrl+N records a new visit for the open patient.</source>
        <translation>ابحث عن مريض (Ctrl+F) واضغط Enter لفتح سجله.
Ctrl+N يسجّل زيارة جديدة للمريض المفتوح.</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>قاعدة البيانات: {database}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>المستخدم: {user}</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;بحث عن مريض</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>مريض &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;تعديل المريض…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>زيارة ج&amp;ديدة</translation>
    </message>
    <message>
        <source>Record a visit for the open patient</source>
        <translation>تسجيل زيارة للمريض المفتوح</translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation>&amp;حفظ الزيارة</translation>
    </message>
    <message>
        <source>&amp;Cancel visit</source>
        <translation>إ&amp;لغاء الزيارة</translation>
    </message>
    <message>
        <source>&amp;Delete visit…</source>
        <translation>ح&amp;ذف الزيارة…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>ت&amp;صدير PDF…</translation>
    </message>
    <message>
        <source>Save the selected visit&apos;s summary (the latest if none is selected) as a PDF</source>
        <translation>حفظ ملخص الزيارة المحددة (أو الأحدث إن لم تُحدَّد زيارة) بصيغة PDF</translation>
    </message>
    <message>
        <source>P&amp;rint visit summary…</source>
        <translation>&amp;طباعة ملخص الزيارة…</translation>
    </message>
    <message>
        <source>Print the selected visit&apos;s summary (the latest if none is selected)</source>
        <translation>طباعة ملخص الزيارة المحددة (أو الأحدث إن لم تُحدَّد زيارة)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>إ&amp;عدادات العيادة…</translation>
    </message>
    <message>
        <source>Thresholds of the response assessment and the flags, shared by every workstation (admin)</source>
        <translation>عتبات تقييم الاستجابة والتنبيهات، مشتركة بين كل محطات العمل (المسؤول)</translation>
    </message>
    <message>
        <source>Si&amp;gn visit…</source>
        <translation>تو&amp;قيع الزيارة…</translation>
    </message>
    <message>
        <source>Sign the selected visit (the latest unsigned one if none is selected)</source>
        <translation>توقيع الزيارة المحددة (أو أحدث زيارة غير موقَّعة إن لم تُحدَّد زيارة)</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>س&amp;جل التدقيق…</translation>
    </message>
    <message>
        <source>Who did what and when: filter, export as CSV, verify the trail and signatures</source>
        <translation>من فعل ماذا ومتى: التصفية، والتصدير بصيغة CSV، والتحقق من السجل والتوقيعات</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>ال&amp;مستخدمون…</translation>
    </message>
    <message>
        <source>Accounts and roles (admin)</source>
        <translation>الحسابات والأدوار (المسؤول)</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;نسخ قاعدة البيانات احتياطيًا…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the clinic&apos;s database (admin)</source>
        <translation>كتابة نسخة متسقة من قاعدة بيانات العيادة (المسؤول)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s database with a backup, then restart CalciTrack (admin)</source>
        <translation>استبدال قاعدة بيانات العيادة بنسخة احتياطية، ثم إعادة تشغيل CalciTrack (المسؤول)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>Change my se&amp;ttings…</source>
        <translation>تغيير إع&amp;داداتي…</translation>
    </message>
    <message>
        <source>Your language (from your next sign-in)</source>
        <translation>لغتك (اعتبارًا من تسجيل دخولك التالي)</translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation>ق&amp;فل محطة العمل</translation>
    </message>
    <message>
        <source>Lock the window now; your password unlocks it with everything as it was</source>
        <translation>قفل النافذة الآن؛ كلمة مرورك تفتحها وكل شيء كما كان</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>ت&amp;بديل المستخدم…</translation>
    </message>
    <message>
        <source>Sign out and let someone else sign in</source>
        <translation>تسجيل الخروج والسماح لشخص آخر بتسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;About CalciTrack</source>
        <translation>&amp;حول CalciTrack</translation>
    </message>
    <message>
        <source>Clinical &amp;sources…</source>
        <translation>ال&amp;مصادر السريرية…</translation>
    </message>
    <message>
        <source>Every source the rules cite as [R#], in full</source>
        <translation>كل مصدر تستشهد به القواعد بصيغة [R#]، كاملًا</translation>
    </message>
    <message>
        <source>Updating flags: {done} of {total} patients</source>
        <translation>تحديث التنبيهات: {done} من {total} مريض</translation>
    </message>
    <message>
        <source>Opening {mrn}…</source>
        <translation>جارٍ فتح {mrn}…</translation>
    </message>
    <message>
        <source>Patient {mrn} saved</source>
        <translation>حُفظ المريض {mrn}</translation>
    </message>
    <message>
        <source>A visit summary is still being made: wait for it to finish</source>
        <translation>لا يزال ملخص زيارة قيد الإعداد: انتظر حتى ينتهي</translation>
    </message>
    <message>
        <source>Visit summary: {doing}…</source>
        <translation>ملخص الزيارة: {doing}…</translation>
    </message>
    <message>
        <source>About CalciTrack</source>
        <translation>حول CalciTrack</translation>
    </message>
    <message>
        <source>CalciTrack {version}
Follow-up of calcinosis cutis.

{database}
{user}</source>
        <translation>CalciTrack {version}
متابعة التكلس الجلدي.

{database}
{user}</translation>
    </message>
    <message>
        <source>Closing CalciTrack</source>
        <translation>إغلاق CalciTrack</translation>
    </message>
</context>
<context>
    <name>MedicationChangePanel</name>
    <message>
        <source>No diltiazem.</source>
        <translation>لا ديلتيازيم.</translation>
    </message>
    <message>
        <source>{dose}: no daily total for a dose given {frequency}.</source>
        <translation>{dose}: لا مجموع يومي لجرعة تُعطى {frequency}.</translation>
    </message>
    <message>
        <source>{dose}: no mg/kg/day for a dose in {unit}.</source>
        <translation>{dose}: لا قيمة mg/kg/day لجرعة بوحدة {unit}.</translation>
    </message>
    <message>
        <source>{doses} = {total} mg/day</source>
        <translation>{doses} = {total} mg/day</translation>
    </message>
    <message>
        <source>{doses} = {per_kg} mg/kg/day</source>
        <translation>{doses} = {per_kg} mg/kg/day</translation>
    </message>
    <message>
        <source>{doses} · mg/kg/day: no weight recorded at this visit (nor before)</source>
        <translation>{doses} · mg/kg/day: لم يُسجَّل وزن في هذه الزيارة (ولا قبلها)</translation>
    </message>
    <message>
        <source>{doses} · mg/kg/day: none for a weight of {kg} kg</source>
        <translation>{doses} · mg/kg/day: لا قيمة لوزن {kg} kg</translation>
    </message>
    <message>
        <source>this visit&apos;s weight</source>
        <translation>وزن هذه الزيارة</translation>
    </message>
    <message>
        <source>weight of {day}; no weight recorded at this visit</source>
        <translation>وزن {day}؛ لم يُسجَّل وزن في هذه الزيارة</translation>
    </message>
    <message>
        <source>{doses} = {per_kg} mg/kg/day at {kg} kg ({where})</source>
        <translation>{doses} = {per_kg} mg/kg/day بوزن {kg} kg ({where})</translation>
    </message>
    <message>
        <source>weight of {day}; none recorded at this visit</source>
        <translation>وزن {day}؛ لم يُسجَّل وزن في هذه الزيارة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regimen&lt;/b&gt;</source>
        <translation>&lt;b&gt;النظام العلاجي&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current regimen</source>
        <translation>النظام العلاجي الحالي</translation>
    </message>
    <message>
        <source>Diltiazem dose</source>
        <translation>جرعة الديلتيازيم</translation>
    </message>
    <message>
        <source>&amp;Start drug</source>
        <translation>&amp;بدء دواء</translation>
    </message>
    <message>
        <source>Stop dru&amp;g</source>
        <translation>إي&amp;قاف دواء</translation>
    </message>
    <message>
        <source>&amp;Change dose</source>
        <translation>تغيير ال&amp;جرعة</translation>
    </message>
    <message>
        <source>{action} (Alt+{key})</source>
        <translation>{action} (Alt+{key})</translation>
    </message>
    <message>
        <source>Diltiazem after these changes</source>
        <translation>الديلتيازيم بعد هذه التغييرات</translation>
    </message>
    <message>
        <source>A change “{kind}” of {drug} could not be put back: CalciTrack has no such medication change. Type it again.</source>
        <translation>تعذّرت إعادة تغيير «{kind}» لـ {drug}: لا يعرف CalciTrack تغيير دواء كهذا. اكتبه مجددًا.</translation>
    </message>
    <message>
        <source>{change}, {field}</source>
        <translation>{change}، {field}</translation>
    </message>
    <message>
        <source>Medications: {field}</source>
        <translation>الأدوية: {field}</translation>
    </message>
    <message>
        <source>the visit date</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regimen on {day}&lt;/b&gt;</source>
        <translation>&lt;b&gt;النظام العلاجي في {day}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>After these changes: {diltiazem}</source>
        <translation>بعد هذه التغييرات: {diltiazem}</translation>
    </message>
    <message>
        <source>&lt;i&gt;No medication on this date.&lt;/i&gt;</source>
        <translation>&lt;i&gt;لا دواء في هذا التاريخ.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>الطريق</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
</context>
<context>
    <name>MedicationFlow</name>
    <message>
        <source>Medication period</source>
        <translation>فترة الدواء</translation>
    </message>
    <message>
        <source>Correcting medication periods needs the nurse or physician role.</source>
        <translation>تصحيح فترات الأدوية يحتاج إلى دور الممرض أو الطبيب.</translation>
    </message>
    <message>
        <source>{period} was recorded at {signed}.

It cannot be deleted here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation>سُجِّلت {period} في {signed}.

لا يمكن حذفها هنا: لا تتغير إلا بتعديل تلك الزيارة، وهو ما يفعله طبيب مع ذكر السبب.</translation>
    </message>
    <message>
        <source>{period} was recorded at {signed}.

It cannot be corrected here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation>سُجِّلت {period} في {signed}.

لا يمكن تصحيحها هنا: لا تتغير إلا بتعديل تلك الزيارة، وهو ما يفعله طبيب مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Recorded at a signed visit</source>
        <translation>مسجَّلة في زيارة موقَّعة</translation>
    </message>
    <message>
        <source>Amended: {period}</source>
        <translation>عُدِّلت: {period}</translation>
    </message>
    <message>
        <source>Corrected: {period}</source>
        <translation>صُحِّحت: {period}</translation>
    </message>
    <message>
        <source>Deleted: {period}</source>
        <translation>حُذفت: {period}</translation>
    </message>
    <message>
        <source>the visit of {day}, which is signed ({signature})</source>
        <translation>زيارة {day}، وهي موقَّعة ({signature})</translation>
    </message>
</context>
<context>
    <name>MedicationTableModel</name>
    <message>
        <source>Drug</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>الطريق</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>في اليوم</translation>
    </message>
    <message>
        <source>mg/kg/day</source>
        <translation>mg/kg/day</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>الإيقاف</translation>
    </message>
    <message>
        <source>Start reason</source>
        <translation>سبب البدء</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>سبب الإيقاف</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation>تغيير الجرعة</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>{flag} ({severity})</source>
        <translation>{flag} ({severity})</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>Stop planned</source>
        <translation>إيقاف مخطط له</translation>
    </message>
    <message>
        <source>{event} → {end}</source>
        <translation>{event} ← {end}</translation>
    </message>
    <message>
        <source>{dose} {unit}/day</source>
        <translation>{dose} {unit}/day</translation>
    </message>
    <message>
        <source>No daily total for a dose given {frequency}</source>
        <translation>لا مجموع يومي لجرعة تُعطى {frequency}</translation>
    </message>
    <message>
        <source>Prescribed per kilogram</source>
        <translation>موصوف لكل كيلوغرام</translation>
    </message>
    <message>
        <source>No mg/kg/day for a dose in {unit}</source>
        <translation>لا قيمة mg/kg/day لجرعة بوحدة {unit}</translation>
    </message>
    <message>
        <source>No weight recorded on or before {date}</source>
        <translation>لم يُسجَّل وزن في {date} أو قبله</translation>
    </message>
    <message>
        <source>{daily} mg/day ÷ {weight} kg, the weight recorded on {date}</source>
        <translation>{daily} mg/day ÷ {weight} kg، الوزن المسجَّل في {date}</translation>
    </message>
    <message>
        <source>From {dose_before} {frequency_before} to {dose} {frequency} on {date}</source>
        <translation>من {dose_before} {frequency_before} إلى {dose} {frequency} في {date}</translation>
    </message>
    <message>
        <source>Safety flag: {flags}</source>
        <translation>تنبيه سلامة: {flags}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>MedicationsPanel</name>
    <message>
        <source>Current regimen</source>
        <translation>النظام العلاجي الحالي</translation>
    </message>
    <message>
        <source>Medication history</source>
        <translation>سجل الأدوية</translation>
    </message>
    <message>
        <source>Current &amp;regimen</source>
        <translation>الن&amp;ظام العلاجي الحالي</translation>
    </message>
    <message>
        <source>History, &amp;newest first</source>
        <translation>الس&amp;جل، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Current &amp;regimen on {date}</source>
        <translation>الن&amp;ظام العلاجي الحالي في {date}</translation>
    </message>
    <message>
        <source>&amp;Correct period…</source>
        <translation>ت&amp;صحيح الفترة…</translation>
    </message>
    <message>
        <source>&amp;Delete period (entered in error)…</source>
        <translation>ح&amp;ذف الفترة (أُدخلت خطأً)…</translation>
    </message>
</context>
<context>
    <name>MySettingsDialog</name>
    <message>
        <source>Change my settings</source>
        <translation>تغيير إعداداتي</translation>
    </message>
    <message>
        <source>The settings of {name} ({username}).</source>
        <translation>إعدادات {name} ({username}).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>لغة النظام ({language})</translation>
    </message>
    <message>
        <source>{language} (draft translation, not yet reviewed)</source>
        <translation>{language} (ترجمة أولية، لم تُراجَع بعد)</translation>
    </message>
    <message>
        <source>A new language takes effect at your next sign-in; the windows open now keep theirs.</source>
        <translation>تسري اللغة الجديدة عند تسجيل دخولك التالي؛ وتحتفظ النوافذ المفتوحة الآن بلغتها.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Ch&amp;ange password…</source>
        <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>NumberText</name>
    <message>
        <source>{typed} is not a number — {why}</source>
        <translation>{typed} ليس رقمًا — {why}</translation>
    </message>
    <message>
        <source>{typed} is ambiguous — a comma is read as a decimal point: type {decimal}, or {whole} without the comma</source>
        <translation>{typed} ملتبس — تُقرأ الفاصلة فاصلةً عشرية: اكتب {decimal}، أو {whole} دون الفاصلة</translation>
    </message>
    <message>
        <source>{typed} has too many digits — at most {digits} before the decimal point</source>
        <translation>{typed} فيه أرقام كثيرة جدًا — {digits} على الأكثر قبل الفاصلة العشرية</translation>
    </message>
    <message>
        <source>{typed} must be a whole number</source>
        <translation>{typed} يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{typed} has too many decimals — at most {places}</source>
        <translation>{typed} فيه منازل عشرية كثيرة جدًا — {places} على الأكثر</translation>
    </message>
    <message>
        <source>must not be negative (typed {typed})</source>
        <translation>يجب ألا يكون سالبًا (كُتب {typed})</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>letters are not allowed ({letter} is a letter, not the digit {digit})</source>
        <translation>الحروف غير مسموحة ({letter} حرف، وليس الرقم {digit})</translation>
    </message>
    <message>
        <source>letters are not allowed; type the number without its unit</source>
        <translation>الحروف غير مسموحة؛ اكتب الرقم دون وحدته</translation>
    </message>
    <message>
        <source>letters are not allowed</source>
        <translation>الحروف غير مسموحة</translation>
    </message>
    <message>
        <source>use the digits 0 to 9</source>
        <translation>استخدم الأرقام من 0 إلى 9</translation>
    </message>
    <message>
        <source>no spaces inside a number</source>
        <translation>لا مسافات داخل الرقم</translation>
    </message>
    <message>
        <source>{typed} is not allowed; type the number without its unit</source>
        <translation>{typed} غير مسموح؛ اكتب الرقم دون وحدته</translation>
    </message>
    <message>
        <source>{typed} are not allowed; type the number without its unit</source>
        <translation>{typed} غير مسموحة؛ اكتب الرقم دون وحدته</translation>
    </message>
    <message>
        <source>{typed} is not allowed</source>
        <translation>{typed} غير مسموح</translation>
    </message>
    <message>
        <source>{typed} are not allowed</source>
        <translation>{typed} غير مسموحة</translation>
    </message>
    <message>
        <source>only one decimal mark is allowed (a comma counts as a decimal point, so do not group thousands)</source>
        <translation>لا يُسمح إلا بعلامة عشرية واحدة (تُعدّ الفاصلة فاصلةً عشرية، لذا لا تفصل الآلاف)</translation>
    </message>
    <message>
        <source>a plus or minus sign goes only in front</source>
        <translation>علامة الزائد أو الناقص تأتي في البداية فقط</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>لا أرقام فيه</translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <source>Clinic outcomes</source>
        <translation>نتائج العيادة</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>النظام العلاجي</translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation>المرض الأساسي</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>تصدي&amp;ر CSV…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Write this report as a PDF (needs the right to export)</source>
        <translation>كتابة هذا التقرير بصيغة PDF (يتطلب صلاحية التصدير)</translation>
    </message>
    <message>
        <source>Write this report&apos;s numbers as CSV (needs the right to export)</source>
        <translation>كتابة أرقام هذا التقرير بصيغة CSV (يتطلب صلاحية التصدير)</translation>
    </message>
    <message>
        <source>Regimen: tick one or more drugs.</source>
        <translation>النظام العلاجي: علّم دواءً واحدًا أو أكثر.</translation>
    </message>
    <message>
        <source>Nothing was computed. As of: after today ({today}); the records can only be read up to today.</source>
        <translation>لم يُحسب شيء. حتى تاريخ: بعد اليوم ({today})؛ لا يمكن قراءة السجلات إلا حتى اليوم.</translation>
    </message>
    <message>
        <source>Computing the outcomes…</source>
        <translation>جارٍ حساب النتائج…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) started {regimen} ({disease}, records up to {as_of}).</source>
        <translation>
            <numerusform>بدأ %Ln مريض {regimen} ({disease}، السجلات حتى {as_of}).</numerusform>
            <numerusform>بدأ %Ln مريض {regimen} ({disease}، السجلات حتى {as_of}).</numerusform>
            <numerusform>بدأ %Ln مريضان {regimen} ({disease}، السجلات حتى {as_of}).</numerusform>
            <numerusform>بدأ %Ln مرضى {regimen} ({disease}، السجلات حتى {as_of}).</numerusform>
            <numerusform>بدأ %Ln مريضًا {regimen} ({disease}، السجلات حتى {as_of}).</numerusform>
            <numerusform>بدأ %Ln مريض {regimen} ({disease}، السجلات حتى {as_of}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Nothing was computed. {problems}.</source>
        <translation>لم يُحسب شيء. {problems}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Nothing was computed: {reason}</source>
        <translation>لم يُحسب شيء: {reason}</translation>
    </message>
    <message>
        <source>The outcomes could not be computed: {reason}</source>
        <translation>تعذّر حساب النتائج: {reason}</translation>
    </message>
    <message>
        <source>These results answer the previous question ({regimen}, {disease}, records up to {as_of}, window ±{days} days): press Compute for the question above. Export is off until then.</source>
        <translation>هذه النتائج تجيب عن السؤال السابق ({regimen}، {disease}، السجلات حتى {as_of}، النافذة ±{days} يوم): اضغط «حساب» للسؤال أعلاه. التصدير معطَّل حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>No file chosen: the {kind} was not written.</source>
        <translation>لم يُختر ملف: لم يُكتب {kind}.</translation>
    </message>
    <message>
        <source>The {kind} was not written: {problem}.</source>
        <translation>لم يُكتب {kind}: {problem}.</translation>
    </message>
    <message>
        <source>Writing the {kind} to {path}…</source>
        <translation>جارٍ كتابة {kind} في {path}…</translation>
    </message>
    <message>
        <source>cannot write it ({reason})</source>
        <translation>تتعذّر كتابته ({reason})</translation>
    </message>
    <message>
        <source>The {kind} was written to {path}</source>
        <translation>كُتب {kind} في {path}</translation>
    </message>
    <message>
        <source>The {kind} was not written to {path}: {reason} (the attempt is recorded in the audit trail)</source>
        <translation>لم يُكتب {kind} في {path}: {reason} (المحاولة مسجَّلة في سجل التدقيق)</translation>
    </message>
    <message>
        <source>The {kind} was not written to {path}: {reason}</source>
        <translation>لم يُكتب {kind} في {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>OutcomesMenu</name>
    <message>
        <source>Clinic &amp;outcomes…</source>
        <translation>نتا&amp;ئج العيادة…</translation>
    </message>
    <message>
        <source>How the patients who started a regimen have done: response at 6 and 12 months, burden change, Kaplan–Meier curves, safety and review flags (an observational summary)</source>
        <translation>كيف كانت حال المرضى الذين بدأوا نظامًا علاجيًا: الاستجابة عند 6 و12 شهرًا، وتغير العبء، ومنحنيات كابلان–ماير، وتنبيهات السلامة والمراجعة (ملخص رصدي)</translation>
    </message>
</context>
<context>
    <name>OutcomesQueryForm</name>
    <message>
        <source>Re&amp;gimen: every drug ticked, taken together</source>
        <translation>ال&amp;نظام العلاجي: كل الأدوية المعلَّمة، مجتمعةً</translation>
    </message>
    <message>
        <source>Every underlying disease</source>
        <translation>كل الأمراض الأساسية</translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation>المرض الأساسي</translation>
    </message>
    <message>
        <source>Records up to</source>
        <translation>السجلات حتى</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Window half-width, days</source>
        <translation>نصف عرض النافذة، بالأيام</translation>
    </message>
    <message>
        <source>The 6- and 12-month responses are read from the visit nearest day 182 and day 365 within this many days either side</source>
        <translation>تُقرأ الاستجابة عند 6 و12 شهرًا من الزيارة الأقرب إلى اليوم 182 واليوم 365 ضمن هذا العدد من الأيام قبلهما أو بعدهما</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;حساب</translation>
    </message>
    <message>
        <source>Un&amp;derlying disease:</source>
        <translation>ال&amp;مرض الأساسي:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>حتى &amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Window ±</source>
        <translation>نا&amp;فذة ±</translation>
    </message>
</context>
<context>
    <name>OutcomesResults</name>
    <message>
        <source>Choose the regimen and press Compute.</source>
        <translation>اختر النظام العلاجي واضغط «حساب».</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>ال&amp;ملخص</translation>
    </message>
    <message>
        <source>Each bar is one patient&apos;s calcinosis burden change from the regimen&apos;s baseline to the latest assessed visit on it (below zero: smaller).</source>
        <translation>كل عمود هو تغير عبء التكلس لدى مريض واحد من خط أساس النظام العلاجي إلى آخر زيارة مقيَّمة عليه (تحت الصفر: أصغر).</translation>
    </message>
    <message>
        <source>Waterfall chart</source>
        <translation>مخطط الشلال</translation>
    </message>
    <message>
        <source>Excluded from the waterfall</source>
        <translation>المستبعدون من مخطط الشلال</translation>
    </message>
    <message>
        <source>Wa&amp;terfall</source>
        <translation>&amp;شلال</translation>
    </message>
    <message>
        <source>Time to &amp;improved</source>
        <translation>الزمن حتى ال&amp;تحسن</translation>
    </message>
    <message>
        <source>D&amp;rug survival</source>
        <translation>ا&amp;ستمرار الدواء</translation>
    </message>
    <message>
        <source>De&amp;finitions</source>
        <translation>تع&amp;ريفات</translation>
    </message>
    <message>
        <source>Excluded: none.</source>
        <translation>المستبعدون: لا أحد.</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>سبب الاستبعاد</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message numerus="yes">
        <source>Excluded: %n patient(s).</source>
        <translation>
            <numerusform>المستبعدون: %Ln مريض.</numerusform>
            <numerusform>المستبعدون: %Ln مريض.</numerusform>
            <numerusform>المستبعدون: %Ln مريضان.</numerusform>
            <numerusform>المستبعدون: %Ln مرضى.</numerusform>
            <numerusform>المستبعدون: %Ln مريضًا.</numerusform>
            <numerusform>المستبعدون: %Ln مريض.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Response at about 6 and 12 months</source>
        <translation>الاستجابة عند نحو 6 و12 شهرًا</translation>
    </message>
    <message>
        <source>Who started the regimen</source>
        <translation>من بدأ النظام العلاجي</translation>
    </message>
    <message>
        <source>The response category of the visit nearest day 182 and day 365 from the start, within ±{days} days. Shares are of the {patients} who started.</source>
        <translation>فئة الاستجابة للزيارة الأقرب إلى اليوم 182 واليوم 365 من البدء، ضمن ±{days} يوم. النسب من أصل {patients} ممن بدأوا.</translation>
    </message>
    <message>
        <source>Safety and review flags while on the regimen</source>
        <translation>تنبيهات السلامة والمراجعة خلال النظام العلاجي</translation>
    </message>
    <message>
        <source>Patients with the flag at one or more visits on the regimen, and the visits at which it fired (of {visits}). The flags are decision support, as on each visit.</source>
        <translation>المرضى الذين ظهر لديهم التنبيه في زيارة أو أكثر خلال النظام العلاجي، والزيارات التي ظهر فيها (من أصل {visits}). التنبيهات أداة لدعم القرار، كما في كل زيارة.</translation>
    </message>
    <message>
        <source>Safety and review flags</source>
        <translation>تنبيهات السلامة والمراجعة</translation>
    </message>
    <message>
        <source>No safety or review flag fired on the regimen.</source>
        <translation>لم يظهر أي تنبيه سلامة أو مراجعة خلال النظام العلاجي.</translation>
    </message>
    <message>
        <source>{counts} · excluded {excluded}</source>
        <translation>{counts} · المستبعدون {excluded}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>{chart} chart</source>
        <translation>مخطط {chart}</translation>
    </message>
    <message>
        <source>Excluded from {chart}</source>
        <translation>المستبعدون من {chart}</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Assessing…</source>
        <translation>جارٍ التقييم…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>جارٍ الرسم…</translation>
    </message>
    <message>
        <source>The assessment could not be made: {reason}</source>
        <translation>تعذّر إجراء التقييم: {reason}</translation>
    </message>
</context>
<context>
    <name>OverviewSlot</name>
    <message>
        <source>Loading the charts…</source>
        <translation>جارٍ تحميل الرسوم البيانية…</translation>
    </message>
</context>
<context>
    <name>PartialVisitQuestion</name>
    <message>
        <source>Not saved yet: what became of the lesions not measured?</source>
        <translation>لم يُحفظ بعد: ما الذي حدث للآفات التي لم تُقَس؟</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>MRN</source>
        <extracomment>Field name (as the domain names it) → label shown (in English here, translated where shown), in the order of the form.</extracomment>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation>المرض الأساسي</translation>
    </message>
    <message>
        <source>Disease diagnosed on</source>
        <translation>تاريخ تشخيص المرض</translation>
    </message>
    <message>
        <source>Calcinosis type</source>
        <translation>نوع التكلس</translation>
    </message>
    <message>
        <source>Calcinosis onset</source>
        <translation>بدء التكلس</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Edit patient {mrn}</source>
        <translation>تعديل المريض {mrn}</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>yyyy-mm-dd (optional)</source>
        <translation>yyyy-mm-dd (اختياري)</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Archived (hidden from the active list)</source>
        <translation>مؤرشف (مخفي من قائمة النشطين)</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>{typed} is not a date: type it as yyyy-mm-dd</source>
        <translation>{typed} ليس تاريخًا: اكتبه بالصيغة yyyy-mm-dd</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Patient not saved</source>
        <translation>لم يُحفظ المريض</translation>
    </message>
    <message>
        <source>Your changes are not saved yet: someone else saved this patient&apos;s details after you opened them.</source>
        <translation>لم تُحفظ تغييراتك بعد: حفظ شخص آخر بيانات هذا المريض بعد أن فتحتها.</translation>
    </message>
    <message>
        <source>Reload the patient</source>
        <translation>إعادة تحميل المريض</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
    </message>
    <message>
        <source>Reload the patient: the details as saved now, with what you changed carried over, except where you both changed the same field (theirs is shown, yours listed below).</source>
        <translation>إعادة تحميل المريض: البيانات كما هي محفوظة الآن، مع نقل ما غيّرته، إلا حيث غيّرتما الحقل نفسه (تُعرض قيمته، وتُسرد قيمتك أدناه).</translation>
    </message>
    <message>
        <source>Reloaded as saved now, with your changes carried over.</source>
        <translation>أُعيد التحميل كما هو محفوظ الآن، مع نقل تغييراتك.</translation>
    </message>
    <message>
        <source>Not carried over — {field}: yours {yours}, now {now}</source>
        <translation>لم يُنقل — {field}: قيمتك {yours}، والآن {now}</translation>
    </message>
</context>
<context>
    <name>PatientFlagsCell</name>
    <message>
        <source>(out of date)</source>
        <translation>(غير محدَّث)</translation>
    </message>
    <message>
        <source>{count} safety</source>
        <translation>سلامة: {count}</translation>
    </message>
    <message>
        <source>review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{flags} (out of date)</source>
        <translation>{flags} (غير محدَّث)</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>Out of date: these flags were assessed with earlier clinic settings or rules and are being re-assessed now.</source>
        <translation>غير محدَّثة: قُيِّمت هذه التنبيهات بإعدادات عيادة أو قواعد سابقة ويُعاد تقييمها الآن.</translation>
    </message>
    <message>
        <source>No flags (assessed {date})</source>
        <translation>لا تنبيهات (قُيِّم في {date})</translation>
    </message>
    <message>
        <source>• {title} ({severity})</source>
        <translation>• {title} ({severity})</translation>
    </message>
    <message>
        <source>Assessed {date}. {note}</source>
        <translation>قُيِّم في {date}. {note}</translation>
    </message>
</context>
<context>
    <name>PatientListFooter</name>
    <message numerus="yes">
        <source>{shown} of {total} patient(s)</source>
        <translation>
            <numerusform>{shown} من {total} مريض</numerusform>
            <numerusform>{shown} من {total} مريض</numerusform>
            <numerusform>{shown} من {total} مريض</numerusform>
            <numerusform>{shown} من {total} مرضى</numerusform>
            <numerusform>{shown} من {total} مريضًا</numerusform>
            <numerusform>{shown} من {total} مريض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <source>Search MRN or name (Ctrl+F)</source>
        <translation>ابحث برقم الملف أو الاسم (Ctrl+F)</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>البحث عن مريض</translation>
    </message>
    <message>
        <source>Disease filter</source>
        <translation>تصفية المرض</translation>
    </message>
    <message>
        <source>All diseases</source>
        <translation>كل الأمراض</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية الحالة</translation>
    </message>
    <message>
        <source>On diltiazem</source>
        <translation>على الديلتيازيم</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Sort patients by</source>
        <translation>ترتيب المرضى حسب</translation>
    </message>
    <message>
        <source>&amp;Disease:</source>
        <translation>المر&amp;ض:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Sort b&amp;y:</source>
        <translation>الت&amp;رتيب:</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>The sort choices: name shown (in English, translated where shown), settings code, column, order.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>الموعد التالي</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>Reading the patient list…</source>
        <translation>جارٍ قراءة قائمة المرضى…</translation>
    </message>
    <message>
        <source>The patient list could not be read.</source>
        <translation>تعذّرت قراءة قائمة المرضى.</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>المرض</translation>
    </message>
    <message>
        <source>Calcinosis</source>
        <translation>التكلس</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>الموعد التالي</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Active lesions</source>
        <translation>الآفات النشطة</translation>
    </message>
    <message>
        <source>Current drugs</source>
        <translation>الأدوية الحالية</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (مؤرشف)</translation>
    </message>
    <message>
        <source>{name}, {sex}, MRN {mrn}</source>
        <translation>{name}، {sex}، MRN {mrn}</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>متأخر %Ln يوم</numerusform>
            <numerusform>متأخر %Ln يوم</numerusform>
            <numerusform>متأخر %Ln يومين</numerusform>
            <numerusform>متأخر %Ln أيام</numerusform>
            <numerusform>متأخر %Ln يومًا</numerusform>
            <numerusform>متأخر %Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientWorkspace</name>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <source>Vi&amp;sits</source>
        <translation>الز&amp;يارات</translation>
    </message>
    <message>
        <source>&amp;Lesions</source>
        <translation>الآ&amp;فات</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>الأ&amp;دوية</translation>
    </message>
    <message>
        <source>La&amp;bs</source>
        <translation>ال&amp;تحاليل</translation>
    </message>
    <message>
        <source>&amp;Imaging &amp;&amp; procedures</source>
        <translation>التص&amp;وير والإجراءات</translation>
    </message>
    <message>
        <source> · &lt;b&gt;archived&lt;/b&gt;</source>
        <translation> · &lt;b&gt;مؤرشف&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;/span&gt; &amp;nbsp; MRN {mrn} · {sex}, born {born} ({age} y) · {disease}{archived}</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;/span&gt; &amp;nbsp; MRN {mrn} · {sex}، مواليد {born} ({age} سنة) · {disease}{archived}</translation>
    </message>
</context>
<context>
    <name>PhotoComparison</name>
    <message>
        <source>No photograph</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;خط الأساس:</translation>
    </message>
    <message>
        <source>Baseline photograph</source>
        <translation>صورة خط الأساس</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>تاريخ خط الأساس</translation>
    </message>
    <message>
        <source>P&amp;revious:</source>
        <translation>ال&amp;سابقة:</translation>
    </message>
    <message>
        <source>Previous photograph</source>
        <translation>الصورة السابقة</translation>
    </message>
    <message>
        <source>Previous date</source>
        <translation>التاريخ السابق</translation>
    </message>
    <message>
        <source>&amp;Now:</source>
        <translation>ال&amp;حالية:</translation>
    </message>
    <message>
        <source>Now photograph</source>
        <translation>الصورة الحالية</translation>
    </message>
    <message>
        <source>Now date</source>
        <translation>التاريخ الحالي</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>The photograph could not be read</source>
        <translation>تعذّرت قراءة الصورة</translation>
    </message>
</context>
<context>
    <name>PhotoComparisonDialog</name>
    <message>
        <source>Compare photographs: {lesion}</source>
        <translation>مقارنة الصور: {lesion}</translation>
    </message>
    <message>
        <source>Shown at the same scale on screen (screen pixels per image pixel); photographs carry no physical scale: compare against a ruler in the photograph.</source>
        <translation>معروضة بالمقياس نفسه على الشاشة (بكسلات الشاشة لكل بكسل من الصورة)؛ لا تحمل الصور مقياسًا فعليًا: قارن بمسطرة ظاهرة في الصورة.</translation>
    </message>
</context>
<context>
    <name>PhotoPixmaps</name>
    <message>
        <source>{visit} (taken {taken})</source>
        <translation>{visit} (التُقطت {taken})</translation>
    </message>
    <message>
        <source>{lesion} — {date}</source>
        <translation>{lesion} — {date}</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Photographs of the lesion, oldest first</source>
        <translation>صور الآفة، الأقدم أولًا</translation>
    </message>
    <message>
        <source>&amp;Delete photograph…</source>
        <translation>&amp;حذف الصورة…</translation>
    </message>
    <message>
        <source>&amp;Open photograph</source>
        <translation>&amp;فتح الصورة</translation>
    </message>
    <message>
        <source>No thumbnail</source>
        <translation>لا صورة مصغرة</translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <source>Photograph: {title}</source>
        <translation>الصورة: {title}</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source> · the full image could not be read: the thumbnail is shown</source>
        <translation> · تعذّرت قراءة الصورة كاملة: تُعرض الصورة المصغرة</translation>
    </message>
    <message>
        <source>The photograph could not be read.</source>
        <translation>تعذّرت قراءة الصورة.</translation>
    </message>
    <message>
        <source> · {caption}</source>
        <translation> · {caption}</translation>
    </message>
    <message>
        <source>{lesion}, {date}{caption} · {width} × {height} pixels{note}</source>
        <translation>{lesion}، {date}{caption} · {width} × {height} بكسل{note}</translation>
    </message>
</context>
<context>
    <name>PhotographFlow</name>
    <message>
        <source>The visit of {day} is signed, and its photographs are part of what was signed: they are added or deleted only by amending that visit, which a physician does, giving the reason.</source>
        <translation>زيارة {day} موقَّعة، وصورها جزء مما وُقِّع: لا تُضاف أو تُحذف إلا بتعديل تلك الزيارة، وهو ما يفعله طبيب مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Attach p&amp;hotographs…</source>
        <translation>إرفاق &amp;صور…</translation>
    </message>
    <message>
        <source>Attach photographs</source>
        <translation>إرفاق صور</translation>
    </message>
    <message>
        <source>A photograph belongs to a visit: record the patient&apos;s visit first, then attach its photographs.</source>
        <translation>الصورة تتبع زيارة: سجّل زيارة المريض أولًا، ثم أرفق صورها.</translation>
    </message>
    <message>
        <source>Every visit of this patient is signed: photographs are added to a signed visit only by a physician&apos;s amendment, giving the reason.</source>
        <translation>كل زيارات هذا المريض موقَّعة: لا تُضاف الصور إلى زيارة موقَّعة إلا بتعديل من طبيب مع ذكر السبب.</translation>
    </message>
    <message>
        <source>the camera dates it {taken}, not the day of the visit chosen ({day}): choose the visit it was taken at, or attach again to keep it at this visit</source>
        <translation>تاريخها في الكاميرا {taken}، لا يوم الزيارة المختارة ({day}): اختر الزيارة التي التُقطت فيها، أو أرفقها مجددًا لإبقائها في هذه الزيارة</translation>
    </message>
    <message>
        <source>the visit of {day} is signed: attaching to it is its amendment, which needs the reason</source>
        <translation>زيارة {day} موقَّعة: الإرفاق بها تعديل لها، ويحتاج إلى سبب</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) attached</source>
        <translation>
            <numerusform>أُرفقت %Ln صورة</numerusform>
            <numerusform>أُرفقت %Ln صورة</numerusform>
            <numerusform>أُرفقت %Ln صورتان</numerusform>
            <numerusform>أُرفقت %Ln صور</numerusform>
            <numerusform>أُرفقت %Ln صورة</numerusform>
            <numerusform>أُرفقت %Ln صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Amend a signed visit</source>
        <translation>تعديل زيارة موقَّعة</translation>
    </message>
    <message>
        <source>The visit of {day} is signed: photographs attached to it are its amendment.
Reason for the amendment:</source>
        <translation>زيارة {day} موقَّعة: الصور المرفقة بها تعديل لها.
سبب التعديل:</translation>
    </message>
    <message>
        <source>Part of a signed visit</source>
        <translation>جزء من زيارة موقَّعة</translation>
    </message>
    <message>
        <source>Photograph of {lesion} at the visit of {day} deleted</source>
        <translation>حُذفت صورة {lesion} في زيارة {day}</translation>
    </message>
    <message>
        <source>Photograph not deleted</source>
        <translation>لم تُحذف الصورة</translation>
    </message>
    <message>
        <source>Lesion photographs</source>
        <translation>صور الآفات</translation>
    </message>
    <message>
        <source>Attaching and deleting photographs needs the nurse or physician role.</source>
        <translation>إرفاق الصور وحذفها يحتاج إلى دور الممرض أو الطبيب.</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>signed: a physician&apos;s amendment</source>
        <translation>موقَّعة: بتعديل من طبيب</translation>
    </message>
    <message>
        <source>{day} ({notes})</source>
        <translation>{day} ({notes})</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <source>Problems to fix before saving</source>
        <translation>مشكلات يجب إصلاحها قبل الحفظ</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message numerus="yes">
        <source>{message} — fix %n problem(s) (Enter on one goes there):</source>
        <translation>
            <numerusform>{message} — صحّح %Ln مشكلة (Enter على إحداها ينقلك إليها):</numerusform>
            <numerusform>{message} — صحّح %Ln مشكلة (Enter عليها ينقلك إليها):</numerusform>
            <numerusform>{message} — صحّح %Ln مشكلتين (Enter على إحداهما ينقلك إليها):</numerusform>
            <numerusform>{message} — صحّح %Ln مشكلات (Enter على إحداها ينقلك إليها):</numerusform>
            <numerusform>{message} — صحّح %Ln مشكلة (Enter على إحداها ينقلك إليها):</numerusform>
            <numerusform>{message} — صحّح %Ln مشكلة (Enter على إحداها ينقلك إليها):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Correct the procedure for {patient}. Each changed field is kept in the audit trail.</source>
        <translation>صحّح الإجراء للمريض {patient}. يُحفظ كل حقل مُغيَّر في سجل التدقيق.</translation>
    </message>
    <message>
        <source>New procedure for {patient}.</source>
        <translation>إجراء جديد للمريض {patient}.</translation>
    </message>
    <message>
        <source>Correct procedure</source>
        <translation>تصحيح الإجراء</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>Lesions treated</source>
        <translation>الآفات المعالجة</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Who did the procedure</source>
        <translation>من أجرى الإجراء</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>المضاعفات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>الإ&amp;جراء:</translation>
    </message>
    <message>
        <source>&amp;Lesions treated:</source>
        <translation>الآفات ال&amp;معالجة:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <source>&amp;Complications:</source>
        <translation>المضا&amp;عفات:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>&amp;Save procedure</source>
        <translation>&amp;حفظ الإجراء</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required; {hint})</source>
        <translation>السبب (مطلوب؛ {hint})</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall list</source>
        <translation>قائمة الاستدعاء</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) overdue on {day}: identifiers only, no contact details.</source>
        <translation>
            <numerusform>%Ln مريض متأخر في {day}: المعرِّفات فقط، دون بيانات الاتصال.</numerusform>
            <numerusform>%Ln مريض متأخر في {day}: المعرِّفات فقط، دون بيانات الاتصال.</numerusform>
            <numerusform>%Ln مريضان متأخران في {day}: المعرِّفات فقط، دون بيانات الاتصال.</numerusform>
            <numerusform>%Ln مرضى متأخرين في {day}: المعرِّفات فقط، دون بيانات الاتصال.</numerusform>
            <numerusform>%Ln مريضًا متأخرًا في {day}: المعرِّفات فقط، دون بيانات الاتصال.</numerusform>
            <numerusform>%Ln مريض متأخر في {day}: المعرِّفات فقط، دون بيانات الاتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue patients</source>
        <translation>المرضى المتأخرون</translation>
    </message>
    <message>
        <source>Recall list messages</source>
        <translation>رسائل قائمة الاستدعاء</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <source>Printing and exporting patients&apos; lists needs the right to export (nurses and physicians).</source>
        <translation>طباعة قوائم المرضى وتصديرها يحتاجان إلى صلاحية التصدير (الممرضون والأطباء).</translation>
    </message>
    <message>
        <source>Print the recall list</source>
        <translation>طباعة قائمة الاستدعاء</translation>
    </message>
    <message numerus="yes">
        <source>The recall list of %n patient(s) was sent to the printer.</source>
        <translation>
            <numerusform>أُرسلت قائمة الاستدعاء لـ %Ln مريض إلى الطابعة.</numerusform>
            <numerusform>أُرسلت قائمة الاستدعاء لـ %Ln مريض إلى الطابعة.</numerusform>
            <numerusform>أُرسلت قائمة الاستدعاء لـ %Ln مريضين إلى الطابعة.</numerusform>
            <numerusform>أُرسلت قائمة الاستدعاء لـ %Ln مرضى إلى الطابعة.</numerusform>
            <numerusform>أُرسلت قائمة الاستدعاء لـ %Ln مريضًا إلى الطابعة.</numerusform>
            <numerusform>أُرسلت قائمة الاستدعاء لـ %Ln مريض إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was printed, but it could not be recorded in the audit trail: {reason}</source>
        <translation>طُبعت القائمة، لكن تعذّر تسجيل ذلك في سجل التدقيق: {reason}</translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation>تصدير قائمة الاستدعاء</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>جارٍ التصدير إلى {path}…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) exported to {path}</source>
        <translation>
            <numerusform>صُدِّر %Ln مريض إلى {path}</numerusform>
            <numerusform>صُدِّر %Ln مريض إلى {path}</numerusform>
            <numerusform>صُدِّر %Ln مريضان إلى {path}</numerusform>
            <numerusform>صُدِّر %Ln مرضى إلى {path}</numerusform>
            <numerusform>صُدِّر %Ln مريضًا إلى {path}</numerusform>
            <numerusform>صُدِّر %Ln مريض إلى {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} was written, but the export could not be recorded in the audit trail: {reason}</source>
        <translation>كُتب {path}، لكن تعذّر تسجيل التصدير في سجل التدقيق: {reason}</translation>
    </message>
    <message>
        <source>The recall list could not be exported to {path}: {reason}</source>
        <translation>تعذّر تصدير قائمة الاستدعاء إلى {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>RecallDocument</name>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>موعد الزيارة التالية</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Recall list: overdue on {day}</source>
        <translation>قائمة الاستدعاء: المتأخرون في {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) whose next visit was due before today (the next visit due planned at each patient&apos;s latest visit).</source>
        <translation>
            <numerusform>%Ln مريض كان موعد زيارتهم التالية قبل اليوم (موعد الزيارة التالية المخطط في آخر زيارة لكل مريض).</numerusform>
            <numerusform>%Ln مريض كان موعد زيارته التالية قبل اليوم (موعد الزيارة التالية المخطط في آخر زيارة لكل مريض).</numerusform>
            <numerusform>%Ln مريضان كان موعد زيارتهما التالية قبل اليوم (موعد الزيارة التالية المخطط في آخر زيارة لكل مريض).</numerusform>
            <numerusform>%Ln مرضى كان موعد زيارتهم التالية قبل اليوم (موعد الزيارة التالية المخطط في آخر زيارة لكل مريض).</numerusform>
            <numerusform>%Ln مريضًا كان موعد زيارتهم التالية قبل اليوم (موعد الزيارة التالية المخطط في آخر زيارة لكل مريض).</numerusform>
            <numerusform>%Ln مريض كان موعد زيارتهم التالية قبل اليوم (موعد الزيارة التالية المخطط في آخر زيارة لكل مريض).</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as recall-list.csv</source>
        <translation>{path} مجلد؛ أعطِ اسم ملف مثل recall-list.csv</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename {username}</source>
        <translation>إعادة تسمية {username}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>As shown on records and signatures from now on</source>
        <translation>كما يظهر في السجلات والتوقيعات من الآن فصاعدًا</translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.
Replace it?</source>
        <translation>{name} موجود مسبقًا في {folder}.
هل تريد استبداله؟</translation>
    </message>
</context>
<context>
    <name>ResearchExportDialog</name>
    <message>
        <source>&amp;The open patient ({mrn})</source>
        <translation>المريض الم&amp;فتوح ({mrn})</translation>
    </message>
    <message>
        <source>&amp;The open patient (none is open)</source>
        <translation>المريض الم&amp;فتوح (لا يوجد مريض مفتوح)</translation>
    </message>
    <message>
        <source>&amp;All patients</source>
        <translation>&amp;كل المرضى</translation>
    </message>
    <message>
        <source>Folder to write (new or empty)</source>
        <translation>المجلد المراد الكتابة فيه (جديد أو فارغ)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise</source>
        <translation>ا&amp;ستخدام أسماء مستعارة</translation>
    </message>
    <message>
        <source>Study IDs for names and MRNs, no free text, dates shifted per patient: still personal data.</source>
        <translation>معرّفات دراسة بدل الأسماء وأرقام الملفات، دون نص حر، والتواريخ مُزاحة لكل مريض: تبقى بيانات شخصية.</translation>
    </message>
    <message>
        <source>&amp;Folder (new or empty):</source>
        <translation>الم&amp;جلد (جديد أو فارغ):</translation>
    </message>
    <message>
        <source>One table per kind of observation, a REDCap data dictionary and a README. Photographs are not exported.</source>
        <translation>جدول لكل نوع من الملاحظات، وقاموس بيانات REDCap، وملف README. لا تُصدَّر الصور.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
</context>
<context>
    <name>ResearchExportFlow</name>
    <message>
        <source>Export for research (CSV)</source>
        <translation>التصدير للبحث (CSV)</translation>
    </message>
    <message>
        <source>give a new or empty folder</source>
        <translation>أعطِ مجلدًا جديدًا أو فارغًا</translation>
    </message>
    <message>
        <source>Nothing was exported. Folder: {reason}.</source>
        <translation>لم يُصدَّر شيء. المجلد: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the research tables of %n patient(s) (pseudonymised) to {folder}:</source>
        <translation>
            <numerusform>كُتبت جداول البحث لـ %Ln مريض (بأسماء مستعارة) في {folder}:</numerusform>
            <numerusform>كُتبت جداول البحث لـ %Ln مريض (بأسماء مستعارة) في {folder}:</numerusform>
            <numerusform>كُتبت جداول البحث لـ %Ln مريضين (بأسماء مستعارة) في {folder}:</numerusform>
            <numerusform>كُتبت جداول البحث لـ %Ln مرضى (بأسماء مستعارة) في {folder}:</numerusform>
            <numerusform>كُتبت جداول البحث لـ %Ln مريضًا (بأسماء مستعارة) في {folder}:</numerusform>
            <numerusform>كُتبت جداول البحث لـ %Ln مريض (بأسماء مستعارة) في {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the research tables of %n patient(s) (identified) to {folder}:</source>
        <translation>
            <numerusform>كُتبت جداول البحث لـ %Ln مريض (بهوياتهم) في {folder}:</numerusform>
            <numerusform>كُتبت جداول البحث لـ %Ln مريض (بهويته) في {folder}:</numerusform>
            <numerusform>كُتبت جداول البحث لـ %Ln مريضين (بهويتيهما) في {folder}:</numerusform>
            <numerusform>كُتبت جداول البحث لـ %Ln مرضى (بهوياتهم) في {folder}:</numerusform>
            <numerusform>كُتبت جداول البحث لـ %Ln مريضًا (بهوياتهم) في {folder}:</numerusform>
            <numerusform>كُتبت جداول البحث لـ %Ln مريض (بهوياتهم) في {folder}:</numerusform>
        </translation>
    </message>
    <message>
        <source>See README.txt in the folder for how to build a REDCap project from it. Pseudonymised data are still personal data, not anonymous.</source>
        <translation>انظر README.txt في المجلد لمعرفة كيفية بناء مشروع REDCap منه. البيانات ذات الأسماء المستعارة تبقى بيانات شخصية، وليست مجهولة الهوية.</translation>
    </message>
    <message>
        <source>See README.txt in the folder for how to build a REDCap project from it.</source>
        <translation>انظر README.txt في المجلد لمعرفة كيفية بناء مشروع REDCap منه.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the research tables of %n patient(s) to {folder}</source>
        <translation>
            <numerusform>صُدِّرت جداول البحث لـ %Ln مريض إلى {folder}</numerusform>
            <numerusform>صُدِّرت جداول البحث لـ %Ln مريض إلى {folder}</numerusform>
            <numerusform>صُدِّرت جداول البحث لـ %Ln مريضين إلى {folder}</numerusform>
            <numerusform>صُدِّرت جداول البحث لـ %Ln مرضى إلى {folder}</numerusform>
            <numerusform>صُدِّرت جداول البحث لـ %Ln مريضًا إلى {folder}</numerusform>
            <numerusform>صُدِّرت جداول البحث لـ %Ln مريض إلى {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: the folder cannot be written ({reason}).</source>
        <translation>لم يُصدَّر شيء: تتعذّر الكتابة في المجلد ({reason}).</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {username}</source>
        <translation>كلمة مرور جديدة لـ {username}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Give {name} the new password in person. It also lifts a lockout.</source>
        <translation>أعطِ {name} كلمة المرور الجديدة شخصيًا. وهي ترفع أيضًا قفل الحساب.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>تكرار كلمة المرور</translation>
    </message>
</context>
<context>
    <name>ResponsePanel</name>
    <message>
        <source>Default (regimen start)</source>
        <translation>الافتراضي (بدء النظام العلاجي)</translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation>زيارة خط الأساس</translation>
    </message>
    <message>
        <source>The visit the current one is compared with. By default (regimen start) the last visit on or before the start of the current calcinosis regimen; any earlier visit may be chosen instead.</source>
        <translation>الزيارة التي تُقارن بها الزيارة الحالية. افتراضيًا (بدء النظام العلاجي) آخر زيارة في تاريخ بدء النظام العلاجي الحالي للتكلس أو قبله؛ ويمكن اختيار أي زيارة سابقة بدلًا منها.</translation>
    </message>
    <message>
        <source>Response assessment and flags</source>
        <translation>تقييم الاستجابة والتنبيهات</translation>
    </message>
    <message>
        <source>&lt;b&gt;Response assessment&lt;/b&gt; — decision support</source>
        <translation>&lt;b&gt;تقييم الاستجابة&lt;/b&gt; — دعم القرار</translation>
    </message>
    <message>
        <source>Bas&amp;eline:</source>
        <translation>&amp;خط الأساس:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the clinic&apos;s database</source>
        <translation>استعادة قاعدة بيانات العيادة</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Choose a backup CalciTrack made (with its manifest)</source>
        <translation>اختر نسخة احتياطية أنشأها CalciTrack (مع بيانها)</translation>
    </message>
    <message>
        <source>&amp;Choose backup…</source>
        <translation>ا&amp;ختيار نسخة احتياطية…</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>محتوى النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Re&amp;place the whole clinic database with this backup. Everything entered since the backup was made is replaced (a backup of the database as it is now is made first).</source>
        <translation>ا&amp;ستبدال قاعدة بيانات العيادة كاملةً بهذه النسخة الاحتياطية. يُستبدل كل ما أُدخل منذ إنشاء النسخة (تُنشأ أولًا نسخة احتياطية من قاعدة البيانات بحالتها الحالية).</translation>
    </message>
    <message>
        <source>&amp;Restore and close CalciTrack</source>
        <translation>است&amp;عادة وإغلاق CalciTrack</translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation>النسخة المراد استعادتها:</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>اختر نسخة احتياطية</translation>
    </message>
    <message>
        <source>CalciTrack backups (*.sqlite3 *.dump *.backup);;All files (*)</source>
        <translation>نسخ CalciTrack الاحتياطية (*.sqlite3 *.dump *.backup);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Restore into: {target}</source>
        <translation>الاستعادة إلى: {target}</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of {username}</source>
        <translation>أدوار {username}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>What {name} may do. Several roles add up.</source>
        <translation>ما يحق لـ {name} فعله. تتراكم صلاحيات الأدوار المتعددة.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
</context>
<context>
    <name>RomEntryPanel</name>
    <message>
        <source>Movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>يمين</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>يسار</translation>
    </message>
    <message>
        <source>below normal ({normal}°)</source>
        <translation>أقل من الطبيعي ({normal}°)</translation>
    </message>
    <message>
        <source>No joint next to an active lesion: add a joint to record its range of motion.</source>
        <translation>لا مفصل بجوار آفة نشطة: أضف مفصلًا لتسجيل مدى حركته.</translation>
    </message>
    <message>
        <source>Joint to add</source>
        <translation>مفصل للإضافة</translation>
    </message>
    <message>
        <source>Add &amp;joint</source>
        <translation>إضافة م&amp;فصل</translation>
    </message>
    <message>
        <source>Normal values: upper limb {upper}; lower limb {lower}.</source>
        <translation>القيم الطبيعية: الطرف العلوي {upper}؛ الطرف السفلي {lower}.</translation>
    </message>
    <message>
        <source>{side} {movement} (degrees)</source>
        <translation>{movement}، {side} (بالدرجات)</translation>
    </message>
    <message>
        <source>last {degrees}°</source>
        <translation>آخر قياس {degrees}°</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>في {day}</translation>
    </message>
    <message>
        <source>Range of motion: {movement} {degrees}° could not be put back: CalciTrack has no such movement. Type it again where it belongs.</source>
        <translation>مدى الحركة: تعذّرت إعادة {movement} {degrees}°: لا يعرف CalciTrack حركة كهذه. اكتبها مجددًا في موضعها.</translation>
    </message>
    <message>
        <source>{side} {movement}</source>
        <translation>{movement}، {side}</translation>
    </message>
    <message>
        <source>Range of motion: {field}</source>
        <translation>مدى الحركة: {field}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>SameDayQuestion</name>
    <message>
        <source>Visit already recorded today</source>
        <translation>زيارة مسجَّلة اليوم بالفعل</translation>
    </message>
    <message>
        <source>{patient} already has a visit today ({day}). A patient has one visit a day: open it to add to it or correct it.

Or record a visit of another date (a visit typed late): the form opens for you to change the date first.</source>
        <translation>لدى {patient} زيارة اليوم بالفعل ({day}). للمريض زيارة واحدة في اليوم: افتحها للإضافة إليها أو تصحيحها.

أو سجّل زيارة بتاريخ آخر (زيارة تُكتب متأخرة): يُفتح النموذج لتغيّر التاريخ أولًا.</translation>
    </message>
    <message>
        <source>&amp;Open the visit of {day}</source>
        <translation>&amp;فتح زيارة {day}</translation>
    </message>
    <message>
        <source>&amp;Another date…</source>
        <translation>تاريخ &amp;آخر…</translation>
    </message>
</context>
<context>
    <name>ScoreLines</name>
    <message>
        <source>remission</source>
        <translation>هدأة</translation>
    </message>
    <message>
        <source>low</source>
        <translation>نشاط منخفض</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>نشاط متوسط</translation>
    </message>
    <message>
        <source>high</source>
        <translation>نشاط مرتفع</translation>
    </message>
    <message>
        <source>TJC</source>
        <translation>TJC</translation>
    </message>
    <message>
        <source>SJC</source>
        <translation>SJC</translation>
    </message>
    <message>
        <source>patient global</source>
        <translation>التقييم العام من المريض</translation>
    </message>
    <message>
        <source>evaluator global</source>
        <translation>التقييم العام من المقيِّم</translation>
    </message>
    <message>
        <source>{score}: {reason}</source>
        <translation>{score}: {reason}</translation>
    </message>
    <message>
        <source>{score} {value} ({band})</source>
        <translation>{score} {value} ({band})</translation>
    </message>
    <message>
        <source>{score}: needs {inputs}</source>
        <translation>{score}: يحتاج إلى {inputs}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>ESR or CRP</source>
        <translation>ESR أو CRP</translation>
    </message>
    <message>
        <source>CRP {crp} {unit} = {mg_l} mg/L used in DAS28-CRP [R12]</source>
        <translation>CRP {crp} {unit} = {mg_l} mg/L مستخدم في DAS28-CRP [R12]</translation>
    </message>
    <message>
        <source>CDAI = TJC28 + SJC28 + patient and evaluator globals on 0–10 [R16]</source>
        <translation>CDAI = TJC28 + SJC28 + التقييمان العامان من المريض والمقيِّم على 0–10 [R16]</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>CRP</translation>
    </message>
    <message>
        <source>SDAI = CDAI + CRP in mg/dL: CRP {crp} {unit} = {mg_dl} mg/dL [R16]</source>
        <translation>SDAI = CDAI + CRP بوحدة mg/dL: CRP {crp} {unit} = {mg_dl} mg/dL [R16]</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>Pain NRS</source>
        <translation>الألم (NRS)</translation>
    </message>
    <message>
        <source>Patient global</source>
        <translation>التقييم العام من المريض</translation>
    </message>
    <message>
        <source>Evaluator global</source>
        <translation>التقييم العام من المقيِّم</translation>
    </message>
    <message>
        <source>Tender joints TJC28</source>
        <translation>المفاصل المؤلمة TJC28</translation>
    </message>
    <message>
        <source>Swollen joints SJC28</source>
        <translation>المفاصل المتورمة SJC28</translation>
    </message>
    <message>
        <source>ESR</source>
        <translation>ESR</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>CRP</translation>
    </message>
    <message>
        <source>{field}: {span}; may be empty</source>
        <translation>{field}: {span}؛ يمكن تركه فارغًا</translation>
    </message>
    <message>
        <source>{field} ({span})</source>
        <translation>{field} ({span})</translation>
    </message>
    <message>
        <source>CRP value</source>
        <translation>قيمة CRP</translation>
    </message>
    <message>
        <source>CRP unit</source>
        <translation>وحدة CRP</translation>
    </message>
    <message>
        <source>DAS28 given ({low}–{high})</source>
        <translation>DAS28 مُدخل ({low}–{high})</translation>
    </message>
    <message>
        <source>DAS28-CRP is read against the DAS28-ESR bands, which underestimate activity on DAS28-CRP [R14][R15].</source>
        <translation>يُقرأ DAS28-CRP مقابل فئات DAS28-ESR، وهي تقلّل تقدير النشاط في DAS28-CRP [R14][R15].</translation>
    </message>
    <message>
        <source>DAS28 given check</source>
        <translation>فحص DAS28 المُدخل</translation>
    </message>
    <message>
        <source>Disease activity scores</source>
        <translation>مقاييس نشاط المرض</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;المقاييس&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pain and disease activity: the CRP unit “{unit}” is not known, so CRP {value} has no unit: choose it again.</source>
        <translation>الألم ونشاط المرض: وحدة CRP «{unit}» غير معروفة، لذا CRP {value} بلا وحدة: اخترها مجددًا.</translation>
    </message>
    <message>
        <source>DAS28 given</source>
        <translation>DAS28 مُدخل</translation>
    </message>
    <message>
        <source>DAS28 given variant</source>
        <translation>نوع DAS28 المُدخل</translation>
    </message>
    <message>
        <source>{marker} {field}</source>
        <translation>{marker} {field}</translation>
    </message>
    <message>
        <source>result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Disease activity: {field}</source>
        <translation>نشاط المرض: {field}</translation>
    </message>
    <message>
        <source>ESR: {reason}</source>
        <translation>ESR: {reason}</translation>
    </message>
    <message>
        <source>ESR must be at least 1 mm/h (ln 0 is undefined) [R12]</source>
        <translation>يجب ألا تقل ESR عن 1 mm/h (ln 0 غير معرَّف) [R12]</translation>
    </message>
    <message>
        <source>CRP: {reason}</source>
        <translation>CRP: {reason}</translation>
    </message>
    <message>
        <source>upper limit {high} mm/h (Miller {citation}){above}</source>
        <translation>الحد الأعلى {high} mm/h (Miller {citation}){above}</translation>
    </message>
</context>
<context>
    <name>SectionSupport</name>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}{unit}</source>
        <translation>{field} يجب أن يكون عددًا صحيحًا من {low} إلى {high}{unit}</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}{unit}, got {value}</source>
        <translation>{field} يجب أن يكون بين {low} و{high}{unit}، والمُدخل {value}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
</context>
<context>
    <name>SetAsideBox</name>
    <message>
        <source>Your values not carried over</source>
        <extracomment>Parts of a section&apos;s state that name stored rows (ids, versions), not what was typed: a save by someone else replaces them, so they are neither compared nor carried over. The payload&apos;s parts that hold what was typed.</extracomment>
        <translation>قيمك التي لم تُنقل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Hide this list: you have dealt with these values</source>
        <translation>إخفاء هذه القائمة: عالجت هذه القيم</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed these too.&lt;/b&gt; The form shows their values; type yours again where yours should stand:</source>
        <translation>&lt;b&gt;غيّر شخص آخر هذه أيضًا.&lt;/b&gt; يعرض النموذج قيمه؛ اكتب قيمك مجددًا حيث يجب أن تكون:</translation>
    </message>
    <message>
        <source>{field}: yours &lt;b&gt;{yours}&lt;/b&gt;, now &lt;b&gt;{now}&lt;/b&gt;</source>
        <translation>{field}: قيمتك &lt;b&gt;{yours}&lt;/b&gt;، والآن &lt;b&gt;{now}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SettingNumberBox</name>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>is required (type a number)</source>
        <translation>مطلوب (اكتب رقمًا)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — CalciTrack</source>
        <translation>تسجيل الدخول — CalciTrack</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>اسم الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Opening the clinic&apos;s database… You are signed in as soon as it is open.</source>
        <translation>جارٍ فتح قاعدة بيانات العيادة… يُسجَّل دخولك فور فتحها.</translation>
    </message>
    <message>
        <source>Opening the clinic&apos;s database…</source>
        <translation>جارٍ فتح قاعدة بيانات العيادة…</translation>
    </message>
    <message>
        <source>Clinic database: {database}</source>
        <translation>قاعدة بيانات العيادة: {database}</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>اكتب اسم المستخدم.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>اكتب كلمة المرور.</translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation>تعذّر تسجيل الدخول: {reason}</translation>
    </message>
</context>
<context>
    <name>SignOffFlow</name>
    <message>
        <source>Incomplete visit: {lesions} not measured at it. Its lesion burden is partial; a change from another visit compares only the lesions measured at both.</source>
        <translation>زيارة غير مكتملة: {lesions} لم تُقَس فيها. عبء الآفات فيها جزئي؛ والتغير عن زيارة أخرى يقارن الآفات المقيسة في الزيارتين فقط.</translation>
    </message>
    <message>
        <source>Values past the clinic&apos;s data-quality checks (checks of the data, not clinical thresholds), confirmed by whoever saved them unless saved before the check existed:
{values}</source>
        <translation>قيم تتجاوز فحوص جودة البيانات في العيادة (فحوص للبيانات، ليست عتبات سريرية)، أكّدها من حفظها ما لم تُحفظ قبل وجود الفحص:
{values}</translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>توقيع الزيارة</translation>
    </message>
    <message>
        <source>Every visit of this patient is signed.</source>
        <translation>كل زيارات هذا المريض موقَّعة.</translation>
    </message>
    <message>
        <source>The visit of {day} is already signed: {signature}.</source>
        <translation>زيارة {day} موقَّعة بالفعل: {signature}.</translation>
    </message>
    <message>
        <source>{name}, {mrn}</source>
        <translation>{name}، {mrn}</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>جارٍ التوقيع…</translation>
    </message>
    <message>
        <source>Visit of {day}: {signature}</source>
        <translation>زيارة {day}: {signature}</translation>
    </message>
</context>
<context>
    <name>SignVisitDialog</name>
    <message>
        <source>Sign visit</source>
        <translation>توقيع الزيارة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign the visit of {day}&lt;/b&gt; — {patient}</source>
        <translation>&lt;b&gt;توقيع زيارة {day}&lt;/b&gt; — {patient}</translation>
    </message>
    <message>
        <source>Before you sign</source>
        <translation>قبل أن توقّع</translation>
    </message>
    <message>
        <source>A signed visit is read-only: a later change is an amendment, with its reason, and the signed values stay readable.</source>
        <translation>الزيارة الموقَّعة للقراءة فقط: أي تغيير لاحق تعديلٌ مع سببه، وتبقى القيم الموقَّعة قابلة للقراءة.</translation>
    </message>
    <message>
        <source>Your password, to sign</source>
        <translation>كلمة مرورك، للتوقيع</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>&amp;كلمة مرورك:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation>أدخل كلمة مرورك للتوقيع.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>جارٍ التوقيع…</translation>
    </message>
</context>
<context>
    <name>SiteEventDialog</name>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>موضع الجسم</translation>
    </message>
    <message>
        <source>Choose the body site</source>
        <translation>اختر موضع الجسم</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>{site}, {side}</source>
        <translation>{site}، {side}</translation>
    </message>
    <message>
        <source>{lesion} ({where})</source>
        <translation>{lesion} ({where})</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected lesion</source>
        <translation>المسافة تعلّم الآفة المحددة أو تلغي تعليمها</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>سبب التعديل</translation>
    </message>
    <message>
        <source>Required: why the signed visit is amended</source>
        <translation>مطلوب: لماذا تُعدَّل الزيارة الموقَّعة</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>Body s&amp;ite:</source>
        <translation>&amp;موضع الجسم:</translation>
    </message>
    <message>
        <source>Sid&amp;e:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <source>Reason for the a&amp;mendment:</source>
        <translation>&amp;سبب التعديل:</translation>
    </message>
    <message>
        <source>is required (choose the body site)</source>
        <translation>مطلوب (اختر موضع الجسم)</translation>
    </message>
    <message>
        <source>say why the signed visit is amended</source>
        <translation>اذكر لماذا تُعدَّل الزيارة الموقَّعة</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation>&amp;حفظ التعديل</translation>
    </message>
    <message>
        <source>This is part of {visit}. Saving amends that visit: it stays signed, what it said as signed is kept beside the change, and the summary says it was amended, when and why.</source>
        <translation>هذا جزء من {visit}. الحفظ يعدّل تلك الزيارة: تبقى موقَّعة، ويُحفظ ما ذكرته عند توقيعها بجانب التغيير، ويذكر الملخص أنها عُدِّلت ومتى ولماذا.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Not saved.

{problems}</source>
        <translation>لم يُحفظ.

{problems}</translation>
    </message>
</context>
<context>
    <name>SiteEventFlow</name>
    <message>
        <source>It is saved now, on its own, and stays even if the visit is not saved. Lesions first recorded in this visit can be chosen once the visit is saved.</source>
        <translation>يُحفظ الآن وحده، ويبقى حتى إن لم تُحفظ الزيارة. يمكن اختيار الآفات المسجلة أول مرة في هذه الزيارة بعد حفظ الزيارة.</translation>
    </message>
    <message>
        <source>Note: {visit}. A study or procedure on that day is part of it: only a physician&apos;s amendment saves one; choose another date if it was done on another day.</source>
        <translation>ملاحظة: {visit}. الدراسة أو الإجراء في ذلك اليوم جزء منها: لا يُحفظ إلا بتعديل من طبيب؛ اختر تاريخًا آخر إن أُجري في يوم آخر.</translation>
    </message>
    <message>
        <source>Imaging and procedures</source>
        <translation>التصوير والإجراءات</translation>
    </message>
    <message>
        <source>Recording imaging studies and procedures needs the nurse or physician role.</source>
        <translation>تسجيل دراسات التصوير والإجراءات يحتاج إلى دور الممرض أو الطبيب.</translation>
    </message>
    <message>
        <source>{event} is part of {visit}.

It cannot be deleted here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation>{event} جزء من {visit}.

لا يمكن حذفه هنا: لا يتغير إلا بتعديل تلك الزيارة، وهو ما يفعله طبيب مع ذكر السبب.</translation>
    </message>
    <message>
        <source>{event} is part of {visit}.

It cannot be corrected here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation>{event} جزء من {visit}.

لا يمكن تصحيحه هنا: لا يتغير إلا بتعديل تلك الزيارة، وهو ما يفعله طبيب مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Part of a signed visit</source>
        <translation>جزء من زيارة موقَّعة</translation>
    </message>
    <message>
        <source>Amended: {event}</source>
        <translation>عُدِّل: {event}</translation>
    </message>
    <message>
        <source>Corrected: {event}</source>
        <translation>صُحِّح: {event}</translation>
    </message>
    <message>
        <source>Saved: {event}</source>
        <translation>حُفظ: {event}</translation>
    </message>
    <message>
        <source>a signed visit</source>
        <translation>زيارة موقَّعة</translation>
    </message>
    <message>
        <source>Not saved yet: this is part of {visit}. Give the reason for the amendment, then save it as that visit&apos;s amendment.</source>
        <translation>لم يُحفظ بعد: هذا جزء من {visit}. اذكر سبب التعديل، ثم احفظه تعديلًا لتلك الزيارة.</translation>
    </message>
    <message>
        <source>It was not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
    <message>
        <source>Deleted: {event}</source>
        <translation>حُذف: {event}</translation>
    </message>
    <message>
        <source>Imaging &amp;study…</source>
        <translation>&amp;دراسة تصوير…</translation>
    </message>
    <message>
        <source>&amp;Procedure…</source>
        <translation>إ&amp;جراء…</translation>
    </message>
    <message>
        <source>the visit of {day}, which is signed ({signature})</source>
        <translation>زيارة {day}، وهي موقَّعة ({signature})</translation>
    </message>
</context>
<context>
    <name>SiteEventTableModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>موضع الجسم</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>الآفات</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <source>Findings / outcome</source>
        <translation>الموجودات / النتيجة</translation>
    </message>
    <message>
        <source>Reader / operator</source>
        <translation>القارئ / المنفذ</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>المضاعفات</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير مذكورة</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>lesions: {lesions}</source>
        <translation>الآفات: {lesions}</translation>
    </message>
    <message>
        <source>read by {who}</source>
        <translation>قرأها {who}</translation>
    </message>
    <message>
        <source>by {who}</source>
        <translation>بواسطة {who}</translation>
    </message>
    <message>
        <source>verdict: {verdict}</source>
        <translation>الخلاصة: {verdict}</translation>
    </message>
    <message>
        <source>complications: {complications}</source>
        <translation>المضاعفات: {complications}</translation>
    </message>
    <message>
        <source> — </source>
        <translation> — </translation>
    </message>
    <message>
        <source>{outcome}: {notes}</source>
        <translation>{outcome}: {notes}</translation>
    </message>
    <message>
        <source>Imaging study</source>
        <translation>دراسة تصوير</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>إجراء</translation>
    </message>
</context>
<context>
    <name>SiteEventsPanel</name>
    <message>
        <source>Imaging and procedures</source>
        <translation>التصوير والإجراءات</translation>
    </message>
    <message>
        <source>New imagin&amp;g study…</source>
        <translation>دراسة تصوير &amp;جديدة…</translation>
    </message>
    <message>
        <source>New proced&amp;ure…</source>
        <translation>&amp;إجراء جديد…</translation>
    </message>
    <message>
        <source>Co&amp;rrect… (F2)</source>
        <translation>ت&amp;صحيح… (F2)</translation>
    </message>
    <message>
        <source>D&amp;elete… (Del)</source>
        <translation>ح&amp;ذف… (Del)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>ت&amp;صحيح…</translation>
    </message>
    <message>
        <source>D&amp;elete (entered in error)…</source>
        <translation>ح&amp;ذف (أُدخل خطأً)…</translation>
    </message>
    <message>
        <source>The selected row in full</source>
        <translation>الصف المحدد كاملًا</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Clinical sources</source>
        <translation>المصادر السريرية</translation>
    </message>
    <message>
        <source>The published sources CalciTrack&apos;s rules, reference values and flags cite as [R#]. Thresholds that are the clinic&apos;s own choice are marked as clinic policy in Clinic settings; the flags are decision support.</source>
        <translation>المصادر المنشورة التي تستشهد بها قواعد CalciTrack وقيمه المرجعية وتنبيهاته بصيغة [R#]. العتبات التي تختارها العيادة بنفسها معلَّمة بأنها سياسة العيادة في إعدادات العيادة؛ والتنبيهات أداة لدعم القرار.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>الاستشهاد</translation>
    </message>
    <message>
        <source>A key (R38), an author, a drug, a journal…</source>
        <translation>مفتاح (R38)، أو مؤلف، أو دواء، أو مجلة…</translation>
    </message>
    <message>
        <source>Find a source</source>
        <translation>البحث عن مصدر</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%Ln مصدر</numerusform>
            <numerusform>%Ln مصدر</numerusform>
            <numerusform>%Ln مصدران</numerusform>
            <numerusform>%Ln مصادر</numerusform>
            <numerusform>%Ln مصدرًا</numerusform>
            <numerusform>%Ln مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n source(s)</source>
        <translation>
            <numerusform>{shown} من %Ln مصدر</numerusform>
            <numerusform>{shown} من %Ln مصدر</numerusform>
            <numerusform>{shown} من %Ln مصدرين</numerusform>
            <numerusform>{shown} من %Ln مصادر</numerusform>
            <numerusform>{shown} من %Ln مصدرًا</numerusform>
            <numerusform>{shown} من %Ln مصدر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>CalciTrack cannot start</source>
        <translation>يتعذّر بدء CalciTrack</translation>
    </message>
    <message>
        <source>CalciTrack cannot open the clinic&apos;s database.

{reason}</source>
        <translation>يتعذّر على CalciTrack فتح قاعدة بيانات العيادة.

{reason}</translation>
    </message>
    <message>
        <source>Check the database setting (--db or CALCITRACK_DATABASE_URL) or ask the clinic&apos;s IT.</source>
        <translation>تحقق من إعداد قاعدة البيانات (--db أو CALCITRACK_DATABASE_URL) أو اسأل قسم تقنية المعلومات في العيادة.</translation>
    </message>
</context>
<context>
    <name>SummaryExportDialog</name>
    <message>
        <source>Save visit summary</source>
        <translation>حفظ ملخص الزيارة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export visit summary — {mrn}</source>
        <translation>تصدير ملخص الزيارة — {mrn}</translation>
    </message>
    <message>
        <source>{date} (latest)</source>
        <translation>{date} (الأحدث)</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;حفظ في:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <source>&amp;Open the PDF when it is written</source>
        <translation>&amp;فتح ملف PDF بعد كتابته</translation>
    </message>
    <message>
        <source>&amp;Include each lesion&apos;s baseline and current photograph</source>
        <translation>&amp;تضمين صورة خط الأساس والصورة الحالية لكل آفة</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>ال&amp;زيارة:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تص&amp;دير</translation>
    </message>
    <message>
        <source>Save to: give a file name for the PDF</source>
        <translation>حفظ في: أعطِ اسم ملف لـ PDF</translation>
    </message>
    <message>
        <source>Save to: {path} is a folder; add a file name such as summary.pdf</source>
        <translation>حفظ في: {path} مجلد؛ أضف اسم ملف مثل summary.pdf</translation>
    </message>
    <message>
        <source>Save to: {path} is a folder; give another file name</source>
        <translation>حفظ في: {path} مجلد؛ أعطِ اسم ملف آخر</translation>
    </message>
    <message>
        <source>Save to: the folder {folder} does not exist</source>
        <translation>حفظ في: المجلد {folder} غير موجود</translation>
    </message>
</context>
<context>
    <name>SummaryFlow</name>
    <message>
        <source>The visit summary could not be written to {path}: {reason}</source>
        <translation>تعذّرت كتابة ملخص الزيارة في {path}: {reason}</translation>
    </message>
    <message>
        <source>Visit summary written to {path}</source>
        <translation>كُتب ملخص الزيارة في {path}</translation>
    </message>
    <message>
        <source>The summary was written to {path}, but no program opened it.</source>
        <translation>كُتب الملخص في {path}، لكن لم يفتحه أي برنامج.</translation>
    </message>
    <message>
        <source>Visit summary {mrn} {date}</source>
        <translation>ملخص الزيارة {mrn} {date}</translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation>أُلغيت الطباعة</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer</source>
        <translation>جارٍ تجهيز الصفحات للطابعة</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>الطابعة</translation>
    </message>
    <message numerus="yes">
        <source>Visit summary sent to {printer} (%n page(s))</source>
        <translation>
            <numerusform>أُرسل ملخص الزيارة إلى {printer} (%Ln صفحة)</numerusform>
            <numerusform>أُرسل ملخص الزيارة إلى {printer} (%Ln صفحة)</numerusform>
            <numerusform>أُرسل ملخص الزيارة إلى {printer} (%Ln صفحتان)</numerusform>
            <numerusform>أُرسل ملخص الزيارة إلى {printer} (%Ln صفحات)</numerusform>
            <numerusform>أُرسل ملخص الزيارة إلى {printer} (%Ln صفحة)</numerusform>
            <numerusform>أُرسل ملخص الزيارة إلى {printer} (%Ln صفحة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPrinting</name>
    <message>
        <source>the printer could not be started</source>
        <translation>تعذّر تشغيل الطابعة</translation>
    </message>
    <message>
        <source>Print visit summary</source>
        <translation>طباعة ملخص الزيارة</translation>
    </message>
</context>
<context>
    <name>TextBox</name>
    <message>
        <source>Enter saves; Shift+Enter starts a new line</source>
        <translation>Enter يحفظ؛ Shift+Enter يبدأ سطرًا جديدًا</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Due today and overdue</source>
        <translation>المستحق اليوم والمتأخر</translation>
    </message>
    <message>
        <source>Seen today</source>
        <translation>من رُئي اليوم</translation>
    </message>
    <message>
        <source>Unsigned visits</source>
        <translation>الزيارات غير الموقَّعة</translation>
    </message>
    <message>
        <source>My drafts waiting</source>
        <translation>مسوداتي المنتظرة</translation>
    </message>
    <message>
        <source>(date not read)</source>
        <translation>(لم يُقرأ التاريخ)</translation>
    </message>
    <message>
        <source>new visit {day}</source>
        <translation>زيارة جديدة {day}</translation>
    </message>
    <message>
        <source>edit of visit {day}</source>
        <translation>تعديل زيارة {day}</translation>
    </message>
    <message>
        <source>Last typed {typed}; Enter opens the patient and offers the draft back</source>
        <translation>آخر كتابة {typed}؛ Enter يفتح المريض ويعرض المسودة مجددًا</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>تاريخ اليوم</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Today&apos;s worklist</source>
        <translation>قائمة عمل اليوم</translation>
    </message>
    <message>
        <source>Re&amp;call list…</source>
        <translation>&amp;قائمة الاستدعاء…</translation>
    </message>
    <message>
        <source>The overdue patients, to print or export as CSV (Alt+C)</source>
        <translation>المرضى المتأخرون، للطباعة أو التصدير بصيغة CSV (Alt+C)</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>متأخر %Ln يوم</numerusform>
            <numerusform>متأخر %Ln يوم</numerusform>
            <numerusform>متأخر %Ln يومين</numerusform>
            <numerusform>متأخر %Ln أيام</numerusform>
            <numerusform>متأخر %Ln يومًا</numerusform>
            <numerusform>متأخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>visit of {day}</source>
        <translation>زيارة {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) since {day}</source>
        <translation>
            <numerusform>%Ln زيارة منذ {day}</numerusform>
            <numerusform>%Ln زيارة منذ {day}</numerusform>
            <numerusform>%Ln زيارتان منذ {day}</numerusform>
            <numerusform>%Ln زيارات منذ {day}</numerusform>
            <numerusform>%Ln زيارة منذ {day}</numerusform>
            <numerusform>%Ln زيارة منذ {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;, {date}</source>
        <translation>&lt;b&gt;اليوم&lt;/b&gt;، {date}</translation>
    </message>
    <message>
        <source>The worklist is not available here.</source>
        <translation>قائمة العمل غير متاحة هنا.</translation>
    </message>
    <message>
        <source>The worklist could not be read: {reason}</source>
        <translation>تعذّرت قراءة قائمة العمل: {reason}</translation>
    </message>
    <message>
        <source>Next visit due {day}</source>
        <translation>موعد الزيارة التالية {day}</translation>
    </message>
    <message>
        <source>seen today</source>
        <translation>رُئي اليوم</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>{section}: {count}</source>
        <translation>{section}: {count}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Enter opens {mrn}</source>
        <translation>Enter يفتح {mrn}</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <source>All visits</source>
        <translation>كل الزيارات</translation>
    </message>
    <message>
        <source>Since regimen start</source>
        <translation>منذ بدء النظام العلاجي</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Hover over a point for its value; click a lesion&apos;s point to highlight it.</source>
        <translation>مرّر المؤشر فوق نقطة لرؤية قيمتها؛ انقر نقطة آفة لتمييزها.</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>النطاق الزمني</translation>
    </message>
    <message>
        <source>Highlighted lesion</source>
        <translation>الآفة المميَّزة</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save the charts as PNG or SVG</source>
        <translation>حفظ الرسوم البيانية بصيغة PNG أو SVG</translation>
    </message>
    <message>
        <source>Chart value</source>
        <translation>قيمة الرسم البياني</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>الن&amp;طاق:</translation>
    </message>
    <message>
        <source>Lesio&amp;n:</source>
        <translation>ال&amp;آفة:</translation>
    </message>
    <message>
        <source>All lesions</source>
        <translation>كل الآفات</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>جارٍ الرسم…</translation>
    </message>
    <message>
        <source>The charts could not be drawn: {reason}</source>
        <translation>تعذّر رسم الرسوم البيانية: {reason}</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>تصدير الرسوم البيانية</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG vector drawing (*.svg)</source>
        <translation>رسم متجهي SVG (*.svg)</translation>
    </message>
    <message>
        <source>export as .png or .svg, not .{suffix}</source>
        <translation>صدّر بصيغة .png أو .svg، لا .{suffix}</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>جارٍ حفظ {file}…</translation>
    </message>
    <message>
        <source>Charts saved to {file}</source>
        <translation>حُفظت الرسوم البيانية في {file}</translation>
    </message>
    <message>
        <source>The charts could not be saved: {reason}</source>
        <translation>تعذّر حفظ الرسوم البيانية: {reason}</translation>
    </message>
</context>
<context>
    <name>TransferMenu</name>
    <message>
        <source>Importing: {done} of {total}</source>
        <translation>جارٍ الاستيراد: {done} من {total}</translation>
    </message>
    <message>
        <source>Importing {name}: checking every value…</source>
        <translation>جارٍ استيراد {name}: التحقق من كل قيمة…</translation>
    </message>
    <message>
        <source>&amp;Import charts (JSON)…</source>
        <translation>&amp;استيراد السجلات (JSON)…</translation>
    </message>
    <message>
        <source>Add the patients of an interchange file: all of them, or none if any is refused</source>
        <translation>إضافة مرضى ملف تبادل: جميعهم، أو لا أحد إن رُفض أيٌّ منهم</translation>
    </message>
    <message>
        <source>E&amp;xport charts (JSON)…</source>
        <translation>تصدير ال&amp;سجلات (JSON)…</translation>
    </message>
    <message>
        <source>Write the open patient&apos;s chart, or every patient&apos;s, to an interchange file</source>
        <translation>كتابة سجل المريض المفتوح، أو سجلات كل المرضى، في ملف تبادل</translation>
    </message>
    <message>
        <source>Export for re&amp;search (CSV)…</source>
        <translation>تصدير للب&amp;حث (CSV)…</translation>
    </message>
    <message>
        <source>Analysis-ready tables with a REDCap data dictionary, optionally pseudonymised</source>
        <translation>جداول جاهزة للتحليل مع قاموس بيانات REDCap، بأسماء مستعارة اختياريًا</translation>
    </message>
    <message>
        <source>Export F&amp;HIR R4…</source>
        <translation>&amp;تصدير FHIR R4…</translation>
    </message>
    <message>
        <source>Write the open patient, or every patient, as a FHIR R4 Bundle for another system</source>
        <translation>كتابة المريض المفتوح، أو كل المرضى، في حزمة FHIR R4 لنظام آخر</translation>
    </message>
    <message>
        <source>Clinic-&amp;day summaries…</source>
        <translation>ملخصات &amp;يوم العيادة…</translation>
    </message>
    <message>
        <source>A PDF visit summary for every patient seen on a day, into a folder</source>
        <translation>ملخص زيارة PDF لكل مريض رُئي في يوم ما، في مجلد</translation>
    </message>
</context>
<context>
    <name>TransferReportDialog</name>
    <message>
        <source>The report, line by line</source>
        <translation>التقرير، سطرًا سطرًا</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;نسخ التقرير</translation>
    </message>
    <message>
        <source>Im&amp;port them</source>
        <translation>ا&amp;ستيرادها</translation>
    </message>
</context>
<context>
    <name>TransferSources</name>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>UnmeasuredLesionsDialog</name>
    <message>
        <source>Lesions not measured</source>
        <translation>آفات لم تُقَس</translation>
    </message>
    <message>
        <source>A visit with lesions not measured is saved as incomplete: its total is shown apart from the complete visits, and a change of burden compares only the lesions measured at both visits.</source>
        <translation>الزيارة التي فيها آفات لم تُقَس تُحفظ غير مكتملة: يُعرض مجموعها منفصلًا عن الزيارات المكتملة، ويقارن تغير العبء الآفات المقيسة في الزيارتين فقط.</translation>
    </message>
    <message>
        <source>Not measured today</source>
        <translation>لم تُقَس اليوم</translation>
    </message>
    <message>
        <source>Not measured at this visit</source>
        <translation>لم تُقَس في هذه الزيارة</translation>
    </message>
    <message>
        <source>{lesion}: not measured, resolved or excised</source>
        <translation>{lesion}: لم تُقَس، أو زالت، أو استُؤصلت</translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation>&amp;حفظ الزيارة</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>ال&amp;عودة إلى النموذج</translation>
    </message>
    <message>
        <source>1 active lesion has no size today. For each, say whether it was not measured today, or found resolved or excised.</source>
        <translation>آفة نشطة واحدة بلا حجم اليوم. اذكر هل لم تُقَس اليوم، أم وُجدت زائلة أو مستأصَلة.</translation>
    </message>
    <message>
        <source>1 active lesion has no size at this visit. For each, say whether it was not measured at this visit, or found resolved or excised.</source>
        <translation>آفة نشطة واحدة بلا حجم في هذه الزيارة. اذكر هل لم تُقَس في هذه الزيارة، أم وُجدت زائلة أو مستأصَلة.</translation>
    </message>
    <message numerus="yes">
        <source>%n active lesion(s) have no size today. For each, say whether it was not measured today, or found resolved or excised.</source>
        <translation>
            <numerusform>%Ln آفة نشطة بلا حجم اليوم. لكل منها، اذكر هل لم تُقَس اليوم، أم وُجدت زائلة أو مستأصَلة.</numerusform>
            <numerusform>%Ln آفة نشطة بلا حجم اليوم. اذكر هل لم تُقَس اليوم، أم وُجدت زائلة أو مستأصَلة.</numerusform>
            <numerusform>%Ln آفتان نشطتان بلا حجم اليوم. لكل منهما، اذكر هل لم تُقَس اليوم، أم وُجدت زائلة أو مستأصَلة.</numerusform>
            <numerusform>%Ln آفات نشطة بلا حجم اليوم. لكل منها، اذكر هل لم تُقَس اليوم، أم وُجدت زائلة أو مستأصَلة.</numerusform>
            <numerusform>%Ln آفة نشطة بلا حجم اليوم. لكل منها، اذكر هل لم تُقَس اليوم، أم وُجدت زائلة أو مستأصَلة.</numerusform>
            <numerusform>%Ln آفة نشطة بلا حجم اليوم. لكل منها، اذكر هل لم تُقَس اليوم، أم وُجدت زائلة أو مستأصَلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active lesion(s) have no size at this visit. For each, say whether it was not measured at this visit, or found resolved or excised.</source>
        <translation>
            <numerusform>%Ln آفة نشطة بلا حجم في هذه الزيارة. لكل منها، اذكر هل لم تُقَس في هذه الزيارة، أم وُجدت زائلة أو مستأصَلة.</numerusform>
            <numerusform>%Ln آفة نشطة بلا حجم في هذه الزيارة. اذكر هل لم تُقَس في هذه الزيارة، أم وُجدت زائلة أو مستأصَلة.</numerusform>
            <numerusform>%Ln آفتان نشطتان بلا حجم في هذه الزيارة. لكل منهما، اذكر هل لم تُقَس في هذه الزيارة، أم وُجدت زائلة أو مستأصَلة.</numerusform>
            <numerusform>%Ln آفات نشطة بلا حجم في هذه الزيارة. لكل منها، اذكر هل لم تُقَس في هذه الزيارة، أم وُجدت زائلة أو مستأصَلة.</numerusform>
            <numerusform>%Ln آفة نشطة بلا حجم في هذه الزيارة. لكل منها، اذكر هل لم تُقَس في هذه الزيارة، أم وُجدت زائلة أو مستأصَلة.</numerusform>
            <numerusform>%Ln آفة نشطة بلا حجم في هذه الزيارة. لكل منها، اذكر هل لم تُقَس في هذه الزيارة، أم وُجدت زائلة أو مستأصَلة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedSettingsQuestion</name>
    <message>
        <source>• {name}</source>
        <translation>• {name}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>و{count} غيرها</translation>
    </message>
    <message>
        <source>Changed:
{changes}

Nothing is saved unless you press Save.</source>
        <translation>ما تغيّر:
{changes}

لا يُحفظ شيء ما لم تضغط «حفظ».</translation>
    </message>
    <message>
        <source>Discard the changed settings?</source>
        <translation>تجاهل الإعدادات المُغيَّرة؟</translation>
    </message>
    <message>
        <source>Discard the changes to the clinic settings?</source>
        <translation>تجاهل التغييرات على إعدادات العيادة؟</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;تجاهل التغييرات</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;متابعة التعديل</translation>
    </message>
</context>
<context>
    <name>UnsavedVisitQuestion</name>
    <message>
        <source>Unsaved visit</source>
        <translation>زيارة غير محفوظة</translation>
    </message>
    <message>
        <source>{leaving}: the {visit} is not saved.

Save it now, keep it as your draft (offered to you alone when you next sign in), or discard what was typed?</source>
        <translation>{leaving}: {visit} غير محفوظة.

هل تحفظها الآن، أم تحتفظ بها مسودةً لك (تُعرض عليك وحدك عند تسجيل دخولك التالي)، أم تتجاهل ما كُتب؟</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the visit; if it has problems, the form shows them</source>
        <translation>حفظ الزيارة؛ إن كانت فيها مشكلات يعرضها النموذج</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;إبقاء مسودةً</translation>
    </message>
    <message>
        <source>Keep what was typed on this workstation, for you alone</source>
        <translation>الاحتفاظ بما كُتب على محطة العمل هذه، لك وحدك</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>Throw away what was typed (it cannot be recovered)</source>
        <translation>التخلص مما كُتب (لا يمكن استرداده)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>العودة إلى النموذج</translation>
    </message>
</context>
<context>
    <name>UnusualValuesCheck</name>
    <message>
        <source>Not saved: correct the value, or save again to confirm it</source>
        <translation>لم يُحفظ: صحّح القيمة، أو احفظ مجددًا لتأكيدها</translation>
    </message>
    <message>
        <source>Not saved yet: confirm or correct the unusual values</source>
        <translation>لم يُحفظ بعد: أكّد القيم غير المعتادة أو صحّحها</translation>
    </message>
    <message>
        <source>Unusual: {value} — {reason}. Save asks you to confirm it.</source>
        <translation>غير معتادة: {value} — {reason}. سيطلب منك الحفظ تأكيدها.</translation>
    </message>
</context>
<context>
    <name>UnusualValuesDialog</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Why it is unusual</source>
        <translation>سبب كونها غير معتادة</translation>
    </message>
    <message>
        <source>Clinic setting</source>
        <translation>إعداد العيادة</translation>
    </message>
    <message>
        <source>Unusual values: check before saving</source>
        <translation>قيم غير معتادة: تحقق قبل الحفظ</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n unusual value(s)&lt;/b&gt; in this visit. {intro}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln قيمة غير معتادة&lt;/b&gt; في هذه الزيارة. {intro}</numerusform>
            <numerusform>&lt;b&gt;%Ln قيمة غير معتادة&lt;/b&gt; في هذه الزيارة. {intro}</numerusform>
            <numerusform>&lt;b&gt;%Ln قيمتان غير معتادتين&lt;/b&gt; في هذه الزيارة. {intro}</numerusform>
            <numerusform>&lt;b&gt;%Ln قيم غير معتادة&lt;/b&gt; في هذه الزيارة. {intro}</numerusform>
            <numerusform>&lt;b&gt;%Ln قيمة غير معتادة&lt;/b&gt; في هذه الزيارة. {intro}</numerusform>
            <numerusform>&lt;b&gt;%Ln قيمة غير معتادة&lt;/b&gt; في هذه الزيارة. {intro}</numerusform>
        </translation>
    </message>
    <message>
        <source>These values are possible but unusual. Check each one against the patient or the report it came from.&lt;br&gt;&lt;b&gt;Confirm and save&lt;/b&gt; records in the audit trail that you confirmed each value, with the reason shown here. &lt;b&gt;Go back and correct&lt;/b&gt; saves nothing.</source>
        <translation>هذه القيم ممكنة لكنها غير معتادة. تحقق من كل منها مقابل المريض أو التقرير الذي جاءت منه.&lt;br&gt;&lt;b&gt;تأكيد وحفظ&lt;/b&gt; يسجّل في سجل التدقيق أنك أكّدت كل قيمة، مع السبب المعروض هنا. &lt;b&gt;الرجوع والتصحيح&lt;/b&gt; لا يحفظ شيئًا.</translation>
    </message>
    <message>
        <source>Unusual values</source>
        <translation>قيم غير معتادة</translation>
    </message>
    <message>
        <source>The limits are clinic settings: data-quality checks (clinic policy, not clinical thresholds), which catch typing slips and wrong units, and the drug labels&apos; maximum doses. Decision support: the prescriber reviews a dose.</source>
        <translation>الحدود من إعدادات العيادة: فحوص جودة البيانات (سياسة العيادة، ليست عتبات سريرية) التي تلتقط أخطاء الكتابة والوحدات الخاطئة، والجرعات القصوى في نشرات الأدوية. دعم القرار: الواصف يراجع الجرعة.</translation>
    </message>
    <message>
        <source>&amp;Go back and correct</source>
        <translation>ال&amp;رجوع والتصحيح</translation>
    </message>
    <message>
        <source>&amp;Confirm and save</source>
        <translation>&amp;تأكيد وحفظ</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>مقفل حتى {time}</translation>
    </message>
    <message>
        <source>Locked until {time} ({day})</source>
        <translation>مقفل حتى {time} ({day})</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>لا كلمة مرور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>إ&amp;ضافة مستخدم…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>الأ&amp;دوار…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) in a row</source>
        <translation>
            <numerusform>%Ln محاولة دخول فاشلة متتالية</numerusform>
            <numerusform>%Ln محاولة دخول فاشلة</numerusform>
            <numerusform>%Ln محاولتا دخول فاشلتان متتاليتان</numerusform>
            <numerusform>%Ln محاولات دخول فاشلة متتالية</numerusform>
            <numerusform>%Ln محاولة دخول فاشلة متتالية</numerusform>
            <numerusform>%Ln محاولة دخول فاشلة متتالية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%Ln حساب</numerusform>
            <numerusform>%Ln حساب</numerusform>
            <numerusform>%Ln حسابان</numerusform>
            <numerusform>%Ln حسابات</numerusform>
            <numerusform>%Ln حسابًا</numerusform>
            <numerusform>%Ln حساب</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}. {notice}</source>
        <translation>{count}. {notice}</translation>
    </message>
    <message>
        <source>The accounts could not be read</source>
        <translation>تعذّرت قراءة الحسابات</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>ت&amp;مكين</translation>
    </message>
    <message>
        <source>Added {account}</source>
        <translation>أُضيف {account}</translation>
    </message>
    <message>
        <source>Changed the roles of {account}</source>
        <translation>غُيِّرت أدوار {account}</translation>
    </message>
    <message>
        <source>Renamed {account}</source>
        <translation>أُعيدت تسمية {account}</translation>
    </message>
    <message>
        <source>Set a new password for {username}</source>
        <translation>عُيِّنت كلمة مرور جديدة لـ {username}</translation>
    </message>
    <message>
        <source>{username}: {name} ({roles})</source>
        <translation>{username}: {name} ({roles})</translation>
    </message>
    <message>
        <source>Enabled {username}</source>
        <translation>مُكِّن {username}</translation>
    </message>
    <message>
        <source>Disabled {username}</source>
        <translation>عُطِّل {username}</translation>
    </message>
    <message>
        <source>Unlocked {username}</source>
        <translation>فُتح قفل {username}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation>{doing}: {reason}</translation>
    </message>
</context>
<context>
    <name>VerificationCounts</name>
    <message numerus="yes">
        <source>{count} problem(s) found:</source>
        <translation>
            <numerusform>عُثر على {count} مشكلة:</numerusform>
            <numerusform>عُثر على {count} مشكلة:</numerusform>
            <numerusform>عُثر على {count} مشكلة:</numerusform>
            <numerusform>عُثر على {count} مشكلات:</numerusform>
            <numerusform>عُثر على {count} مشكلة:</numerusform>
            <numerusform>عُثر على {count} مشكلة:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} anchor(s) found</source>
        <translation>
            <numerusform>عُثر على {count} مرساة</numerusform>
            <numerusform>عُثر على {count} مرساة</numerusform>
            <numerusform>عُثر على {count} مرساة</numerusform>
            <numerusform>عُثر على {count} مراسٍ</numerusform>
            <numerusform>عُثر على {count} مرساة</numerusform>
            <numerusform>عُثر على {count} مرساة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitFlow</name>
    <message>
        <source>Signed visit</source>
        <translation>زيارة موقَّعة</translation>
    </message>
    <message>
        <source>The visit of {day} is signed and read-only ({signature}). A physician can amend it, giving the reason.</source>
        <translation>زيارة {day} موقَّعة وللقراءة فقط ({signature}). يمكن لطبيب تعديلها مع ذكر السبب.</translation>
    </message>
    <message>
        <source>This visit is signed: saving asks for the reason and records an amendment</source>
        <translation>هذه الزيارة موقَّعة: الحفظ يطلب السبب ويسجّل تعديلًا</translation>
    </message>
    <message>
        <source>edit of the visit of {day}</source>
        <translation>تعديل زيارة {day}</translation>
    </message>
    <message>
        <source>new visit</source>
        <translation>زيارة جديدة</translation>
    </message>
    <message>
        <source>You have an unsaved {what} for {patient} kept from an earlier session.

Recover it, or discard it and start afresh?</source>
        <translation>لديك {what} غير محفوظة للمريض {patient} باقية من جلسة سابقة.

هل تستردها، أم تتجاهلها وتبدأ من جديد؟</translation>
    </message>
    <message>
        <source>You have an unsaved {what} for {patient} (started {moment}) kept from an earlier session.

Recover it, or discard it and start afresh?</source>
        <translation>لديك {what} غير محفوظة للمريض {patient} (بدأت {moment}) باقية من جلسة سابقة.

هل تستردها، أم تتجاهلها وتبدأ من جديد؟</translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation>زيارة غير محفوظة</translation>
    </message>
    <message>
        <source>The visit this draft edits was deleted after the draft was kept, so it cannot be opened; the draft is kept.</source>
        <translation>حُذفت الزيارة التي تعدّلها هذه المسودة بعد حفظ المسودة، لذا يتعذّر فتحها؛ والمسودة محفوظة.</translation>
    </message>
    <message>
        <source>Recover unsaved visit</source>
        <translation>استرداد الزيارة غير المحفوظة</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Save (Ctrl+S) or cancel (Esc) the visit before opening another patient</source>
        <translation>احفظ الزيارة (Ctrl+S) أو ألغها (Esc) قبل فتح مريض آخر</translation>
    </message>
    <message>
        <source>Saving the visit…</source>
        <translation>جارٍ حفظ الزيارة…</translation>
    </message>
    <message>
        <source>The visit was not saved</source>
        <translation>لم تُحفظ الزيارة</translation>
    </message>
    <message>
        <source>Visit of {day} saved</source>
        <translation>حُفظت زيارة {day}</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Not saved: the visit of {day} was saved by {who} after you opened it. Your typing is kept; reload the visit to carry it over.</source>
        <translation>لم يُحفظ: حفظ {who} زيارة {day} بعد أن فتحتها. ما كتبته محفوظ؛ أعد تحميل الزيارة لنقله.</translation>
    </message>
    <message>
        <source>Visit not saved</source>
        <translation>لم تُحفظ الزيارة</translation>
    </message>
    <message>
        <source>Your changes to the visit of {day} are not saved yet: someone else saved this visit after you opened it.</source>
        <translation>لم تُحفظ تغييراتك على زيارة {day} بعد: حفظ شخص آخر هذه الزيارة بعد أن فتحتها.</translation>
    </message>
    <message>
        <source>Reload the visit</source>
        <translation>إعادة تحميل الزيارة</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
    </message>
    <message>
        <source>Reload the visit: the form shows the visit as saved now, with everything you typed carried over, except where you both changed the same thing: there their value is shown and yours is listed above the form.
Keep editing: back to your form as it is (it cannot be saved over the newer visit; reload when ready).</source>
        <translation>إعادة تحميل الزيارة: يعرض النموذج الزيارة كما هي محفوظة الآن، مع نقل كل ما كتبته، إلا حيث غيّرتما الشيء نفسه: هناك تُعرض قيمته وتُسرد قيمتك أعلى النموذج.
متابعة التعديل: العودة إلى نموذجك كما هو (لا يمكن حفظه فوق الزيارة الأحدث؛ أعد التحميل عندما تكون جاهزًا).</translation>
    </message>
    <message>
        <source>Visit reloaded as saved now; your typing was carried over</source>
        <translation>أُعيد تحميل الزيارة كما هي محفوظة الآن؛ ونُقل ما كتبته</translation>
    </message>
    <message>
        <source>The visit of {day} is signed ({signature}) and is kept. A physician can amend it instead.</source>
        <translation>زيارة {day} موقَّعة ({signature}) ومحفوظة. يمكن لطبيب تعديلها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Visit of {day} deleted</source>
        <translation>حُذفت زيارة {day}</translation>
    </message>
    <message>
        <source>Visit not deleted</source>
        <translation>لم تُحذف الزيارة</translation>
    </message>
    <message>
        <source>The visit of {day} was not deleted: someone else saved it after you opened the chart.</source>
        <translation>لم تُحذف زيارة {day}: حفظها شخص آخر بعد أن فتحت السجل.</translation>
    </message>
    <message>
        <source>Reload the chart</source>
        <translation>إعادة تحميل السجل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Reload the chart to see the visit as saved now, then delete it again if it should still go.</source>
        <translation>أعد تحميل السجل لرؤية الزيارة كما هي محفوظة الآن، ثم احذفها مجددًا إن كان يجب حذفها.</translation>
    </message>
</context>
<context>
    <name>VisitFormDrafts</name>
    <message>
        <source>Vitals and weight</source>
        <extracomment>Restored in this order: the weight first (it is part of every section&apos;s context), the lesions before the range of motion (their sites choose its joints).</extracomment>
        <translation>العلامات الحيوية والوزن</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>الآفات</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>مدى الحركة</translation>
    </message>
    <message>
        <source>Pain and disease activity</source>
        <translation>الألم ونشاط المرض</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>التحاليل</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>This unsaved visit was kept by a newer version of CalciTrack: check every section against what you typed.</source>
        <translation>حفظ هذه الزيارة غير المحفوظة إصدارٌ أحدث من CalciTrack: تحقق من كل قسم مقابل ما كتبته.</translation>
    </message>
    <message>
        <source>The visit&apos;s date, type, clinician and next visit due could not be read from the unsaved visit (that part of the file is damaged): check them.</source>
        <translation>تعذّرت قراءة تاريخ الزيارة ونوعها والطبيب وموعد الزيارة التالية من الزيارة غير المحفوظة (هذا الجزء من الملف تالف): تحقق منها.</translation>
    </message>
    <message>
        <source>The notes could not be read from the unsaved visit: type them again.</source>
        <translation>تعذّرت قراءة الملاحظات من الزيارة غير المحفوظة: اكتبها مجددًا.</translation>
    </message>
    <message>
        <source>The list of your values that someone else changed too could not be read from the unsaved visit: compare the form with what you typed.</source>
        <translation>تعذّرت قراءة قائمة قيمك التي غيّرها شخص آخر أيضًا من الزيارة غير المحفوظة: قارن النموذج بما كتبته.</translation>
    </message>
    <message>
        <source>{section}: this part of the unsaved visit could not be read (that part of the file is damaged). The section shows the visit as saved: type it again.</source>
        <translation>{section}: تعذّرت قراءة هذا الجزء من الزيارة غير المحفوظة (هذا الجزء من الملف تالف). يعرض القسم الزيارة كما هي محفوظة: اكتبه مجددًا.</translation>
    </message>
    <message>
        <source>{section}: this part of the unsaved visit could not be read (that part of the file is damaged). The section shows nothing from the draft: type it again.</source>
        <translation>{section}: تعذّرت قراءة هذا الجزء من الزيارة غير المحفوظة (هذا الجزء من الملف تالف). لا يعرض القسم شيئًا من المسودة: اكتبه مجددًا.</translation>
    </message>
</context>
<context>
    <name>VisitFormLayout</name>
    <message>
        <source>&lt;b&gt;Edit visit&lt;/b&gt; — {name} ({mrn})</source>
        <translation>&lt;b&gt;تعديل زيارة&lt;/b&gt; — {name} ({mrn})</translation>
    </message>
    <message>
        <source>&lt;b&gt;New visit&lt;/b&gt; — {name} ({mrn})</source>
        <translation>&lt;b&gt;زيارة جديدة&lt;/b&gt; — {name} ({mrn})</translation>
    </message>
    <message>
        <source>Reloaded: the visit as saved now, with your typing carried over (see the list above)</source>
        <translation>أُعيد التحميل: الزيارة كما هي محفوظة الآن، مع نقل ما كتبته (انظر القائمة أعلاه)</translation>
    </message>
    <message>
        <source>Reloaded: the visit as saved now, with your typing carried over</source>
        <translation>أُعيد التحميل: الزيارة كما هي محفوظة الآن، مع نقل ما كتبته</translation>
    </message>
    <message>
        <source>Unsaved visit recovered onto the visit as saved since by someone else</source>
        <translation>استُردت الزيارة غير المحفوظة على الزيارة كما حفظها شخص آخر منذ ذلك الحين</translation>
    </message>
    <message>
        <source>Unsaved visit recovered</source>
        <translation>استُردت الزيارة غير المحفوظة</translation>
    </message>
    <message>
        <source>{recovered}: {losses}</source>
        <translation>{recovered}: {losses}</translation>
    </message>
</context>
<context>
    <name>VisitFormRouting</name>
    <message>
        <source>Lesions</source>
        <translation>الآفات</translation>
    </message>
    <message>
        <source>Disease activity</source>
        <translation>نشاط المرض</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>مدى الحركة</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>التحاليل</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>العلامات الحيوية</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>{section}: {field}</source>
        <translation>{section}: {field}</translation>
    </message>
</context>
<context>
    <name>VisitFormView</name>
    <message>
        <source>Visit notes</source>
        <translation>ملاحظات الزيارة</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>الآفات</translation>
    </message>
    <message>
        <source>Pain and disease activity</source>
        <translation>الألم ونشاط المرض</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>مدى الحركة</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>التحاليل</translation>
    </message>
    <message>
        <source>Vitals and weight</source>
        <translation>العلامات الحيوية والوزن</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Not saved: first check what could not be put back (above)</source>
        <translation>لم يُحفظ: تحقق أولًا مما تعذّرت إعادته (أعلاه)</translation>
    </message>
    <message>
        <source>Not saved: see the problems above</source>
        <translation>لم يُحفظ: انظر المشكلات أعلاه</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Not saved: the visit was changed elsewhere</source>
        <translation>لم يُحفظ: غُيِّرت الزيارة في مكان آخر</translation>
    </message>
    <message>
        <source>Draft NOT kept: {reason}</source>
        <translation>لم تُحفظ المسودة: {reason}</translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation>حُفظت المسودة في {time}</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message>
        <source>Visit date</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>نوع الزيارة</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>موعد الزيارة التالية</translation>
    </message>
    <message>
        <source>The clinical date of the visit (yyyy-MM-dd)</source>
        <translation>التاريخ السريري للزيارة (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>The clinic&apos;s follow-up interval (Tools → Clinic settings): type another date, or untick to plan none</source>
        <translation>فاصل المتابعة في العيادة (أدوات ← إعدادات العيادة): اكتب تاريخًا آخر، أو أزل العلامة لعدم التخطيط</translation>
    </message>
    <message>
        <source>Problems with the visit date, type or clinician</source>
        <translation>مشكلات في تاريخ الزيارة أو نوعها أو الطبيب</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>Cli&amp;nician</source>
        <translation>ال&amp;طبيب</translation>
    </message>
    <message>
        <source>The visit date “{typed}” could not be read from the unsaved visit: the form shows {day}; check it.</source>
        <translation>تعذّرت قراءة تاريخ الزيارة «{typed}» من الزيارة غير المحفوظة: يعرض النموذج {day}؛ تحقق منه.</translation>
    </message>
    <message>
        <source>The visit type “{kind}” is not known: the form shows {shown}; check it.</source>
        <translation>نوع الزيارة «{kind}» غير معروف: يعرض النموذج {shown}؛ تحقق منه.</translation>
    </message>
    <message>
        <source>The next visit due “{typed}” could not be read from the unsaved visit: type it again.</source>
        <translation>تعذّرت قراءة موعد الزيارة التالية «{typed}» من الزيارة غير المحفوظة: اكتبه مجددًا.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>(clinic interval: %n week(s))</source>
        <translation>
            <numerusform>(فاصل العيادة: %Ln أسبوع)</numerusform>
            <numerusform>(فاصل العيادة: %Ln أسبوع)</numerusform>
            <numerusform>(فاصل العيادة: %Ln أسبوعان)</numerusform>
            <numerusform>(فاصل العيادة: %Ln أسابيع)</numerusform>
            <numerusform>(فاصل العيادة: %Ln أسبوعًا)</numerusform>
            <numerusform>(فاصل العيادة: %Ln أسبوع)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>Pain (NRS)</source>
        <translation>الألم (NRS)</translation>
    </message>
    <message>
        <source>DAS28</source>
        <translation>DAS28</translation>
    </message>
    <message>
        <source>Weight kg</source>
        <translation>الوزن kg</translation>
    </message>
    <message>
        <source>Lesions measured</source>
        <translation>الآفات المقيسة</translation>
    </message>
    <message>
        <source>Total area mm² (ellipse)</source>
        <translation>المساحة الكلية mm² (قطع ناقص)</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>الموعد التالي</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Pain
(NRS)</source>
        <translation>الألم
(NRS)</translation>
    </message>
    <message>
        <source>Weight
kg</source>
        <translation>الوزن
kg</translation>
    </message>
    <message>
        <source>Lesions
measured</source>
        <translation>الآفات
المقيسة</translation>
    </message>
    <message>
        <source>Total area
mm² (ellipse)</source>
        <translation>المساحة الكلية
mm² (قطع ناقص)</translation>
    </message>
    <message>
        <source>Next
due</source>
        <translation>الموعد
التالي</translation>
    </message>
    <message>
        <source>Pain (NRS): numeric rating scale, 0–10</source>
        <translation>الألم (NRS): مقياس التقدير الرقمي، 0–10</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>الوزن، kg</translation>
    </message>
    <message>
        <source>Lesions measured at the visit; &quot;1 of 5 incomplete&quot; when active lesions were left unmeasured</source>
        <translation>الآفات المقيسة في الزيارة؛ &quot;1 من 5 غير مكتملة&quot; عندما تبقى آفات نشطة دون قياس</translation>
    </message>
    <message>
        <source>TJC28</source>
        <translation>TJC28</translation>
    </message>
    <message>
        <source>SJC28</source>
        <translation>SJC28</translation>
    </message>
    <message>
        <source>patient global</source>
        <translation>التقييم العام من المريض</translation>
    </message>
    <message>
        <source>DAS28 computed from the visit&apos;s joint counts, patient global and the ESR or CRP collected that day; one typed in is shown only when those are missing</source>
        <translation>DAS28 محسوب من عدّ المفاصل في الزيارة والتقييم العام من المريض وESR أو CRP المجموع في ذلك اليوم؛ ولا تُعرض القيمة المُدخلة يدويًا إلا عند نقص هذه</translation>
    </message>
    <message>
        <source>Total area, mm²: the sum of the lesion areas estimated as an ellipse, π/4 · L · W</source>
        <translation>المساحة الكلية، mm²: مجموع مساحات الآفات مقدَّرةً قطعًا ناقصًا، π/4 · L · W</translation>
    </message>
    <message>
        <source>Next visit planned at that visit</source>
        <translation>الزيارة التالية المخطط لها في تلك الزيارة</translation>
    </message>
    <message>
        <source>Who signed the visit (signed visits are read-only; a physician amends)</source>
        <translation>من وقّع الزيارة (الزيارات الموقَّعة للقراءة فقط؛ يعدّلها طبيب)</translation>
    </message>
    <message>
        <source>Incomplete visit: {lesions}</source>
        <translation>زيارة غير مكتملة: {lesions}</translation>
    </message>
    <message>
        <source>{measured} of {active}
incomplete</source>
        <translation>{measured} من {active}
غير مكتملة</translation>
    </message>
    <message>
        <source>{total}
(partial)</source>
        <translation>{total}
(جزئي)</translation>
    </message>
    <message>
        <source>{tip}
The total is of the lesions measured at this visit only.</source>
        <translation>{tip}
المجموع للآفات المقيسة في هذه الزيارة فقط.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>غير موقَّعة</translation>
    </message>
    <message>
        <source>Overdue: the next visit was due on {date}</source>
        <translation>متأخرة: كان موعد الزيارة التالية في {date}</translation>
    </message>
    <message>
        <source>{signature} (amended)</source>
        <translation>{signature} (معدَّلة)</translation>
    </message>
    <message>
        <source>{invalid} —
changed after signing
{signature}</source>
        <translation>{invalid} —
تغيّرت بعد التوقيع
{signature}</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>CRP</translation>
    </message>
    <message>
        <source>ESR</source>
        <translation>ESR</translation>
    </message>
    <message>
        <source>{value} ({variant}, typed)</source>
        <translation>{value} ({variant}، مُدخل)</translation>
    </message>
    <message>
        <source>{value} ({variant}; typed {typed} differs)</source>
        <translation>{value} ({variant}؛ المُدخل {typed} مختلف)</translation>
    </message>
    <message>
        <source>{value} ({variant})</source>
        <translation>{value} ({variant})</translation>
    </message>
    <message>
        <source>{marker} from the visit date</source>
        <translation>{marker} من تاريخ الزيارة</translation>
    </message>
    <message>
        <source>computing it needs {values}</source>
        <translation>حسابه يحتاج إلى {values}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>a value is out of range</source>
        <translation>قيمة خارج المجال</translation>
    </message>
    <message>
        <source>{score} {value} as typed in at the visit ({why})</source>
        <translation>{score} {value} كما أُدخل في الزيارة ({why})</translation>
    </message>
    <message>
        <source>{score} {value} computed from TJC28 {tender}, SJC28 {swollen}, {lab}, patient global {patient_global} mm</source>
        <translation>{score} {value} محسوب من TJC28 {tender}، SJC28 {swollen}، {lab}، التقييم العام من المريض {patient_global} mm</translation>
    </message>
    <message>
        <source>{text}; the {score} typed in ({typed}) differs from it by more than 0.1: check the joint counts, the patient global and the lab value, or the typed score</source>
        <translation>{text}؛ {score} المُدخل ({typed}) يختلف عنه بأكثر من 0.1: تحقق من عدّ المفاصل والتقييم العام من المريض وقيمة التحليل، أو من القيمة المُدخلة</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>&amp;Delete visit…</source>
        <translation>ح&amp;ذف الزيارة…</translation>
    </message>
</context>
<context>
    <name>VitalsPanel</name>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الطول</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>معدل القلب</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>Systolic BP</source>
        <translation>الضغط الانقباضي</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>Diastolic BP</source>
        <translation>الضغط الانبساطي</translation>
    </message>
    <message>
        <source>{field} ({unit})</source>
        <translation>{field} ({unit})</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>last {value} {unit} on {day}</source>
        <translation>آخر قياس {value} {unit} في {day}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkstationSession</name>
    <message>
        <source>Switching user</source>
        <translation>تبديل المستخدم</translation>
    </message>
    <message>
        <source>Your language is saved: it applies from your next sign-in.</source>
        <translation>حُفظت لغتك: تسري اعتبارًا من تسجيل دخولك التالي.</translation>
    </message>
    <message>
        <source>Back up the clinic&apos;s database</source>
        <translation>نسخ قاعدة بيانات العيادة احتياطيًا</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>The clinic&apos;s database was backed up to {where}.</source>
        <translation>نُسخت قاعدة بيانات العيادة احتياطيًا إلى {where}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>The clinic&apos;s database was restored from {backup} and checked (integrity, audit chain, row counts). The database as it was is kept in {kept}. CalciTrack will now close: start it again to work on the restored clinic.</source>
        <translation>استُعيدت قاعدة بيانات العيادة من {backup} وتُحقِّق منها (السلامة، سلسلة التدقيق، أعداد الصفوف). قاعدة البيانات كما كانت محفوظة في {kept}. سيُغلق CalciTrack الآن: شغّله مجددًا للعمل على العيادة المستعادة.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database was restored from {backup} and checked (integrity, audit chain, row counts). CalciTrack will now close: start it again to work on the restored clinic.</source>
        <translation>استُعيدت قاعدة بيانات العيادة من {backup} وتُحقِّق منها (السلامة، سلسلة التدقيق، أعداد الصفوف). سيُغلق CalciTrack الآن: شغّله مجددًا للعمل على العيادة المستعادة.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>استُعيدت</translation>
    </message>
</context>
</TS>
