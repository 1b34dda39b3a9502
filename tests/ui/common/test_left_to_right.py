"""A file path in a right-to-left sentence keeps its order (QA, the Arabic window): the status bar
showed the database as "tmp/qa/demo.sqlite3/", its leading slash moved to the far end by the bidi
algorithm. The order is read from Qt's own text layout, glyph by glyph, as the label draws it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from calcitrack.app import build_main_window
from calcitrack.ui.admin.backup_folder_field import BackupFolderField, default_text
from calcitrack.ui.common.left_to_right import LRI, PDI, left_to_right
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.common.window_language import WindowLanguage
from tests.support.pseudo_locale import compile_catalogue
from tests.ui.conftest import TRANSLATIONS
from tests.ui.demo_window import nurse_clinic

PATH = "/tmp/clinic/demo.sqlite3"


def shown_left_to_right(label: QLabel) -> str:
    """The label's visible characters from left to right, as Qt lays its text out."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    where: dict[int, float] = {}
    for run in line.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        for index, position in zip(run.stringIndexes(), run.positions(), strict=True):
            where[index] = position.x()
    marks = {LRI, PDI}
    return "".join(text[i] for i in sorted(where, key=where.__getitem__) if text[i] not in marks)


@pytest.fixture
def arabic(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The window's texts in Arabic (the catalogue compiled from its source), right to left."""
    compile_catalogue(TRANSLATIONS / "calcitrack_ar.ts", tmp_path / "calcitrack_ar.qm")
    window = WindowLanguage(qapp, tmp_path)
    assert window.use("ar")
    yield
    window.close()
    assert not qapp.isRightToLeft()


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return label


@pytest.mark.usefixtures("arabic")
def test_a_path_after_arabic_keeps_its_slash_first(qtbot: QtBot) -> None:
    before = "قاعدة البيانات: "
    plain = _label(before + PATH)
    qtbot.addWidget(plain)
    assert PATH not in shown_left_to_right(plain)  # the fault this guards against
    assert "tmp/clinic/demo.sqlite3/" in shown_left_to_right(plain)
    isolated = _label(before + left_to_right(PATH))
    qtbot.addWidget(isolated)
    assert PATH in shown_left_to_right(isolated)


@pytest.mark.usefixtures("arabic")
def test_the_status_bar_shows_the_database_path_in_order(qtbot: QtBot, tmp_path: Path) -> None:
    with nurse_clinic(tmp_path, "nurse-ar", "Nurse") as clinic:
        window = build_main_window(clinic, InlineTaskRunner())
        qtbot.addWidget(window)
        label = window.database_label
        assert label.isRightToLeft()
        assert "قاعدة البيانات" in label.text()
        database = str(tmp_path / "demo.sqlite3")
        assert database in label.text()
        assert database in shown_left_to_right(label)


def test_a_left_to_right_window_gets_no_marks(qapp: QApplication) -> None:
    assert not qapp.isRightToLeft()
    assert left_to_right(Path(PATH)) == PATH
    assert left_to_right("") == ""


@pytest.mark.usefixtures("arabic")
def test_the_backup_folder_s_default_shows_its_path_in_order(qtbot: QtBot) -> None:
    default = Path("/root/.local/share/CalciTrack/backups")
    field = BackupFolderField("", default)
    qtbot.addWidget(field)
    field.default_note.setText(default_text(default))
    assert str(default) in shown_left_to_right(field.default_note)
    placeholder = _label(field.edit.placeholderText())
    qtbot.addWidget(placeholder)
    assert str(default) in shown_left_to_right(placeholder)
