"""Lesion photographs in the real window, on a real SQLite file, through the real photograph
service: a nurse attaches files from the Lesions tab with the keyboard (Ctrl+Shift+A, Enter),
sees them in the lesion's strip, deletes one with a reason (Delete); a broken file and one over
the size limit are named and nothing is stored; at a signed visit a nurse is told it needs a
physician's amendment and nothing is stored; the PDF export dialog's choice puts the photographs
in the summary."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from calcitrack.app import build_main_window
from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.photographs.photograph_service import PhotographService
from calcitrack.services.visit_service import VisitService
from calcitrack.store.records import LesionPhotographRecord, SiteEventDeletionRecord
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.photographs.photograph_flow import PhotographFlow
from calcitrack.ui.shell.main_window import MainWindow
from calcitrack.ui.workspace.patient_workspace import LESIONS
from tests.support.accounts import TEST_PASSWORD, open_signed_in, signed_in
from tests.support.sample_chart import sample_chart
from tests.ui.photographs.images import drawn

TODAY = date(2026, 11, 20)
MRN = "PHO-1"
FINGER = "R index finger"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    ChartService(opened.context()).add_charts([sample_chart(MRN)])
    opened.today = lambda: TODAY
    yield opened
    opened.close()


def _window(qtbot: QtBot, clinic: Clinic) -> MainWindow:
    shown = build_main_window(clinic, InlineTaskRunner())
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    shown.open_patient(MRN)
    qtbot.waitUntil(lambda: shown.workspace.chart is not None)
    shown.workspace.tabs.setCurrentIndex(LESIONS)
    panel = shown.workspace.lesions
    qtbot.waitUntil(panel.lesion_view.isVisible)
    panel.select_lesion(FINGER)
    panel.lesion_view.setFocus()
    return shown


def _count(clinic: Clinic, record: type[object]) -> int:
    with clinic.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(record.__table__)) or 0)  # type: ignore[attr-defined]


def _flow(window: MainWindow) -> PhotographFlow:
    flow = window.findChild(PhotographFlow)
    assert isinstance(flow, PhotographFlow)
    return flow


def test_a_nurse_attaches_sees_and_deletes_photographs_with_the_keyboard(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    signed_in(clinic, "nurse.pho", "Nurse Pho", Role.NURSE)
    window = _window(qtbot, clinic)
    good = tmp_path / "finger.jpg"
    good.write_bytes(drawn(640, 480))
    broken = tmp_path / "broken.jpg"
    whole = drawn(640, 480)
    broken.write_bytes(whole[: len(whole) // 2])
    huge = tmp_path / "huge.heic"
    with huge.open("wb") as f:  # sparse: no 200 MB is written or read
        f.truncate(200_000_000)

    qtbot.keyClick(window.workspace.lesions.lesion_view, Qt.Key.Key_A, CTRL_SHIFT)
    flow = _flow(window)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    dialog = flow.dialog
    assert dialog is not None
    dialog.add_files([str(good), str(broken), str(huge)])
    listed = [dialog.file_list.item(r).text() for r in range(dialog.file_list.count())]
    assert any("broken.jpg" in row and "damaged or incomplete" in row for row in listed), listed
    assert "huge.heic — 200.0 MB — not attached: larger than the limit of 25.0 MB" in listed
    assert len(dialog.accepted_files()) == 1
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())

    assert _count(clinic, LesionPhotographRecord) == 1
    photos = window.workspace.lesions.photos
    qtbot.waitUntil(lambda: photos.strip.count() == 1)
    [stored] = PhotographService(clinic.context()).photographs(MRN)
    assert stored.lesion_label == FINGER and stored.thumbnail
    assert stored.visit_date == max(v.visit_date for v in sample_chart(MRN).visits)

    strip = photos.strip
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow)
    strip.setFocus()
    strip.setCurrentRow(0)
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: strip.delete_dialog is not None and strip.delete_dialog.isVisible())
    ask = strip.delete_dialog
    assert ask is not None
    ask.activateWindow()
    qtbot.waitUntil(ask.isActiveWindow)
    qtbot.keyClicks(ask.focusWidget(), "wrong patient's hand")
    qtbot.keyClick(ask.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _count(clinic, LesionPhotographRecord) == 0)
    with clinic.engine.connect() as conn:
        reason = conn.scalar(select(SiteEventDeletionRecord.reason))
    assert reason == "wrong patient's hand"
    qtbot.waitUntil(lambda: strip.count() == 0)


def test_a_nurse_is_offered_only_the_visits_she_may_add_to_and_the_shortcut_works_anywhere(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    """A signed visit takes photographs only by a physician's amendment: a nurse is not offered
    it (she was, and refused after choosing her files). Ctrl+Shift+A works from the search box,
    where the cursor is after opening a patient (it did nothing there)."""
    visits = sorted(PatientService(clinic.context()).chart(MRN).visits, key=lambda v: v.visit_date)
    VisitService(clinic.context()).sign(MRN, visits[-1], TEST_PASSWORD)
    signed_in(clinic, "nurse.pho", "Nurse Pho", Role.NURSE)
    window = _window(qtbot, clinic)
    picture = tmp_path / "finger.png"
    picture.write_bytes(drawn(320, 240, fmt="PNG"))

    search = window.patient_list.search_edit
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_A, CTRL_SHIFT)
    flow = _flow(window)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    dialog = flow.dialog
    assert dialog is not None
    offered = [dialog.visit_combo.itemText(i) for i in range(dialog.visit_combo.count())]
    assert offered == [v.visit_date.isoformat() for v in reversed(visits[:-1])]
    assert dialog.lesion_combo.currentText() == FINGER  # the lesion selected in the tab
    dialog.add_files([str(picture)])
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _count(clinic, LesionPhotographRecord) == 1)
    [stored] = PhotographService(clinic.context()).photographs(MRN)
    assert stored.visit_date == visits[-2].visit_date


def test_the_summary_export_dialog_puts_the_photographs_in_the_pdf(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    chart = PatientService(clinic.context()).chart(MRN)
    for visit, colour in zip(chart.visits, ("#c08070", "#a06050", "#905040"), strict=False):
        assert visit.id is not None
        PhotographService(clinic.context()).attach(MRN, visit.id, FINGER, drawn(640, 480, colour))
    window = _window(qtbot, clinic)
    flow = window.summary_flow
    flow.export(window.workspace.chart)  # type: ignore[arg-type]
    dialog = flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert not dialog.photos_check.isChecked()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.photos_check.isChecked)  # an access key clicks after a short delay
    out = tmp_path / "summary.pdf"
    dialog.path_edit.setText(str(out))
    dialog.open_check.setChecked(False)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(out.exists, timeout=30_000)
    images = sum(len(page.images) for page in PdfReader(out).pages)
    assert images >= 2  # the lesion's baseline and current photograph


def test_a_photograph_dated_another_day_than_the_visit_is_attached_only_once_confirmed(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    """The QA trial attached a photograph the camera dated 2026-12-06 to the visit of
    2026-09-14 with no word: the summary of that visit then showed it as its 'current'."""
    import io

    from PIL import Image

    visits = sorted(PatientService(clinic.context()).chart(MRN).visits, key=lambda v: v.visit_date)
    picture = Image.new("RGB", (320, 240), "#c08070")
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2026:12:06 10:15:00"  # DateTimeOriginal
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", exif=exif)
    path = tmp_path / "today.jpg"
    path.write_bytes(buffer.getvalue())
    window = _window(qtbot, clinic)

    qtbot.keyClick(window.workspace.lesions.lesion_view, Qt.Key.Key_A, CTRL_SHIFT)
    flow = _flow(window)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    dialog = flow.dialog
    assert dialog is not None
    dialog.add_files([str(path)])
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.message_label.isVisible)
    said = dialog.message_label.text()
    assert "the camera dates it 2026-12-06" in said
    assert f"not the day of the visit chosen ({visits[-1].visit_date.isoformat()})" in said
    assert _count(clinic, LesionPhotographRecord) == 0

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # attach again: confirmed
    qtbot.waitUntil(lambda: _count(clinic, LesionPhotographRecord) == 1)
    [stored] = PhotographService(clinic.context()).photographs(MRN)
    assert stored.captured_on == date(2026, 12, 6)
    assert stored.visit_date == visits[-1].visit_date


def test_a_nurse_is_told_before_typing_a_reason_that_a_signed_visits_photograph_is_not_hers(
    qtbot: QtBot, clinic: Clinic
) -> None:
    visits = sorted(PatientService(clinic.context()).chart(MRN).visits, key=lambda v: v.visit_date)
    assert visits[-1].id is not None
    PhotographService(clinic.context()).attach(MRN, visits[-1].id, FINGER, drawn(320, 240))
    VisitService(clinic.context()).sign(MRN, visits[-1], TEST_PASSWORD)
    signed_in(clinic, "nurse.pho", "Nurse Pho", Role.NURSE)
    window = _window(qtbot, clinic)
    strip = window.workspace.lesions.photos.strip
    qtbot.waitUntil(lambda: strip.count() == 1)
    strip.setFocus()
    strip.setCurrentRow(0)
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    box = _message_box(qtbot)
    assert "signed" in box.text() and "physician" in box.text()
    assert strip.delete_dialog is None  # no reason asked for nothing
    box.accept()
    assert _count(clinic, LesionPhotographRecord) == 1


def _message_box(qtbot: QtBot) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]
