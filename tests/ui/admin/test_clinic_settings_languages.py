"""The clinic settings dialog in Portuguese and in Arabic, with the real catalogues: a setting's
name and where its default comes from in the window's language, its range in the window's
numbers, the default clinic name translated while the clinic has not set one; and the English
dialog as it always was.

The catalogues are compiled here from the committed sources (calcitrack_<lang>.ts and the .po),
so that a test never reads a stale build. The settings' texts are gettext messages: they reach
the .po when the lead regenerates the catalogues after merging (until then the Portuguese and
Arabic tests read English and fail; the numbers and the window's texts are checked either way)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic.clinic_identity import ClinicIdentity
from calcitrack.domain.clinic_settings import (
    ACCOUNTS_IDLE_LOCK_MINUTES,
    DQ_LAB_RANGE_FACTOR,
    SAFETY_COLCHICINE_EGFR,
    ClinicSettings,
)
from calcitrack.i18n import catalogue
from calcitrack.i18n.catalogue import catalogue_path, load_translations
from calcitrack.i18n.digits import Digits
from calcitrack.i18n.languages import Language
from calcitrack.ui.admin.clinic_settings_dialog import ClinicSettingsDialog
from calcitrack.ui.common.window_language import WindowLanguage
from tests.support.pseudo_locale import compile_catalogue
from tests.ui.conftest import TRANSLATIONS

Use = Callable[[Language, str, Digits], None]


@pytest.fixture
def use_language(qapp: QApplication, tmp_path: Path) -> Iterator[Use]:
    """Put the window and the domain's texts in a language, from the committed catalogues
    compiled here; English again afterwards."""
    window = WindowLanguage(qapp, tmp_path)
    used: list[Language] = []

    def use(language: Language, qt_name: str, digits: Digits) -> None:
        compile_catalogue(TRANSLATIONS / f"calcitrack_{qt_name}.ts",
                          tmp_path / f"calcitrack_{qt_name}.qm")  # fmt: skip
        assert window.use(qt_name, digits)
        po = TRANSLATIONS / language.code / "LC_MESSAGES" / "calcitrack.po"
        with po.open("rb") as file:
            messages = read_po(file, locale=language.code)
        mo = catalogue_path(language, tmp_path)
        mo.parent.mkdir(parents=True)
        with mo.open("wb") as file:
            write_mo(file, messages)
        catalogue.install(language, load_translations(language, tmp_path))
        catalogue.activate(language, digits)
        used.append(language)

    yield use
    window.close()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    catalogue.activate(Language.ENGLISH)
    for language in used:
        catalogue.install(language, None)


def _no_file_dialog(_parent: QWidget) -> str | None:
    raise AssertionError("a test must never open the real file dialog")


def _dialog(qtbot: QtBot) -> ClinicSettingsDialog:
    dialog = ClinicSettingsDialog(
        ClinicSettings.defaults(), identity=ClinicIdentity(), choose_logo_file=_no_file_dialog,
        default_backup_folder=Path("/clinic/backups"),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _origin(dialog: ClinicSettingsDialog, key: str) -> str:
    """The second line of the note beside a setting, as a person reads it: where its default
    comes from."""
    document = QTextDocument()
    document.setHtml(dialog.notes[key].text())
    return " ".join(document.toPlainText().splitlines()[1].split())


def _label(dialog: ClinicSettingsDialog, key: str) -> str:
    return dialog._labels[key].text()


def test_the_english_dialog_is_unchanged(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert _label(dialog, SAFETY_COLCHICINE_EGFR) == "Colchicine: flag when eGFR is below"
    assert _origin(dialog, SAFETY_COLCHICINE_EGFR) == (
        "published value: colchicine label: CrCl < 30, start 0.3 mg/day [R41]"
    )
    assert "from 1.2 × to 100 ×" in dialog.spins[DQ_LAB_RANGE_FACTOR].toolTip()
    assert dialog.clinic.name_edit.text() == "Calcinosis clinic"
    assert dialog.spins[ACCOUNTS_IDLE_LOCK_MINUTES].text() == "10 minutes"
    assert dialog.spins[SAFETY_COLCHICINE_EGFR].accessibleName() == (
        "Colchicine: flag when eGFR is below"
    )


def test_portuguese(qtbot: QtBot, use_language: Use) -> None:
    use_language(Language.PORTUGUESE, "pt_PT", "latn")
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "Definições da clínica"
    assert "de 1,2 × a 100 ×" in dialog.spins[DQ_LAB_RANGE_FACTOR].toolTip()  # decimal comma
    # The settings' own texts (gettext: in the .po once the lead regenerates it).
    label = "Colquicina: alertar quando a TFGe é inferior a"
    assert _label(dialog, SAFETY_COLCHICINE_EGFR) == label
    assert dialog.spins[SAFETY_COLCHICINE_EGFR].accessibleName() == label
    assert _origin(dialog, SAFETY_COLCHICINE_EGFR) == (
        "valor publicado: RCM da colquicina: ClCr < 30, iniciar com 0,3 mg/dia [R41]"
    )
    assert dialog.spins[DQ_LAB_RANGE_FACTOR].toolTip().startswith(
        "Valor analítico: perguntar quando acima do seu intervalo × este valor"
    )
    assert dialog.clinic.name_edit.text() == "Consulta de calcinose"
    idle = dialog.spins[ACCOUNTS_IDLE_LOCK_MINUTES]
    assert idle.text() == "10 minutos"
    idle.lineEdit().setText("1 minutos")  # typed with its unit: read, and singular once left
    idle.editingFinished.emit()
    assert (idle.value(), idle.text()) == (1, "1 minuto")


def test_arabic_with_arabic_indic_digits(qtbot: QtBot, use_language: Use) -> None:
    use_language(Language.ARABIC, "ar", "arab")
    dialog = _dialog(qtbot)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.windowTitle() == "إعدادات العيادة"
    assert "من ١٫٢ × إلى ١٠٠ ×" in dialog.spins[DQ_LAB_RANGE_FACTOR].toolTip()
    # The settings' own texts (gettext: in the .po once the lead regenerates it).
    assert _label(dialog, SAFETY_COLCHICINE_EGFR) == (
        "كولشيسين: تنبيه عندما يكون معدل الترشيح الكبيبي المقدَّر (eGFR) أقل من"
    )
    assert _origin(dialog, SAFETY_COLCHICINE_EGFR) == (
        "قيمة منشورة: نشرة الكولشيسين: CrCl < 30، البدء بـ 0.3 mg/يوم [R41]"
    )
    assert dialog.clinic.name_edit.text() == "عيادة التكلس"
    assert dialog.spins[ACCOUNTS_IDLE_LOCK_MINUTES].text() == "١٠ دقائق"  # the clinic's digits
