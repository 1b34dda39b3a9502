"""The visit form on the demo clinic (stored, so every row has its id), typed into as a nurse
would: carried-forward lesions, live checks, Save refused or requested, drafts that survive a
crash, cancel, and the edit of an earlier visit."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Laterality, LesionStatus, MeasurementMethod, Side
from calcitrack.domain.entities import Lesion, LesionMeasurement, PatientChart, RomMeasurement
from calcitrack.domain.errors import Problem
from calcitrack.domain.visits.visit_entry import LesionStatusChange, VisitEntry
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.common import field_marks
from calcitrack.ui.visit_form.draft_store import DraftStore, draft_key
from calcitrack.ui.visit_form.form import VisitFormView
from calcitrack.ui.visit_form.section import FormContext
from tests.ui.visit_question import keep_not_measured

TODAY = date(2026, 10, 12)
CTRL = Qt.KeyboardModifier.ControlModifier
_CHARTS: dict[str, PatientChart] = {}


@pytest.fixture(scope="module", autouse=True)
def stored_charts(stored_demo_charts: dict[str, PatientChart]) -> Iterator[None]:
    _CHARTS.update(stored_demo_charts)
    yield
    _CHARTS.clear()


@pytest.fixture
def ra() -> PatientChart:
    return _CHARTS[DEMO_RA_MRN]


@pytest.fixture
def drafts(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


def open_form(
    qtbot: QtBot, chart: PatientChart, drafts: DraftStore, **kwargs: object
) -> VisitFormView:
    form = VisitFormView(chart, today=TODAY, drafts=drafts, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(form)
    show(qtbot, form)
    return form


def show(qtbot: QtBot, form: QWidget) -> None:
    form.resize(1200, 900)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()


def type_into(qtbot: QtBot, widget: QWidget, *values: str) -> None:
    """Focus ``widget``, then type each value followed by Tab, as a nurse would."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    for value in values:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, value)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def lesion_id(chart: PatientChart, label: str) -> int | None:
    return next(lesion.id for lesion in chart.lesions if lesion.label == label)


# ------------------------------------------------------------------------------ opening


def test_a_new_visit_is_dated_today_and_carries_every_active_lesion_forward(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    assert form.date_edit.date().toPython() == TODAY
    assert form.draft_key == draft_key(DEMO_RA_MRN, None)
    labels = [r.label() for r in form.lesions.rows]
    assert labels == [lesion.label for lesion in ra.lesions]
    knee = form.lesions.row("R knee")
    assert knee.last_label.text() == "last 45×30 mm, depth 9 mm on 2026-09-14 (caliper)"
    # chest → shoulder; thigh and buttock → hip; thigh and knee → knee
    assert form.rom.joints() == ("shoulder", "hip", "knee")
    assert not form.has_draft()
    assert not form.problem_list.isVisible()


def test_a_date_typed_with_its_dashes_moves_the_visit_and_the_last_values(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    type_into(qtbot, form.date_edit, "2025-12-20")
    assert form.entry().visit.visit_date == date(2025, 12, 20)
    knee = form.lesions.row("R knee")
    assert knee.last_label.text().startswith("last 50×33 mm, depth 10 mm on 2025-12-15")


def test_area_and_change_show_while_typing(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    knee = form.lesions.row("R knee")
    type_into(qtbot, knee.longest, "40", "28")
    area, before = math.pi / 4 * 40 * 28, math.pi / 4 * 45 * 30
    assert knee.area_label.text() == f"{area:,.1f} mm²" if area < 100 else f"{area:,.0f} mm²"
    assert f"(−{(before - area) / before * 100:.1f} %)" in knee.change_label.text()


# ---------------------------------------------------------------------------- saving


def test_a_valid_form_emits_save_requested_with_what_was_typed(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    type_into(qtbot, form.lesions.row("R knee").longest, "44", "29", "8")
    chest = form.lesions.row("R upper chest").status_combo
    assert chest is not None
    chest.setFocus()
    qtbot.keyClicks(chest, "E")
    form.lesions.add_lesion()
    new = form.lesions.rows[-1]
    assert new.site_combo is not None and new.side_combo is not None
    new.site_combo.setFocus()
    qtbot.keyClicks(new.site_combo, "Foo")
    qtbot.keyClicks(new.side_combo, "R")
    type_into(qtbot, new.longest, "6", "4")
    type_into(qtbot, form.rom.cell("hip", "flexion", Side.RIGHT), "110")
    type_into(qtbot, form.vitals.weight, "60.5")
    type_into(qtbot, form.vitals.edits["heart_rate_bpm"], "72", "118", "74")
    type_into(qtbot, form.notes_edit, "Knee plaque softer.")

    press(qtbot, Qt.Key.Key_S, CTRL)  # three lesions left unmeasured: asked about first
    with qtbot.waitSignal(form.save_requested) as saved:
        keep_not_measured(qtbot, form)
    entry = saved.args[0]
    assert isinstance(entry, VisitEntry)
    visit = entry.visit
    assert (visit.patient_id, visit.visit_date, visit.id) == (ra.patient.id, TODAY, None)
    assert visit.lesion_measurements == (
        LesionMeasurement(
            "R knee", 44.0, 29.0, 8.0, MeasurementMethod.CALIPER, lesion_id=lesion_id(ra, "R knee")
        ),
        LesionMeasurement("R foot", 6.0, 4.0),
    )
    assert entry.new_lesions == (Lesion("R foot", "foot", Laterality.RIGHT, TODAY),)
    assert entry.status_changes == (LesionStatusChange("R upper chest", LesionStatus.EXCISED),)
    assert visit.rom == (RomMeasurement("hip", "flexion", Side.RIGHT, 110.0),)
    assert (visit.weight_kg, visit.heart_rate_bpm) == (60.5, 72)
    assert (visit.systolic_bp_mmhg, visit.diastolic_bp_mmhg) == (118, 74)
    assert visit.notes == "Knee plaque softer."
    assert not form.save_button.isEnabled()
    with qtbot.assertNotEmitted(form.save_requested):
        form.save()  # a second Ctrl+S while the first save is in flight does nothing

    qtbot.waitUntil(lambda: drafts.load(form.draft_key) is not None)
    with qtbot.waitSignal(form.visit_saved) as done:
        form.save_succeeded(visit)
    assert done.args == [visit]
    assert drafts.load(form.draft_key) is None
    assert form.save_button.isEnabled()


def test_width_above_longest_turns_red_while_typing_and_save_is_refused(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    knee = form.lesions.row("R knee")
    type_into(qtbot, knee.longest, "40", "50")
    qtbot.waitUntil(lambda: field_marks.is_marked(knee.width))
    assert "cannot exceed the longest diameter (40 mm)" in knee.width.toolTip()
    assert not field_marks.is_marked(knee.longest)
    assert not form.problem_list.isVisible()

    with qtbot.assertNotEmitted(form.save_requested):
        press(qtbot, Qt.Key.Key_S, CTRL)
    assert form.problem_list.isVisible()
    texts = [form.problem_list.item(i).text() for i in range(form.problem_list.count())]
    assert texts == [
        "Lesion R knee, width: the perpendicular width (50 mm) cannot exceed the longest "
        "diameter (40 mm)"
    ]
    assert QApplication.focusWidget() is form.problem_list
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is knee.width

    knee.width.selectAll()
    qtbot.keyClicks(knee.width, "28")  # the area a plausible 17 % smaller
    qtbot.waitUntil(lambda: not field_marks.is_marked(knee.width))
    assert not form.problem_list.isVisible()
    form.save_button.click()
    with qtbot.waitSignal(form.save_requested):
        keep_not_measured(qtbot, form)  # the other four lesions were not measured


def test_a_missing_value_waits_for_save_before_it_is_shown(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    row = form.lesions.add_lesion()
    type_into(qtbot, form.vitals.edits["systolic_bp_mmhg"], "120")
    qtbot.wait(450)
    assert row.site_combo is not None and not field_marks.is_marked(row.site_combo)
    assert not field_marks.is_marked(form.vitals.edits["diastolic_bp_mmhg"])

    assert form.save() is False
    assert field_marks.is_marked(row.site_combo)
    assert field_marks.is_marked(form.vitals.edits["diastolic_bp_mmhg"])
    texts = "\n".join(form.problem_list.item(i).text() for i in range(form.problem_list.count()))
    assert "New lesion “Lesion 6”, body site: is required (pick the body site)" in texts
    assert "Diastolic BP: blood pressure needs both" in texts
    assert "unknown body site" not in texts  # one problem per field: the clearer one


def test_save_failed_shows_the_problems_and_keeps_the_draft(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    type_into(qtbot, form.vitals.weight, "61")
    form.save()
    with qtbot.waitSignal(form.save_requested):
        keep_not_measured(qtbot, form)
    form.save_failed("The visit was not saved", [Problem("visit_date", "already has a visit")])
    assert form.save_button.isEnabled()
    assert form.problem_caption.text().startswith("The visit was not saved")
    assert field_marks.is_marked(form.date_edit)
    assert drafts.load(form.draft_key)["sections"]["vitals"]["weight_kg"] == "61"


# -------------------------------------------------------------------- context and ROM


def test_rom_follows_the_lesions_and_warns_below_the_reference(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    chest = form.lesions.row("R upper chest").status_combo
    assert chest is not None
    chest.setCurrentIndex(chest.findData(LesionStatus.RESOLVED.value))
    assert form.rom.joints() == ("hip", "knee")
    edit = form.rom.cell("hip", "flexion", Side.RIGHT)
    type_into(qtbot, edit, "100")
    assert edit.property("below_normal") is True and edit.toolTip() == "below normal (125°)"
    qtbot.wait(400)
    assert not field_marks.is_marked(edit)


def test_a_new_weight_or_date_reaches_every_section(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    seen: list[FormContext] = []
    form.labs.set_context = seen.append  # type: ignore[method-assign]
    type_into(qtbot, form.vitals.weight, "61.5")
    assert seen[-1].weight_kg == 61.5 and seen[-1].visit_date == TODAY
    type_into(qtbot, form.date_edit, "2026-10-01")
    assert seen[-1].visit_date == date(2026, 10, 1)


# ---------------------------------------------------------------------------- drafts


def test_what_was_typed_survives_a_crash_and_is_offered_back(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path
) -> None:
    first = VisitFormView(ra, today=TODAY, drafts=DraftStore(tmp_path / "drafts"))
    show(qtbot, first)
    type_into(qtbot, first.header.clinician_edit, "Nurse Okafor")
    type_into(qtbot, first.lesions.row("R buttock").longest, "112", "73")
    first.lesions.add_lesion()
    new = first.lesions.rows[-1]
    assert new.site_combo is not None
    new.site_combo.setCurrentIndex(new.site_combo.findData("thigh"))
    type_into(qtbot, first.rom.cell("hip", "internal_rotation", Side.RIGHT), "36")
    type_into(qtbot, first.vitals.weight, "59.9")
    type_into(qtbot, first.notes_edit, "Typed before the power cut.")
    before = first.entry()
    store = DraftStore(tmp_path / "drafts")
    qtbot.waitUntil(
        lambda: (store.load(first.draft_key) or {}).get("notes") == "Typed before the power cut."
    )
    shiboken6.delete(first)  # no close, no hide: the process dies here

    second = open_form(qtbot, ra, store)
    assert second.has_draft()
    assert second.draft_visit_date() == TODAY
    assert second.entry().visit.lesion_measurements == ()  # not restored behind her back
    second.restore_draft()
    after = second.entry()
    assert after == before
    assert second.header.clinician_edit.text() == "Nurse Okafor"
    assert second.lesions.rows[-1].site_code() == "thigh"
    assert second.is_dirty()


def test_a_draft_can_be_discarded_instead(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    drafts.save(draft_key(DEMO_RA_MRN, None), {"mrn": DEMO_RA_MRN, "visit_date": "2026-10-12"})
    form = open_form(qtbot, ra, drafts)
    assert form.has_draft()
    form.discard_draft()
    assert not form.has_draft() and drafts.load(form.draft_key) is None


# ---------------------------------------------------------------------------- cancel


def test_esc_with_changes_asks_and_discards_the_draft_on_confirm(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    type_into(qtbot, form.vitals.weight, "60")
    form.keep_draft()
    with qtbot.assertNotEmitted(form.cancelled):
        press(qtbot, Qt.Key.Key_Escape)
    box = form.discard_question
    assert box is not None and box.isVisible()
    assert "Discard this visit?" in box.text()
    with qtbot.waitSignal(form.cancelled):
        box.button(QMessageBox.StandardButton.Discard).click()
    assert drafts.load(form.draft_key) is None


def test_esc_then_keep_typing_keeps_everything(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    type_into(qtbot, form.vitals.weight, "60")
    form.keep_draft()
    press(qtbot, Qt.Key.Key_Escape)
    box = form.discard_question
    assert box is not None
    with qtbot.assertNotEmitted(form.cancelled):
        box.button(QMessageBox.StandardButton.Cancel).click()
    assert drafts.load(form.draft_key) is not None
    assert form.vitals.weight.text() == "60"


def test_esc_on_an_untouched_form_cancels_at_once(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    form.lesions.row("R knee").longest.setFocus()
    with qtbot.waitSignal(form.cancelled):
        press(qtbot, Qt.Key.Key_Escape)
    assert form.discard_question is None


# ------------------------------------------------------------------------------ editing


def test_an_earlier_visit_is_edited_the_same_way(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    visit = ra.visits[-2]
    labs = [lab for lab in ra.labs if lab.collected_on == visit.visit_date]
    form = open_form(qtbot, ra, drafts, visit=visit, visit_labs=labs)
    assert form.draft_key == draft_key(DEMO_RA_MRN, visit.id)
    assert form.date_edit.date().toPython() == visit.visit_date
    knee = form.lesions.row("R knee")
    assert (knee.longest.text(), knee.width.text()) == ("47", "31")
    assert knee.last_label.text().startswith("last 50×33 mm")
    assert form.vitals.weight.text() == f"{visit.weight_kg:g}"
    assert form.notes_edit.toPlainText() == visit.notes
    assert form.rom.cell("hip", "flexion", Side.RIGHT).text() == "116"
    assert form.entry().visit == visit  # nothing typed: the same visit comes back

    knee.longest.selectAll()
    qtbot.keyClicks(knee.longest, "48")
    with qtbot.waitSignal(form.save_requested) as saved:
        form.save()
    entry = saved.args[0]
    assert entry.visit.id == visit.id and entry.visit.version == visit.version
    changed = next(m for m in entry.visit.lesion_measurements if m.lesion_label == "R knee")
    assert changed.longest_mm == 48.0


# ----------------------------------------------------------------------------- keyboard


def test_tab_runs_from_the_header_through_the_lesions_to_the_scores(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    form = open_form(qtbot, ra, drafts)
    form.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    stops = []
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert stops[:4] == [
        form.header.type_combo,
        form.header.clinician_edit,
        form.header.next_due_check,
        form.header.next_due_edit,  # the clinic's follow-up default, to change or untick
    ]
    assert stops[4] is form.lesions.row("R lateral thigh").longest
    assert stops[5] is form.lesions.row("R lateral thigh").width
    form.lesions.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert form.scores.isAncestorOf(QApplication.focusWidget())


def test_inside_a_window_that_has_its_own_save_and_cancel_the_keys_still_work_once(
    qtbot: QtBot, ra: PatientChart, drafts: DraftStore
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    form = VisitFormView(ra, today=TODAY, drafts=drafts)
    window.setCentralWidget(form)
    triggered: list[str] = []
    for name, key, slot in (("save", "Ctrl+S", form.save), ("cancel", "Esc", form.cancel)):
        action = QAction(name, window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(
            lambda _c=False, name=name, slot=slot: (triggered.append(name), slot())
        )
        window.addAction(action)
    show(qtbot, window)
    form.vitals.weight.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL)
    with qtbot.waitSignal(form.save_requested):
        keep_not_measured(qtbot, form)
    form.save_succeeded(form.entry().visit)
    with qtbot.waitSignal(form.cancelled):
        press(qtbot, Qt.Key.Key_Escape)
    assert triggered == ["save", "cancel"]
