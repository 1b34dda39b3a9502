"""The confirmation of unusual values in a Portuguese window: the window's own texts from the
shipped Qt catalogue, the values' labels, values, reasons and settings from gettext (a tiny test
catalogue, tests/domain/visits/unusual_catalogue.py: the committed ``.po`` is the lead's), with a
decimal comma and Portugal's dates, units and citations as they are; "Confirm and save" hands
back the values shown, whose keys are those the service finds in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.domain.laboratory.lab_results import entered
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.i18n.catalogue import activate, current_language
from calcitrack.i18n.languages import Language
from calcitrack.ui.common.window_language import WindowLanguage
from calcitrack.ui.visit_form.unusual_values_dialog import UnusualValuesDialog
from tests.domain.visits import test_plausibility as visits
from tests.domain.visits.unusual_catalogue import PORTUGUESE
from tests.support.tmp_catalogue import install_catalogue
from tests.ui.conftest import TRANSLATIONS


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
