"""The window's language: the catalogues installed and removed, the direction of the layout, and
the English catalogue (the plural forms) in step with the code."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import calcitrack
from calcitrack.ui.common.window_language import WindowLanguage
from tests.support.pseudo_locale import compile_catalogue, update_catalogue

TRANSLATIONS = Path(calcitrack.__file__).resolve().parents[1] / "resources" / "translations"
ARABIC_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>Probe</name>
    <message><source>Locked</source><translation>مقفل</translation></message>
  </context>
</TS>
"""


@pytest.fixture
def language(qapp: QApplication, tmp_path: Path) -> Iterator[WindowLanguage]:
    (tmp_path / "ar.ts").write_text(ARABIC_TS, encoding="utf-8")
    compile_catalogue(tmp_path / "ar.ts", tmp_path / "calcitrack_ar.qm")
    chosen = WindowLanguage(qapp, tmp_path)
    yield chosen
    chosen.close()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_arabic_translates_and_mirrors_the_window(
    qapp: QApplication, language: WindowLanguage
) -> None:
    assert language.use("ar")
    assert QCoreApplication.translate("Probe", "Locked") == "مقفل"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() != "Cancel"  # Qt's own Arabic catalogue, installed beside ours
    assert language.use("en") is False  # no English catalogue in this folder
    assert QCoreApplication.translate("Probe", "Locked") == "Locked"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_missing_catalogue_leaves_english_and_says_so(
    language: WindowLanguage, caplog: pytest.LogCaptureFixture
) -> None:
    assert language.use("pt_PT") is False
    assert QCoreApplication.translate("Probe", "Locked") == "Locked"
    assert "no catalogue for the window's language pt_PT" in caplog.text


def test_english_counts_things_in_english() -> None:
    def overdue(days: int) -> str:
        return QCoreApplication.translate("PatientTableModel", "Overdue by %n day(s)", "", days)

    assert overdue(1) == "Overdue by 1 day"
    assert overdue(44) == "Overdue by 44 days"


def _plurals(ts: Path) -> dict[tuple[str, str], list[str]]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            unfinished = translation.get("type") == "unfinished"
            forms = [form.text or "" for form in translation.findall("numerusform")]
            found[name, message.findtext("source") or ""] = [] if unfinished else forms
    return found


def test_the_english_catalogue_has_every_counted_text_of_the_window(tmp_path: Path) -> None:
    """What scripts/english-plurals keeps: a counted text added to the code and not to the
    catalogue, or left unfinished there, fails here."""
    shipped = TRANSLATIONS / "calcitrack_en.ts"
    fresh = tmp_path / "calcitrack_en.ts"
    shutil.copy(shipped, fresh)
    update_catalogue(fresh, "en", plurals_only=True)
    in_code, committed = _plurals(fresh), _plurals(shipped)
    assert in_code.keys() == committed.keys(), "run scripts/english-plurals and commit"
    assert in_code, "no counted text found: the check would pass on anything"
    for key, forms in committed.items():
        assert len(forms) == 2 and all(forms), (key, forms)
        assert all("%n" in form for form in forms) == ("%n" in key[1]), (key, forms)
