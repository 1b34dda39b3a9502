"""The command line's messages other than ``report``'s, ``audit``'s and ``backup``'s in the system's
language, as those commands already speak it: ``demo``, ``import``, ``export`` (JSON, research CSV,
FHIR), ``users``, the sign-in, ``db upgrade|check|migrate-to|grant-app-role``, ``outcomes``, the
missing database and a date argparse refuses; in English, word for word as before, when the
system speaks English.

The real command (calcitrack.cli.main.run, as tests/support/import_runs.py runs it) in this
process, against a real SQLite file, with the system's language in ``LANGUAGE``. The catalogues
are tiny ones written here (tests/support/tmp_catalogue.py): the committed ``.po`` is regenerated
by the lead after these messages are merged.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pytest

from calcitrack.cli.main import run
from calcitrack.i18n.catalogue import activate
from calcitrack.i18n.languages import Language
from calcitrack.services.import_export.chart_service import ChartService
from tests.cli.test_import_plausibility_cli import _file
from tests.support.accounts import TEST_ENV, TEST_USERNAME, open_signed_in
from tests.support.sample_chart import sample_chart
from tests.support.tmp_catalogue import Entries, install_catalogue

PORTUGUESE: Entries = {
    "error: {message}": "erro: {message}",
    ("{count} patient", "{count} patients"):
        ("{count} doente", "{count} doentes", "{count} doentes"),
    "wrote the demo clinic ({patients} patients, {visits} visits, {signed} of them signed) to "
    "{database}": "escrita a clínica de demonstração ({patients} doentes, {visits} consultas, "
    "{signed} delas assinadas) em {database}",
    "demo accounts: {names}; password: {password}":
        "contas de demonstração: {names}; palavra-passe: {password}",
    "{database} already holds patients; left as it is":
        "{database} já contém doentes; ficou como estava",
    ("{file}: {count} problem(s); nothing was imported:",
     "{file}: {count} problem(s); nothing was imported:"): (
        "{file}: {count} problema; nada foi importado:",
        "{file}: {count} problemas; nada foi importado:",
        "{file}: {count} problemas; nada foi importado:",
    ),
    ("imported {patients} ({count} visit) from {file}",
     "imported {patients} ({count} visits) from {file}"): (
        "importação de {patients} ({count} consulta) a partir de {file}",
        "importação de {patients} ({count} consultas) a partir de {file}",
        "importação de {patients} ({count} consultas) a partir de {file}",
    ),
    "{options} do not apply to --format json": "{options} não se aplicam a --format json",
    "exported {patients} to {file} (signatures are not exported: the visits arrive unsigned, "
    "for the receiving clinic to sign)": "exportação de {patients} para {file} (as assinaturas "
    "não são exportadas: as consultas chegam por assinar, para a clínica que as recebe as assinar)",
    "--format csv needs --out-dir DIR: a new or empty folder for the tables":
        "--format csv precisa de --out-dir DIR: uma pasta nova ou vazia para as tabelas",
    ("wrote the research tables of {count} patient (identified) to {folder}:",
     "wrote the research tables of {count} patients (identified) to {folder}:"): (
        "escritas as tabelas de investigação de {count} doente (identificado) em {folder}:",
        "escritas as tabelas de investigação de {count} doentes (identificados) em {folder}:",
        "escritas as tabelas de investigação de {count} doentes (identificados) em {folder}:",
    ),
    ("exported {count} patient as a FHIR R4 Bundle to {file}",
     "exported {count} patients as a FHIR R4 Bundle to {file}"): (
        "exportado {count} doente como Bundle FHIR R4 para {file}",
        "exportados {count} doentes como Bundle FHIR R4 para {file}",
        "exportados {count} doentes como Bundle FHIR R4 para {file}",
    ),
    "created {account}": "criada a conta {account}",
    "no account {username!r} (see 'calcitrack users list')":
        "não há nenhuma conta {username!r} (ver 'calcitrack users list')",
    "{username} disabled: it can no longer sign in (its records stay)":
        "conta {username} desativada: já não pode iniciar sessão (os seus registos ficam)",
    "sign-in as {username!r} refused: {reason}":
        "início de sessão como {username!r} recusado: {reason}",
    "{database}: no problems found (schema {revision})":
        "{database}: nenhum problema encontrado (esquema {revision})",
    "{database}: schema {revision} (already current)":
        "{database}: esquema {revision} (já atualizado)",
    "{database} is a SQLite file: application roles are for a PostgreSQL server (a SQLite file "
    "is protected by its owner-only file permissions)": "{database} é um ficheiro SQLite: os "
    "perfis da aplicação são para um servidor PostgreSQL (um ficheiro SQLite é protegido pelas "
    "permissões de ficheiro só do proprietário)",
    "there was no clinic at {database} (an empty database was just created there): give the "
    "clinic's database with --db": "não havia nenhuma clínica em {database} (acabou de ser "
    "criada aí uma base de dados vazia): indique a base de dados da clínica com --db",
    "copied {tables} tables, {rows} rows from {source} to {target}; counts verified":
        "copiadas {tables} tabelas, {rows} linhas de {source} para {target}; contagens "
        "verificadas",
    "--as-of {day}: after today ({today}); the records can only be read up to today":
        "--as-of {day}: depois de hoje ({today}); os registos só podem ser lidos até hoje",
    "--db {path}: there is no clinic database there (nothing was created); check the path, or "
    "create a clinic with `calcitrack db upgrade --db PATH`": "--db {path}: não há nenhuma base "
    "de dados de clínica aí (nada foi criado); verifique o caminho, ou crie uma clínica com "
    "`calcitrack db upgrade --db PATH`",
    "{text!r} is not a date (YYYY-MM-DD)": "{text!r} não é uma data (AAAA-MM-DD)",
    "manage accounts without the window": "gerir contas sem a janela",
    "replayed {entries} changes against {rows} audited rows: every audited row holds what the "
    "trail says": "reproduzidas {entries} alterações em {rows} linhas auditadas: cada linha "
    "auditada contém o que o registo diz",
    "disable an account (it can no longer sign in; its records stay)":
        "desativar uma conta (deixa de poder iniciar sessão; os seus registos ficam)",
}
ARABIC: Entries = {
    "error: {message}": "خطأ: {message}",
    "{database} already holds patients: the demo needs an empty database (choose another with "
    "--db)": "{database} تحتوي على مرضى بالفعل: يحتاج العرض التوضيحي إلى قاعدة بيانات فارغة "
    "(اختر غيرها باستخدام --db)",
    "no account {username!r} (see 'calcitrack users list')":
        "لا يوجد حساب {username!r} (انظر 'calcitrack users list')",
    "manage accounts without the window": "إدارة الحسابات دون النافذة",
}


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


class Command(Protocol):
    def __call__(self, *argv: str, language: str = "pt_PT") -> Outcome: ...


@pytest.fixture
def command(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    calcitrack_home: Path,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Command]:
    """``command(*argv, language=...)``: the real command run here, with the system speaking
    ``language`` (a LANGUAGE value; "" for English), and what it said."""
    install_catalogue(monkeypatch, tmp_path / "catalogues", Language.PORTUGUESE, PORTUGUESE)
    install_catalogue(monkeypatch, tmp_path / "catalogues", Language.ARABIC, ARABIC)
    for name, value in TEST_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)

    def calcitrack(*argv: str, language: str = "pt_PT") -> Outcome:
        monkeypatch.setenv("LANGUAGE", language)
        capsys.readouterr()
        try:
            code = run(list(argv))
        except SystemExit as exc:  # argparse refusing the arguments
            code = int(exc.code or 0)
        said = capsys.readouterr()
        return Outcome(code, said.out, said.err)

    yield calcitrack
    activate(Language.ENGLISH)  # the process's language as the other tests expect it


@pytest.fixture
def clinic_file(tmp_path: Path, calcitrack_home: Path) -> Path:
    """A clinic with the test account and one patient (sample_chart, MRN T-100)."""
    db = tmp_path / "clinic.sqlite3"
    clinic = open_signed_in(str(db))
    try:
        ChartService(clinic.context()).add_charts([sample_chart()])
    finally:
        clinic.close()
    return db


def test_demo_speaks_portuguese_and_arabic_and_english_as_before(
    command: Command, tmp_path: Path
) -> None:
    db = str(tmp_path / "demo.sqlite3")
    built = command("demo", "--db", db)
    assert built.code == 0, built.err
    wrote, accounts = built.out.splitlines()
    assert wrote.startswith("escrita a clínica de demonstração (") and " doentes, " in wrote
    assert wrote.endswith(f" delas assinadas) em {db}")
    assert accounts.startswith("contas de demonstração: nurse, physician, admin; palavra-passe: ")
    open_signed_in(db).close()  # the test account, as in every command-line test
    kept = command("demo", "--if-missing", "--db", db)
    assert (kept.code, kept.out) == (0, f"{db} já contém doentes; ficou como estava\n")
    refused = command("demo", "--db", db, language="ar")
    assert refused.code == 1
    assert refused.err == (
        f"خطأ: {db} تحتوي على مرضى بالفعل: يحتاج العرض التوضيحي إلى قاعدة بيانات فارغة "
        "(اختر غيرها باستخدام --db)\n"
    )
    english = command("demo", "--db", db, language="")
    assert english.err == (
        f"error: {db} already holds patients: the demo needs an empty database "
        "(choose another with --db)\n"
    )


def test_import_refusal_and_result_in_portuguese(
    command: Command, tmp_path: Path
) -> None:
    db = tmp_path / "empty.sqlite3"
    open_signed_in(str(db)).close()
    bad = _file(tmp_path, "bad.json", hip=200)
    refused = command("import", str(bad), "--db", str(db))
    assert refused.code == 3
    assert refused.err.startswith(f"erro: {bad}: 1 problema; nada foi importado:\n")
    good = _file(tmp_path, "good.json", hip=100)
    done = command("import", str(good), "--db", str(db))
    assert done.code == 0, done.err
    assert done.out == f"importação de 1 doente (2 consultas) a partir de {good}\n"
    english = command("import", str(bad), "--db", str(db), language="")
    assert english.err.startswith(f"error: {bad}: 1 problem(s); nothing was imported:\n")


def test_exports_speak_portuguese_and_write_the_same_json(
    command: Command, clinic_file: Path, tmp_path: Path
) -> None:
    db = str(clinic_file)
    stray = command("export", "--db", db, "--all", "--pseudonymise")
    assert (stray.code, stray.err) == (2, "erro: --pseudonymise não se aplicam a --format json\n")
    out_pt, out_en = tmp_path / "pt.json", tmp_path / "en.json"
    done = command("export", "--db", db, "--all", "-o", str(out_pt))
    assert done.code == 0, done.err
    assert done.err.startswith(f"exportação de 1 doente para {out_pt} (as assinaturas não são ")
    assert command("export", "--db", db, "--all", "-o", str(out_en), language="").err == (
        f"exported 1 patient to {out_en} (signatures are not exported: the visits arrive "
        "unsigned, for the receiving clinic to sign)\n"
    )
    pt, en = (json.loads(path.read_text("utf-8")) for path in (out_pt, out_en))
    assert pt["patients"] == en["patients"]  # what a program reads is not translated

    no_folder = command("export", "--db", db, "--all", "--format", "csv")
    assert no_folder.code == 2
    assert "--format csv precisa de --out-dir DIR" in no_folder.err
    tables = command("export", "--db", db, "--all", "--format", "csv", "--out-dir",
                     str(tmp_path / "research"))  # fmt: skip
    assert tables.code == 0, tables.err
    assert (f"escritas as tabelas de investigação de 1 doente (identificado) em "
            f"{tmp_path / 'research'}:") in tables.err  # fmt: skip
    bundle = tmp_path / "bundle.json"
    fhir = command("export", "--db", db, "--all", "--format", "fhir", "-o", str(bundle))
    assert fhir.code == 0, fhir.err
    assert f"exportado 1 doente como Bundle FHIR R4 para {bundle}" in fhir.err
    assert json.loads(bundle.read_text("utf-8"))["resourceType"] == "Bundle"


def test_users_and_sign_in_speak_portuguese_and_arabic(
    command: Command, clinic_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(clinic_file)
    monkeypatch.setenv("CALCITRACK_NEW_PASSWORD", "another horse battery")
    made = command("users", "add", "enf.ana", "--role", "nurse", "--full-name", "Ana", "--db", db)
    assert (made.code, made.out) == (0, "criada a conta enf.ana (Ana): nurse\n")
    off = command("users", "disable", "enf.ana", "--db", db)
    assert off.out == (
        "conta enf.ana desativada: já não pode iniciar sessão (os seus registos ficam)\n")
    missing = command("users", "disable", "ninguem", "--db", db)
    assert (missing.code, missing.err) == (
        1, "erro: não há nenhuma conta 'ninguem' (ver 'calcitrack users list')\n")
    arabic = command("users", "disable", "ninguem", "--db", db, language="ar")
    assert arabic.err == "خطأ: لا يوجد حساب 'ninguem' (انظر 'calcitrack users list')\n"
    english = command("users", "disable", "ninguem", "--db", db, language="")
    assert english.err == "error: no account 'ninguem' (see 'calcitrack users list')\n"
    monkeypatch.setenv("CALCITRACK_PASSWORD", "not the password")
    refused = command("outcomes", "--db", db)
    assert refused.code == 5
    assert refused.err.startswith(f"erro: início de sessão como '{TEST_USERNAME}' recusado: ")


def test_database_upkeep_speaks_portuguese(
    command: Command, clinic_file: Path, tmp_path: Path
) -> None:
    db = str(clinic_file)
    checked = command("db", "check", "--db", db)
    assert checked.code == 0, checked.err
    assert checked.out.startswith(f"{db}: nenhum problema encontrado (esquema ")
    assert command("db", "upgrade", "--db", db).out.endswith(" (já atualizado)\n")
    assert command("db", "check", "--db", db, language="").out.startswith(
        f"{db}: no problems found (schema ")
    granted = command("db", "grant-app-role", "calcitrack_app", "--db", db)
    assert granted.code == 2
    assert granted.err.startswith(f"erro: {db} é um ficheiro SQLite: os perfis da aplicação")
    nowhere = tmp_path / "nowhere.sqlite3"
    copy = tmp_path / "copy.sqlite3"
    empty = command("db", "migrate-to", str(copy), "--db", str(nowhere))
    assert empty.code == 1
    assert empty.err.startswith(f"erro: não havia nenhuma clínica em {nowhere} (acabou de ser ")
    copied = command("db", "migrate-to", str(copy), "--db", db)
    assert copied.code == 0, copied.err
    assert copied.out.splitlines()[-1].startswith("copiadas ")
    assert copied.out.splitlines()[-1].endswith("; contagens verificadas")
    assert "  patients  " in copied.out  # the per-table lines stay as they were


def test_refusals_before_any_work_speak_portuguese(
    command: Command, clinic_file: Path, tmp_path: Path
) -> None:
    future = command("outcomes", "--db", str(clinic_file), "--as-of", "2999-01-01")
    assert future.code == 2
    assert future.err.startswith("erro: --as-of 2999-01-01: depois de hoje (")
    missing = tmp_path / "missing.sqlite3"
    absent = command("export", "--all", "--db", str(missing))
    assert absent.code == 4
    assert absent.err.startswith(f"erro: --db {missing}: não há nenhuma base de dados de clínica")
    assert not missing.exists()
    not_a_date = command("report", "--db", str(clinic_file), "--visit", "2025-13-45")
    assert not_a_date.code == 2
    assert "'2025-13-45' não é uma data (AAAA-MM-DD)" in not_a_date.err


def test_the_help_speaks_the_systems_language(command: Command) -> None:
    portuguese = command("--help")
    assert portuguese.code == 0
    assert "gerir contas sem a janela" in portuguese.out
    assert "إدارة الحسابات دون النافذة" in command("--help", language="ar").out
    english = command("--help", language="")
    assert "manage accounts without the window" in english.out
    users = " ".join(command("users", "--help").out.split())  # as argparse wrapped it
    assert "desativar uma conta (deixa de poder iniciar sessão; os seus registos ficam)" in users


def test_audit_verify_replay_and_anchors_speak_portuguese(
    command: Command, clinic_file: Path
) -> None:
    done = command("audit", "verify", "--db", str(clinic_file))
    assert done.code == 0, done.err
    replayed = [line for line in done.out.splitlines() if line.startswith("reproduzidas ")]
    assert len(replayed) == 1
    assert replayed[0].endswith(" linhas auditadas: cada linha auditada contém o que o registo "
                                "diz")
    english = command("audit", "verify", "--db", str(clinic_file), language="")
    assert any(line.startswith("replayed ") and line.endswith(
        " audited rows: every audited row holds what the trail says")
        for line in english.out.splitlines())
