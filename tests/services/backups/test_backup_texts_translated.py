"""What people read about a backup (the window's banner, the restore dialog, the command line)
comes in their language, counts with their plurals and numbers in their digits; what is recorded
(the manifest, the trail, a failure's reason as it was written) does not change.

Small test catalogues stand in for the shipped ones (tests.support.tmp_catalogue), so these tests
check the texts go through gettext whatever the translators later reword."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic.backup_manifest import manifest_path
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.services.backups.backup_folder_reach import reach_warning
from calcitrack.services.backups.backup_service import BackupService, BackupStatus
from calcitrack.services.backups.restore_service import RestorePlan
from calcitrack.services.import_export.chart_service import ChartService
from tests.support.sample_chart import sample_chart
from tests.support.tmp_catalogue import install_catalogue

NOON = datetime(2026, 12, 7, 11, 0, tzinfo=timezone.utc)
LATE = (
    "The last verified backup is from {when}, more than {days} day(s) ago (operational setting "
    "in the clinic settings)."
)
PORTUGUESE = {
    "No verified backup of this clinic's database yet.": "Ainda sem cópia verificada.",
    LATE: "Última cópia verificada: {when}, há mais de {days} dia(s).",
    "The last automatic backup failed: {reason}": "A última cópia automática falhou: {reason}",
    ("{count} patient", "{count} patients"): ("{count} doente", "{count} doentes",
                                              "{count} doentes"),
    ("{count} visit", "{count} visits"): ("{count} consulta", "{count} consultas",
                                          "{count} consultas"),
    "Holds: {patients}, {visits}, {entries}": "Contém: {patients}, {visits}, {entries}",
    "is a file on this workstation, not a folder": "é um ficheiro neste posto, não uma pasta",
}
ARABIC = {
    LATE: "آخر نسخة: {when}، منذ أكثر من {days} يوم.",
    ("{count} patient", "{count} patients"): ("{count} مريض", "{count} مريض", "{count} مريضان",
                                              "{count} مرضى", "{count} مريضًا", "{count} مريض"),
}


@pytest.fixture(autouse=True)
def catalogues(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    install_catalogue(monkeypatch, tmp_path / "pt", Language.PORTUGUESE, PORTUGUESE)
    install_catalogue(monkeypatch, tmp_path / "ar", Language.ARABIC, ARABIC)


def test_the_banner_s_warnings_in_each_language() -> None:
    never = BackupStatus(NOON, None, 2.5)
    late = BackupStatus(NOON, NOON - timedelta(days=3), 2.5)
    failed = BackupStatus(NOON, NOON, 2.5, automatic_failure="disk full")
    assert never.warning() == "No verified backup of this clinic's database yet."
    assert late.warning() is not None and "more than 2.5 day(s) ago" in late.warning()
    with using(Language.PORTUGUESE):
        assert never.warning() == "Ainda sem cópia verificada."
        assert late.warning() is not None and "há mais de 2,5 dia(s)" in late.warning()
        # the reason is shown as the trail recorded it
        assert failed.warning() == "A última cópia automática falhou: disk full"
    with using(Language.ARABIC, "arab"):
        text = late.warning()
        assert text is not None and "منذ أكثر من ٢٫٥ يوم" in text
        assert "٠٤\u200f/١٢\u200f/٢٠٢٦" in text  # the day in the locale's form and digits
        assert not any(c in "0123456789" for c in text)


def test_a_backup_s_description_counts_in_the_language(clinic: Clinic, tmp_path: Path) -> None:
    ChartService(clinic.context()).add_charts([sample_chart(mrn=f"T-{n}") for n in (1, 2)])
    target = tmp_path / ("b.sqlite3" if clinic.engine.dialect.name == "sqlite" else "b.dump")
    result = BackupService(clinic.context()).back_up(target)
    recorded = manifest_path(target).read_text()
    plan = RestorePlan(target, result.manifest, "sqlite:///unused.sqlite3", False)
    visits = result.manifest.counts.get("visits", 0)
    english = plan.describe_backup()
    assert f"Holds: 2 patients, {visits} visit" in english
    assert "Check after writing: passed (" in english
    assert "2 patients" in result.summary()
    with using(Language.PORTUGUESE):
        assert f"Contém: 2 doentes, {visits} consulta" in plan.describe_backup()
        assert "2 doentes" in result.summary()
    with using(Language.ARABIC, "arab"):
        assert "٢ مريضان" in result.summary()
    assert manifest_path(target).read_text() == recorded
    assert json.loads(recorded)["counts"]["patients"] == 2  # the manifest stays as written


def test_the_folder_warning_in_portuguese(tmp_path: Path) -> None:
    afile = tmp_path / "a-file"
    afile.write_text("")
    assert reach_warning(afile) == "is a file on this workstation, not a folder"
    with using(Language.PORTUGUESE):
        assert reach_warning(afile) == "é um ficheiro neste posto, não uma pasta"
