"""The window at its default size, 1280 × 800, in Portuguese, as a nurse met it (QA): the window's
own texts from the Portuguese catalogue compiled from its source, the domain's from a tiny test
catalogue (the committed ``.po`` is the lead's). Opening a patient leaves the window 1280 wide, a
dose change's choices show whole, and the joints offered for range of motion are in Portuguese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.domain.entities import PatientChart
from calcitrack.i18n.catalogue import activate, current_language
from calcitrack.i18n.languages import Language
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.common.window_language import WindowLanguage
from calcitrack.ui.visit_form.section import FormContext
from calcitrack.ui.visit_form.sections.medication_change_row import ChangeRow, Kind
from calcitrack.ui.visit_form.sections.rom_entry_panel import RomEntryPanel
from tests.support.pseudo_locale import compile_catalogue
from tests.support.tmp_catalogue import install_catalogue
from tests.ui.conftest import TRANSLATIONS
from tests.ui.demo_window import TODAY, nurse_clinic

DEFAULT_WIDTH = 1280
DOMAIN_TEXTS = {
    "Rheumatoid arthritis": "Artrite reumatoide",
    "Dermatomyositis": "Dermatomiosite",
    "once daily": "uma vez por dia",
    "twice daily": "duas vezes por dia",
    "three times daily": "três vezes por dia",
    "four times daily": "quatro vezes por dia",
    "once weekly": "uma vez por semana",
    "every 2 weeks": "de 2 em 2 semanas",
    "every 4 weeks": "de 4 em 4 semanas",
    "single dose": "dose única",
    "as needed": "se necessário",
    "Oral": "Oral",
    "Intravenous": "Intravenosa",
    "Subcutaneous": "Subcutânea",
    "Intramuscular": "Intramuscular",
    "Intralesional": "Intralesional",
    "Elbow": "Cotovelo",
    "Forearm": "Antebraço",
    "Wrist": "Punho",
    "Ankle": "Tornozelo",
}


@pytest.fixture
def portuguese(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[None]:
    """The window in Portuguese (its catalogues compiled from their sources, as `make` does) and
    gettext in Portuguese (the test catalogue); English again afterwards."""
    assert current_language() is Language.ENGLISH
    folder = tmp_path / "qm"
    folder.mkdir()
    for name in ("calcitrack_pt_PT", "calcitrack_qt_pt_PT"):
        compile_catalogue(TRANSLATIONS / f"{name}.ts", folder / f"{name}.qm")
    install_catalogue(monkeypatch, tmp_path / "mo", Language.PORTUGUESE, DOMAIN_TEXTS)
    window = WindowLanguage(qapp, folder)
    assert window.use("pt_PT")
    activate(Language.PORTUGUESE)
    yield
    activate(Language.ENGLISH)
    window.close()


def _laid_out() -> None:
    for _ in range(3):  # the panels' layouts, the splitters', the window's
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()


@pytest.mark.usefixtures("portuguese")
def test_opening_a_patient_keeps_the_window_at_1280(qtbot: QtBot, tmp_path: Path) -> None:
    # The list's filters ("Ordenar por:" beside the diltiazem box), the day written out beside
    # the recall button and the response panel's title on one line made the window's least
    # width 1354: it grew past a 1280 × 800 screen as soon as a patient opened.
    with nurse_clinic(tmp_path, "nurse1280", "Enfermeira") as clinic:
        window = build_main_window(clinic, InlineTaskRunner())
        qtbot.addWidget(window)
        window.resize(DEFAULT_WIDTH, 800)
        with qtbot.waitExposed(window):
            window.show()
        assert window.patient_list.sort_combo.currentText() == "Nome"  # in Portuguese
        window.open_patient(DEMO_RA_MRN)
        qtbot.waitUntil(lambda: window.workspace.chart is not None)
        _laid_out()
        assert window.minimumSizeHint().width() <= DEFAULT_WIDTH
        assert window.width() == DEFAULT_WIDTH


def _edit_field_width(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


@pytest.mark.usefixtures("portuguese")
def test_a_dose_change_shows_its_frequency_and_route_whole(qtbot: QtBot) -> None:
    # At a fixed 140 pixels "uma vez por semana" showed as "uma vez por sema".
    row = ChangeRow(Kind.DOSE, ())
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)
    frequencies = [row.frequency_combo.itemText(i) for i in range(row.frequency_combo.count())]
    assert "uma vez por semana" in frequencies
    for combo in (row.frequency_combo, row.route_combo, row.unit_combo):
        metrics = combo.fontMetrics()
        texts = [combo.itemText(i) for i in range(combo.count())]
        widest = max(texts, key=metrics.horizontalAdvance)
        assert metrics.horizontalAdvance(widest) <= _edit_field_width(combo), widest


@pytest.mark.usefixtures("portuguese")
def test_the_joints_to_add_are_named_in_portuguese(
    qtbot: QtBot, stored_demo_charts: dict[str, PatientChart]
) -> None:
    # They were the codes capitalised: "Elbow", "Forearm", "Wrist", "Ankle" in a Portuguese form.
    panel = RomEntryPanel()
    qtbot.addWidget(panel)
    panel.set_context(FormContext(stored_demo_charts[DEMO_RA_MRN], TODAY, TODAY))
    panel.set_sites(["thigh"])  # the hip and the knee shown; the other joints offered
    offered = [panel.joint_combo.itemText(i) for i in range(panel.joint_combo.count())]
    assert {"Cotovelo", "Antebraço", "Punho", "Tornozelo"} <= set(offered)
    assert not {"Elbow", "Forearm", "Wrist", "Ankle"} & set(offered)
    assert panel.joint_combo.itemData(offered.index("Cotovelo")) == "elbow"  # the code kept
