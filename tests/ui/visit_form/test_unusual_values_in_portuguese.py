"""The confirmation of unusual values in a Portuguese window: the window's own texts from the
shipped Qt catalogue, the values' labels, values, reasons and settings from gettext (a tiny test
catalogue, tests/domain/visits/unusual_catalogue.py: the committed ``.po`` is the lead's), with a
decimal comma and Portugal's dates, units and citations as they are; "Confirm and save" hands
back the values shown, whose keys are those the service finds in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Side
from calcitrack.domain.laboratory.lab_results import entered
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.i18n.catalogue import activate, current_language
from calcitrack.i18n.languages import Language
from calcitrack.services.audit_service import AuditService
from calcitrack.ui.common.window_language import WindowLanguage
from calcitrack.ui.visit_form.unusual_values_dialog import UnusualValuesDialog
from tests.domain.visits import test_plausibility as visits
from tests.domain.visits.unusual_catalogue import ARABIC, PORTUGUESE
from tests.support.accounts import signed_in
from tests.support.tmp_catalogue import install_catalogue
from tests.ui.conftest import TRANSLATIONS
from tests.ui.demo_window import CTRL, nurse_clinic, ra_patient_window, retype
from tests.ui.visit_question import keep_not_measured


@pytest.fixture
def portuguese(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[None]:
    """The window in Portuguese (the shipped Qt catalogue) and gettext in Portuguese (the test
    catalogue); English again afterwards."""
    assert current_language() is Language.ENGLISH
    install_catalogue(monkeypatch, tmp_path, Language.PORTUGUESE, PORTUGUESE)
    window = WindowLanguage(qapp, TRANSLATIONS)
    assert window.use("pt_PT")
    activate(Language.PORTUGUESE)
    yield
    activate(Language.ENGLISH)
    window.close()


def _found(entry: VisitEntry) -> list[UnusualValue]:
    return visits._found(entry)


def _weight_and_calcium() -> VisitEntry:
    lab = entered("calcium_total", visits.TODAY, 2.4, "mg/dL", None, None)
    return VisitEntry(visits._visit(weight_kg=70.5), labs=(lab,))


@pytest.mark.usefixtures("portuguese")
def test_the_unusual_values_read_in_portuguese_and_confirm_what_the_service_finds(
    qtbot: QtBot,
) -> None:
    entry = _weight_and_calcium()
    shown = _found(entry)
    dialog = UnusualValuesDialog(shown)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.windowTitle() == "Valores invulgares: verifique antes de guardar"
    table = dialog.table.text()
    for text in (
        "Campo", "Valor", "Porque é invulgar", "Definição da clínica",
        "Peso", "<b>70,5 kg</b>",
        "+15,6 % em relação a 61 kg em 06/04/2026, 91 dias antes (verificado: mais de 8,0 % "
        "para esse intervalo)",
        "Peso: perguntar quando variou mais de 5 % mais 1 % por mês entre os dois pesos",
        "Cálcio total (soro/plasma)", "<b>2,4 mg/dL</b>",
        "abaixo de 4,25 mg/dL, o limite inferior ÷ 2 do intervalo típico do adulto "
        "(8,5–10,5 mg/dL) [R29][R33]; em 2,4 mmol/L seria um valor típico (9,62 mg/dL): "
        "verifique a unidade",
    ):  # fmt: skip
        assert text in table, text
    for english in ("70.5 kg", "2.4 mg/dL", "from 61 kg", "typical adult range", "Weight"):
        assert english not in table, english
    assert dialog.table.accessibleDescription().startswith("Peso: 70,5 kg — +15,6 %")

    with qtbot.waitSignal(dialog.confirmed) as confirmed:
        dialog.confirm_button.click()
    [values] = confirmed.args
    activate(Language.ENGLISH)  # the service's check, whatever the language: the same keys
    assert [u.key for u in values] == [u.key for u in _found(entry)]
    assert [u.value for u in values] == ["70.5 kg", "2.4 mg/dL"]


# ------------------------------------------------------------------ the real form, in Portuguese

@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    with nurse_clinic(tmp_path, "enf.ana", "Ana Lopes") as opened:
        yield opened


@pytest.mark.usefixtures("portuguese")
def test_a_portuguese_nurse_confirms_in_her_form_and_the_trail_keeps_english_and_hers(
    qtbot: QtBot, clinic: Clinic
) -> None:
    window = ra_patient_window(qtbot, clinic)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)
    form = window.visit_flow.form
    assert form is not None
    hip = form.rom.cell("hip", "flexion", Side.RIGHT)

    retype(qtbot, hip, "141")
    qtbot.waitUntil(lambda: bool(hip.property("unusual")))
    assert hip.toolTip() == (
        "Invulgar: 141° — 16° acima do valor normal de referência de 125° [R22]. Ao guardar, "
        "é-lhe pedido que o confirme."
    )
    weight = form.vitals.weight
    retype(qtbot, weight, "150,5")  # far from any earlier weight of the demo patient
    qtbot.waitUntil(lambda: bool(weight.property("unusual")))
    assert weight.toolTip().startswith("Invulgar: 150,5 kg — +")
    assert " % em relação a " in weight.toolTip()

    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_S, CTRL)
    keep_not_measured(qtbot, form, next_question=True)
    qtbot.waitUntil(lambda: form.unusual.dialog is not None and form.unusual.dialog.isVisible())
    dialog = form.unusual.dialog
    assert dialog is not None
    for text in ("<b>141°</b>", "Flexão da anca, direita", "<b>150,5 kg</b>", "Peso"):
        assert text in dialog.table.text(), text
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: window.visit_flow.form is None)

    entries = {
        e.changes["check"]: e.changes
        for e in AuditService(signed_in(clinic).context()).entries()
        if e.action == "confirm"
    }
    hip_entry, weight_entry = entries["rom_above_normal"], entries["weight_change"]
    assert {k: hip_entry[k] for k in ("confirmed", "reason_shown", "shown_in")} == {
        "confirmed": "Hip flexion, right: 141°",
        "reason_shown": "16° above the normal reference of 125° [R22]",
        "shown_in": "pt_PT",
    }
    assert hip_entry["confirmed_shown_as"] == "Flexão da anca, direita: 141°"
    assert hip_entry["reason_shown_as"] == "16° acima do valor normal de referência de 125° [R22]"
    assert weight_entry["confirmed"] == "Weight: 150.5 kg"
    assert weight_entry["confirmed_shown_as"] == "Peso: 150,5 kg"
    assert " %\u00a0from " in weight_entry["reason_shown"]
    assert " % em relação a " in weight_entry["reason_shown_as"]


# ------------------------------------------------------------------ Arabic, right to left


@pytest.fixture
def arabic(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """The window in Arabic with the Arabic-Indic digits a clinic may choose, and gettext in
    Arabic (the test catalogue); English again afterwards."""
    assert current_language() is Language.ENGLISH
    install_catalogue(monkeypatch, tmp_path, Language.ARABIC, ARABIC)
    window = WindowLanguage(qapp, TRANSLATIONS)
    assert window.use("ar", "arab")
    activate(Language.ARABIC, "arab")
    yield
    activate(Language.ENGLISH)
    window.close()


@pytest.mark.usefixtures("arabic")
def test_the_unusual_values_read_right_to_left_in_arabic(qtbot: QtBot) -> None:
    dialog = UnusualValuesDialog(_found(_weight_and_calcium()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.isRightToLeft()
    table = dialog.table.text()
    assert '<th align="right"' in table and '<th align="left"' not in table
    for text in ("الوزن", "<b>٧٠٫٥ kg</b>", "<b>٢٫٤ mg/dL</b>", "[R29][R33]"):
        assert text in table, text
    assert "70.5" not in table
