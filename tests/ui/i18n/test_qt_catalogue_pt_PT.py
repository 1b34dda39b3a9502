"""Qt's own texts in Portuguese (Portugal): Qt ships no catalogue for pt-PT, so CalciTrack carries
calcitrack_qt_pt_PT.ts (standard buttons, a line edit's context menu, the file dialog), hand-kept
beside the window's catalogue and compiled with it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from calcitrack.ui.common.window_language import WindowLanguage
from tests.support.pseudo_locale import compile_catalogue

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"
BUTTONS = QDialogButtonBox.StandardButton


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The pt_PT catalogues compiled from their sources, as `make` does."""
    compile_catalogue(TRANSLATIONS / "calcitrack_pt_PT.ts", tmp_path / "calcitrack_pt_PT.qm")
    compile_catalogue(TRANSLATIONS / "calcitrack_qt_pt_PT.ts", tmp_path / "calcitrack_qt_pt_PT.qm")
    return tmp_path


@pytest.fixture
def portuguese(qapp: QApplication, folder: Path) -> Iterator[WindowLanguage]:
    language = WindowLanguage(qapp, folder)
    assert language.use("pt_PT")
    yield language
    language.close()


def _texts(box: QDialogButtonBox) -> dict[QDialogButtonBox.StandardButton, str]:
    return {box.standardButton(button): button.text() for button in box.buttons()}


def test_standard_buttons_are_in_european_portuguese(portuguese: WindowLanguage) -> None:
    box = QDialogButtonBox(BUTTONS.Save | BUTTONS.Cancel | BUTTONS.Discard | BUTTONS.Close)
    assert _texts(box) == {
        BUTTONS.Save: "Guardar",  # not Brazil's "Salvar"
        BUTTONS.Cancel: "Cancelar",
        BUTTONS.Discard: "Descartar",
        BUTTONS.Close: "Fechar",
    }


def test_a_line_edit_menu_is_in_european_portuguese(portuguese: WindowLanguage) -> None:
    edit = QLineEdit("x")
    menu = edit.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    menu.deleteLater()
    edit.deleteLater()
    assert texts == [
        "&Anular",
        "&Refazer",
        "Cor&tar",
        "&Copiar",
        "Co&lar",
        "Eliminar",
        "Selecionar tudo",
    ]


def test_without_the_qt_catalogue_the_buttons_stay_english(
    qapp: QApplication, folder: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """What the catalogue is for: Qt itself has nothing for pt_PT."""
    alone = tmp_path_factory.mktemp("window-only")
    shutil.copy(folder / "calcitrack_pt_PT.qm", alone)
    language = WindowLanguage(qapp, alone)
    try:
        assert language.use("pt_PT")
        assert _texts(QDialogButtonBox(BUTTONS.Save | BUTTONS.Cancel)) == {
            BUTTONS.Save: "Save",
            BUTTONS.Cancel: "Cancel",
        }
    finally:
        language.close()
