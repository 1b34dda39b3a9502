<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>{title}: not saved</source>
        <translation>{title}: não guardado</translation>
    </message>
    <message>
        <source>Long enough for the clinic&apos;s password rule; not the username.</source>
        <translation>Comprida o suficiente para a regra de palavras-passe da clínica; não o nome de utilizador.</translation>
    </message>
    <message>
        <source>tick at least one role</source>
        <translation>assinale pelo menos um perfil</translation>
    </message>
    <message>
        <source>is not the same as the password</source>
        <translation>não é igual à palavra-passe</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>At least {count} characters, not the username; a few words are easy to type and hard to guess.</source>
        <translation>Pelo menos {count} caracteres, não o nome de utilizador; algumas palavras são fáceis de escrever e difíceis de adivinhar.</translation>
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
        <translation>; </translation>
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
        <translation>Adicionar utilizador</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>e.g. Ana Ruiz, RN</source>
        <translation>p. ex. Ana Ruiz, Enf.ª</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repetir palavra-passe</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>As shown on records and signatures</source>
        <translation>Tal como aparece nos registos e assinaturas</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Perfis</translation>
    </message>
</context>
<context>
    <name>AmendReasonDialog</name>
    <message>
        <source>Amend signed visit</source>
        <translation>Retificar consulta assinada</translation>
    </message>
    <message>
        <source>The visit of &lt;b&gt;{day}&lt;/b&gt; is signed ({signature}).&lt;br&gt;&lt;br&gt;Saving your change amends it: the visit stays signed, the fields as signed are kept beside the amended ones, and the PDF summary says it was amended, when and why.</source>
        <translation>A consulta de &lt;b&gt;{day}&lt;/b&gt; está assinada ({signature}).&lt;br&gt;&lt;br&gt;Guardar a alteração retifica-a: a consulta continua assinada, os campos tal como foram assinados ficam guardados ao lado dos retificados e o resumo em PDF indica que foi retificada, quando e porquê.</translation>
    </message>
    <message>
        <source>Why is the signed visit amended?</source>
        <translation>Porque é retificada a consulta assinada?</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Guardar retificação</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motivo da retificação</translation>
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
        <translation>{file} foi guardado, mas a sua exportação não pôde ser registada na auditoria: {reason}</translation>
    </message>
</context>
<context>
    <name>ArabicDigitsSection</name>
    <message>
        <source>Arabic digits</source>
        <translation>Algarismos em árabe</translation>
    </message>
    <message>
        <source>Numbers in Arabic</source>
        <translation>Números em árabe</translation>
    </message>
    <message>
        <source>The digits the window, the PDF summaries and the command line write numbers and dates in when they speak Arabic. Other languages always use the digits 0 to 9. A change takes effect at the next sign-in.</source>
        <translation>Os algarismos com que a janela, os resumos em PDF e a linha de comandos escrevem números e datas quando estão em árabe. Os outros idiomas usam sempre os algarismos de 0 a 9. Uma alteração aplica-se no próximo início de sessão.</translation>
    </message>
    <message>
        <source>&amp;Western digits (12.5)</source>
        <translation>Algarismos &amp;ocidentais (12.5)</translation>
    </message>
    <message>
        <source>Arabic-&amp;Indic digits (١٢٫٥)</source>
        <translation>Algarismos á&amp;rabe-índicos (١٢٫٥)</translation>
    </message>
</context>
<context>
    <name>AssessmentHtml</name>
    <message>
        <source>partial total: the lesions measured at this visit only</source>
        <translation>total parcial: apenas as lesões medidas nesta consulta</translation>
    </message>
    <message>
        <source>no lesion measured at this visit</source>
        <translation>nenhuma lesão medida nesta consulta</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no lesion measured at both; {basis}</source>
        <translation>nenhuma lesão medida em ambas; {basis}</translation>
    </message>
    <message>
        <source>(no lesion measured at both; {basis})</source>
        <translation>(nenhuma lesão medida em ambas; {basis})</translation>
    </message>
    <message>
        <source>(only the lesions measured at both: {basis})</source>
        <translation>(apenas as lesões medidas em ambas: {basis})</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} meses</translation>
    </message>
    <message>
        <source>Safety and review flags</source>
        <translation>Alertas de segurança e de revisão</translation>
    </message>
    <message>
        <source>DAS28 (rheumatoid arthritis)</source>
        <translation>DAS28 (artrite reumatoide)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nenhum registado</translation>
    </message>
    <message>
        <source>Assessed visit</source>
        <translation>Consulta avaliada</translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation>Consulta inicial</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Time on regimen</source>
        <translation>Tempo no esquema</translation>
    </message>
    <message>
        <source>{drug} dose</source>
        <translation>Dose de {drug}</translation>
    </message>
    <message>
        <source>Burden (ellipse area)</source>
        <translation>Carga (área da elipse)</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>Variação desde o início</translation>
    </message>
    <message>
        <source>Change from previous visit</source>
        <translation>Variação desde a consulta anterior</translation>
    </message>
    <message>
        <source>Sum of longest diameters</source>
        <translation>Soma dos maiores diâmetros</translation>
    </message>
    <message>
        <source>New lesions</source>
        <translation>Lesões novas</translation>
    </message>
    <message>
        <source>Resolved lesions</source>
        <translation>Lesões resolvidas</translation>
    </message>
    <message>
        <source>Ulcerated now</source>
        <translation>Ulceradas agora</translation>
    </message>
    <message>
        <source>New ulceration</source>
        <translation>Ulceração nova</translation>
    </message>
    <message>
        <source>Pain NRS</source>
        <translation>Dor (EN)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Em falta</translation>
    </message>
    <message>
        <source>ulcerated</source>
        <translation>ulcerada</translation>
    </message>
    <message>
        <source>extrusion</source>
        <translation>extrusão</translation>
    </message>
    <message>
        <source>infected</source>
        <translation>infetada</translation>
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
        <translation>Lesão</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>Lesões</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <source>Baseline → now (change)</source>
        <translation>Início → agora (variação)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Amplitude de movimento</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>No safety or review flags.</source>
        <translation>Sem alertas de segurança ou de revisão.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>Photographs (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)</source>
        <translation>Fotografias (*.jpg *.jpeg *.png *.heic *.heif);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
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
        <translation>{file} — {size} — não anexado: {problem}</translation>
    </message>
    <message>
        <source>{file} — {size}</source>
        <translation>{file} — {size}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>é uma pasta, não um ficheiro</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>não pode ser lido ({reason})</translation>
    </message>
    <message>
        <source>larger than the limit of {limit}</source>
        <translation>maior do que o limite de {limit}</translation>
    </message>
</context>
<context>
    <name>AttachPhotographsDialog</name>
    <message>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>Lesão</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Photographs to attach</source>
        <translation>Fotografias a anexar</translation>
    </message>
    <message>
        <source>Attach photographs</source>
        <translation>Anexar fotografias</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Ficheiros a anexar</translation>
    </message>
    <message>
        <source>&amp;Files (choose them or drop them here):</source>
        <translation>&amp;Ficheiros (escolha-os ou largue-os aqui):</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>A&amp;dicionar ficheiros…</translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation>&amp;Remover ficheiro</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Optional, e.g. after debridement</source>
        <translation>Opcional, p. ex. após desbridamento</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation>A&amp;nexar</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <source>&amp;Lesion:</source>
        <translation>&amp;Lesão:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>Le&amp;genda:</translation>
    </message>
    <message>
        <source>Photographs taken at {visit}</source>
        <translation>Fotografias tiradas em {visit}</translation>
    </message>
    <message>
        <source>A&amp;ttach {count}</source>
        <translation>A&amp;nexar {count}</translation>
    </message>
    <message>
        <source>Lesion: choose the lesion the photographs show.</source>
        <translation>Lesão: escolha a lesão que as fotografias mostram.</translation>
    </message>
    <message>
        <source>{file} was not attached: {reason}</source>
        <translation>{file} não foi anexado: {reason}</translation>
    </message>
    <message>
        <source>{field}: {reason} — {file} was not attached. ({count} attached before it.)</source>
        <translation>{field}: {reason} — {file} não foi anexado. ({count} anexados antes dele.)</translation>
    </message>
    <message>
        <source>{field}: {reason} — {file} was not attached.</source>
        <translation>{field}: {reason} — {file} não foi anexado.</translation>
    </message>
</context>
<context>
    <name>AuditChangesText</name>
    <message>
        <source>Created with:</source>
        <translation>Criado com:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Alterado:</translation>
    </message>
    <message>
        <source>Values when deleted:</source>
        <translation>Valores ao eliminar:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalhes:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>{count} bytes (sha256 {digest}…)</source>
        <translation>{count} bytes (sha256 {digest}…)</translation>
    </message>
    <message>
        <source>no user</source>
        <translation>nenhum utilizador</translation>
    </message>
    <message>
        <source>Entry #{id} · {when} · {who} · {action} {record} · patient {mrn}</source>
        <translation>Entrada n.º {id} · {when} · {who} · {action} {record} · doente {mrn}</translation>
    </message>
    <message>
        <source>Entry #{id} · {when} · {who} · {action} {record}</source>
        <translation>Entrada n.º {id} · {when} · {who} · {action} {record}</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Sem detalhes.</translation>
    </message>
    <message>
        <source>Hash:          {hash}</source>
        <translation>Hash:          {hash}</translation>
    </message>
    <message>
        <source>Previous hash: {hash}</source>
        <translation>Hash anterior: {hash}</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries.</source>
        <translation>Registo de auditoria íntegro: {count} entradas.</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries. Newest entry #{id}, hash {hash}.</source>
        <translation>Registo de auditoria íntegro: {count} entradas. Entrada mais recente n.º {id}, hash {hash}.</translation>
    </message>
    <message>
        <source>Audit trail broken at entry #{id}: {reason}. The {count} entries before it are intact.</source>
        <translation>Registo de auditoria quebrado na entrada n.º {id}: {reason}. As {count} entradas anteriores estão íntegras.</translation>
    </message>
    <message>
        <source>Audit trail broken at entry #{id} ({when}, {action} {record}): {reason}. The {count} entries before it are intact.</source>
        <translation>Registo de auditoria quebrado na entrada n.º {id} ({when}, {action} {record}): {reason}. As {count} entradas anteriores estão íntegras.</translation>
    </message>
</context>
<context>
    <name>AuditFilterPanel</name>
    <message>
        <source>All users</source>
        <translation>Todos os utilizadores</translation>
    </message>
    <message>
        <source>all patients</source>
        <translation>todos os doentes</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation>Mais &amp;recentes primeiro</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Apl&amp;icar</translation>
    </message>
    <message>
        <source>&amp;Patient MRN:</source>
        <translation>N.º de &amp;processo:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>Patient MRN</source>
        <translation>N.º de processo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>{filter}: {reason}</source>
        <translation>{filter}: {reason}</translation>
    </message>
    <message>
        <source>{since} is after To ({until}): no day is in between</source>
        <translation>{since} é posterior a Até ({until}): não há nenhum dia entre elas</translation>
    </message>
    <message>
        <source>Showing the newest {limit} of more; narrow the filters</source>
        <translation>A mostrar as {limit} entradas mais recentes (há mais); restrinja os filtros</translation>
    </message>
    <message>
        <source>Showing the oldest {limit} of more; narrow the filters</source>
        <translation>A mostrar as {limit} entradas mais antigas (há mais); restrinja os filtros</translation>
    </message>
    <message>
        <source>No entries match the filters</source>
        <translation>Nenhuma entrada corresponde aos filtros</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} entrada</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as audit.csv</source>
        <translation>{path} é uma pasta; indique um nome de ficheiro como audit.csv</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>A pasta {folder} não existe</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Doente</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>… and {count} more (see below the table)</source>
        <translation>… e mais {count} (ver abaixo da tabela)</translation>
    </message>
    <message>
        <source>Entry #{id}</source>
        <translation>Entrada n.º {id}</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoria</translation>
    </message>
</context>
<context>
    <name>AuditVerification</name>
    <message>
        <source>CalciTrack finds changes made to its data outside the application, after the fact; it cannot prevent them, nor find a change made by someone who also rewrote every copy of the trail&apos;s anchors kept outside the database (see &quot;Security model&quot; in the README).</source>
        <translation>O CalciTrack deteta alterações feitas aos seus dados fora da aplicação, depois de feitas; não as pode impedir, nem detetar uma alteração feita por alguém que também reescreveu todas as cópias das âncoras do registo guardadas fora da base de dados (ver &quot;Modelo de segurança&quot; no README).</translation>
    </message>
    <message>
        <source>Newest entry #{id}, hash {hash}.</source>
        <translation>Entrada mais recente n.º {id}, hash {hash}.</translation>
    </message>
    <message>
        <source>{count} signed visits were signed before signatures were bound to their content and cannot be verified.</source>
        <translation>{count} consultas assinadas foram assinadas antes de as assinaturas ficarem ligadas ao seu conteúdo e não podem ser verificadas.</translation>
    </message>
    <message>
        <source>No anchor of this trail is noted outside the database yet (one is noted with each save, backup and PDF): a trail cut short, or rewritten with every hash recomputed, would not show.</source>
        <translation>Ainda não há nenhuma âncora deste registo anotada fora da base de dados (é anotada uma em cada gravação, cópia de segurança e PDF): um registo encurtado, ou reescrito com todos os hashes recalculados, não seria detetado.</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries, every audited row as the trail says, {signatures}, {anchors}.</source>
        <translation>Registo de auditoria íntegro: {count} entradas, cada linha auditada tal como o registo indica, {signatures}, {anchors}.</translation>
    </message>
    <message>
        <source>the chain of {count} entries is intact</source>
        <translation>a cadeia de {count} entradas está íntegra</translation>
    </message>
    <message>
        <source>every audited row is as the trail says</source>
        <translation>cada linha auditada está tal como o registo indica</translation>
    </message>
    <message>
        <source>Nothing else could be confirmed.</source>
        <translation>Não foi possível confirmar mais nada.</translation>
    </message>
    <message>
        <source>Otherwise: {held}.</source>
        <translation>De resto: {held}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no signature to check</source>
        <translation>nenhuma assinatura a verificar</translation>
    </message>
    <message>
        <source>1 signature matches what was signed</source>
        <translation>1 assinatura corresponde ao que foi assinado</translation>
    </message>
    <message>
        <source>{count} signatures match what was signed</source>
        <translation>{count} assinaturas correspondem ao que foi assinado</translation>
    </message>
    <message>
        <source>no anchor to check yet</source>
        <translation>ainda nenhuma âncora a verificar</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Registo de auditoria</translation>
    </message>
    <message>
        <source>Select an entry to see every change it records.</source>
        <translation>Selecione uma entrada para ver todas as alterações que regista.</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrada selecionada</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Check that no entry of the trail was changed or removed, that every audited record holds what the trail says and that every signed visit is as it was signed</source>
        <translation>Verificar que nenhuma entrada do registo foi alterada ou removida, que cada registo auditado contém o que o registo de auditoria indica e que cada consulta assinada está tal como foi assinada</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the entries matching the filters to a CSV file</source>
        <translation>Escrever as entradas que correspondem aos filtros num ficheiro CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>The audit trail could not be read</source>
        <translation>Não foi possível ler o registo de auditoria</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Exportar registo de auditoria</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>A exportar para {path}…</translation>
    </message>
    <message>
        <source>Exported {entries} to {path}</source>
        <translation>{entries} exportadas para {path}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Não foi possível escrever {path}: {reason}</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>Checking the audit trail, the records and the signatures…</source>
        <translation>A verificar o registo de auditoria, os registos e as assinaturas…</translation>
    </message>
    <message>
        <source>The audit trail could not be checked</source>
        <translation>Não foi possível verificar o registo de auditoria</translation>
    </message>
    <message>
        <source>Not allowed: {reason}</source>
        <translation>Não permitido: {reason}</translation>
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
        <translation>Pasta de cópias de segurança</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s backup folder</source>
        <translation>Escolher a pasta de cópias de segurança da clínica</translation>
    </message>
    <message>
        <source>Empty: each workstation&apos;s own data folder</source>
        <translation>Vazio: a pasta de dados de cada posto de trabalho</translation>
    </message>
    <message>
        <source>Empty: each workstation&apos;s own data folder: {folder}</source>
        <translation>Vazio: a pasta de dados de cada posto de trabalho: {folder}</translation>
    </message>
    <message>
        <source>default: {folder}</source>
        <translation>predefinição: {folder}</translation>
    </message>
    <message>
        <source>default: this workstation&apos;s folder</source>
        <translation>predefinição: a pasta deste posto de trabalho</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <source>Choose the folder for the automatic backups</source>
        <translation>Escolher a pasta para as cópias de segurança automáticas</translation>
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
        <translation>{default} (em uso)</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>Backup warning</source>
        <translation>Aviso de cópia de segurança</translation>
    </message>
    <message>
        <source>⚠ Backup: {warning}</source>
        <translation>⚠ Cópia de segurança: {warning}</translation>
    </message>
</context>
<context>
    <name>BodySitePickerDialog</name>
    <message>
        <source>Click the body site on the front or back view.</source>
        <translation>Clique na localização no corpo, na vista anterior ou posterior.</translation>
    </message>
    <message>
        <source>Choose body site</source>
        <translation>Escolher localização</translation>
    </message>
    <message>
        <source>Chosen body site</source>
        <translation>Localização escolhida</translation>
    </message>
</context>
<context>
    <name>ButtonBar</name>
    <message>
        <source>Save visit (Ctrl+S)</source>
        <translation>Guardar consulta (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Reload the visit…</source>
        <translation>Recarregar a consulta…</translation>
    </message>
    <message>
        <source>Someone else saved this visit after you opened it: show it as stored now, with what you typed carried over</source>
        <translation>Outra pessoa guardou esta consulta depois de a abrir: mostrá-la tal como está guardada agora, mantendo o que escreveu</translation>
    </message>
    <message>
        <source>I&amp;maging &amp;&amp; procedures…</source>
        <translation>Ima&amp;giologia e procedimentos…</translation>
    </message>
    <message>
        <source>Record an imaging study or a procedure of this visit&apos;s day; it is saved at once</source>
        <translation>Registar um exame de imagem ou um procedimento do dia desta consulta; é guardado de imediato</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Alterar palavra-passe</translation>
    </message>
    <message>
        <source>The password of {name} ({username}).</source>
        <translation>A palavra-passe de {name} ({username}).</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Palavra-passe atual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova palavra-passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repetir nova palavra-passe</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>is not the same as the new password</source>
        <translation>não é igual à nova palavra-passe</translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation>A palavra-passe não foi alterada</translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Change dose</source>
        <translation>Alterar dose</translation>
    </message>
    <message>
        <source>a drug</source>
        <translation>um medicamento</translation>
    </message>
    <message>
        <source>stop of {drug}</source>
        <translation>suspensão de {drug}</translation>
    </message>
    <message>
        <source>dose change of {drug} to {dose}</source>
        <translation>alteração de dose de {drug} para {dose}</translation>
    </message>
    <message>
        <source>dose change of {drug}</source>
        <translation>alteração de dose de {drug}</translation>
    </message>
    <message>
        <source>start of {drug} {dose}</source>
        <translation>início de {drug} {dose}</translation>
    </message>
    <message>
        <source>start of {drug}</source>
        <translation>início de {drug}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Drug…</source>
        <translation>Medicamento…</translation>
    </message>
    <message>
        <source>Name of the drug</source>
        <translation>Nome do medicamento</translation>
    </message>
    <message>
        <source>Drug name</source>
        <translation>Nome do medicamento</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Nova dose</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dose</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Unidade da dose</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Porquê (obrigatório)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Remove this change</source>
        <translation>Remover esta alteração</translation>
    </message>
    <message>
        <source>Dose check</source>
        <translation>Verificação da dose</translation>
    </message>
    <message>
        <source>Since {day}, {route}</source>
        <translation>Desde {day}, {route}</translation>
    </message>
    <message>
        <source>{drug}: not taken on this date</source>
        <translation>{drug}: não tomado nesta data</translation>
    </message>
    <message>
        <source>Change dose of {drug}</source>
        <translation>Alterar dose de {drug}</translation>
    </message>
    <message>
        <source>Stop {drug}</source>
        <translation>Suspender {drug}</translation>
    </message>
    <message>
        <source>Start {drug}</source>
        <translation>Iniciar {drug}</translation>
    </message>
    <message>
        <source>{drug} is not in CalciTrack&apos;s list of drugs</source>
        <translation>{drug} não está na lista de medicamentos do CalciTrack</translation>
    </message>
    <message>
        <source>{drug} is not taken on {day} (it was stopped or changed since, or the date is not the same). The change is kept without a drug: choose the drug again, or remove it</source>
        <translation>{drug} não é tomado em {day} (foi suspenso ou alterado entretanto, ou a data não é a mesma). A alteração fica sem medicamento: escolha o medicamento novamente ou remova-a</translation>
    </message>
    <message>
        <source>dose unit</source>
        <translation>unidade da dose</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frequência</translation>
    </message>
    <message>
        <source>route</source>
        <translation>via</translation>
    </message>
    <message>
        <source>the {field} “{code}” is not known: choose it again</source>
        <translation>o campo {field} “{code}” não é conhecido: escolha-o novamente</translation>
    </message>
    <message>
        <source>The {change} could not be put back as typed: {reason}.</source>
        <translation>Não foi possível repor tal como foi escrito — {change}: {reason}.</translation>
    </message>
    <message>
        <source>{change}, new dose: {reason}</source>
        <translation>{change}, nova dose: {reason}</translation>
    </message>
    <message>
        <source>{change}: the dose must be above 0</source>
        <translation>{change}: a dose tem de ser superior a 0</translation>
    </message>
</context>
<context>
    <name>ClinicDayDialog</name>
    <message>
        <source>Clinic day</source>
        <translation>Dia de consulta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>Clinic &amp;day:</source>
        <translation>&amp;Dia de consulta:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>&amp;Language of the summaries:</source>
        <translation>&amp;Língua dos resumos:</translation>
    </message>
    <message>
        <source>&amp;Write the summaries</source>
        <translation>&amp;Escrever os resumos</translation>
    </message>
</context>
<context>
    <name>ClinicDayFlow</name>
    <message>
        <source>Clinic-day summaries</source>
        <translation>Resumos do dia de consulta</translation>
    </message>
    <message>
        <source>No summaries were written: {reason}.</source>
        <translation>Nenhum resumo foi escrito: {reason}.</translation>
    </message>
    <message>
        <source>Summaries: {done} of {total}</source>
        <translation>Resumos: {done} de {total}</translation>
    </message>
    <message>
        <source>No visits on {day}: no summaries written</source>
        <translation>Não há consultas em {day}: nenhum resumo foi escrito</translation>
    </message>
    <message>
        <source>No visits on {day}: no summaries written.</source>
        <translation>Não há consultas em {day}: nenhum resumo foi escrito.</translation>
    </message>
    <message>
        <source>{written} of {count} summaries for {day} written to {folder}; {failed} failed:</source>
        <translation>{written} de {count} resumos de {day} escritos em {folder}; {failed} falharam:</translation>
    </message>
    <message>
        <source>{written} of {count} summaries for {day} written to {folder}.</source>
        <translation>{written} de {count} resumos de {day} escritos em {folder}.</translation>
    </message>
    <message>
        <source>FAILED {mrn}: {reason}</source>
        <translation>FALHOU {mrn}: {reason}</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>escrito {file}</translation>
    </message>
</context>
<context>
    <name>ClinicIdentityPanel</name>
    <message>
        <source>Clinic name</source>
        <translation>Nome da clínica</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logótipo</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Escolher o logótipo da clínica</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Imagens PNG ou JPEG (*.png *.jpg *.jpeg);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>the file {file} could not be read: {reason}</source>
        <translation>não foi possível ler o ficheiro {file}: {reason}</translation>
    </message>
    <message>
        <source>the file {file} is {width} × {height} pixels; a logo may be at most {most} pixels on a side</source>
        <translation>o ficheiro {file} tem {width} × {height} píxeis; um logótipo pode ter no máximo {most} píxeis de lado</translation>
    </message>
    <message>
        <source>the file {file} is damaged: it cannot be read as a {format} image</source>
        <translation>o ficheiro {file} está danificado: não pode ser lido como imagem {format}</translation>
    </message>
    <message>
        <source>the file {file} {reason}</source>
        <translation>o ficheiro {file} {reason}</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nome da clínica</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Escolher &amp;logótipo…</translation>
    </message>
    <message>
        <source>Take the logo from a PNG or JPEG file</source>
        <translation>Obter o logótipo de um ficheiro PNG ou JPEG</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>Re&amp;mover logótipo</translation>
    </message>
    <message>
        <source>Print the summaries without a logo (saved on Save)</source>
        <translation>Imprimir os resumos sem logótipo (guardado ao Guardar)</translation>
    </message>
    <message>
        <source>PNG or JPEG, up to {size} kB. The name and logo head every PDF visit summary.</source>
        <translation>PNG ou JPEG, até {size} kB. O nome e o logótipo encabeçam cada resumo de consulta em PDF.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sem logótipo</translation>
    </message>
    <message>
        <source>Logo cannot be shown</source>
        <translation>Não é possível mostrar o logótipo</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {size} kB</source>
        <translation>{width} × {height} píxeis, {size} kB</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Definições da clínica</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Repor predefinições</translation>
    </message>
    <message>
        <source>Put every threshold back to its default (saved on Save)</source>
        <translation>Repor todos os limiares no valor predefinido (guardado ao Guardar)</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Pasta de cópias de segurança:</translation>
    </message>
    <message>
        <source>Clinic name and logo</source>
        <translation>Nome e logótipo da clínica</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsFlow</name>
    <message>
        <source>the thresholds were saved</source>
        <translation>os limiares foram guardados</translation>
    </message>
    <message>
        <source>the clinic name and logo were saved</source>
        <translation>o nome e o logótipo da clínica foram guardados</translation>
    </message>
    <message>
        <source>, but </source>
        <translation>, mas </translation>
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
        <translation>Definições partilhadas por todos os postos de trabalho. Os limiares clínicos (resposta, revisão cirúrgica, segurança, doses) são apoio à decisão: alterá-los muda os doentes que recebem alertas.</translation>
    </message>
    <message>
        <source>Response assessment</source>
        <translation>Avaliação da resposta</translation>
    </message>
    <message>
        <source>Reconsider-surgery review</source>
        <translation>Revisão: reconsiderar cirurgia</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Alertas de segurança</translation>
    </message>
    <message>
        <source>Dose limits (from the drug labels)</source>
        <translation>Limites de dose (dos RCM)</translation>
    </message>
    <message>
        <source>Accounts and workstation lock</source>
        <translation>Contas e bloqueio do posto de trabalho</translation>
    </message>
    <message>
        <source>Data-quality checks (not clinical thresholds)</source>
        <translation>Verificações de qualidade dos dados (não são limiares clínicos)</translation>
    </message>
    <message>
        <source>Automatic backups (operational settings, not clinical)</source>
        <translation>Cópias de segurança automáticas (definições operacionais, não clínicas)</translation>
    </message>
    <message>
        <source>Follow-up scheduling (administrative, not clinical)</source>
        <translation>Agendamento do seguimento (administrativo, não clínico)</translation>
    </message>
    <message>
        <source>At the first start of each day CalciTrack backs up the clinic&apos;s database into the backup folder set below (left empty: the folder “backups” in each workstation&apos;s own CalciTrack data folder), checks the copy and records the result in the audit trail; older automatic backups beyond these counts are deleted (never other files). The window warns when the last verified backup is older than set here, or when the last automatic backup failed (a folder this workstation cannot reach, for one).</source>
        <translation>No primeiro arranque de cada dia, o CalciTrack faz uma cópia de segurança da base de dados da clínica para a pasta de cópias de segurança definida abaixo (se vazia: a pasta “backups” na pasta de dados do CalciTrack de cada posto de trabalho), verifica a cópia e regista o resultado no registo de auditoria; as cópias automáticas mais antigas para além destes números são eliminadas (nunca outros ficheiros). A janela avisa quando a última cópia verificada é mais antiga do que o definido aqui, ou quando a última cópia automática falhou (por exemplo, uma pasta a que este posto de trabalho não consegue aceder).</translation>
    </message>
    <message>
        <source>A value beyond one of these limits is possible but unusual: the visit form asks the nurse to confirm it before it is saved (a file import, the importer), and the audit trail records who confirmed it. They catch typing slips and wrong units; they change no flag and no assessment. Impossible values (hip flexion 200°) are refused whatever is set here.</source>
        <translation>Um valor para além de um destes limites é possível mas invulgar: o formulário da consulta pede ao enfermeiro que o confirme antes de ser guardado (numa importação de ficheiro, a quem importa) e o registo de auditoria regista quem o confirmou. Servem para apanhar erros de escrita e unidades erradas; não alteram nenhum alerta nem nenhuma avaliação. Valores impossíveis (flexão da anca de 200°) são recusados independentemente do que aqui for definido.</translation>
    </message>
    <message>
        <source>clinic policy</source>
        <translation>política da clínica</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>sem predefinição</translation>
    </message>
    <message>
        <source>not set — no label value found</source>
        <translation>não definido — nenhum valor encontrado no RCM</translation>
    </message>
    <message>
        <source>data-quality check</source>
        <translation>verificação de qualidade dos dados</translation>
    </message>
    <message>
        <source>{setting} {continuation}</source>
        <translation>{setting} {continuation}</translation>
    </message>
    <message>
        <source>{not_set_note} (leave the field empty: {not_set})</source>
        <translation>{not_set_note} (deixe o campo vazio: {not_set})</translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation>predefinição {value}</translation>
    </message>
    <message>
        <source>{setting} — {default}, from {low} to {high}. {origin}</source>
        <translation>{setting} — {default}, de {low} a {high}. {origin}</translation>
    </message>
    <message>
        <source>no default · &lt;b&gt;set by the clinic&lt;/b&gt;</source>
        <translation>sem predefinição · &lt;b&gt;definido pela clínica&lt;/b&gt;</translation>
    </message>
    <message>
        <source>default {value} · &lt;b&gt;changed&lt;/b&gt;</source>
        <translation>predefinição {value} · &lt;b&gt;alterado&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>someone else</source>
        <extracomment>A field both the user and the other person changed.</extracomment>
        <translation>outra pessoa</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Saved by {who}, after you opened it. Nothing was overwritten.</source>
        <translation>Guardado por {who}, depois de o abrir. Nada foi substituído.</translation>
    </message>
    <message>
        <source>What was changed (highlighted: you changed it too):</source>
        <translation>O que foi alterado (realçado: também o alterou):</translation>
    </message>
    <message>
        <source>What was changed:</source>
        <translation>O que foi alterado:</translation>
    </message>
    <message>
        <source>The changes cannot be listed; reload to see the record as it is stored now.</source>
        <translation>Não é possível listar as alterações; recarregue para ver o registo tal como está guardado agora.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Quando o abriu</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Guardado agora</translation>
    </message>
    <message>
        <source>In your form</source>
        <translation>No seu formulário</translation>
    </message>
    <message>
        <source>Last saved by</source>
        <translation>Guardado por último por</translation>
    </message>
    <message>
        <source>What was changed</source>
        <translation>O que foi alterado</translation>
    </message>
    <message>
        <source>{field}: you changed this too</source>
        <translation>{field}: também alterou isto</translation>
    </message>
</context>
<context>
    <name>CorrectPeriodDialog</name>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motivo da retificação</translation>
    </message>
    <message>
        <source>Correct &lt;b&gt;{period}&lt;/b&gt; for {patient}, as it should have been recorded. Each changed field is kept in the audit trail. A period of the wrong drug is deleted instead (Delete in the list).</source>
        <translation>Corrigir &lt;b&gt;{period}&lt;/b&gt; de {patient}, tal como devia ter sido registado. Cada campo alterado fica no registo de auditoria. Um período do medicamento errado é eliminado em vez disso (Eliminar na lista).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Sto&amp;pped on</source>
        <translation>Sus&amp;penso em</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Suspensão</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Start reason</source>
        <translation>Motivo do início</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Motivo da suspensão</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>Iní&amp;cio:</translation>
    </message>
    <message>
        <source>Stop:</source>
        <translation>Suspensão:</translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation>D&amp;ose:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequência:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Via:</translation>
    </message>
    <message>
        <source>Start r&amp;eason:</source>
        <translation>Motivo do &amp;início:</translation>
    </message>
    <message>
        <source>Stop reaso&amp;n:</source>
        <translation>Motivo da suspe&amp;nsão:</translation>
    </message>
    <message>
        <source>Required: why the signed visit is amended</source>
        <translation>Obrigatório: porque é retificada a consulta assinada</translation>
    </message>
    <message>
        <source>Reason for the a&amp;mendment:</source>
        <translation>Motivo da re&amp;tificação:</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>Porque não foi guardado</translation>
    </message>
    <message>
        <source>I have checked this dose: &amp;confirm it as entered</source>
        <translation>Verifiquei esta dose: confir&amp;mar tal como foi introduzida</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Guardar correção</translation>
    </message>
    <message>
        <source>Not saved yet: this correction changes {signed}. Give the reason for the amendment, then save it as that visit&apos;s amendment.</source>
        <translation>Ainda não guardado: esta correção altera {signed}. Indique o motivo da retificação e guarde-a como retificação dessa consulta.</translation>
    </message>
    <message>
        <source>Amend medication period</source>
        <translation>Retificar período de medicação</translation>
    </message>
    <message>
        <source>Correct medication period</source>
        <translation>Corrigir período de medicação</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation>&amp;Guardar retificação</translation>
    </message>
    <message>
        <source>This period is part of {signed}. Saving amends that visit: it stays signed, what it said as signed is kept beside the correction, and the summary says it was amended, when and why.</source>
        <translation>Este período faz parte de {signed}. Guardar retifica essa consulta: continua assinada, o que constava como assinado fica guardado ao lado da correção e o resumo indica que foi retificada, quando e porquê.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must be after the start date</source>
        <translation>tem de ser posterior à data de início</translation>
    </message>
    <message>
        <source>say why the signed visit is amended</source>
        <translation>indique porque é retificada a consulta assinada</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Not saved. {problems}</source>
        <translation>Não guardado. {problems}</translation>
    </message>
    <message>
        <source>Not saved yet. {unusual} Tick the box below to save it as entered.</source>
        <translation>Ainda não guardado. {unusual} Assinale a caixa abaixo para o guardar tal como foi introduzido.</translation>
    </message>
</context>
<context>
    <name>CtrlEnter</name>
    <message>
        <source>Ctrl+Enter confirms</source>
        <translation>Ctrl+Enter confirma</translation>
    </message>
</context>
<context>
    <name>Das28Given</name>
    <message>
        <source>DAS28 given</source>
        <translation>DAS28 indicado</translation>
    </message>
    <message>
        <source>DAS28 given variant</source>
        <translation>Variante do DAS28 indicado</translation>
    </message>
    <message>
        <source>{field}: a DAS28 typed from another form, {low}–{high}, with its variant; may be empty</source>
        <translation>{field}: um DAS28 transcrito de outro formulário, {low}–{high}, com a sua variante; pode ficar vazio</translation>
    </message>
    <message>
        <source>from another form</source>
        <translation>de outro formulário</translation>
    </message>
    <message>
        <source>Pain and disease activity: the {variant_field} “{code}” is not known, so {field} {value} has no variant: choose it again.</source>
        <translation>Dor e atividade da doença: o campo {variant_field} “{code}” não é conhecido, pelo que {field} {value} não tem variante: escolha-a novamente.</translation>
    </message>
    <message>
        <source>{field} {typed} ({variant}) differs by more than {tolerance} from the {value} its components typed here give: check both forms [R12]</source>
        <translation>{field} {typed} ({variant}) difere mais de {tolerance} do valor {value} dado pelos componentes aqui escritos: verifique ambos os formulários [R12]</translation>
    </message>
</context>
<context>
    <name>DeleteEventDialog</name>
    <message>
        <source>Delete &lt;b&gt;{event}&lt;/b&gt; for {patient} as entered in error?&lt;br&gt;&lt;br&gt;The charts and the summary no longer show it. Which imaging study it was, its values and the reason are kept in the audit trail.</source>
        <translation>Eliminar &lt;b&gt;{event}&lt;/b&gt; de {patient} como introduzido por erro?&lt;br&gt;&lt;br&gt;Os gráficos e o resumo deixam de o mostrar. O exame de imagem em causa, os seus valores e o motivo ficam no registo de auditoria.</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;{event}&lt;/b&gt; for {patient} as entered in error?&lt;br&gt;&lt;br&gt;The charts and the summary no longer show it. Which procedure it was, its values and the reason are kept in the audit trail.</source>
        <translation>Eliminar &lt;b&gt;{event}&lt;/b&gt; de {patient} como introduzido por erro?&lt;br&gt;&lt;br&gt;Os gráficos e o resumo deixam de o mostrar. O procedimento em causa, os seus valores e o motivo ficam no registo de auditoria.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;It is part of {visit}: deleting it amends that visit, which stays signed; what it said as signed is kept with your reason.</source>
        <translation>&lt;br&gt;&lt;br&gt;Faz parte de {visit}: eliminá-lo retifica essa consulta, que continua assinada; o que constava como assinado fica guardado com o seu motivo.</translation>
    </message>
    <message>
        <source>Delete imaging study</source>
        <translation>Eliminar exame de imagem</translation>
    </message>
    <message>
        <source>Delete procedure</source>
        <translation>Eliminar procedimento</translation>
    </message>
    <message>
        <source>Why is it deleted (the amendment&apos;s reason)?</source>
        <translation>Porque é eliminado (o motivo da retificação)?</translation>
    </message>
    <message>
        <source>Why is it deleted?</source>
        <translation>Porque é eliminado?</translation>
    </message>
    <message>
        <source>&amp;Delete imaging study</source>
        <translation>&amp;Eliminar exame de imagem</translation>
    </message>
    <message>
        <source>&amp;Delete procedure</source>
        <translation>&amp;Eliminar procedimento</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Motivo da eliminação</translation>
    </message>
</context>
<context>
    <name>DeletePeriodDialog</name>
    <message>
        <source>Delete &lt;b&gt;{period}&lt;/b&gt; for {patient} as entered in error?&lt;br&gt;&lt;br&gt;The regimen, the dose flags and the charts no longer count it. Which period it was, its values and the reason are kept in the audit trail.</source>
        <translation>Eliminar &lt;b&gt;{period}&lt;/b&gt; de {patient} como introduzido por erro?&lt;br&gt;&lt;br&gt;O esquema, os alertas de dose e os gráficos deixam de o contar. O período em causa, os seus valores e o motivo ficam no registo de auditoria.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;It was recorded at {signed}: deleting it amends that visit, which stays signed; what it said as signed is kept with your reason.</source>
        <translation>&lt;br&gt;&lt;br&gt;Foi registado em {signed}: eliminá-lo retifica essa consulta, que continua assinada; o que constava como assinado fica guardado com o seu motivo.</translation>
    </message>
    <message>
        <source>Delete medication period</source>
        <translation>Eliminar período de medicação</translation>
    </message>
    <message>
        <source>Why is it deleted (the amendment&apos;s reason)?</source>
        <translation>Porque é eliminado (o motivo da retificação)?</translation>
    </message>
    <message>
        <source>Why is it deleted?</source>
        <translation>Porque é eliminado?</translation>
    </message>
    <message>
        <source>&amp;Delete period</source>
        <translation>&amp;Eliminar período</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Motivo da eliminação</translation>
    </message>
</context>
<context>
    <name>DeletePhotographDialog</name>
    <message>
        <source>Delete photograph</source>
        <translation>Eliminar fotografia</translation>
    </message>
    <message>
        <source>&amp;Why is it deleted?</source>
        <translation>&amp;Porque é eliminada?</translation>
    </message>
    <message>
        <source>Reason (required; {hint})</source>
        <translation>Motivo (obrigatório; {hint})</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Motivo da eliminação</translation>
    </message>
    <message>
        <source>&amp;Delete photograph</source>
        <translation>&amp;Eliminar fotografia</translation>
    </message>
    <message>
        <source>Delete the photograph &lt;b&gt;{photograph}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;It is no longer shown or compared. Which photograph it was, its checksum and the reason are kept in the audit trail.</source>
        <translation>Eliminar a fotografia &lt;b&gt;{photograph}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Deixa de ser mostrada ou comparada. A fotografia em causa, a sua soma de verificação e o motivo ficam no registo de auditoria.</translation>
    </message>
</context>
<context>
    <name>DeleteVisitDialog</name>
    <message numerus="yes">
        <source>, its %n lesion photograph(s)</source>
        <translation>
            <numerusform>, a sua %n fotografia de lesões</numerusform>
            <numerusform>, as suas %n fotografias de lesões</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Eliminar consulta</translation>
    </message>
    <message>
        <source>Delete the visit of &lt;b&gt;{day}&lt;/b&gt; for {patient}?&lt;br&gt;&lt;br&gt;Its {measurements} lesion measurements{photographs}, range of motion and the labs recorded with it go too. Lesions first seen at this visit and measured nowhere else are removed; lesions marked resolved or excised at it become active again. A copy of the visit is kept with the reason.</source>
        <translation>Eliminar a consulta de &lt;b&gt;{day}&lt;/b&gt; de {patient}?&lt;br&gt;&lt;br&gt;As suas {measurements} medições de lesões{photographs}, a amplitude de movimento e as análises registadas com ela também são eliminadas. As lesões vistas pela primeira vez nesta consulta e não medidas em nenhuma outra são removidas; as lesões marcadas como resolvidas ou excisadas nela voltam a ficar ativas. É guardada uma cópia da consulta com o motivo.</translation>
    </message>
    <message>
        <source>Why is it deleted?</source>
        <translation>Porque é eliminada?</translation>
    </message>
    <message>
        <source>&amp;Delete visit</source>
        <translation>&amp;Eliminar consulta</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Motivo da eliminação</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard this visit?

What was typed for {day} is not saved and will be lost.</source>
        <translation>Descartar esta consulta?

O que foi escrito para {day} não está guardado e vai perder-se.</translation>
    </message>
    <message>
        <source>Discard this visit?</source>
        <translation>Descartar esta consulta?</translation>
    </message>
    <message>
        <source>&amp;Discard visit</source>
        <translation>&amp;Descartar consulta</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Continuar a escrever</translation>
    </message>
</context>
<context>
    <name>DraftOfferDialog</name>
    <message numerus="yes">
        <source>Unsaved visit(s)</source>
        <translation>
            <numerusform>Consulta não guardada</numerusform>
            <numerusform>Consultas não guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved visits</source>
        <translation>Consultas não guardadas</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mais &amp;tarde</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Open the patient and the visit as it was typed</source>
        <translation>Abrir o doente e a consulta tal como foi escrita</translation>
    </message>
    <message>
        <source>Keep it: offered again when you next sign in, or open its patient</source>
        <translation>Mantê-la: volta a ser proposta no próximo início de sessão, ou ao abrir o doente</translation>
    </message>
    <message>
        <source>Throw away what was typed (it cannot be recovered)</source>
        <translation>Deitar fora o que foi escrito (não pode ser recuperado)</translation>
    </message>
</context>
<context>
    <name>DraftOffers</name>
    <message>
        <source>You have an unsaved {draft}.

Recover it now, keep it for later, or discard it?</source>
        <translation>Tem uma {draft} não guardada.

Recuperá-la agora, mantê-la para mais tarde ou descartá-la?</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsaved visit(s), kept as your drafts (oldest first). Recover one now, or keep them for later: they are offered again when you sign in or open their patient.</source>
        <translation>
            <numerusform>Tem %n consulta não guardada, mantida como rascunho. Recupere-a agora ou mantenha-a para mais tarde: volta a ser proposta quando iniciar sessão ou abrir o doente.</numerusform>
            <numerusform>Tem %n consultas não guardadas, mantidas como rascunhos (mais antigas primeiro). Recupere uma agora ou mantenha-as para mais tarde: voltam a ser propostas quando iniciar sessão ou abrir o doente.</numerusform>
        </translation>
    </message>
    <message>
        <source>An unsaved {draft} was kept on this workstation by an earlier version of CalciTrack, which did not record who typed it (author unknown).

Recover it as your own draft, leave it for whoever typed it, or discard it?</source>
        <translation>Uma {draft} não guardada foi mantida neste posto de trabalho por uma versão anterior do CalciTrack, que não registava quem a escreveu (autor desconhecido).

Recuperá-la como rascunho seu, deixá-la para quem a escreveu ou descartá-la?</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved visit(s) for this patient were kept on this workstation by an earlier version of CalciTrack, which did not record who typed them (author unknown).</source>
        <translation>
            <numerusform>%n consulta não guardada deste doente foi mantida neste posto de trabalho por uma versão anterior do CalciTrack, que não registava quem a escreveu (autor desconhecido).</numerusform>
            <numerusform>%n consultas não guardadas deste doente foram mantidas neste posto de trabalho por uma versão anterior do CalciTrack, que não registava quem as escreveu (autor desconhecido).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation>Consulta não guardada</translation>
    </message>
    <message>
        <source>That draft could not be taken over: it is gone, or you have an unsaved visit of your own for the same visit (recover or discard yours first).</source>
        <translation>Não foi possível assumir esse rascunho: já não existe, ou tem uma consulta não guardada sua para a mesma consulta (recupere ou descarte primeiro a sua).</translation>
    </message>
    <message>
        <source>Unsaved visit discarded</source>
        <translation>Consulta não guardada descartada</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>uma data desconhecida</translation>
    </message>
    <message>
        <source>new visit of {day}</source>
        <translation>nova consulta de {day}</translation>
    </message>
    <message>
        <source>edit of the visit of {day}</source>
        <translation>edição da consulta de {day}</translation>
    </message>
    <message>
        <source>{mrn} ({name})</source>
        <translation>{mrn} ({name})</translation>
    </message>
    <message>
        <source>started {moment}</source>
        <translation>iniciada {moment}</translation>
    </message>
    <message>
        <source>last typed {moment}</source>
        <translation>última escrita {moment}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{what} for {patient}, {when}</source>
        <translation>{what} de {patient}, {when}</translation>
    </message>
    <message>
        <source>{patient}: {what}, {when}</source>
        <translation>{patient}: {what}, {when}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;The open patient ({mrn})</source>
        <translation>&amp;O doente aberto ({mrn})</translation>
    </message>
    <message>
        <source>&amp;The open patient (none is open)</source>
        <translation>&amp;O doente aberto (nenhum aberto)</translation>
    </message>
    <message>
        <source>&amp;All patients</source>
        <translation>&amp;Todos os doentes</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Ficheiro a escrever</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Interchange JSON</source>
        <translation>JSON de intercâmbio</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export charts</source>
        <translation>Exportar processos</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}.</source>
        <translation>Nada foi exportado: {reason}.</translation>
    </message>
    <message>
        <source>{count} value(s) cannot be written as JSON; nothing was exported:</source>
        <translation>Não é possível escrever {count} valor(es) em JSON; nada foi exportado:</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>{file}: cannot write it ({reason})</source>
        <translation>{file}: não é possível escrevê-lo ({reason})</translation>
    </message>
    <message>
        <source>Exported {count} patient(s) to {file}</source>
        <translation>{count} doente(s) exportado(s) para {file}</translation>
    </message>
</context>
<context>
    <name>FhirExportDialog</name>
    <message>
        <source>&amp;The open patient ({mrn})</source>
        <translation>&amp;O doente aberto ({mrn})</translation>
    </message>
    <message>
        <source>&amp;The open patient (none is open)</source>
        <translation>&amp;O doente aberto (nenhum aberto)</translation>
    </message>
    <message>
        <source>&amp;All patients</source>
        <translation>&amp;Todos os doentes</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Ficheiro a escrever</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Include visit &amp;summaries (PDF)</source>
        <translation>Incluir &amp;resumos das consultas (PDF)</translation>
    </message>
    <message>
        <source>Each visit&apos;s PDF summary goes into the Bundle as a DocumentReference (slower, and a larger file)</source>
        <translation>O resumo em PDF de cada consulta entra no Bundle como DocumentReference (mais lento e um ficheiro maior)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <source>A FHIR R4 Bundle (type collection) with each patient&apos;s conditions, visits, observations, lesions, medications, procedures and imaging reports, coded with SNOMED CT, LOINC, UCUM, ATC and ICD-10 where CalciTrack holds a verified code.</source>
        <translation>Um Bundle FHIR R4 (tipo collection) com as doenças, consultas, observações, lesões, medicação, procedimentos e relatórios de imagiologia de cada doente, codificados em SNOMED CT, LOINC, UCUM, ATC e CID-10 quando o CalciTrack tem um código verificado.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>FHIR JSON</source>
        <translation>JSON FHIR</translation>
    </message>
</context>
<context>
    <name>FhirExportFlow</name>
    <message>
        <source>Export FHIR R4</source>
        <translation>Exportar FHIR R4</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}.</source>
        <translation>Nada foi exportado: {reason}.</translation>
    </message>
    <message>
        <source>FHIR export: {done} of {total} patients</source>
        <translation>Exportação FHIR: {done} de {total} doentes</translation>
    </message>
    <message>
        <source>Exporting a FHIR R4 Bundle to {file}…</source>
        <translation>A exportar um Bundle FHIR R4 para {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n patient(s) as a FHIR R4 Bundle to {file}</source>
        <translation>
            <numerusform>%n doente exportado como Bundle FHIR R4 para {file}</numerusform>
            <numerusform>%n doentes exportados como Bundle FHIR R4 para {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: {file}: cannot write it ({reason}).</source>
        <translation>Nada foi exportado: {file}: não é possível escrevê-lo ({reason}).</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Verification findings</source>
        <translation>Resultados da verificação</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>CalciTrack — first administrator</source>
        <translation>CalciTrack — primeiro administrador</translation>
    </message>
    <message>
        <source>This clinic has no administrator yet. Create the first account: it manages users and settings; give it a clinical role too if this person also records or signs visits.</source>
        <translation>Esta clínica ainda não tem administrador. Crie a primeira conta: gere os utilizadores e as definições; atribua-lhe também um perfil clínico se esta pessoa também registar ou assinar consultas.</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Ruiz</source>
        <translation>p. ex. Dr.ª Ana Ruiz</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repetir palavra-passe</translation>
    </message>
    <message>
        <source>Also a nurse</source>
        <translation>Também enfermeiro(a)</translation>
    </message>
    <message>
        <source>Also a physician</source>
        <translation>Também médico(a)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>As shown on records and signatures</source>
        <translation>Tal como aparece nos registos e assinaturas</translation>
    </message>
    <message>
        <source>Clinical role:</source>
        <translation>Perfil clínico:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>is not the same as the password</source>
        <translation>não é igual à palavra-passe</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>A conta não foi criada</translation>
    </message>
</context>
<context>
    <name>ImagingDialog</name>
    <message>
        <source>Correct the imaging study for {patient}, as its report gives it. Each changed field is kept in the audit trail.</source>
        <translation>Corrigir o exame de imagem de {patient}, tal como consta no relatório. Cada campo alterado fica no registo de auditoria.</translation>
    </message>
    <message>
        <source>New imaging study for {patient}, as its report gives it.</source>
        <translation>Novo exame de imagem de {patient}, tal como consta no relatório.</translation>
    </message>
    <message>
        <source>Correct imaging study</source>
        <translation>Corrigir exame de imagem</translation>
    </message>
    <message>
        <source>New imaging study</source>
        <translation>Novo exame de imagem</translation>
    </message>
    <message>
        <source>Lesions shown</source>
        <translation>Lesões mostradas</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Achado</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Who read the study (radiologist)</source>
        <translation>Quem relatou o exame (radiologista)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Não indicado</translation>
    </message>
    <message>
        <source>The reader&apos;s comparison with the previous study of the same region and modality</source>
        <translation>A comparação do relator com o exame anterior da mesma região e modalidade</translation>
    </message>
    <message>
        <source>M&amp;odality:</source>
        <translation>M&amp;odalidade:</translation>
    </message>
    <message>
        <source>&amp;Lesions shown:</source>
        <translation>&amp;Lesões mostradas:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Achado:</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>&amp;Relator:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Conclusão:</translation>
    </message>
    <message>
        <source>&amp;Save study</source>
        <translation>&amp;Guardar exame</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import charts</source>
        <translation>Importar processos</translation>
    </message>
    <message>
        <source>Import charts from an interchange file</source>
        <translation>Importar processos de um ficheiro de intercâmbio</translation>
    </message>
    <message>
        <source>Interchange JSON</source>
        <translation>JSON de intercâmbio</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>{file} changed since its unusual values were listed; nothing was imported. Import it again to see them.</source>
        <translation>{file} foi alterado desde que os seus valores invulgares foram listados; nada foi importado. Importe-o novamente para os ver.</translation>
    </message>
    <message>
        <source>{file}: {count} unusual value(s); nothing was imported.</source>
        <translation>{file}: {count} valor(es) invulgar(es); nada foi importado.</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation>{file}: {count} problema(s); nada foi importado.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Imported {patients} patient(s) ({visits} visits) from {file}</source>
        <translation>Importado(s) {patients} doente(s) ({visits} consultas) de {file}</translation>
    </message>
    <message>
        <source>{imported}; accepted {count} unusual value(s), each recorded in the audit trail as confirmed by {who}:</source>
        <translation>{imported}; aceite(s) {count} valor(es) invulgar(es), cada um registado no registo de auditoria como confirmado por {who}:</translation>
    </message>
    <message>
        <source>Check each value against its source. If every one is right, tick the box: the file is imported and each value is recorded in the audit trail as confirmed by you.</source>
        <translation>Verifique cada valor com a sua fonte. Se estiverem todos certos, assinale a caixa: o ficheiro é importado e cada valor fica registado no registo de auditoria como confirmado por si.</translation>
    </message>
    <message>
        <source>Correct the file and import it again: nothing of it was stored.</source>
        <translation>Corrija o ficheiro e importe-o novamente: nada dele foi guardado.</translation>
    </message>
    <message>
        <source>&amp;I checked each value against its source: import them, each confirmed by me</source>
        <translation>&amp;Verifiquei cada valor com a sua fonte: importá-los, cada um confirmado por mim</translation>
    </message>
    <message>
        <source>{file} cannot be imported; nothing was imported.</source>
        <translation>Não é possível importar {file}; nada foi importado.</translation>
    </message>
</context>
<context>
    <name>LabEntryPanel</name>
    <message>
        <source>Analyte</source>
        <translation>Analito</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Lab low</source>
        <translation>Mín. lab.</translation>
    </message>
    <message>
        <source>Lab high</source>
        <translation>Máx. lab.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>&lt;b&gt;{header}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{header}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add l&amp;ab</source>
        <translation>Adicionar anál&amp;ise</translation>
    </message>
    <message>
        <source>Add a lab result (Alt+A)</source>
        <translation>Adicionar um resultado laboratorial (Alt+I)</translation>
    </message>
    <message>
        <source>No labs at this visit. Add one with Alt+A.</source>
        <translation>Sem análises nesta consulta. Adicione uma com Alt+I.</translation>
    </message>
    <message>
        <source>Derived values</source>
        <translation>Valores derivados</translation>
    </message>
    <message>
        <source>&lt;b&gt;Derived&lt;/b&gt; (decision support)</source>
        <translation>&lt;b&gt;Derivados&lt;/b&gt; (apoio à decisão)</translation>
    </message>
    <message>
        <source>Labs: {lab} could not be put back: CalciTrack has no analyte “{code}” in this section. Type it again as the right analyte.</source>
        <translation>Análises: não foi possível repor {lab}: o CalciTrack não tem nenhum analito “{code}” nesta secção. Escreva-o novamente como o analito certo.</translation>
    </message>
    <message>
        <source>{analyte}, {field}</source>
        <translation>{analyte}, {field}</translation>
    </message>
    <message>
        <source>Labs: {field}</source>
        <translation>Análises: {field}</translation>
    </message>
    <message>
        <source>Derived values appear once the patient is known.</source>
        <translation>Os valores derivados aparecem quando o doente for conhecido.</translation>
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
        <translation>Cálcio corrigido, derivado</translation>
    </message>
    <message>
        <source>Derived, not measured: the albumin-corrected calcium of each day on which total
calcium and albumin were both collected
Formula: {formulas}
With albumin measured the same day it is the calcium the mineral-metabolism flag reads
[R24], against total calcium&apos;s range.
Inaccurate in CKD/ESRD: prefer ionized calcium there [R24].</source>
        <translation>Derivado, não medido: o cálcio corrigido pela albumina de cada dia em que o cálcio
total e a albumina foram ambos colhidos
Fórmula: {formulas}
Com a albumina medida no mesmo dia, é o cálcio que o alerta do metabolismo mineral lê
[R24], face ao intervalo do cálcio total.
Impreciso na DRC/DRCT: aí, prefira o cálcio ionizado [R24].</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>{row} (not measured), {date}</source>
        <translation>{row} (não medido), {date}</translation>
    </message>
    <message>
        <source>{value} (worked out as {original})</source>
        <translation>{value} (calculado como {original})</translation>
    </message>
    <message>
        <source>No reference range</source>
        <translation>Sem intervalo de referência</translation>
    </message>
    <message>
        <source>Worked out from {inputs}, collected the same day</source>
        <translation>Calculado a partir de {inputs}, colhidos no mesmo dia</translation>
    </message>
    <message>
        <source>Formula: {formula}</source>
        <translation>Fórmula: {formula}</translation>
    </message>
    <message>
        <source>Albumin measured the same day: this is the calcium the mineral-metabolism flag reads [R24]</source>
        <translation>Albumina medida no mesmo dia: este é o cálcio que o alerta do metabolismo mineral lê [R24]</translation>
    </message>
    <message>
        <source>{hint} [R7][R60] (decision support)</source>
        <translation>{hint} [R7][R60] (apoio à decisão)</translation>
    </message>
    <message>
        <source>no reference range</source>
        <translation>sem intervalo de referência</translation>
    </message>
    <message>
        <source>Corrected calcium {value}: high, above {range} (row &quot;{row}&quot;).</source>
        <translation>Cálcio corrigido {value}: alto, acima de {range} (linha &quot;{row}&quot;).</translation>
    </message>
    <message>
        <source>Corrected calcium {value}: low, below {range} (row &quot;{row}&quot;).</source>
        <translation>Cálcio corrigido {value}: baixo, abaixo de {range} (linha &quot;{row}&quot;).</translation>
    </message>
    <message>
        <source>Corrected calcium {value}: within {range} (row &quot;{row}&quot;).</source>
        <translation>Cálcio corrigido {value}: dentro de {range} (linha &quot;{row}&quot;).</translation>
    </message>
    <message>
        <source>Albumin was measured the same day: the corrected calcium is read, not this measured value [R24].</source>
        <translation>A albumina foi medida no mesmo dia: é lido o cálcio corrigido, não este valor medido [R24].</translation>
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
        <translation>{analyte}, {date}</translation>
    </message>
    <message>
        <source>{value} (entered as {original})</source>
        <translation>{value} (introduzido como {original})</translation>
    </message>
    <message>
        <source>No reference range</source>
        <translation>Sem intervalo de referência</translation>
    </message>
    <message>
        <source>As measured: {verdict}</source>
        <translation>Tal como medido: {verdict}</translation>
    </message>
</context>
<context>
    <name>LabRow</name>
    <message>
        <source>↑ high</source>
        <translation>↑ alto</translation>
    </message>
    <message>
        <source>↓ low</source>
        <translation>↓ baixo</translation>
    </message>
    <message>
        <source>lab low</source>
        <translation>mín. lab.</translation>
    </message>
    <message>
        <source>lab high</source>
        <translation>máx. lab.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <source>analyte</source>
        <translation>analito</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>collected on</source>
        <translation>colhido em</translation>
    </message>
    <message>
        <source>LOINC {code}. {note}</source>
        <translation>LOINC {code}. {note}</translation>
    </message>
    <message>
        <source>Analyte</source>
        <translation>Analito</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Reporting lab&apos;s low</source>
        <translation>Mín. do laboratório</translation>
    </message>
    <message>
        <source>Reporting lab&apos;s high</source>
        <translation>Máx. do laboratório</translation>
    </message>
    <message>
        <source>The reporting lab&apos;s range, in the unit of the value (optional)</source>
        <translation>O intervalo do laboratório que relatou, na unidade do valor (opcional)</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Remove this lab</source>
        <translation>Remover esta análise</translation>
    </message>
    <message>
        <source>Remove {analyte}</source>
        <translation>Remover {analyte}</translation>
    </message>
    <message>
        <source>Labs: {lab} could not be put back as typed: the unit “{unit}” is not one CalciTrack takes for {analyte}, so the value has no unit: choose it again.</source>
        <translation>Análises: não foi possível repor {lab} tal como foi escrito: a unidade “{unit}” não é uma que o CalciTrack aceite para {analyte}, pelo que o valor não tem unidade: escolha-a novamente.</translation>
    </message>
    <message>
        <source>{analyte}, {field}: {reason}</source>
        <translation>{analyte}, {field}: {reason}</translation>
    </message>
    <message>
        <source>{analyte}: the lab range&apos;s low end is above its high end</source>
        <translation>{analyte}: o limite inferior do intervalo do laboratório é superior ao limite superior</translation>
    </message>
    <message>
        <source>Read against {reference}.</source>
        <translation>Lido face a {reference}.</translation>
    </message>
    <message>
        <source>{tip} Enter the reporting lab&apos;s range when you have it.</source>
        <translation>{tip} Introduza o intervalo do laboratório que relatou quando o tiver.</translation>
    </message>
    <message>
        <source>{tip} Mineral metabolism: {note}.</source>
        <translation>{tip} Metabolismo mineral: {note}.</translation>
    </message>
    <message>
        <source>No reference range is known for this analyte: enter the lab&apos;s.</source>
        <translation>Não se conhece nenhum intervalo de referência para este analito: introduza o do laboratório.</translation>
    </message>
    <message>
        <source>{result} (lab range {low}–{high})</source>
        <translation>{result} (intervalo do laboratório {low}–{high})</translation>
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
        <translation>mL/min/1,73 m²</translation>
    </message>
    <message>
        <source>IU/mL</source>
        <translation>UI/mL</translation>
    </message>
    <message>
        <source>titre 1:n</source>
        <translation>título 1:n</translation>
    </message>
    <message>
        <source>the reporting lab&apos;s range {range}</source>
        <translation>o intervalo do laboratório que relatou {range}</translation>
    </message>
    <message>
        <source>the {source} {range}</source>
        <translation>o {source} {range}</translation>
    </message>
    <message>
        <source>High: above {reference}</source>
        <translation>Alto: acima de {reference}</translation>
    </message>
    <message>
        <source>Low: below {reference}</source>
        <translation>Baixo: abaixo de {reference}</translation>
    </message>
    <message>
        <source>Within {reference}</source>
        <translation>Dentro de {reference}</translation>
    </message>
</context>
<context>
    <name>LabsPanel</name>
    <message>
        <source>Lab flowsheet</source>
        <translation>Folha de análises</translation>
    </message>
    <message>
        <source>Display unit</source>
        <translation>Unidade de apresentação</translation>
    </message>
    <message>
        <source>Display &amp;unit:</source>
        <translation>Unidade de a&amp;presentação:</translation>
    </message>
    <message>
        <source>{row} (in total calcium&apos;s unit)</source>
        <translation>{row} (na unidade do cálcio total)</translation>
    </message>
    <message>
        <source>No analyte selected</source>
        <translation>Nenhum analito selecionado</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>edit of the visit of {date} for {name} ({mrn})</source>
        <translation>edição da consulta de {date} de {name} ({mrn})</translation>
    </message>
    <message>
        <source>new visit of {date} for {name} ({mrn})</source>
        <translation>nova consulta de {date} de {name} ({mrn})</translation>
    </message>
    <message>
        <source>The visit was not saved, so CalciTrack stays open: see the form</source>
        <translation>A consulta não foi guardada, por isso o CalciTrack continua aberto: veja o formulário</translation>
    </message>
</context>
<context>
    <name>LeftTabs</name>
    <message>
        <source>Patients</source>
        <translation>Doentes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Due today and overdue, seen today, unsigned visits, drafts (Ctrl+T)</source>
        <translation>Previstas hoje e em atraso, vistos hoje, consultas por assinar, rascunhos (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>Due and overdue, seen today, unsigned visits, drafts</source>
        <translation>Previstas e em atraso, vistos hoje, consultas por assinar, rascunhos</translation>
    </message>
</context>
<context>
    <name>LesionBurdenText</name>
    <message>
        <source>No lesion measured today yet ({active} active).</source>
        <translation>Ainda nenhuma lesão medida hoje ({active} ativas).</translation>
    </message>
    <message>
        <source>No lesion measured at this visit yet ({active} active).</source>
        <translation>Ainda nenhuma lesão medida nesta consulta ({active} ativas).</translation>
    </message>
    <message numerus="yes">
        <source>Burden today: {total} mm² (ellipse, {measured} of %n active lesion(s) measured)</source>
        <translation>
            <numerusform>Carga hoje: {total} mm² (elipse, {measured} de %n lesão ativa medida)</numerusform>
            <numerusform>Carga hoje: {total} mm² (elipse, {measured} de %n lesões ativas medidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Burden at this visit: {total} mm² (ellipse, {measured} of %n active lesion(s) measured)</source>
        <translation>
            <numerusform>Carga nesta consulta: {total} mm² (elipse, {measured} de %n lesão ativa medida)</numerusform>
            <numerusform>Carga nesta consulta: {total} mm² (elipse, {measured} de %n lesões ativas medidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>{burden}.</source>
        <translation>{burden}.</translation>
    </message>
    <message>
        <source>from previous visit ({day})</source>
        <translation>da consulta anterior ({day})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>at this visit</source>
        <translation>nesta consulta</translation>
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
        <translation>Lesão</translation>
    </message>
    <message>
        <source>Longest
mm</source>
        <translation>Maior
mm</translation>
    </message>
    <message>
        <source>Width
mm</source>
        <translation>Largura
mm</translation>
    </message>
    <message>
        <source>Depth
mm</source>
        <translation>Profund.
mm</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Area
(π/4·L·W)</source>
        <translation>Área
(π/4·C·L)</translation>
    </message>
    <message>
        <source>Change from
last visit</source>
        <translation>Variação desde
a última</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No active lesion: add one if a lesion is found today.</source>
        <translation>Nenhuma lesão ativa: adicione uma se for encontrada uma lesão hoje.</translation>
    </message>
    <message>
        <source>Burden and change from the previous visit</source>
        <translation>Carga e variação desde a consulta anterior</translation>
    </message>
    <message>
        <source>Add &amp;lesion</source>
        <translation>Adicionar &amp;lesão</translation>
    </message>
    <message>
        <source>Add a lesion first seen at this visit (Alt+L)</source>
        <translation>Adicionar uma lesão vista pela primeira vez nesta consulta (Alt+L)</translation>
    </message>
    <message>
        <source>No active lesion: add one if a lesion is found at this visit.</source>
        <translation>Nenhuma lesão ativa: adicione uma se for encontrada uma lesão nesta consulta.</translation>
    </message>
    <message>
        <source>the visit date</source>
        <translation>a data da consulta</translation>
    </message>
    <message>
        <source>Lesion {lesion}: what was typed ({typed}) could not be put back: {lesion} is not an active lesion on {day}. Check the visit date, or type it again on the right lesion.</source>
        <translation>Lesão {lesion}: o que foi escrito ({typed}) não pôde ser reposto: {lesion} não é uma lesão ativa em {day}. Verifique a data da consulta, ou escreva-o novamente na lesão certa.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>depth {depth} mm</source>
        <translation>profundidade {depth} mm</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>LesionHistoryTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Longest mm</source>
        <translation>Maior mm</translation>
    </message>
    <message>
        <source>Width mm</source>
        <translation>Largura mm</translation>
    </message>
    <message>
        <source>Depth mm</source>
        <translation>Profund. mm</translation>
    </message>
    <message>
        <source>Area mm² (ellipse)</source>
        <translation>Área mm² (elipse)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Sinais</translation>
    </message>
</context>
<context>
    <name>LesionMapView</name>
    <message>
        <source>Lesion map</source>
        <translation>Mapa de lesões</translation>
    </message>
    <message>
        <source>Body map, front and back views. Front view: the patient&apos;s right is on your left. Back view: the patient&apos;s right is on your right.</source>
        <translation>Mapa corporal, vistas anterior e posterior. Vista anterior: o lado direito do doente está à sua esquerda. Vista posterior: o lado direito do doente está à sua direita.</translation>
    </message>
    <message>
        <source>{site} — click to choose</source>
        <translation>{site} — clique para escolher</translation>
    </message>
</context>
<context>
    <name>LesionPhotos</name>
    <message>
        <source>Photo&amp;graphs</source>
        <translation>Fotog&amp;rafias</translation>
    </message>
    <message>
        <source>Compa&amp;re…</source>
        <translation>Compa&amp;rar…</translation>
    </message>
    <message>
        <source>Baseline, previous and now side by side, at the same scale on screen</source>
        <translation>Inicial, anterior e atual lado a lado, à mesma escala no ecrã</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anexar…</translation>
    </message>
    <message>
        <source>Attach photographs of this lesion (JPEG, PNG or HEIC files) at a visit ({shortcut})</source>
        <translation>Anexar fotografias desta lesão (ficheiros JPEG, PNG ou HEIC) numa consulta ({shortcut})</translation>
    </message>
    <message>
        <source>Attach photographs ({shortcut})</source>
        <translation>Anexar fotografias ({shortcut})</translation>
    </message>
    <message>
        <source>No photographs of this lesion.</source>
        <translation>Sem fotografias desta lesão.</translation>
    </message>
    <message>
        <source>Photo&amp;graphs of {lesion}, oldest first ({count})</source>
        <translation>Fotog&amp;rafias de {lesion}, mais antigas primeiro ({count})</translation>
    </message>
    <message>
        <source>Photo&amp;graphs of {lesion}</source>
        <translation>Fotog&amp;rafias de {lesion}</translation>
    </message>
</context>
<context>
    <name>LesionRow</name>
    <message>
        <source>New lesion label</source>
        <translation>Designação da nova lesão</translation>
    </message>
    <message>
        <source>New lesion body site</source>
        <translation>Localização da nova lesão</translation>
    </message>
    <message>
        <source>Body site…</source>
        <translation>Localização…</translation>
    </message>
    <message>
        <source>New lesion side</source>
        <translation>Lado da nova lesão</translation>
    </message>
    <message>
        <source>Side…</source>
        <translation>Lado…</translation>
    </message>
    <message>
        <source>Map…</source>
        <translation>Mapa…</translation>
    </message>
    <message>
        <source>Choose the body site and side on the body map</source>
        <translation>Escolher a localização e o lado no mapa corporal</translation>
    </message>
    <message>
        <source>New lesion body site on the map</source>
        <translation>Localização da nova lesão no mapa</translation>
    </message>
    <message>
        <source>new lesion, first seen at this visit</source>
        <translation>lesão nova, vista pela primeira vez nesta consulta</translation>
    </message>
    <message>
        <source>{site}, {side}</source>
        <translation>{site}, {side}</translation>
    </message>
    <message>
        <source>New lesion</source>
        <translation>Lesão nova</translation>
    </message>
    <message>
        <source>{lesion} longest diameter (mm)</source>
        <translation>{lesion} maior diâmetro (mm)</translation>
    </message>
    <message>
        <source>{lesion} width (mm)</source>
        <translation>{lesion} largura (mm)</translation>
    </message>
    <message>
        <source>{lesion} depth (mm)</source>
        <translation>{lesion} profundidade (mm)</translation>
    </message>
    <message>
        <source>{lesion} measurement method</source>
        <translation>{lesion} método de medição</translation>
    </message>
    <message>
        <source>{lesion} {sign}</source>
        <translation>{lesion} {sign}</translation>
    </message>
    <message>
        <source>{lesion} area</source>
        <translation>{lesion} área</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nova</translation>
    </message>
    <message>
        <source>{lesion} change from the previous visit</source>
        <translation>{lesion} variação desde a consulta anterior</translation>
    </message>
    <message>
        <source>{lesion} status</source>
        <translation>{lesion} estado</translation>
    </message>
    <message>
        <source>Remove this new lesion</source>
        <translation>Remover esta lesão nova</translation>
    </message>
    <message>
        <source>Remove new lesion</source>
        <translation>Remover lesão nova</translation>
    </message>
    <message>
        <source>first size</source>
        <translation>primeira medida</translation>
    </message>
    <message>
        <source>the status “{code}” is not known: the lesion is shown active</source>
        <translation>o estado “{code}” não é conhecido: a lesão é mostrada como ativa</translation>
    </message>
    <message>
        <source>{lesion}: {reason}; choose it again.</source>
        <translation>{lesion}: {reason}; escolha-o novamente.</translation>
    </message>
    <message>
        <source>Ulcerated</source>
        <translation>Ulcerada</translation>
    </message>
    <message>
        <source>Extrusion</source>
        <translation>Extrusão</translation>
    </message>
    <message>
        <source>Infected</source>
        <translation>Infetada</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Dolorosa</translation>
    </message>
    <message>
        <source>Inflamed</source>
        <translation>Inflamada</translation>
    </message>
    <message>
        <source>longest diameter</source>
        <translation>maior diâmetro</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largura</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profundidade</translation>
    </message>
    <message>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <source>label</source>
        <translation>designação</translation>
    </message>
    <message>
        <source>body site</source>
        <translation>localização</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>is required to record this lesion&apos;s size (or clear the row)</source>
        <translation>é obrigatório para registar a dimensão desta lesão (ou limpe a linha)</translation>
    </message>
    <message>
        <source>is required (choose the method)</source>
        <translation>é obrigatório (escolha o método)</translation>
    </message>
    <message>
        <source>is required (pick the body site)</source>
        <translation>é obrigatório (escolha a localização)</translation>
    </message>
    <message>
        <source>is required (pick the side)</source>
        <translation>é obrigatório (escolha o lado)</translation>
    </message>
    <message>
        <source>New lesion “{lesion}”</source>
        <translation>Lesão nova “{lesion}”</translation>
    </message>
    <message>
        <source>Lesion {lesion}</source>
        <translation>Lesão {lesion}</translation>
    </message>
    <message>
        <source>{lesion}, {field}</source>
        <translation>{lesion}, {field}</translation>
    </message>
    <message>
        <source>the sign “{code}” is not known</source>
        <translation>o sinal “{code}” não é conhecido</translation>
    </message>
    <message>
        <source>the measurement method “{code}” is not known</source>
        <translation>o método de medição “{code}” não é conhecido</translation>
    </message>
    <message>
        <source>the {field} “{code}” is not known</source>
        <translation>o campo {field} “{code}” não é conhecido</translation>
    </message>
    <message>
        <source>not measured before</source>
        <translation>não medida antes</translation>
    </message>
    <message>
        <source>last {size} mm, depth {depth} mm on {day} ({method})</source>
        <translation>última medição {size} mm, profundidade {depth} mm em {day} ({method})</translation>
    </message>
    <message>
        <source>last {size} mm on {day} ({method})</source>
        <translation>última medição {size} mm em {day} ({method})</translation>
    </message>
    <message>
        <source>{last}; {signs}</source>
        <translation>{last}; {signs}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>LesionTableModel</name>
    <message>
        <source>Lesion</source>
        <translation>Lesão</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>1.ª observação</translation>
    </message>
    <message>
        <source>Last measured</source>
        <translation>Última medição</translation>
    </message>
    <message>
        <source>L × W mm</source>
        <translation>C × L mm</translation>
    </message>
    <message>
        <source>Depth mm</source>
        <translation>Profund. mm</translation>
    </message>
    <message>
        <source>Area mm² (ellipse)</source>
        <translation>Área mm² (elipse)</translation>
    </message>
    <message>
        <source>Area change</source>
        <translation>Variação da área</translation>
    </message>
    <message>
        <source>Ellipse estimate π/4 · L · W, not a validated calcinosis measure</source>
        <translation>Estimativa da elipse π/4 · C · L, não é uma medida validada da calcinose</translation>
    </message>
    <message>
        <source>ulcerated</source>
        <translation>ulcerada</translation>
    </message>
    <message>
        <source>extrusion</source>
        <translation>extrusão</translation>
    </message>
    <message>
        <source>infected</source>
        <translation>infetada</translation>
    </message>
    <message>
        <source>tender</source>
        <translation>dolorosa</translation>
    </message>
    <message>
        <source>inflamed</source>
        <translation>inflamada</translation>
    </message>
    <message>
        <source>{site}, {side}</source>
        <translation>{site}, {side}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Change in area from the first measurement to the latest</source>
        <translation>Variação da área desde a primeira medição até à mais recente</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} em {date}</translation>
    </message>
    <message>
        <source>From {first} to {latest}</source>
        <translation>De {first} a {latest}</translation>
    </message>
</context>
<context>
    <name>LesionsPanel</name>
    <message>
        <source>Lesions</source>
        <translation>Lesões</translation>
    </message>
    <message>
        <source>Lesion history</source>
        <translation>Histórico da lesão</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>L&amp;esions</source>
        <translation>&amp;Lesões</translation>
    </message>
    <message>
        <source>History of {lesion}, newest first</source>
        <translation>Histórico de {lesion}, mais recente primeiro</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>CalciTrack — locked</source>
        <translation>CalciTrack — bloqueado</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Type your password to go on where you left off.</source>
        <translation>Escreva a sua palavra-passe para continuar onde parou.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Mudar de utilizador…</translation>
    </message>
    <message>
        <source>CalciTrack is signed in as {name} ({roles}).</source>
        <translation>O CalciTrack tem sessão iniciada por {name} ({roles}).</translation>
    </message>
    <message>
        <source>{name} has a visit open that is not saved. Switch user keeps it as a draft offered to {name} alone, at the next sign-in.</source>
        <translation>{name} tem uma consulta aberta que não está guardada. Mudar de utilizador mantém-na como rascunho proposto apenas a {name}, no próximo início de sessão.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escreva a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Could not check the password: {reason}</source>
        <translation>Não foi possível verificar a palavra-passe: {reason}</translation>
    </message>
</context>
<context>
    <name>LossBox</name>
    <message>
        <source>What could not be put back from the unsaved visit</source>
        <translation>O que não pôde ser reposto da consulta não guardada</translation>
    </message>
    <message>
        <source>I have checked these</source>
        <translation>Já verifiquei</translation>
    </message>
    <message>
        <source>Hide this list: you have checked the form and typed again what was missing. The visit can be saved once you have.</source>
        <translation>Ocultar esta lista: verificou o formulário e voltou a escrever o que faltava. A consulta pode ser guardada depois de o fazer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not everything in the unsaved visit could be put back as it was typed.&lt;/b&gt; Nothing else was put in its place. Check these, then press “I have checked these” to save:</source>
        <translation>&lt;b&gt;Nem tudo na consulta não guardada pôde ser reposto tal como foi escrito.&lt;/b&gt; Nada foi posto no seu lugar. Verifique estes pontos e prima “Já verifiquei” para guardar:</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the unsaved visit could not be put back (see above the form)</source>
        <translation>
            <numerusform>%n parte da consulta não guardada não pôde ser reposta (ver acima do formulário)</numerusform>
            <numerusform>%n partes da consulta não guardada não puderam ser repostas (ver acima do formulário)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Doente</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Consulta</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ferramen&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Find a patient (Ctrl+F) and press Enter to open the chart.
Ctrl+N records a new visit for the open patient.</source>
        <translation>Procure um doente (Ctrl+F) e prima Enter para abrir o processo.
Ctrl+N regista uma nova consulta para o doente aberto.</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Base de dados: {database}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>Utilizador: {user}</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Procurar doente</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>Novo &amp;doente…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Editar doente…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Nova consulta</translation>
    </message>
    <message>
        <source>Record a visit for the open patient</source>
        <translation>Registar uma consulta para o doente aberto</translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation>&amp;Guardar consulta</translation>
    </message>
    <message>
        <source>&amp;Cancel visit</source>
        <translation>&amp;Cancelar consulta</translation>
    </message>
    <message>
        <source>&amp;Delete visit…</source>
        <translation>E&amp;liminar consulta…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Save the selected visit&apos;s summary (the latest if none is selected) as a PDF</source>
        <translation>Guardar o resumo da consulta selecionada (a mais recente se nenhuma estiver selecionada) em PDF</translation>
    </message>
    <message>
        <source>P&amp;rint visit summary…</source>
        <translation>&amp;Imprimir resumo da consulta…</translation>
    </message>
    <message>
        <source>Print the selected visit&apos;s summary (the latest if none is selected)</source>
        <translation>Imprimir o resumo da consulta selecionada (a mais recente se nenhuma estiver selecionada)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>&amp;Definições da clínica…</translation>
    </message>
    <message>
        <source>Thresholds of the response assessment and the flags, shared by every workstation (admin)</source>
        <translation>Limiares da avaliação da resposta e dos alertas, partilhados por todos os postos de trabalho (admin.)</translation>
    </message>
    <message>
        <source>Si&amp;gn visit…</source>
        <translation>&amp;Assinar consulta…</translation>
    </message>
    <message>
        <source>Sign the selected visit (the latest unsigned one if none is selected)</source>
        <translation>Assinar a consulta selecionada (a mais recente por assinar se nenhuma estiver selecionada)</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Registo de &amp;auditoria…</translation>
    </message>
    <message>
        <source>Who did what and when: filter, export as CSV, verify the trail and signatures</source>
        <translation>Quem fez o quê e quando: filtrar, exportar em CSV, verificar o registo e as assinaturas</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilizadores…</translation>
    </message>
    <message>
        <source>Accounts and roles (admin)</source>
        <translation>Contas e perfis (admin.)</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Cópia de segurança…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the clinic&apos;s database (admin)</source>
        <translation>Escrever uma cópia consistente da base de dados da clínica (admin.)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s database with a backup, then restart CalciTrack (admin)</source>
        <translation>Substituir a base de dados da clínica por uma cópia de segurança e reiniciar o CalciTrack (admin.)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Alterar a minha pala&amp;vra-passe…</translation>
    </message>
    <message>
        <source>Change my se&amp;ttings…</source>
        <translation>Alterar as minhas defi&amp;nições…</translation>
    </message>
    <message>
        <source>Your language (from your next sign-in)</source>
        <translation>O seu idioma (a partir do próximo início de sessão)</translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation>&amp;Bloquear posto de trabalho</translation>
    </message>
    <message>
        <source>Lock the window now; your password unlocks it with everything as it was</source>
        <translation>Bloquear a janela agora; a sua palavra-passe desbloqueia-a com tudo como estava</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Mudar de utilizador…</translation>
    </message>
    <message>
        <source>Sign out and let someone else sign in</source>
        <translation>Terminar sessão e deixar outra pessoa iniciar sessão</translation>
    </message>
    <message>
        <source>&amp;About CalciTrack</source>
        <translation>&amp;Acerca do CalciTrack</translation>
    </message>
    <message>
        <source>Clinical &amp;sources…</source>
        <translation>&amp;Fontes clínicas…</translation>
    </message>
    <message>
        <source>Every source the rules cite as [R#], in full</source>
        <translation>Todas as fontes que as regras citam como [R#], na íntegra</translation>
    </message>
    <message>
        <source>Updating flags: {done} of {total} patients</source>
        <translation>A atualizar alertas: {done} de {total} doentes</translation>
    </message>
    <message>
        <source>Opening {mrn}…</source>
        <translation>A abrir {mrn}…</translation>
    </message>
    <message>
        <source>Patient {mrn} saved</source>
        <translation>Doente {mrn} guardado</translation>
    </message>
    <message>
        <source>A visit summary is still being made: wait for it to finish</source>
        <translation>Ainda está a ser feito um resumo de consulta: aguarde que termine</translation>
    </message>
    <message>
        <source>Visit summary: {doing}…</source>
        <translation>Resumo da consulta: {doing}…</translation>
    </message>
    <message>
        <source>About CalciTrack</source>
        <translation>Acerca do CalciTrack</translation>
    </message>
    <message>
        <source>CalciTrack {version}
Follow-up of calcinosis cutis.

{database}
{user}</source>
        <translation>CalciTrack {version}
Seguimento da calcinose cutânea.

{database}
{user}</translation>
    </message>
    <message>
        <source>Closing CalciTrack</source>
        <translation>A fechar o CalciTrack</translation>
    </message>
</context>
<context>
    <name>MedicationChangePanel</name>
    <message>
        <source>No diltiazem.</source>
        <translation>Sem diltiazem.</translation>
    </message>
    <message>
        <source>{dose}: no daily total for a dose given {frequency}.</source>
        <translation>{dose}: sem total diário para uma dose dada {frequency}.</translation>
    </message>
    <message>
        <source>{dose}: no mg/kg/day for a dose in {unit}.</source>
        <translation>{dose}: sem mg/kg/dia para uma dose em {unit}.</translation>
    </message>
    <message>
        <source>{doses} = {total} mg/day</source>
        <translation>{doses} = {total} mg/dia</translation>
    </message>
    <message>
        <source>{doses} = {per_kg} mg/kg/day</source>
        <translation>{doses} = {per_kg} mg/kg/dia</translation>
    </message>
    <message>
        <source>{doses} · mg/kg/day: no weight recorded at this visit (nor before)</source>
        <translation>{doses} · mg/kg/dia: sem peso registado nesta consulta (nem antes)</translation>
    </message>
    <message>
        <source>{doses} · mg/kg/day: none for a weight of {kg} kg</source>
        <translation>{doses} · mg/kg/dia: nenhum para um peso de {kg} kg</translation>
    </message>
    <message>
        <source>this visit&apos;s weight</source>
        <translation>o peso desta consulta</translation>
    </message>
    <message>
        <source>weight of {day}; no weight recorded at this visit</source>
        <translation>peso de {day}; sem peso registado nesta consulta</translation>
    </message>
    <message>
        <source>{doses} = {per_kg} mg/kg/day at {kg} kg ({where})</source>
        <translation>{doses} = {per_kg} mg/kg/dia com {kg} kg ({where})</translation>
    </message>
    <message>
        <source>weight of {day}; none recorded at this visit</source>
        <translation>peso de {day}; nenhum registado nesta consulta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regimen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esquema&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current regimen</source>
        <translation>Esquema atual</translation>
    </message>
    <message>
        <source>Diltiazem dose</source>
        <translation>Dose de diltiazem</translation>
    </message>
    <message>
        <source>&amp;Start drug</source>
        <translation>Iniciar &amp;medicamento</translation>
    </message>
    <message>
        <source>Stop dru&amp;g</source>
        <translation>&amp;Suspender medicamento</translation>
    </message>
    <message>
        <source>&amp;Change dose</source>
        <translation>Alt&amp;erar dose</translation>
    </message>
    <message>
        <source>{action} (Alt+{key})</source>
        <translation>{action} (Alt+{key})</translation>
    </message>
    <message>
        <source>Diltiazem after these changes</source>
        <translation>Diltiazem após estas alterações</translation>
    </message>
    <message>
        <source>A change “{kind}” of {drug} could not be put back: CalciTrack has no such medication change. Type it again.</source>
        <translation>Não foi possível repor uma alteração “{kind}” de {drug}: o CalciTrack não tem essa alteração de medicação. Escreva-a novamente.</translation>
    </message>
    <message>
        <source>{change}, {field}</source>
        <translation>{change}, {field}</translation>
    </message>
    <message>
        <source>Medications: {field}</source>
        <translation>Medicação: {field}</translation>
    </message>
    <message>
        <source>the visit date</source>
        <translation>a data da consulta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regimen on {day}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esquema em {day}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>After these changes: {diltiazem}</source>
        <translation>Após estas alterações: {diltiazem}</translation>
    </message>
    <message>
        <source>&lt;i&gt;No medication on this date.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sem medicação nesta data.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>MedicationFlow</name>
    <message>
        <source>Medication period</source>
        <translation>Período de medicação</translation>
    </message>
    <message>
        <source>Correcting medication periods needs the nurse or physician role.</source>
        <translation>Corrigir períodos de medicação exige o perfil de enfermeiro ou de médico.</translation>
    </message>
    <message>
        <source>{period} was recorded at {signed}.

It cannot be deleted here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation>{period} foi registado em {signed}.

Não pode ser eliminado aqui: só muda retificando essa consulta, o que é feito por um médico, indicando o motivo.</translation>
    </message>
    <message>
        <source>{period} was recorded at {signed}.

It cannot be corrected here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation>{period} foi registado em {signed}.

Não pode ser corrigido aqui: só muda retificando essa consulta, o que é feito por um médico, indicando o motivo.</translation>
    </message>
    <message>
        <source>Recorded at a signed visit</source>
        <translation>Registado numa consulta assinada</translation>
    </message>
    <message>
        <source>Amended: {period}</source>
        <translation>Retificado: {period}</translation>
    </message>
    <message>
        <source>Corrected: {period}</source>
        <translation>Corrigido: {period}</translation>
    </message>
    <message>
        <source>Deleted: {period}</source>
        <translation>Eliminado: {period}</translation>
    </message>
    <message>
        <source>the visit of {day}, which is signed ({signature})</source>
        <translation>a consulta de {day}, que está assinada ({signature})</translation>
    </message>
</context>
<context>
    <name>MedicationTableModel</name>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por dia</translation>
    </message>
    <message>
        <source>mg/kg/day</source>
        <translation>mg/kg/dia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Suspensão</translation>
    </message>
    <message>
        <source>Start reason</source>
        <translation>Motivo do início</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Motivo da suspensão</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation>Dose alterada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>{flag} ({severity})</source>
        <translation>{flag} ({severity})</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>Stop planned</source>
        <translation>Suspensão planeada</translation>
    </message>
    <message>
        <source>{event} → {end}</source>
        <translation>{event} → {end}</translation>
    </message>
    <message>
        <source>{dose} {unit}/day</source>
        <translation>{dose} {unit}/dia</translation>
    </message>
    <message>
        <source>No daily total for a dose given {frequency}</source>
        <translation>Sem total diário para uma dose dada {frequency}</translation>
    </message>
    <message>
        <source>Prescribed per kilogram</source>
        <translation>Prescrito por quilograma</translation>
    </message>
    <message>
        <source>No mg/kg/day for a dose in {unit}</source>
        <translation>Sem mg/kg/dia para uma dose em {unit}</translation>
    </message>
    <message>
        <source>No weight recorded on or before {date}</source>
        <translation>Sem peso registado em {date} ou antes</translation>
    </message>
    <message>
        <source>{daily} mg/day ÷ {weight} kg, the weight recorded on {date}</source>
        <translation>{daily} mg/dia ÷ {weight} kg, o peso registado em {date}</translation>
    </message>
    <message>
        <source>From {dose_before} {frequency_before} to {dose} {frequency} on {date}</source>
        <translation>De {dose_before} {frequency_before} para {dose} {frequency} em {date}</translation>
    </message>
    <message>
        <source>Safety flag: {flags}</source>
        <translation>Alerta de segurança: {flags}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>MedicationsPanel</name>
    <message>
        <source>Current regimen</source>
        <translation>Esquema atual</translation>
    </message>
    <message>
        <source>Medication history</source>
        <translation>Histórico da medicação</translation>
    </message>
    <message>
        <source>Current &amp;regimen</source>
        <translation>Es&amp;quema atual</translation>
    </message>
    <message>
        <source>History, &amp;newest first</source>
        <translation>&amp;Histórico, mais recente primeiro</translation>
    </message>
    <message>
        <source>Current &amp;regimen on {date}</source>
        <translation>Es&amp;quema atual em {date}</translation>
    </message>
    <message>
        <source>&amp;Correct period…</source>
        <translation>&amp;Corrigir período…</translation>
    </message>
    <message>
        <source>&amp;Delete period (entered in error)…</source>
        <translation>&amp;Eliminar período (introduzido por erro)…</translation>
    </message>
</context>
<context>
    <name>MySettingsDialog</name>
    <message>
        <source>Change my settings</source>
        <translation>Alterar as minhas definições</translation>
    </message>
    <message>
        <source>The settings of {name} ({username}).</source>
        <translation>As definições de {name} ({username}).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma do sistema ({language})</translation>
    </message>
    <message>
        <source>{language} (draft translation, not yet reviewed)</source>
        <translation>{language} (tradução provisória, ainda não revista)</translation>
    </message>
    <message>
        <source>A new language takes effect at your next sign-in; the windows open now keep theirs.</source>
        <translation>Um novo idioma aplica-se no próximo início de sessão; as janelas já abertas mantêm o seu.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ch&amp;ange password…</source>
        <translation>Alterar &amp;palavra-passe…</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>As definições não foram guardadas</translation>
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
        <translation>{typed} não é um número — {why}</translation>
    </message>
    <message>
        <source>{typed} is ambiguous — a comma is read as a decimal point: type {decimal}, or {whole} without the comma</source>
        <translation>{typed} é ambíguo — uma vírgula é lida como separador decimal: escreva {decimal}, ou {whole} sem a vírgula</translation>
    </message>
    <message>
        <source>{typed} has too many digits — at most {digits} before the decimal point</source>
        <translation>{typed} tem demasiados algarismos — no máximo {digits} antes do separador decimal</translation>
    </message>
    <message>
        <source>{typed} must be a whole number</source>
        <translation>{typed} tem de ser um número inteiro</translation>
    </message>
    <message>
        <source>{typed} has too many decimals — at most {places}</source>
        <translation>{typed} tem demasiadas casas decimais — no máximo {places}</translation>
    </message>
    <message>
        <source>must not be negative (typed {typed})</source>
        <translation>não pode ser negativo (escrito {typed})</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>letters are not allowed ({letter} is a letter, not the digit {digit})</source>
        <translation>não são permitidas letras ({letter} é uma letra, não o algarismo {digit})</translation>
    </message>
    <message>
        <source>letters are not allowed; type the number without its unit</source>
        <translation>não são permitidas letras; escreva o número sem a unidade</translation>
    </message>
    <message>
        <source>letters are not allowed</source>
        <translation>não são permitidas letras</translation>
    </message>
    <message>
        <source>use the digits 0 to 9</source>
        <translation>use os algarismos 0 a 9</translation>
    </message>
    <message>
        <source>no spaces inside a number</source>
        <translation>sem espaços dentro de um número</translation>
    </message>
    <message>
        <source>{typed} is not allowed; type the number without its unit</source>
        <translation>{typed} não é permitido; escreva o número sem a unidade</translation>
    </message>
    <message>
        <source>{typed} are not allowed; type the number without its unit</source>
        <translation>{typed} não são permitidos; escreva o número sem a unidade</translation>
    </message>
    <message>
        <source>{typed} is not allowed</source>
        <translation>{typed} não é permitido</translation>
    </message>
    <message>
        <source>{typed} are not allowed</source>
        <translation>{typed} não são permitidos</translation>
    </message>
    <message>
        <source>only one decimal mark is allowed (a comma counts as a decimal point, so do not group thousands)</source>
        <translation>só é permitido um separador decimal (uma vírgula conta como separador decimal, por isso não agrupe os milhares)</translation>
    </message>
    <message>
        <source>a plus or minus sign goes only in front</source>
        <translation>um sinal de mais ou de menos só pode ir à frente</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>não tem algarismos</translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <source>Clinic outcomes</source>
        <translation>Resultados da clínica</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation>Doença subjacente</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À data de</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Write this report as a PDF (needs the right to export)</source>
        <translation>Escrever este relatório em PDF (exige o direito de exportar)</translation>
    </message>
    <message>
        <source>Write this report&apos;s numbers as CSV (needs the right to export)</source>
        <translation>Escrever os números deste relatório em CSV (exige o direito de exportar)</translation>
    </message>
    <message>
        <source>Regimen: tick one or more drugs.</source>
        <translation>Esquema: assinale um ou mais medicamentos.</translation>
    </message>
    <message>
        <source>Nothing was computed. As of: after today ({today}); the records can only be read up to today.</source>
        <translation>Nada foi calculado. À data de: depois de hoje ({today}); os registos só podem ser lidos até hoje.</translation>
    </message>
    <message>
        <source>Computing the outcomes…</source>
        <translation>A calcular os resultados…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) started {regimen} ({disease}, records up to {as_of}).</source>
        <translation>
            <numerusform>%n doente iniciou {regimen} ({disease}, registos até {as_of}).</numerusform>
            <numerusform>%n doentes iniciaram {regimen} ({disease}, registos até {as_of}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Nothing was computed. {problems}.</source>
        <translation>Nada foi calculado. {problems}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Nothing was computed: {reason}</source>
        <translation>Nada foi calculado: {reason}</translation>
    </message>
    <message>
        <source>The outcomes could not be computed: {reason}</source>
        <translation>Não foi possível calcular os resultados: {reason}</translation>
    </message>
    <message>
        <source>These results answer the previous question ({regimen}, {disease}, records up to {as_of}, window ±{days} days): press Compute for the question above. Export is off until then.</source>
        <translation>Estes resultados respondem à pergunta anterior ({regimen}, {disease}, registos até {as_of}, janela ±{days} dias): prima Calcular para a pergunta acima. A exportação fica desativada até lá.</translation>
    </message>
    <message>
        <source>No file chosen: the {kind} was not written.</source>
        <translation>Nenhum ficheiro escolhido: o {kind} não foi escrito.</translation>
    </message>
    <message>
        <source>The {kind} was not written: {problem}.</source>
        <translation>O {kind} não foi escrito: {problem}.</translation>
    </message>
    <message>
        <source>Writing the {kind} to {path}…</source>
        <translation>A escrever o {kind} em {path}…</translation>
    </message>
    <message>
        <source>cannot write it ({reason})</source>
        <translation>não é possível escrevê-lo ({reason})</translation>
    </message>
    <message>
        <source>The {kind} was written to {path}</source>
        <translation>O {kind} foi escrito em {path}</translation>
    </message>
    <message>
        <source>The {kind} was not written to {path}: {reason} (the attempt is recorded in the audit trail)</source>
        <translation>O {kind} não foi escrito em {path}: {reason} (a tentativa fica no registo de auditoria)</translation>
    </message>
    <message>
        <source>The {kind} was not written to {path}: {reason}</source>
        <translation>O {kind} não foi escrito em {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>OutcomesMenu</name>
    <message>
        <source>Clinic &amp;outcomes…</source>
        <translation>Resultad&amp;os da clínica…</translation>
    </message>
    <message>
        <source>How the patients who started a regimen have done: response at 6 and 12 months, burden change, Kaplan–Meier curves, safety and review flags (an observational summary)</source>
        <translation>Como evoluíram os doentes que iniciaram um esquema: resposta aos 6 e 12 meses, variação da carga, curvas de Kaplan–Meier, alertas de segurança e de revisão (um resumo observacional)</translation>
    </message>
</context>
<context>
    <name>OutcomesQueryForm</name>
    <message>
        <source>Re&amp;gimen: every drug ticked, taken together</source>
        <translation>Es&amp;quema: todos os medicamentos assinalados, em conjunto</translation>
    </message>
    <message>
        <source>Every underlying disease</source>
        <translation>Todas as doenças subjacentes</translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation>Doença subjacente</translation>
    </message>
    <message>
        <source>Records up to</source>
        <translation>Registos até</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Window half-width, days</source>
        <translation>Meia largura da janela, dias</translation>
    </message>
    <message>
        <source>The 6- and 12-month responses are read from the visit nearest day 182 and day 365 within this many days either side</source>
        <translation>As respostas aos 6 e 12 meses são lidas da consulta mais próxima do dia 182 e do dia 365, dentro deste número de dias para cada lado</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calcular</translation>
    </message>
    <message>
        <source>Un&amp;derlying disease:</source>
        <translation>&amp;Doença subjacente:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>À d&amp;ata de:</translation>
    </message>
    <message>
        <source>&amp;Window ±</source>
        <translation>&amp;Janela ±</translation>
    </message>
</context>
<context>
    <name>OutcomesResults</name>
    <message>
        <source>Choose the regimen and press Compute.</source>
        <translation>Escolha o esquema e prima Calcular.</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Resumo</translation>
    </message>
    <message>
        <source>Each bar is one patient&apos;s calcinosis burden change from the regimen&apos;s baseline to the latest assessed visit on it (below zero: smaller).</source>
        <translation>Cada barra é a variação da carga de calcinose de um doente, do início do esquema até à última consulta avaliada com ele (abaixo de zero: menor).</translation>
    </message>
    <message>
        <source>Waterfall chart</source>
        <translation>Gráfico em cascata</translation>
    </message>
    <message>
        <source>Excluded from the waterfall</source>
        <translation>Excluídos da cascata</translation>
    </message>
    <message>
        <source>Wa&amp;terfall</source>
        <translation>&amp;Cascata</translation>
    </message>
    <message>
        <source>Time to &amp;improved</source>
        <translation>&amp;Tempo até melhoria</translation>
    </message>
    <message>
        <source>D&amp;rug survival</source>
        <translation>&amp;Sobrevivência do fármaco</translation>
    </message>
    <message>
        <source>De&amp;finitions</source>
        <translation>De&amp;finições</translation>
    </message>
    <message>
        <source>Excluded: none.</source>
        <translation>Excluídos: nenhum.</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Motivo da exclusão</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Doentes</translation>
    </message>
    <message numerus="yes">
        <source>Excluded: %n patient(s).</source>
        <translation>
            <numerusform>Excluído: %n doente.</numerusform>
            <numerusform>Excluídos: %n doentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Coorte</translation>
    </message>
    <message>
        <source>Response at about 6 and 12 months</source>
        <translation>Resposta aos cerca de 6 e 12 meses</translation>
    </message>
    <message>
        <source>Who started the regimen</source>
        <translation>Quem iniciou o esquema</translation>
    </message>
    <message>
        <source>The response category of the visit nearest day 182 and day 365 from the start, within ±{days} days. Shares are of the {patients} who started.</source>
        <translation>A categoria de resposta da consulta mais próxima do dia 182 e do dia 365 desde o início, dentro de ±{days} dias. As proporções são dos {patients} que iniciaram.</translation>
    </message>
    <message>
        <source>Safety and review flags while on the regimen</source>
        <translation>Alertas de segurança e de revisão durante o esquema</translation>
    </message>
    <message>
        <source>Patients with the flag at one or more visits on the regimen, and the visits at which it fired (of {visits}). The flags are decision support, as on each visit.</source>
        <translation>Doentes com o alerta em uma ou mais consultas durante o esquema, e as consultas em que disparou (de {visits}). Os alertas são apoio à decisão, como em cada consulta.</translation>
    </message>
    <message>
        <source>Safety and review flags</source>
        <translation>Alertas de segurança e de revisão</translation>
    </message>
    <message>
        <source>No safety or review flag fired on the regimen.</source>
        <translation>Nenhum alerta de segurança ou de revisão disparou durante o esquema.</translation>
    </message>
    <message>
        <source>{counts} · excluded {excluded}</source>
        <translation>{counts} · excluídos {excluded}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>{chart} chart</source>
        <translation>Gráfico {chart}</translation>
    </message>
    <message>
        <source>Excluded from {chart}</source>
        <translation>Excluídos de {chart}</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Assessing…</source>
        <translation>A avaliar…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>A desenhar…</translation>
    </message>
    <message>
        <source>The assessment could not be made: {reason}</source>
        <translation>Não foi possível fazer a avaliação: {reason}</translation>
    </message>
</context>
<context>
    <name>OverviewSlot</name>
    <message>
        <source>Loading the charts…</source>
        <translation>A carregar os gráficos…</translation>
    </message>
</context>
<context>
    <name>PartialVisitQuestion</name>
    <message>
        <source>Not saved yet: what became of the lesions not measured?</source>
        <translation>Ainda não guardado: o que aconteceu às lesões não medidas?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>MRN</source>
        <extracomment>Field name (as the domain names it) → label shown (in English here, translated where shown), in the order of the form.</extracomment>
        <translation>N.º de processo</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation>Doença subjacente</translation>
    </message>
    <message>
        <source>Disease diagnosed on</source>
        <translation>Doença diagnosticada em</translation>
    </message>
    <message>
        <source>Calcinosis type</source>
        <translation>Tipo de calcinose</translation>
    </message>
    <message>
        <source>Calcinosis onset</source>
        <translation>Início da calcinose</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Edit patient {mrn}</source>
        <translation>Editar doente {mrn}</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Novo doente</translation>
    </message>
    <message>
        <source>yyyy-mm-dd (optional)</source>
        <translation>yyyy-mm-dd (opcional)</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Archived (hidden from the active list)</source>
        <translation>Arquivado (oculto da lista de ativos)</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>{typed} is not a date: type it as yyyy-mm-dd</source>
        <translation>{typed} não é uma data: escreva-a como yyyy-mm-dd</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Não guardado: {reason}</translation>
    </message>
    <message>
        <source>Patient not saved</source>
        <translation>Doente não guardado</translation>
    </message>
    <message>
        <source>Your changes are not saved yet: someone else saved this patient&apos;s details after you opened them.</source>
        <translation>As suas alterações ainda não estão guardadas: outra pessoa guardou os dados deste doente depois de os abrir.</translation>
    </message>
    <message>
        <source>Reload the patient</source>
        <translation>Recarregar o doente</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar a editar</translation>
    </message>
    <message>
        <source>Reload the patient: the details as saved now, with what you changed carried over, except where you both changed the same field (theirs is shown, yours listed below).</source>
        <translation>Recarregar o doente: os dados tal como estão guardados agora, mantendo o que alterou, exceto onde ambos alteraram o mesmo campo (é mostrado o da outra pessoa e o seu fica listado abaixo).</translation>
    </message>
    <message>
        <source>Reloaded as saved now, with your changes carried over.</source>
        <translation>Recarregado tal como está guardado agora, mantendo as suas alterações.</translation>
    </message>
    <message>
        <source>Not carried over — {field}: yours {yours}, now {now}</source>
        <translation>Não mantido — {field}: o seu {yours}, agora {now}</translation>
    </message>
</context>
<context>
    <name>PatientFlagsCell</name>
    <message>
        <source>(out of date)</source>
        <translation>(desatualizado)</translation>
    </message>
    <message>
        <source>{count} safety</source>
        <translation>{count} de segurança</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisão</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{flags} (out of date)</source>
        <translation>{flags} (desatualizado)</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ainda não avaliado</translation>
    </message>
    <message>
        <source>Out of date: these flags were assessed with earlier clinic settings or rules and are being re-assessed now.</source>
        <translation>Desatualizado: estes alertas foram avaliados com definições da clínica ou regras anteriores e estão a ser reavaliados agora.</translation>
    </message>
    <message>
        <source>No flags (assessed {date})</source>
        <translation>Sem alertas (avaliado em {date})</translation>
    </message>
    <message>
        <source>• {title} ({severity})</source>
        <translation>• {title} ({severity})</translation>
    </message>
    <message>
        <source>Assessed {date}. {note}</source>
        <translation>Avaliado em {date}. {note}</translation>
    </message>
</context>
<context>
    <name>PatientListFooter</name>
    <message numerus="yes">
        <source>{shown} of {total} patient(s)</source>
        <translation>
            <numerusform>{shown} de {total} doente</numerusform>
            <numerusform>{shown} de {total} doentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <source>Search MRN or name (Ctrl+F)</source>
        <translation>Procurar n.º de processo ou nome (Ctrl+F)</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Pesquisa de doentes</translation>
    </message>
    <message>
        <source>Disease filter</source>
        <translation>Filtro de doença</translation>
    </message>
    <message>
        <source>All diseases</source>
        <translation>Todas as doenças</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>On diltiazem</source>
        <translation>Com diltiazem</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Sort patients by</source>
        <translation>Ordenar doentes por</translation>
    </message>
    <message>
        <source>&amp;Disease:</source>
        <translation>Doe&amp;nça:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Sort b&amp;y:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>The sort choices: name shown (in English, translated where shown), settings code, column, order.</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próxima prevista</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>Reading the patient list…</source>
        <translation>A ler a lista de doentes…</translation>
    </message>
    <message>
        <source>The patient list could not be read.</source>
        <translation>Não foi possível ler a lista de doentes.</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>MRN</source>
        <translation>N.º processo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Doença</translation>
    </message>
    <message>
        <source>Calcinosis</source>
        <translation>Calcinose</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próxima prevista</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Active lesions</source>
        <translation>Lesões ativas</translation>
    </message>
    <message>
        <source>Current drugs</source>
        <translation>Medicação atual</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (arquivado)</translation>
    </message>
    <message>
        <source>{name}, {sex}, MRN {mrn}</source>
        <translation>{name}, {sex}, N.º de processo {mrn}</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Em atraso há %n dia</numerusform>
            <numerusform>Em atraso há %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientWorkspace</name>
    <message>
        <source>Patient</source>
        <translation>Doente</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Visão &amp;geral</translation>
    </message>
    <message>
        <source>Vi&amp;sits</source>
        <translation>Cons&amp;ultas</translation>
    </message>
    <message>
        <source>&amp;Lesions</source>
        <translation>Le&amp;sões</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Medicação</translation>
    </message>
    <message>
        <source>La&amp;bs</source>
        <translation>&amp;Análises</translation>
    </message>
    <message>
        <source>&amp;Imaging &amp;&amp; procedures</source>
        <translation>&amp;Imagiologia e procedimentos</translation>
    </message>
    <message>
        <source> · &lt;b&gt;archived&lt;/b&gt;</source>
        <translation> · &lt;b&gt;arquivado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;/span&gt; &amp;nbsp; MRN {mrn} · {sex}, born {born} ({age} y) · {disease}{archived}</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;/span&gt; &amp;nbsp; N.º de processo {mrn} · {sex}, nascido(a) em {born} ({age} anos) · {disease}{archived}</translation>
    </message>
</context>
<context>
    <name>PhotoComparison</name>
    <message>
        <source>No photograph</source>
        <translation>Sem fotografia</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Inicial:</translation>
    </message>
    <message>
        <source>Baseline photograph</source>
        <translation>Fotografia inicial</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>P&amp;revious:</source>
        <translation>&amp;Anterior:</translation>
    </message>
    <message>
        <source>Previous photograph</source>
        <translation>Fotografia anterior</translation>
    </message>
    <message>
        <source>Previous date</source>
        <translation>Data anterior</translation>
    </message>
    <message>
        <source>&amp;Now:</source>
        <translation>A&amp;gora:</translation>
    </message>
    <message>
        <source>Now photograph</source>
        <translation>Fotografia atual</translation>
    </message>
    <message>
        <source>Now date</source>
        <translation>Data atual</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>The photograph could not be read</source>
        <translation>Não foi possível ler a fotografia</translation>
    </message>
</context>
<context>
    <name>PhotoComparisonDialog</name>
    <message>
        <source>Compare photographs: {lesion}</source>
        <translation>Comparar fotografias: {lesion}</translation>
    </message>
    <message>
        <source>Shown at the same scale on screen (screen pixels per image pixel); photographs carry no physical scale: compare against a ruler in the photograph.</source>
        <translation>Mostradas à mesma escala no ecrã (píxeis do ecrã por píxel da imagem); as fotografias não têm escala física: compare com uma régua na fotografia.</translation>
    </message>
</context>
<context>
    <name>PhotoPixmaps</name>
    <message>
        <source>{visit} (taken {taken})</source>
        <translation>{visit} (tirada em {taken})</translation>
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
        <translation>Fotografias da lesão, mais antigas primeiro</translation>
    </message>
    <message>
        <source>&amp;Delete photograph…</source>
        <translation>&amp;Eliminar fotografia…</translation>
    </message>
    <message>
        <source>&amp;Open photograph</source>
        <translation>&amp;Abrir fotografia</translation>
    </message>
    <message>
        <source>No thumbnail</source>
        <translation>Sem miniatura</translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <source>Photograph: {title}</source>
        <translation>Fotografia: {title}</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <source> · the full image could not be read: the thumbnail is shown</source>
        <translation> · não foi possível ler a imagem completa: é mostrada a miniatura</translation>
    </message>
    <message>
        <source>The photograph could not be read.</source>
        <translation>Não foi possível ler a fotografia.</translation>
    </message>
    <message>
        <source> · {caption}</source>
        <translation> · {caption}</translation>
    </message>
    <message>
        <source>{lesion}, {date}{caption} · {width} × {height} pixels{note}</source>
        <translation>{lesion}, {date}{caption} · {width} × {height} píxeis{note}</translation>
    </message>
</context>
<context>
    <name>PhotographFlow</name>
    <message>
        <source>The visit of {day} is signed, and its photographs are part of what was signed: they are added or deleted only by amending that visit, which a physician does, giving the reason.</source>
        <translation>A consulta de {day} está assinada e as suas fotografias fazem parte do que foi assinado: só são adicionadas ou eliminadas retificando essa consulta, o que é feito por um médico, indicando o motivo.</translation>
    </message>
    <message>
        <source>Attach p&amp;hotographs…</source>
        <translation>Anexar &amp;fotografias…</translation>
    </message>
    <message>
        <source>Attach photographs</source>
        <translation>Anexar fotografias</translation>
    </message>
    <message>
        <source>A photograph belongs to a visit: record the patient&apos;s visit first, then attach its photographs.</source>
        <translation>Uma fotografia pertence a uma consulta: registe primeiro a consulta do doente e depois anexe as suas fotografias.</translation>
    </message>
    <message>
        <source>Every visit of this patient is signed: photographs are added to a signed visit only by a physician&apos;s amendment, giving the reason.</source>
        <translation>Todas as consultas deste doente estão assinadas: as fotografias só são adicionadas a uma consulta assinada por retificação de um médico, indicando o motivo.</translation>
    </message>
    <message>
        <source>the camera dates it {taken}, not the day of the visit chosen ({day}): choose the visit it was taken at, or attach again to keep it at this visit</source>
        <translation>a câmara data-a de {taken}, não do dia da consulta escolhida ({day}): escolha a consulta em que foi tirada, ou anexe novamente para a manter nesta consulta</translation>
    </message>
    <message>
        <source>the visit of {day} is signed: attaching to it is its amendment, which needs the reason</source>
        <translation>a consulta de {day} está assinada: anexar-lhe fotografias é uma retificação, que exige o motivo</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) attached</source>
        <translation>
            <numerusform>%n fotografia anexada</numerusform>
            <numerusform>%n fotografias anexadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Amend a signed visit</source>
        <translation>Retificar uma consulta assinada</translation>
    </message>
    <message>
        <source>The visit of {day} is signed: photographs attached to it are its amendment.
Reason for the amendment:</source>
        <translation>A consulta de {day} está assinada: as fotografias anexadas são uma retificação.
Motivo da retificação:</translation>
    </message>
    <message>
        <source>Part of a signed visit</source>
        <translation>Parte de uma consulta assinada</translation>
    </message>
    <message>
        <source>Photograph of {lesion} at the visit of {day} deleted</source>
        <translation>Fotografia de {lesion} na consulta de {day} eliminada</translation>
    </message>
    <message>
        <source>Photograph not deleted</source>
        <translation>Fotografia não eliminada</translation>
    </message>
    <message>
        <source>Lesion photographs</source>
        <translation>Fotografias de lesões</translation>
    </message>
    <message>
        <source>Attaching and deleting photographs needs the nurse or physician role.</source>
        <translation>Anexar e eliminar fotografias exige o perfil de enfermeiro ou de médico.</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>mais recente</translation>
    </message>
    <message>
        <source>signed: a physician&apos;s amendment</source>
        <translation>assinada: retificação de um médico</translation>
    </message>
    <message>
        <source>{day} ({notes})</source>
        <translation>{day} ({notes})</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Problemas a corrigir antes de guardar</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message numerus="yes">
        <source>{message} — fix %n problem(s) (Enter on one goes there):</source>
        <translation>
            <numerusform>{message} — corrija %n problema (Enter num deles leva até ele):</numerusform>
            <numerusform>{message} — corrija %n problemas (Enter num deles leva até ele):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Correct the procedure for {patient}. Each changed field is kept in the audit trail.</source>
        <translation>Corrigir o procedimento de {patient}. Cada campo alterado fica no registo de auditoria.</translation>
    </message>
    <message>
        <source>New procedure for {patient}.</source>
        <translation>Novo procedimento de {patient}.</translation>
    </message>
    <message>
        <source>Correct procedure</source>
        <translation>Corrigir procedimento</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Novo procedimento</translation>
    </message>
    <message>
        <source>Lesions treated</source>
        <translation>Lesões tratadas</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Executante</translation>
    </message>
    <message>
        <source>Who did the procedure</source>
        <translation>Quem fez o procedimento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Complicações</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedimento:</translation>
    </message>
    <message>
        <source>&amp;Lesions treated:</source>
        <translation>&amp;Lesões tratadas:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Executante:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>&amp;Complications:</source>
        <translation>&amp;Complicações:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Save procedure</source>
        <translation>&amp;Guardar procedimento</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required; {hint})</source>
        <translation>Motivo (obrigatório; {hint})</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall list</source>
        <translation>Lista de convocatória</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) overdue on {day}: identifiers only, no contact details.</source>
        <translation>
            <numerusform>%n doente em atraso em {day}: apenas identificadores, sem contactos.</numerusform>
            <numerusform>%n doentes em atraso em {day}: apenas identificadores, sem contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue patients</source>
        <translation>Doentes em atraso</translation>
    </message>
    <message>
        <source>Recall list messages</source>
        <translation>Mensagens da lista de convocatória</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Printing and exporting patients&apos; lists needs the right to export (nurses and physicians).</source>
        <translation>Imprimir e exportar listas de doentes exige o direito de exportar (enfermeiros e médicos).</translation>
    </message>
    <message>
        <source>Print the recall list</source>
        <translation>Imprimir a lista de convocatória</translation>
    </message>
    <message numerus="yes">
        <source>The recall list of %n patient(s) was sent to the printer.</source>
        <translation>
            <numerusform>A lista de convocatória de %n doente foi enviada para a impressora.</numerusform>
            <numerusform>A lista de convocatória de %n doentes foi enviada para a impressora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was printed, but it could not be recorded in the audit trail: {reason}</source>
        <translation>A lista foi impressa, mas não pôde ser registada no registo de auditoria: {reason}</translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation>Exportar a lista de convocatória</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>A exportar para {path}…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) exported to {path}</source>
        <translation>
            <numerusform>%n doente exportado para {path}</numerusform>
            <numerusform>%n doentes exportados para {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} was written, but the export could not be recorded in the audit trail: {reason}</source>
        <translation>{path} foi escrito, mas a exportação não pôde ser registada no registo de auditoria: {reason}</translation>
    </message>
    <message>
        <source>The recall list could not be exported to {path}: {reason}</source>
        <translation>Não foi possível exportar a lista de convocatória para {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>RecallDocument</name>
    <message>
        <source>MRN</source>
        <translation>N.º processo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>Próxima consulta prevista</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dias em atraso</translation>
    </message>
    <message>
        <source>Recall list: overdue on {day}</source>
        <translation>Lista de convocatória: em atraso em {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) whose next visit was due before today (the next visit due planned at each patient&apos;s latest visit).</source>
        <translation>
            <numerusform>%n doente cuja próxima consulta estava prevista antes de hoje (a próxima consulta prevista planeada na última consulta de cada doente).</numerusform>
            <numerusform>%n doentes cuja próxima consulta estava prevista antes de hoje (a próxima consulta prevista planeada na última consulta de cada doente).</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as recall-list.csv</source>
        <translation>{path} é uma pasta; indique um nome de ficheiro como recall-list.csv</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>A pasta {folder} não existe</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename {username}</source>
        <translation>Mudar o nome de {username}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>As shown on records and signatures from now on</source>
        <translation>Tal como aparece nos registos e assinaturas a partir de agora</translation>
    </message>
</context>
<context>
    <name>ReplaceQuestion</name>
    <message>
        <source>Replace the file?</source>
        <translation>Substituir o ficheiro?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.
Replace it?</source>
        <translation>{name} já existe em {folder}.
Substituí-lo?</translation>
    </message>
</context>
<context>
    <name>ResearchExportDialog</name>
    <message>
        <source>&amp;The open patient ({mrn})</source>
        <translation>&amp;O doente aberto ({mrn})</translation>
    </message>
    <message>
        <source>&amp;The open patient (none is open)</source>
        <translation>&amp;O doente aberto (nenhum aberto)</translation>
    </message>
    <message>
        <source>&amp;All patients</source>
        <translation>&amp;Todos os doentes</translation>
    </message>
    <message>
        <source>Folder to write (new or empty)</source>
        <translation>Pasta a escrever (nova ou vazia)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise</source>
        <translation>P&amp;seudonimizar</translation>
    </message>
    <message>
        <source>Study IDs for names and MRNs, no free text, dates shifted per patient: still personal data.</source>
        <translation>IDs de estudo em vez de nomes e n.º de processo, sem texto livre, datas deslocadas por doente: continuam a ser dados pessoais.</translation>
    </message>
    <message>
        <source>&amp;Folder (new or empty):</source>
        <translation>&amp;Pasta (nova ou vazia):</translation>
    </message>
    <message>
        <source>One table per kind of observation, a REDCap data dictionary and a README. Photographs are not exported.</source>
        <translation>Uma tabela por tipo de observação, um dicionário de dados REDCap e um README. As fotografias não são exportadas.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
</context>
<context>
    <name>ResearchExportFlow</name>
    <message>
        <source>Export for research (CSV)</source>
        <translation>Exportar para investigação (CSV)</translation>
    </message>
    <message>
        <source>give a new or empty folder</source>
        <translation>indique uma pasta nova ou vazia</translation>
    </message>
    <message>
        <source>Nothing was exported. Folder: {reason}.</source>
        <translation>Nada foi exportado. Pasta: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the research tables of %n patient(s) (pseudonymised) to {folder}:</source>
        <translation>
            <numerusform>Escritas as tabelas de investigação de %n doente (pseudonimizado) em {folder}:</numerusform>
            <numerusform>Escritas as tabelas de investigação de %n doentes (pseudonimizados) em {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the research tables of %n patient(s) (identified) to {folder}:</source>
        <translation>
            <numerusform>Escritas as tabelas de investigação de %n doente (identificado) em {folder}:</numerusform>
            <numerusform>Escritas as tabelas de investigação de %n doentes (identificados) em {folder}:</numerusform>
        </translation>
    </message>
    <message>
        <source>See README.txt in the folder for how to build a REDCap project from it. Pseudonymised data are still personal data, not anonymous.</source>
        <translation>Veja o README.txt na pasta para saber como criar um projeto REDCap a partir dela. Os dados pseudonimizados continuam a ser dados pessoais, não anónimos.</translation>
    </message>
    <message>
        <source>See README.txt in the folder for how to build a REDCap project from it.</source>
        <translation>Veja o README.txt na pasta para saber como criar um projeto REDCap a partir dela.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the research tables of %n patient(s) to {folder}</source>
        <translation>
            <numerusform>Exportadas as tabelas de investigação de %n doente para {folder}</numerusform>
            <numerusform>Exportadas as tabelas de investigação de %n doentes para {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: the folder cannot be written ({reason}).</source>
        <translation>Nada foi exportado: não é possível escrever na pasta ({reason}).</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {username}</source>
        <translation>Nova palavra-passe de {username}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Definir palavra-passe</translation>
    </message>
    <message>
        <source>Give {name} the new password in person. It also lifts a lockout.</source>
        <translation>Dê pessoalmente a nova palavra-passe a {name}. Também levanta um bloqueio.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova palavra-passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repetir palavra-passe</translation>
    </message>
</context>
<context>
    <name>ResponsePanel</name>
    <message>
        <source>Default (regimen start)</source>
        <translation>Predefinição (início do esquema)</translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation>Consulta inicial</translation>
    </message>
    <message>
        <source>The visit the current one is compared with. By default (regimen start) the last visit on or before the start of the current calcinosis regimen; any earlier visit may be chosen instead.</source>
        <translation>A consulta com que a atual é comparada. Por predefinição (início do esquema), a última consulta no início do esquema atual para a calcinose ou antes dele; pode ser escolhida qualquer consulta anterior.</translation>
    </message>
    <message>
        <source>Response assessment and flags</source>
        <translation>Avaliação da resposta e alertas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Response assessment&lt;/b&gt; — decision support</source>
        <translation>&lt;b&gt;Avaliação da resposta&lt;/b&gt; — apoio à decisão</translation>
    </message>
    <message>
        <source>Bas&amp;eline:</source>
        <translation>&amp;Referência:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the clinic&apos;s database</source>
        <translation>Restaurar a base de dados da clínica</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Ficheiro de cópia de segurança</translation>
    </message>
    <message>
        <source>Choose a backup CalciTrack made (with its manifest)</source>
        <translation>Escolha uma cópia de segurança feita pelo CalciTrack (com o seu manifesto)</translation>
    </message>
    <message>
        <source>&amp;Choose backup…</source>
        <translation>&amp;Escolher cópia…</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>O que a cópia contém</translation>
    </message>
    <message>
        <source>Re&amp;place the whole clinic database with this backup. Everything entered since the backup was made is replaced (a backup of the database as it is now is made first).</source>
        <translation>&amp;Substituir toda a base de dados da clínica por esta cópia. Tudo o que foi introduzido depois de a cópia ser feita é substituído (primeiro é feita uma cópia da base de dados tal como está agora).</translation>
    </message>
    <message>
        <source>&amp;Restore and close CalciTrack</source>
        <translation>&amp;Restaurar e fechar o CalciTrack</translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation>Cópia a restaurar:</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Escolher uma cópia de segurança</translation>
    </message>
    <message>
        <source>CalciTrack backups (*.sqlite3 *.dump *.backup);;All files (*)</source>
        <translation>Cópias de segurança do CalciTrack (*.sqlite3 *.dump *.backup);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Restore into: {target}</source>
        <translation>Restaurar para: {target}</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of {username}</source>
        <translation>Perfis de {username}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>What {name} may do. Several roles add up.</source>
        <translation>O que {name} pode fazer. Vários perfis somam-se.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Perfis</translation>
    </message>
</context>
<context>
    <name>RomEntryPanel</name>
    <message>
        <source>Movement</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direita</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <source>below normal ({normal}°)</source>
        <translation>abaixo do normal ({normal}°)</translation>
    </message>
    <message>
        <source>No joint next to an active lesion: add a joint to record its range of motion.</source>
        <translation>Nenhuma articulação junto a uma lesão ativa: adicione uma articulação para registar a sua amplitude de movimento.</translation>
    </message>
    <message>
        <source>Joint to add</source>
        <translation>Articulação a adicionar</translation>
    </message>
    <message>
        <source>Add &amp;joint</source>
        <translation>Adicionar a&amp;rticulação</translation>
    </message>
    <message>
        <source>Normal values: upper limb {upper}; lower limb {lower}.</source>
        <translation>Valores normais: membro superior {upper}; membro inferior {lower}.</translation>
    </message>
    <message>
        <source>{side} {movement} (degrees)</source>
        <translation>{side}: {movement} (graus)</translation>
    </message>
    <message>
        <source>last {degrees}°</source>
        <translation>última {degrees}°</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>em {day}</translation>
    </message>
    <message>
        <source>Range of motion: {movement} {degrees}° could not be put back: CalciTrack has no such movement. Type it again where it belongs.</source>
        <translation>Amplitude de movimento: não foi possível repor {movement} {degrees}°: o CalciTrack não tem esse movimento. Escreva-o novamente no sítio certo.</translation>
    </message>
    <message>
        <source>{side} {movement}</source>
        <translation>{side}: {movement}</translation>
    </message>
    <message>
        <source>Range of motion: {field}</source>
        <translation>Amplitude de movimento: {field}</translation>
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
        <translation>Consulta já registada hoje</translation>
    </message>
    <message>
        <source>{patient} already has a visit today ({day}). A patient has one visit a day: open it to add to it or correct it.

Or record a visit of another date (a visit typed late): the form opens for you to change the date first.</source>
        <translation>{patient} já tem uma consulta hoje ({day}). Um doente tem uma consulta por dia: abra-a para a completar ou corrigir.

Ou registe uma consulta de outra data (uma consulta escrita mais tarde): o formulário abre para alterar primeiro a data.</translation>
    </message>
    <message>
        <source>&amp;Open the visit of {day}</source>
        <translation>&amp;Abrir a consulta de {day}</translation>
    </message>
    <message>
        <source>&amp;Another date…</source>
        <translation>Outra &amp;data…</translation>
    </message>
</context>
<context>
    <name>ScoreLines</name>
    <message>
        <source>remission</source>
        <translation>remissão</translation>
    </message>
    <message>
        <source>low</source>
        <translation>atividade baixa</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>atividade moderada</translation>
    </message>
    <message>
        <source>high</source>
        <translation>atividade alta</translation>
    </message>
    <message>
        <source>TJC</source>
        <translation>NAD</translation>
    </message>
    <message>
        <source>SJC</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>patient global</source>
        <translation>avaliação global do doente</translation>
    </message>
    <message>
        <source>evaluator global</source>
        <translation>avaliação global do avaliador</translation>
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
        <translation>{score}: precisa de {inputs}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>ESR or CRP</source>
        <translation>VS ou PCR</translation>
    </message>
    <message>
        <source>CRP {crp} {unit} = {mg_l} mg/L used in DAS28-CRP [R12]</source>
        <translation>PCR {crp} {unit} = {mg_l} mg/L usada no DAS28-PCR [R12]</translation>
    </message>
    <message>
        <source>CDAI = TJC28 + SJC28 + patient and evaluator globals on 0–10 [R16]</source>
        <translation>CDAI = NAD28 + NAT28 + avaliações globais do doente e do avaliador em 0–10 [R16]</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>PCR</translation>
    </message>
    <message>
        <source>SDAI = CDAI + CRP in mg/dL: CRP {crp} {unit} = {mg_dl} mg/dL [R16]</source>
        <translation>SDAI = CDAI + PCR em mg/dL: PCR {crp} {unit} = {mg_dl} mg/dL [R16]</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>Pain NRS</source>
        <translation>Dor (EN)</translation>
    </message>
    <message>
        <source>Patient global</source>
        <translation>Avaliação global do doente</translation>
    </message>
    <message>
        <source>Evaluator global</source>
        <translation>Avaliação global do avaliador</translation>
    </message>
    <message>
        <source>Tender joints TJC28</source>
        <translation>Art. dolorosas NAD28</translation>
    </message>
    <message>
        <source>Swollen joints SJC28</source>
        <translation>Art. tumefactas NAT28</translation>
    </message>
    <message>
        <source>ESR</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>PCR</translation>
    </message>
    <message>
        <source>{field}: {span}; may be empty</source>
        <translation>{field}: {span}; pode ficar vazio</translation>
    </message>
    <message>
        <source>{field} ({span})</source>
        <translation>{field} ({span})</translation>
    </message>
    <message>
        <source>CRP value</source>
        <translation>Valor da PCR</translation>
    </message>
    <message>
        <source>CRP unit</source>
        <translation>Unidade da PCR</translation>
    </message>
    <message>
        <source>DAS28 given ({low}–{high})</source>
        <translation>DAS28 indicado ({low}–{high})</translation>
    </message>
    <message>
        <source>DAS28-CRP is read against the DAS28-ESR bands, which underestimate activity on DAS28-CRP [R14][R15].</source>
        <translation>O DAS28-PCR é lido face aos intervalos do DAS28-VS, que subestimam a atividade no DAS28-PCR [R14][R15].</translation>
    </message>
    <message>
        <source>DAS28 given check</source>
        <translation>Verificação do DAS28 indicado</translation>
    </message>
    <message>
        <source>Disease activity scores</source>
        <translation>Índices de atividade da doença</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Índices&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pain and disease activity: the CRP unit “{unit}” is not known, so CRP {value} has no unit: choose it again.</source>
        <translation>Dor e atividade da doença: a unidade da PCR “{unit}” não é conhecida, pelo que a PCR {value} não tem unidade: escolha-a novamente.</translation>
    </message>
    <message>
        <source>DAS28 given</source>
        <translation>DAS28 indicado</translation>
    </message>
    <message>
        <source>DAS28 given variant</source>
        <translation>Variante do DAS28 indicado</translation>
    </message>
    <message>
        <source>{marker} {field}</source>
        <translation>{marker} {field}</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>Disease activity: {field}</source>
        <translation>Atividade da doença: {field}</translation>
    </message>
    <message>
        <source>ESR: {reason}</source>
        <translation>VS: {reason}</translation>
    </message>
    <message>
        <source>ESR must be at least 1 mm/h (ln 0 is undefined) [R12]</source>
        <translation>A VS tem de ser pelo menos 1 mm/h (ln 0 não está definido) [R12]</translation>
    </message>
    <message>
        <source>CRP: {reason}</source>
        <translation>PCR: {reason}</translation>
    </message>
    <message>
        <source>upper limit {high} mm/h (Miller {citation}){above}</source>
        <translation>limite superior {high} mm/h (Miller {citation}){above}</translation>
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
        <translation>não é um número</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}{unit}</source>
        <translation>{field} tem de ser um número inteiro de {low} a {high}{unit}</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}{unit}, got {value}</source>
        <translation>{field} tem de estar entre {low} e {high}{unit}, obtido {value}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>SetAsideBox</name>
    <message>
        <source>Your values not carried over</source>
        <extracomment>Parts of a section&apos;s state that name stored rows (ids, versions), not what was typed: a save by someone else replaces them, so they are neither compared nor carried over. The payload&apos;s parts that hold what was typed.</extracomment>
        <translation>Os seus valores não mantidos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Hide this list: you have dealt with these values</source>
        <translation>Ocultar esta lista: já tratou destes valores</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed these too.&lt;/b&gt; The form shows their values; type yours again where yours should stand:</source>
        <translation>&lt;b&gt;Outra pessoa também alterou estes campos.&lt;/b&gt; O formulário mostra os valores dela; escreva novamente os seus onde devem ficar:</translation>
    </message>
    <message>
        <source>{field}: yours &lt;b&gt;{yours}&lt;/b&gt;, now &lt;b&gt;{now}&lt;/b&gt;</source>
        <translation>{field}: o seu &lt;b&gt;{yours}&lt;/b&gt;, agora &lt;b&gt;{now}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SettingNumberBox</name>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>is required (type a number)</source>
        <translation>é obrigatório (escreva um número)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — CalciTrack</source>
        <translation>Iniciar sessão — CalciTrack</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nome de &amp;utilizador:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Palavra-passe:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Opening the clinic&apos;s database… You are signed in as soon as it is open.</source>
        <translation>A abrir a base de dados da clínica… A sessão é iniciada assim que estiver aberta.</translation>
    </message>
    <message>
        <source>Opening the clinic&apos;s database…</source>
        <translation>A abrir a base de dados da clínica…</translation>
    </message>
    <message>
        <source>Clinic database: {database}</source>
        <translation>Base de dados da clínica: {database}</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Escreva o seu nome de utilizador.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escreva a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Could not sign in: {reason}</source>
        <translation>Não foi possível iniciar sessão: {reason}</translation>
    </message>
</context>
<context>
    <name>SignOffFlow</name>
    <message>
        <source>Incomplete visit: {lesions} not measured at it. Its lesion burden is partial; a change from another visit compares only the lesions measured at both.</source>
        <translation>Consulta incompleta: {lesions} não medidas nela. A sua carga de lesões é parcial; uma variação em relação a outra consulta compara apenas as lesões medidas em ambas.</translation>
    </message>
    <message>
        <source>Values past the clinic&apos;s data-quality checks (checks of the data, not clinical thresholds), confirmed by whoever saved them unless saved before the check existed:
{values}</source>
        <translation>Valores fora das verificações de qualidade dos dados da clínica (verificações dos dados, não limiares clínicos), confirmados por quem os guardou, exceto se guardados antes de a verificação existir:
{values}</translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>Assinar consulta</translation>
    </message>
    <message>
        <source>Every visit of this patient is signed.</source>
        <translation>Todas as consultas deste doente estão assinadas.</translation>
    </message>
    <message>
        <source>The visit of {day} is already signed: {signature}.</source>
        <translation>A consulta de {day} já está assinada: {signature}.</translation>
    </message>
    <message>
        <source>{name}, {mrn}</source>
        <translation>{name}, {mrn}</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>A assinar…</translation>
    </message>
    <message>
        <source>Visit of {day}: {signature}</source>
        <translation>Consulta de {day}: {signature}</translation>
    </message>
</context>
<context>
    <name>SignVisitDialog</name>
    <message>
        <source>Sign visit</source>
        <translation>Assinar consulta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign the visit of {day}&lt;/b&gt; — {patient}</source>
        <translation>&lt;b&gt;Assinar a consulta de {day}&lt;/b&gt; — {patient}</translation>
    </message>
    <message>
        <source>Before you sign</source>
        <translation>Antes de assinar</translation>
    </message>
    <message>
        <source>A signed visit is read-only: a later change is an amendment, with its reason, and the signed values stay readable.</source>
        <translation>Uma consulta assinada é só de leitura: uma alteração posterior é uma retificação, com o seu motivo, e os valores assinados continuam legíveis.</translation>
    </message>
    <message>
        <source>Your password, to sign</source>
        <translation>A sua palavra-passe, para assinar</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>A sua &amp;palavra-passe:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Assinar</translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation>Introduza a sua palavra-passe para assinar.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>A assinar…</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Choose the body site</source>
        <translation>Escolher a localização</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>{site}, {side}</source>
        <translation>{site}, {side}</translation>
    </message>
    <message>
        <source>{lesion} ({where})</source>
        <translation>{lesion} ({where})</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected lesion</source>
        <translation>Espaço assinala ou desassinala a lesão selecionada</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motivo da retificação</translation>
    </message>
    <message>
        <source>Required: why the signed visit is amended</source>
        <translation>Obrigatório: porque é retificada a consulta assinada</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Body s&amp;ite:</source>
        <translation>Locali&amp;zação:</translation>
    </message>
    <message>
        <source>Sid&amp;e:</source>
        <translation>&amp;Lado:</translation>
    </message>
    <message>
        <source>Reason for the a&amp;mendment:</source>
        <translation>Motivo da re&amp;tificação:</translation>
    </message>
    <message>
        <source>is required (choose the body site)</source>
        <translation>é obrigatório (escolha a localização)</translation>
    </message>
    <message>
        <source>say why the signed visit is amended</source>
        <translation>indique porque é retificada a consulta assinada</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation>&amp;Guardar retificação</translation>
    </message>
    <message>
        <source>This is part of {visit}. Saving amends that visit: it stays signed, what it said as signed is kept beside the change, and the summary says it was amended, when and why.</source>
        <translation>Isto faz parte de {visit}. Guardar retifica essa consulta: continua assinada, o que constava como assinado fica guardado ao lado da alteração e o resumo indica que foi retificada, quando e porquê.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Not saved.

{problems}</source>
        <translation>Não guardado.

{problems}</translation>
    </message>
</context>
<context>
    <name>SiteEventFlow</name>
    <message>
        <source>It is saved now, on its own, and stays even if the visit is not saved. Lesions first recorded in this visit can be chosen once the visit is saved.</source>
        <translation>Fica guardado agora, por si só, e mantém-se mesmo que a consulta não seja guardada. As lesões registadas pela primeira vez nesta consulta podem ser escolhidas depois de a consulta ser guardada.</translation>
    </message>
    <message>
        <source>Note: {visit}. A study or procedure on that day is part of it: only a physician&apos;s amendment saves one; choose another date if it was done on another day.</source>
        <translation>Nota: {visit}. Um exame ou procedimento nesse dia faz parte dela: só uma retificação de um médico o guarda; escolha outra data se foi feito noutro dia.</translation>
    </message>
    <message>
        <source>Imaging and procedures</source>
        <translation>Imagiologia e procedimentos</translation>
    </message>
    <message>
        <source>Recording imaging studies and procedures needs the nurse or physician role.</source>
        <translation>Registar exames de imagem e procedimentos exige o perfil de enfermeiro ou de médico.</translation>
    </message>
    <message>
        <source>{event} is part of {visit}.

It cannot be deleted here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation>{event} faz parte de {visit}.

Não pode ser eliminado aqui: só muda retificando essa consulta, o que é feito por um médico, indicando o motivo.</translation>
    </message>
    <message>
        <source>{event} is part of {visit}.

It cannot be corrected here: it changes only by amending that visit, which a physician does, giving the reason.</source>
        <translation>{event} faz parte de {visit}.

Não pode ser corrigido aqui: só muda retificando essa consulta, o que é feito por um médico, indicando o motivo.</translation>
    </message>
    <message>
        <source>Part of a signed visit</source>
        <translation>Parte de uma consulta assinada</translation>
    </message>
    <message>
        <source>Amended: {event}</source>
        <translation>Retificado: {event}</translation>
    </message>
    <message>
        <source>Corrected: {event}</source>
        <translation>Corrigido: {event}</translation>
    </message>
    <message>
        <source>Saved: {event}</source>
        <translation>Guardado: {event}</translation>
    </message>
    <message>
        <source>a signed visit</source>
        <translation>uma consulta assinada</translation>
    </message>
    <message>
        <source>Not saved yet: this is part of {visit}. Give the reason for the amendment, then save it as that visit&apos;s amendment.</source>
        <translation>Ainda não guardado: isto faz parte de {visit}. Indique o motivo da retificação e guarde-o como retificação dessa consulta.</translation>
    </message>
    <message>
        <source>It was not saved.</source>
        <translation>Não foi guardado.</translation>
    </message>
    <message>
        <source>Deleted: {event}</source>
        <translation>Eliminado: {event}</translation>
    </message>
    <message>
        <source>Imaging &amp;study…</source>
        <translation>Exame de &amp;imagem…</translation>
    </message>
    <message>
        <source>&amp;Procedure…</source>
        <translation>&amp;Procedimento…</translation>
    </message>
    <message>
        <source>the visit of {day}, which is signed ({signature})</source>
        <translation>a consulta de {day}, que está assinada ({signature})</translation>
    </message>
</context>
<context>
    <name>SiteEventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>Lesões</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Findings / outcome</source>
        <translation>Achados / resultado</translation>
    </message>
    <message>
        <source>Reader / operator</source>
        <translation>Relator / executante</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Complicações</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Não indicado</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>lesions: {lesions}</source>
        <translation>lesões: {lesions}</translation>
    </message>
    <message>
        <source>read by {who}</source>
        <translation>relatado por {who}</translation>
    </message>
    <message>
        <source>by {who}</source>
        <translation>por {who}</translation>
    </message>
    <message>
        <source>verdict: {verdict}</source>
        <translation>conclusão: {verdict}</translation>
    </message>
    <message>
        <source>complications: {complications}</source>
        <translation>complicações: {complications}</translation>
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
        <translation>Exame de imagem</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
</context>
<context>
    <name>SiteEventsPanel</name>
    <message>
        <source>Imaging and procedures</source>
        <translation>Imagiologia e procedimentos</translation>
    </message>
    <message>
        <source>New imagin&amp;g study…</source>
        <translation>Novo e&amp;xame de imagem…</translation>
    </message>
    <message>
        <source>New proced&amp;ure…</source>
        <translation>Novo &amp;procedimento…</translation>
    </message>
    <message>
        <source>Co&amp;rrect… (F2)</source>
        <translation>Co&amp;rrigir… (F2)</translation>
    </message>
    <message>
        <source>D&amp;elete… (Del)</source>
        <translation>E&amp;liminar… (Del)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corrigir…</translation>
    </message>
    <message>
        <source>D&amp;elete (entered in error)…</source>
        <translation>E&amp;liminar (introduzido por erro)…</translation>
    </message>
    <message>
        <source>The selected row in full</source>
        <translation>A linha selecionada, completa</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Clinical sources</source>
        <translation>Fontes clínicas</translation>
    </message>
    <message>
        <source>The published sources CalciTrack&apos;s rules, reference values and flags cite as [R#]. Thresholds that are the clinic&apos;s own choice are marked as clinic policy in Clinic settings; the flags are decision support.</source>
        <translation>As fontes publicadas que as regras, os valores de referência e os alertas do CalciTrack citam como [R#]. Os limiares que são escolha da própria clínica estão marcados como política da clínica nas Definições da clínica; os alertas são apoio à decisão.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>A key (R38), an author, a drug, a journal…</source>
        <translation>Uma chave (R38), um autor, um medicamento, uma revista…</translation>
    </message>
    <message>
        <source>Find a source</source>
        <translation>Procurar uma fonte</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Procurar:</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fonte</numerusform>
            <numerusform>%n fontes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n source(s)</source>
        <translation>
            <numerusform>{shown} de %n fonte</numerusform>
            <numerusform>{shown} de %n fontes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>CalciTrack cannot start</source>
        <translation>O CalciTrack não consegue arrancar</translation>
    </message>
    <message>
        <source>CalciTrack cannot open the clinic&apos;s database.

{reason}</source>
        <translation>O CalciTrack não consegue abrir a base de dados da clínica.

{reason}</translation>
    </message>
    <message>
        <source>Check the database setting (--db or CALCITRACK_DATABASE_URL) or ask the clinic&apos;s IT.</source>
        <translation>Verifique a definição da base de dados (--db ou CALCITRACK_DATABASE_URL) ou contacte a informática da clínica.</translation>
    </message>
</context>
<context>
    <name>SummaryExportDialog</name>
    <message>
        <source>Save visit summary</source>
        <translation>Guardar resumo da consulta</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export visit summary — {mrn}</source>
        <translation>Exportar resumo da consulta — {mrn}</translation>
    </message>
    <message>
        <source>{date} (latest)</source>
        <translation>{date} (mais recente)</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar em:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Open the PDF when it is written</source>
        <translation>&amp;Abrir o PDF depois de escrito</translation>
    </message>
    <message>
        <source>&amp;Include each lesion&apos;s baseline and current photograph</source>
        <translation>&amp;Incluir a fotografia inicial e a atual de cada lesão</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Save to: give a file name for the PDF</source>
        <translation>Guardar em: indique um nome de ficheiro para o PDF</translation>
    </message>
    <message>
        <source>Save to: {path} is a folder; add a file name such as summary.pdf</source>
        <translation>Guardar em: {path} é uma pasta; acrescente um nome de ficheiro como summary.pdf</translation>
    </message>
    <message>
        <source>Save to: {path} is a folder; give another file name</source>
        <translation>Guardar em: {path} é uma pasta; indique outro nome de ficheiro</translation>
    </message>
    <message>
        <source>Save to: the folder {folder} does not exist</source>
        <translation>Guardar em: a pasta {folder} não existe</translation>
    </message>
</context>
<context>
    <name>SummaryFlow</name>
    <message>
        <source>The visit summary could not be written to {path}: {reason}</source>
        <translation>Não foi possível escrever o resumo da consulta em {path}: {reason}</translation>
    </message>
    <message>
        <source>Visit summary written to {path}</source>
        <translation>Resumo da consulta escrito em {path}</translation>
    </message>
    <message>
        <source>The summary was written to {path}, but no program opened it.</source>
        <translation>O resumo foi escrito em {path}, mas nenhum programa o abriu.</translation>
    </message>
    <message>
        <source>Visit summary {mrn} {date}</source>
        <translation>Resumo da consulta {mrn} {date}</translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation>Impressão cancelada</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer</source>
        <translation>A preparar as páginas para a impressora</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>a impressora</translation>
    </message>
    <message numerus="yes">
        <source>Visit summary sent to {printer} (%n page(s))</source>
        <translation>
            <numerusform>Resumo da consulta enviado para {printer} (%n página)</numerusform>
            <numerusform>Resumo da consulta enviado para {printer} (%n páginas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPrinting</name>
    <message>
        <source>the printer could not be started</source>
        <translation>não foi possível iniciar a impressora</translation>
    </message>
    <message>
        <source>Print visit summary</source>
        <translation>Imprimir resumo da consulta</translation>
    </message>
</context>
<context>
    <name>TextBox</name>
    <message>
        <source>Enter saves; Shift+Enter starts a new line</source>
        <translation>Enter guarda; Shift+Enter inicia uma nova linha</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Due today and overdue</source>
        <translation>Previstas hoje e em atraso</translation>
    </message>
    <message>
        <source>Seen today</source>
        <translation>Vistos hoje</translation>
    </message>
    <message>
        <source>Unsigned visits</source>
        <translation>Consultas por assinar</translation>
    </message>
    <message>
        <source>My drafts waiting</source>
        <translation>Os meus rascunhos pendentes</translation>
    </message>
    <message>
        <source>(date not read)</source>
        <translation>(data não lida)</translation>
    </message>
    <message>
        <source>new visit {day}</source>
        <translation>nova consulta {day}</translation>
    </message>
    <message>
        <source>edit of visit {day}</source>
        <translation>edição da consulta {day}</translation>
    </message>
    <message>
        <source>Last typed {typed}; Enter opens the patient and offers the draft back</source>
        <translation>Última escrita {typed}; Enter abre o doente e volta a propor o rascunho</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Data de hoje</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Doente</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Today&apos;s worklist</source>
        <translation>Lista de trabalho de hoje</translation>
    </message>
    <message>
        <source>Re&amp;call list…</source>
        <translation>Lista de co&amp;nvocatória…</translation>
    </message>
    <message>
        <source>The overdue patients, to print or export as CSV (Alt+C)</source>
        <translation>Os doentes em atraso, para imprimir ou exportar em CSV (Alt+N)</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>prevista hoje</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dia em atraso</numerusform>
            <numerusform>%n dias em atraso</numerusform>
        </translation>
    </message>
    <message>
        <source>visit of {day}</source>
        <translation>consulta de {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) since {day}</source>
        <translation>
            <numerusform>%n consulta desde {day}</numerusform>
            <numerusform>%n consultas desde {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;, {date}</source>
        <translation>&lt;b&gt;Hoje&lt;/b&gt;, {date}</translation>
    </message>
    <message>
        <source>The worklist is not available here.</source>
        <translation>A lista de trabalho não está disponível aqui.</translation>
    </message>
    <message>
        <source>The worklist could not be read: {reason}</source>
        <translation>Não foi possível ler a lista de trabalho: {reason}</translation>
    </message>
    <message>
        <source>Next visit due {day}</source>
        <translation>Próxima consulta prevista {day}</translation>
    </message>
    <message>
        <source>seen today</source>
        <translation>visto hoje</translation>
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
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Enter opens {mrn}</source>
        <translation>Enter abre {mrn}</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <source>All visits</source>
        <translation>Todas as consultas</translation>
    </message>
    <message>
        <source>Since regimen start</source>
        <translation>Desde o início do esquema</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Hover over a point for its value; click a lesion&apos;s point to highlight it.</source>
        <translation>Passe o cursor sobre um ponto para ver o seu valor; clique no ponto de uma lesão para a realçar.</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Intervalo de datas</translation>
    </message>
    <message>
        <source>Highlighted lesion</source>
        <translation>Lesão realçada</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Painéis</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the charts as PNG or SVG</source>
        <translation>Guardar os gráficos em PNG ou SVG</translation>
    </message>
    <message>
        <source>Chart value</source>
        <translation>Valor do gráfico</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Lesio&amp;n:</source>
        <translation>&amp;Lesão:</translation>
    </message>
    <message>
        <source>All lesions</source>
        <translation>Todas as lesões</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>A desenhar…</translation>
    </message>
    <message>
        <source>The charts could not be drawn: {reason}</source>
        <translation>Não foi possível desenhar os gráficos: {reason}</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG vector drawing (*.svg)</source>
        <translation>Desenho vetorial SVG (*.svg)</translation>
    </message>
    <message>
        <source>export as .png or .svg, not .{suffix}</source>
        <translation>exporte como .png ou .svg, não .{suffix}</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>A guardar {file}…</translation>
    </message>
    <message>
        <source>Charts saved to {file}</source>
        <translation>Gráficos guardados em {file}</translation>
    </message>
    <message>
        <source>The charts could not be saved: {reason}</source>
        <translation>Não foi possível guardar os gráficos: {reason}</translation>
    </message>
</context>
<context>
    <name>TransferMenu</name>
    <message>
        <source>Importing: {done} of {total}</source>
        <translation>A importar: {done} de {total}</translation>
    </message>
    <message>
        <source>Importing {name}: checking every value…</source>
        <translation>A importar {name}: a verificar cada valor…</translation>
    </message>
    <message>
        <source>&amp;Import charts (JSON)…</source>
        <translation>Im&amp;portar processos (JSON)…</translation>
    </message>
    <message>
        <source>Add the patients of an interchange file: all of them, or none if any is refused</source>
        <translation>Adicionar os doentes de um ficheiro de intercâmbio: todos, ou nenhum se algum for recusado</translation>
    </message>
    <message>
        <source>E&amp;xport charts (JSON)…</source>
        <translation>E&amp;xportar processos (JSON)…</translation>
    </message>
    <message>
        <source>Write the open patient&apos;s chart, or every patient&apos;s, to an interchange file</source>
        <translation>Escrever o processo do doente aberto, ou de todos os doentes, num ficheiro de intercâmbio</translation>
    </message>
    <message>
        <source>Export for re&amp;search (CSV)…</source>
        <translation>Exportar p&amp;ara investigação (CSV)…</translation>
    </message>
    <message>
        <source>Analysis-ready tables with a REDCap data dictionary, optionally pseudonymised</source>
        <translation>Tabelas prontas para análise com um dicionário de dados REDCap, opcionalmente pseudonimizadas</translation>
    </message>
    <message>
        <source>Export F&amp;HIR R4…</source>
        <translation>Exportar F&amp;HIR R4…</translation>
    </message>
    <message>
        <source>Write the open patient, or every patient, as a FHIR R4 Bundle for another system</source>
        <translation>Escrever o doente aberto, ou todos os doentes, como Bundle FHIR R4 para outro sistema</translation>
    </message>
    <message>
        <source>Clinic-&amp;day summaries…</source>
        <translation>Resumos do dia de &amp;consulta…</translation>
    </message>
    <message>
        <source>A PDF visit summary for every patient seen on a day, into a folder</source>
        <translation>Um resumo de consulta em PDF de cada doente visto num dia, numa pasta</translation>
    </message>
</context>
<context>
    <name>TransferReportDialog</name>
    <message>
        <source>The report, line by line</source>
        <translation>O relatório, linha a linha</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copiar o relatório</translation>
    </message>
    <message>
        <source>Im&amp;port them</source>
        <translation>Im&amp;portá-los</translation>
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
        <translation>Lesões não medidas</translation>
    </message>
    <message>
        <source>A visit with lesions not measured is saved as incomplete: its total is shown apart from the complete visits, and a change of burden compares only the lesions measured at both visits.</source>
        <translation>Uma consulta com lesões não medidas é guardada como incompleta: o seu total é mostrado à parte das consultas completas e uma variação da carga compara apenas as lesões medidas em ambas as consultas.</translation>
    </message>
    <message>
        <source>Not measured today</source>
        <translation>Não medida hoje</translation>
    </message>
    <message>
        <source>Not measured at this visit</source>
        <translation>Não medida nesta consulta</translation>
    </message>
    <message>
        <source>{lesion}: not measured, resolved or excised</source>
        <translation>{lesion}: não medida, resolvida ou excisada</translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation>&amp;Guardar consulta</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Voltar ao formulário</translation>
    </message>
    <message>
        <source>1 active lesion has no size today. For each, say whether it was not measured today, or found resolved or excised.</source>
        <translation>1 lesão ativa não tem dimensão hoje. Indique se não foi medida hoje ou se foi encontrada resolvida ou excisada.</translation>
    </message>
    <message>
        <source>1 active lesion has no size at this visit. For each, say whether it was not measured at this visit, or found resolved or excised.</source>
        <translation>1 lesão ativa não tem dimensão nesta consulta. Indique se não foi medida nesta consulta ou se foi encontrada resolvida ou excisada.</translation>
    </message>
    <message numerus="yes">
        <source>%n active lesion(s) have no size today. For each, say whether it was not measured today, or found resolved or excised.</source>
        <translation>
            <numerusform>%n lesão ativa não tem dimensão hoje. Indique se não foi medida hoje ou se foi encontrada resolvida ou excisada.</numerusform>
            <numerusform>%n lesões ativas não têm dimensão hoje. Para cada uma, indique se não foi medida hoje ou se foi encontrada resolvida ou excisada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active lesion(s) have no size at this visit. For each, say whether it was not measured at this visit, or found resolved or excised.</source>
        <translation>
            <numerusform>%n lesão ativa não tem dimensão nesta consulta. Indique se não foi medida nesta consulta ou se foi encontrada resolvida ou excisada.</numerusform>
            <numerusform>%n lesões ativas não têm dimensão nesta consulta. Para cada uma, indique se não foi medida nesta consulta ou se foi encontrada resolvida ou excisada.</numerusform>
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
        <translation>e mais {count}</translation>
    </message>
    <message>
        <source>Changed:
{changes}

Nothing is saved unless you press Save.</source>
        <translation>Alterado:
{changes}

Nada é guardado a menos que prima Guardar.</translation>
    </message>
    <message>
        <source>Discard the changed settings?</source>
        <translation>Descartar as definições alteradas?</translation>
    </message>
    <message>
        <source>Discard the changes to the clinic settings?</source>
        <translation>Descartar as alterações às definições da clínica?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar alterações</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuar a editar</translation>
    </message>
</context>
<context>
    <name>UnsavedVisitQuestion</name>
    <message>
        <source>Unsaved visit</source>
        <translation>Consulta não guardada</translation>
    </message>
    <message>
        <source>{leaving}: the {visit} is not saved.

Save it now, keep it as your draft (offered to you alone when you next sign in), or discard what was typed?</source>
        <translation>{leaving}: a {visit} não está guardada.

Guardá-la agora, mantê-la como rascunho seu (proposto apenas a si no próximo início de sessão) ou descartar o que foi escrito?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the visit; if it has problems, the form shows them</source>
        <translation>Guardar a consulta; se tiver problemas, o formulário mostra-os</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Manter como rascunho</translation>
    </message>
    <message>
        <source>Keep what was typed on this workstation, for you alone</source>
        <translation>Manter o que foi escrito neste posto de trabalho, apenas para si</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Throw away what was typed (it cannot be recovered)</source>
        <translation>Deitar fora o que foi escrito (não pode ser recuperado)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Voltar ao formulário</translation>
    </message>
</context>
<context>
    <name>UnusualValuesCheck</name>
    <message>
        <source>Not saved: correct the value, or save again to confirm it</source>
        <translation>Não guardado: corrija o valor, ou guarde novamente para o confirmar</translation>
    </message>
    <message>
        <source>Not saved yet: confirm or correct the unusual values</source>
        <translation>Ainda não guardado: confirme ou corrija os valores invulgares</translation>
    </message>
    <message>
        <source>Unusual: {value} — {reason}. Save asks you to confirm it.</source>
        <translation>Invulgar: {value} — {reason}. Ao guardar, é-lhe pedido que o confirme.</translation>
    </message>
</context>
<context>
    <name>UnusualValuesDialog</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Why it is unusual</source>
        <translation>Porque é invulgar</translation>
    </message>
    <message>
        <source>Clinic setting</source>
        <translation>Definição da clínica</translation>
    </message>
    <message>
        <source>Unusual values: check before saving</source>
        <translation>Valores invulgares: verifique antes de guardar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n unusual value(s)&lt;/b&gt; in this visit. {intro}</source>
        <translation>
            <numerusform>&lt;b&gt;%n valor invulgar&lt;/b&gt; nesta consulta. {intro}</numerusform>
            <numerusform>&lt;b&gt;%n valores invulgares&lt;/b&gt; nesta consulta. {intro}</numerusform>
        </translation>
    </message>
    <message>
        <source>These values are possible but unusual. Check each one against the patient or the report it came from.&lt;br&gt;&lt;b&gt;Confirm and save&lt;/b&gt; records in the audit trail that you confirmed each value, with the reason shown here. &lt;b&gt;Go back and correct&lt;/b&gt; saves nothing.</source>
        <translation>Estes valores são possíveis mas invulgares. Verifique cada um com o doente ou com o relatório de onde veio.&lt;br&gt;&lt;b&gt;Confirmar e guardar&lt;/b&gt; regista no registo de auditoria que confirmou cada valor, com o motivo aqui mostrado. &lt;b&gt;Voltar e corrigir&lt;/b&gt; não guarda nada.</translation>
    </message>
    <message>
        <source>Unusual values</source>
        <translation>Valores invulgares</translation>
    </message>
    <message>
        <source>The limits are clinic settings: data-quality checks (clinic policy, not clinical thresholds), which catch typing slips and wrong units, and the drug labels&apos; maximum doses. Decision support: the prescriber reviews a dose.</source>
        <translation>Os limites são definições da clínica: verificações de qualidade dos dados (política da clínica, não limiares clínicos), que apanham erros de escrita e unidades erradas, e as doses máximas dos RCM. Apoio à decisão: o prescritor revê a dose.</translation>
    </message>
    <message>
        <source>&amp;Go back and correct</source>
        <translation>&amp;Voltar e corrigir</translation>
    </message>
    <message>
        <source>&amp;Confirm and save</source>
        <translation>&amp;Confirmar e guardar</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Username</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Bloqueado até {time}</translation>
    </message>
    <message>
        <source>Locked until {time} ({day})</source>
        <translation>Bloqueado até {time} ({day})</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Sem palavra-passe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilizadores</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Adicionar utilizador…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Perfis…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Mudar o &amp;nome…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Repor pala&amp;vra-passe…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Desa&amp;tivar</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) in a row</source>
        <translation>
            <numerusform>%n início de sessão falhado seguido</numerusform>
            <numerusform>%n inícios de sessão falhados seguidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n conta</numerusform>
            <numerusform>%n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}. {notice}</source>
        <translation>{count}. {notice}</translation>
    </message>
    <message>
        <source>The accounts could not be read</source>
        <translation>Não foi possível ler as contas</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;tivar</translation>
    </message>
    <message>
        <source>Added {account}</source>
        <translation>Adicionado {account}</translation>
    </message>
    <message>
        <source>Changed the roles of {account}</source>
        <translation>Perfis de {account} alterados</translation>
    </message>
    <message>
        <source>Renamed {account}</source>
        <translation>Nome de {account} alterado</translation>
    </message>
    <message>
        <source>Set a new password for {username}</source>
        <translation>Definida uma nova palavra-passe para {username}</translation>
    </message>
    <message>
        <source>{username}: {name} ({roles})</source>
        <translation>{username}: {name} ({roles})</translation>
    </message>
    <message>
        <source>Enabled {username}</source>
        <translation>{username} ativado</translation>
    </message>
    <message>
        <source>Disabled {username}</source>
        <translation>{username} desativado</translation>
    </message>
    <message>
        <source>Unlocked {username}</source>
        <translation>{username} desbloqueado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não guardado</translation>
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
            <numerusform>{count} problema encontrado:</numerusform>
            <numerusform>{count} problemas encontrados:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} anchor(s) found</source>
        <translation>
            <numerusform>{count} âncora encontrada</numerusform>
            <numerusform>{count} âncoras encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitFlow</name>
    <message>
        <source>Signed visit</source>
        <translation>Consulta assinada</translation>
    </message>
    <message>
        <source>The visit of {day} is signed and read-only ({signature}). A physician can amend it, giving the reason.</source>
        <translation>A consulta de {day} está assinada e é só de leitura ({signature}). Um médico pode retificá-la, indicando o motivo.</translation>
    </message>
    <message>
        <source>This visit is signed: saving asks for the reason and records an amendment</source>
        <translation>Esta consulta está assinada: guardar pede o motivo e regista uma retificação</translation>
    </message>
    <message>
        <source>edit of the visit of {day}</source>
        <translation>edição da consulta de {day}</translation>
    </message>
    <message>
        <source>new visit</source>
        <translation>nova consulta</translation>
    </message>
    <message>
        <source>You have an unsaved {what} for {patient} kept from an earlier session.

Recover it, or discard it and start afresh?</source>
        <translation>Tem uma {what} não guardada de {patient}, mantida de uma sessão anterior.

Recuperá-la, ou descartá-la e começar de novo?</translation>
    </message>
    <message>
        <source>You have an unsaved {what} for {patient} (started {moment}) kept from an earlier session.

Recover it, or discard it and start afresh?</source>
        <translation>Tem uma {what} não guardada de {patient} (iniciada {moment}), mantida de uma sessão anterior.

Recuperá-la, ou descartá-la e começar de novo?</translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation>Consulta não guardada</translation>
    </message>
    <message>
        <source>The visit this draft edits was deleted after the draft was kept, so it cannot be opened; the draft is kept.</source>
        <translation>A consulta que este rascunho edita foi eliminada depois de o rascunho ser mantido, por isso não pode ser aberta; o rascunho é mantido.</translation>
    </message>
    <message>
        <source>Recover unsaved visit</source>
        <translation>Recuperar consulta não guardada</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S) or cancel (Esc) the visit before opening another patient</source>
        <translation>Guarde (Ctrl+S) ou cancele (Esc) a consulta antes de abrir outro doente</translation>
    </message>
    <message>
        <source>Saving the visit…</source>
        <translation>A guardar a consulta…</translation>
    </message>
    <message>
        <source>The visit was not saved</source>
        <translation>A consulta não foi guardada</translation>
    </message>
    <message>
        <source>Visit of {day} saved</source>
        <translation>Consulta de {day} guardada</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>outra pessoa</translation>
    </message>
    <message>
        <source>Not saved: the visit of {day} was saved by {who} after you opened it. Your typing is kept; reload the visit to carry it over.</source>
        <translation>Não guardado: a consulta de {day} foi guardada por {who} depois de a abrir. O que escreveu é mantido; recarregue a consulta para o transportar.</translation>
    </message>
    <message>
        <source>Visit not saved</source>
        <translation>Consulta não guardada</translation>
    </message>
    <message>
        <source>Your changes to the visit of {day} are not saved yet: someone else saved this visit after you opened it.</source>
        <translation>As suas alterações à consulta de {day} ainda não estão guardadas: outra pessoa guardou esta consulta depois de a abrir.</translation>
    </message>
    <message>
        <source>Reload the visit</source>
        <translation>Recarregar a consulta</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar a editar</translation>
    </message>
    <message>
        <source>Reload the visit: the form shows the visit as saved now, with everything you typed carried over, except where you both changed the same thing: there their value is shown and yours is listed above the form.
Keep editing: back to your form as it is (it cannot be saved over the newer visit; reload when ready).</source>
        <translation>Recarregar a consulta: o formulário mostra a consulta tal como está guardada agora, mantendo tudo o que escreveu, exceto onde ambos alteraram o mesmo: aí é mostrado o valor da outra pessoa e o seu fica listado acima do formulário.
Continuar a editar: voltar ao formulário tal como está (não pode ser guardado por cima da consulta mais recente; recarregue quando estiver pronto).</translation>
    </message>
    <message>
        <source>Visit reloaded as saved now; your typing was carried over</source>
        <translation>Consulta recarregada tal como está guardada agora; o que escreveu foi mantido</translation>
    </message>
    <message>
        <source>The visit of {day} is signed ({signature}) and is kept. A physician can amend it instead.</source>
        <translation>A consulta de {day} está assinada ({signature}) e é mantida. Em vez disso, um médico pode retificá-la.</translation>
    </message>
    <message>
        <source>Visit of {day} deleted</source>
        <translation>Consulta de {day} eliminada</translation>
    </message>
    <message>
        <source>Visit not deleted</source>
        <translation>Consulta não eliminada</translation>
    </message>
    <message>
        <source>The visit of {day} was not deleted: someone else saved it after you opened the chart.</source>
        <translation>A consulta de {day} não foi eliminada: outra pessoa guardou-a depois de abrir o processo.</translation>
    </message>
    <message>
        <source>Reload the chart</source>
        <translation>Recarregar o processo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Reload the chart to see the visit as saved now, then delete it again if it should still go.</source>
        <translation>Recarregue o processo para ver a consulta tal como está guardada agora e, se ainda for para eliminar, elimine-a novamente.</translation>
    </message>
</context>
<context>
    <name>VisitFormDrafts</name>
    <message>
        <source>Vitals and weight</source>
        <extracomment>Restored in this order: the weight first (it is part of every section&apos;s context), the lesions before the range of motion (their sites choose its joints).</extracomment>
        <translation>Sinais vitais e peso</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>Lesões</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Amplitude de movimento</translation>
    </message>
    <message>
        <source>Pain and disease activity</source>
        <translation>Dor e atividade da doença</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Análises</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicação</translation>
    </message>
    <message>
        <source>This unsaved visit was kept by a newer version of CalciTrack: check every section against what you typed.</source>
        <translation>Esta consulta não guardada foi mantida por uma versão mais recente do CalciTrack: verifique cada secção com o que escreveu.</translation>
    </message>
    <message>
        <source>The visit&apos;s date, type, clinician and next visit due could not be read from the unsaved visit (that part of the file is damaged): check them.</source>
        <translation>Não foi possível ler da consulta não guardada a data, o tipo, o clínico e a próxima consulta prevista (essa parte do ficheiro está danificada): verifique-os.</translation>
    </message>
    <message>
        <source>The notes could not be read from the unsaved visit: type them again.</source>
        <translation>Não foi possível ler as notas da consulta não guardada: escreva-as novamente.</translation>
    </message>
    <message>
        <source>The list of your values that someone else changed too could not be read from the unsaved visit: compare the form with what you typed.</source>
        <translation>Não foi possível ler da consulta não guardada a lista dos seus valores que outra pessoa também alterou: compare o formulário com o que escreveu.</translation>
    </message>
    <message>
        <source>{section}: this part of the unsaved visit could not be read (that part of the file is damaged). The section shows the visit as saved: type it again.</source>
        <translation>{section}: não foi possível ler esta parte da consulta não guardada (essa parte do ficheiro está danificada). A secção mostra a consulta tal como foi guardada: escreva-a novamente.</translation>
    </message>
    <message>
        <source>{section}: this part of the unsaved visit could not be read (that part of the file is damaged). The section shows nothing from the draft: type it again.</source>
        <translation>{section}: não foi possível ler esta parte da consulta não guardada (essa parte do ficheiro está danificada). A secção não mostra nada do rascunho: escreva-a novamente.</translation>
    </message>
</context>
<context>
    <name>VisitFormLayout</name>
    <message>
        <source>&lt;b&gt;Edit visit&lt;/b&gt; — {name} ({mrn})</source>
        <translation>&lt;b&gt;Editar consulta&lt;/b&gt; — {name} ({mrn})</translation>
    </message>
    <message>
        <source>&lt;b&gt;New visit&lt;/b&gt; — {name} ({mrn})</source>
        <translation>&lt;b&gt;Nova consulta&lt;/b&gt; — {name} ({mrn})</translation>
    </message>
    <message>
        <source>Reloaded: the visit as saved now, with your typing carried over (see the list above)</source>
        <translation>Recarregada: a consulta tal como está guardada agora, mantendo o que escreveu (ver a lista acima)</translation>
    </message>
    <message>
        <source>Reloaded: the visit as saved now, with your typing carried over</source>
        <translation>Recarregada: a consulta tal como está guardada agora, mantendo o que escreveu</translation>
    </message>
    <message>
        <source>Unsaved visit recovered onto the visit as saved since by someone else</source>
        <translation>Consulta não guardada recuperada sobre a consulta tal como foi guardada entretanto por outra pessoa</translation>
    </message>
    <message>
        <source>Unsaved visit recovered</source>
        <translation>Consulta não guardada recuperada</translation>
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
        <translation>Lesões</translation>
    </message>
    <message>
        <source>Disease activity</source>
        <translation>Atividade da doença</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Amplitude de movimento</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Análises</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Sinais vitais</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicação</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <translation>Notas da consulta</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>Lesões</translation>
    </message>
    <message>
        <source>Pain and disease activity</source>
        <translation>Dor e atividade da doença</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Amplitude de movimento</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Análises</translation>
    </message>
    <message>
        <source>Vitals and weight</source>
        <translation>Sinais vitais e peso</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicação</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not saved: first check what could not be put back (above)</source>
        <translation>Não guardado: verifique primeiro o que não pôde ser reposto (acima)</translation>
    </message>
    <message>
        <source>Not saved: see the problems above</source>
        <translation>Não guardado: veja os problemas acima</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <source>Not saved: the visit was changed elsewhere</source>
        <translation>Não guardado: a consulta foi alterada noutro local</translation>
    </message>
    <message>
        <source>Draft NOT kept: {reason}</source>
        <translation>Rascunho NÃO mantido: {reason}</translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation>Rascunho mantido às {time}</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message>
        <source>Visit date</source>
        <translation>Data da consulta</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Tipo de consulta</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clínico</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>Próxima consulta prevista</translation>
    </message>
    <message>
        <source>The clinical date of the visit (yyyy-MM-dd)</source>
        <translation>A data clínica da consulta (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>The clinic&apos;s follow-up interval (Tools → Clinic settings): type another date, or untick to plan none</source>
        <translation>O intervalo de seguimento da clínica (Ferramentas → Definições da clínica): escreva outra data, ou desassinale para não planear nenhuma</translation>
    </message>
    <message>
        <source>Problems with the visit date, type or clinician</source>
        <translation>Problemas com a data, o tipo ou o clínico da consulta</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>D&amp;ata</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>Cli&amp;nician</source>
        <translation>Clí&amp;nico</translation>
    </message>
    <message>
        <source>The visit date “{typed}” could not be read from the unsaved visit: the form shows {day}; check it.</source>
        <translation>Não foi possível ler a data da consulta “{typed}” da consulta não guardada: o formulário mostra {day}; verifique-a.</translation>
    </message>
    <message>
        <source>The visit type “{kind}” is not known: the form shows {shown}; check it.</source>
        <translation>O tipo de consulta “{kind}” não é conhecido: o formulário mostra {shown}; verifique-o.</translation>
    </message>
    <message>
        <source>The next visit due “{typed}” could not be read from the unsaved visit: type it again.</source>
        <translation>Não foi possível ler a próxima consulta prevista “{typed}” da consulta não guardada: escreva-a novamente.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>(clinic interval: %n week(s))</source>
        <translation>
            <numerusform>(intervalo da clínica: %n semana)</numerusform>
            <numerusform>(intervalo da clínica: %n semanas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clínico</translation>
    </message>
    <message>
        <source>Pain (NRS)</source>
        <translation>Dor (EN)</translation>
    </message>
    <message>
        <source>DAS28</source>
        <translation>DAS28</translation>
    </message>
    <message>
        <source>Weight kg</source>
        <translation>Peso kg</translation>
    </message>
    <message>
        <source>Lesions measured</source>
        <translation>Lesões medidas</translation>
    </message>
    <message>
        <source>Total area mm² (ellipse)</source>
        <translation>Área total mm² (elipse)</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próxima prevista</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Assinada</translation>
    </message>
    <message>
        <source>Pain
(NRS)</source>
        <translation>Dor
(EN)</translation>
    </message>
    <message>
        <source>Weight
kg</source>
        <translation>Peso
kg</translation>
    </message>
    <message>
        <source>Lesions
measured</source>
        <translation>Lesões
medidas</translation>
    </message>
    <message>
        <source>Total area
mm² (ellipse)</source>
        <translation>Área total
mm² (elipse)</translation>
    </message>
    <message>
        <source>Next
due</source>
        <translation>Próxima
prevista</translation>
    </message>
    <message>
        <source>Pain (NRS): numeric rating scale, 0–10</source>
        <translation>Dor (EN): escala numérica, 0–10</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Peso, kg</translation>
    </message>
    <message>
        <source>Lesions measured at the visit; &quot;1 of 5 incomplete&quot; when active lesions were left unmeasured</source>
        <translation>Lesões medidas na consulta; &quot;1 de 5 incompleta&quot; quando ficaram lesões ativas por medir</translation>
    </message>
    <message>
        <source>TJC28</source>
        <translation>NAD28</translation>
    </message>
    <message>
        <source>SJC28</source>
        <translation>NAT28</translation>
    </message>
    <message>
        <source>patient global</source>
        <translation>avaliação global do doente</translation>
    </message>
    <message>
        <source>DAS28 computed from the visit&apos;s joint counts, patient global and the ESR or CRP collected that day; one typed in is shown only when those are missing</source>
        <translation>DAS28 calculado a partir das contagens articulares da consulta, da avaliação global do doente e da VS ou PCR colhida nesse dia; um DAS28 escrito só é mostrado quando estes faltam</translation>
    </message>
    <message>
        <source>Total area, mm²: the sum of the lesion areas estimated as an ellipse, π/4 · L · W</source>
        <translation>Área total, mm²: a soma das áreas das lesões estimadas como elipse, π/4 · C · L</translation>
    </message>
    <message>
        <source>Next visit planned at that visit</source>
        <translation>Próxima consulta planeada nessa consulta</translation>
    </message>
    <message>
        <source>Who signed the visit (signed visits are read-only; a physician amends)</source>
        <translation>Quem assinou a consulta (as consultas assinadas são só de leitura; um médico retifica)</translation>
    </message>
    <message>
        <source>Incomplete visit: {lesions}</source>
        <translation>Consulta incompleta: {lesions}</translation>
    </message>
    <message>
        <source>{measured} of {active}
incomplete</source>
        <translation>{measured} de {active}
incompleta</translation>
    </message>
    <message>
        <source>{total}
(partial)</source>
        <translation>{total}
(parcial)</translation>
    </message>
    <message>
        <source>{tip}
The total is of the lesions measured at this visit only.</source>
        <translation>{tip}
O total é apenas das lesões medidas nesta consulta.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Não assinada</translation>
    </message>
    <message>
        <source>Overdue: the next visit was due on {date}</source>
        <translation>Em atraso: a próxima consulta estava prevista para {date}</translation>
    </message>
    <message>
        <source>{signature} (amended)</source>
        <translation>{signature} (retificada)</translation>
    </message>
    <message>
        <source>{invalid} —
changed after signing
{signature}</source>
        <translation>{invalid} —
alterada depois de assinada
{signature}</translation>
    </message>
    <message>
        <source>CRP</source>
        <translation>PCR</translation>
    </message>
    <message>
        <source>ESR</source>
        <translation>VS</translation>
    </message>
    <message>
        <source>{value} ({variant}, typed)</source>
        <translation>{value} ({variant}, escrito)</translation>
    </message>
    <message>
        <source>{value} ({variant}; typed {typed} differs)</source>
        <translation>{value} ({variant}; o escrito {typed} difere)</translation>
    </message>
    <message>
        <source>{value} ({variant})</source>
        <translation>{value} ({variant})</translation>
    </message>
    <message>
        <source>{marker} from the visit date</source>
        <translation>{marker} da data da consulta</translation>
    </message>
    <message>
        <source>computing it needs {values}</source>
        <translation>calculá-lo exige {values}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>a value is out of range</source>
        <translation>um valor está fora do intervalo</translation>
    </message>
    <message>
        <source>{score} {value} as typed in at the visit ({why})</source>
        <translation>{score} {value} tal como escrito na consulta ({why})</translation>
    </message>
    <message>
        <source>{score} {value} computed from TJC28 {tender}, SJC28 {swollen}, {lab}, patient global {patient_global} mm</source>
        <translation>{score} {value} calculado a partir de NAD28 {tender}, NAT28 {swollen}, {lab}, avaliação global do doente {patient_global} mm</translation>
    </message>
    <message>
        <source>{text}; the {score} typed in ({typed}) differs from it by more than 0.1: check the joint counts, the patient global and the lab value, or the typed score</source>
        <translation>{text}; o {score} escrito ({typed}) difere dele mais de 0,1: verifique as contagens articulares, a avaliação global do doente e o valor laboratorial, ou o índice escrito</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Visits</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>&amp;Delete visit…</source>
        <translation>&amp;Eliminar consulta…</translation>
    </message>
</context>
<context>
    <name>VitalsPanel</name>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frequência cardíaca</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>Systolic BP</source>
        <translation>PA sistólica</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>Diastolic BP</source>
        <translation>PA diastólica</translation>
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
        <translation>último {value} {unit} em {day}</translation>
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
        <translation>A mudar de utilizador</translation>
    </message>
    <message>
        <source>Your language is saved: it applies from your next sign-in.</source>
        <translation>O seu idioma foi guardado: aplica-se a partir do próximo início de sessão.</translation>
    </message>
    <message>
        <source>Back up the clinic&apos;s database</source>
        <translation>Fazer cópia de segurança da base de dados da clínica</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>A fazer cópia de segurança…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cópia de segurança</translation>
    </message>
    <message>
        <source>The clinic&apos;s database was backed up to {where}.</source>
        <translation>Foi feita uma cópia de segurança da base de dados da clínica em {where}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>A restaurar…</translation>
    </message>
    <message>
        <source>The clinic&apos;s database was restored from {backup} and checked (integrity, audit chain, row counts). The database as it was is kept in {kept}. CalciTrack will now close: start it again to work on the restored clinic.</source>
        <translation>A base de dados da clínica foi restaurada a partir de {backup} e verificada (integridade, cadeia de auditoria, contagem de linhas). A base de dados tal como estava é mantida em {kept}. O CalciTrack vai fechar agora: volte a iniciá-lo para trabalhar na clínica restaurada.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database was restored from {backup} and checked (integrity, audit chain, row counts). CalciTrack will now close: start it again to work on the restored clinic.</source>
        <translation>A base de dados da clínica foi restaurada a partir de {backup} e verificada (integridade, cadeia de auditoria, contagem de linhas). O CalciTrack vai fechar agora: volte a iniciá-lo para trabalhar na clínica restaurada.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
</context>
</TS>
