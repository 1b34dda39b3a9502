"""Drafts of the visit form put back exactly what was typed, on the demo clinic as stored (every
medication period and lesion has its id), typed into as a nurse would; and what cannot be put
back is said above the form before anything is saved. The property tests are in
test_visit_form_draft_properties.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Das28Variant, Frequency, Side
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visits.visit_entry import MedicationChangeKind
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.visit_form.draft_store import DraftStore, draft_key
from calcitrack.ui.visit_form.sections.medication_change_row import period_text
from tests.ui.draft_support import (
    TODAY,
    crash,
    edit_form,
    open_form,
    period_id,
    press_button,
    saved_again,
    stopped,
    tab,
    type_dose_change,
)
from tests.ui.old_drafts import FORMAT_1
from tests.ui.visit_question import keep_not_measured


@pytest.fixture
def ra(stored_demo_charts: dict[str, PatientChart]) -> PatientChart:
    return stored_demo_charts[DEMO_RA_MRN]


# ---------------------------------------------------------------- the drug comes back the same


@pytest.mark.parametrize("typed", ["Dil", "Col"])
def test_a_recovered_dose_change_stays_on_the_drug_it_was_typed_for(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path, typed: str
) -> None:
    """Issue 15, reproduction 1: the change came back on Methotrexate (or Hydroxychloroquine),
    the first period of the list, instead of Diltiazem (Colchicine)."""
    store = DraftStore(tmp_path / "drafts")
    first = open_form(qtbot, ra, store, crashes=True)
    section = first.medications
    press_button(qtbot, section.dose_button)
    row = section.rows[-1]
    qtbot.keyClicks(row.drug_combo, typed)  # keyboard search in the regimen's periods
    drug = {"Dil": "diltiazem", "Col": "colchicine"}[typed]
    assert row.change().period_id == period_id(ra, drug)
    tab(qtbot)
    qtbot.keyClicks(row.dose_edit, "90")
    row.frequency_combo.setCurrentIndex(row.frequency_combo.findData(Frequency.BID.value))
    row.reason_edit.setFocus()
    qtbot.keyClicks(row.reason_edit, "Fingers still blanching")
    typed_change = row.change()
    before = first.entry()
    crash(qtbot, first, store)

    second = open_form(qtbot, ra, store)
    assert second.has_draft()
    second.restore_draft()
    (back,) = second.medications.rows
    assert back.kind is MedicationChangeKind.DOSE
    assert back.change() == typed_change
    assert back.change().drug == drug and back.change().period_id == period_id(ra, drug)
    assert back.drug_combo.currentText() == row_text(ra, drug)
    assert back.title() == f"Change dose of {drug.capitalize()}"
    assert second.entry() == before


def row_text(chart: PatientChart, drug: str) -> str:

    (period,) = [m for m in chart.medications if m.drug == drug and m.active_on(TODAY)]
    return period_text(period)


# ----------------------------------------------------- what cannot be put back is said, first


DILTIAZEM_LOST = (
    "The dose change of Diltiazem to 90 mg twice daily could not be put back as typed: "
    "Diltiazem 60 mg twice daily is not taken on {day} (it was stopped or changed since, or the "
    "date is not the same). The change is kept without a drug: choose the drug again, or remove "
    "it."
)


def test_a_change_of_a_drug_stopped_since_is_said_above_the_form_and_save_waits_for_her(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path
) -> None:
    store = DraftStore(tmp_path / "drafts")
    first = open_form(qtbot, ra, store, crashes=True)
    type_dose_change(qtbot, first, "Dil")
    crash(qtbot, first, store)

    form = open_form(qtbot, stopped(ra, "diltiazem", date(2026, 10, 1)), store)
    form.restore_draft()
    box = form.restore_losses
    assert box.isVisible()
    assert box.losses == (DILTIAZEM_LOST.format(day="2026-10-12"),)
    assert "Diltiazem 60 mg twice daily is not taken on 2026-10-12" in box.text_label.text()
    assert form.status_label.text() == (
        "Unsaved visit recovered: 1 part of the unsaved visit could not be put back (see above "
        "the form)"
    )
    (row,) = form.medications.rows
    assert row.drug_combo.currentIndex() == -1  # no other drug in its place
    assert row.drug_combo.placeholderText() == "Diltiazem 60 mg twice daily: not taken on this date"
    assert (row.dose_edit.text(), row.reason_edit.text()) == ("90", "Fingers still blanching")

    with qtbot.assertNotEmitted(form.save_requested):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status_label.text() == "Not saved: first check what could not be put back (above)"
    assert box.dismiss_button.hasFocus()
    qtbot.keyClick(box.dismiss_button, Qt.Key.Key_Space)
    assert not box.isVisible() and not box.pending()

    with qtbot.assertNotEmitted(form.save_requested):  # the change names no drug taken today
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Diltiazem is not taken on 2026-10-12" in form.problem_list.item(0).text()
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(form.save_requested) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        keep_not_measured(qtbot, form)  # no lesion measured in this test's visit
    assert saved.args[0].medication_changes == ()


UNREADABLE = {
    "format": 2,
    "mrn": DEMO_RA_MRN,
    "visit_id": None,
    "visit_date": "2026-10-12",
    "header": {"visit_date": "2026-10-12", "visit_type": "house_call", "clinician": "Okafor"},
    "notes": "Kept",
    "sections": {
        "lesions": {
            "lesions": {"R elbow": {"longest_mm": "12", "width_mm": "9", "flags": ["tender"]}},
            "new": [{"label": "L foot", "body_site": "sole", "laterality": "left"}],
        },
        "rom": {"values": {"hip/flexion/right": "100", "jaw/opening/right": "30"}},
        "labs": {
            "rows": [
                {"analyte": "calcium_free", "value": "1.3", "unit": "mmol/L"},
                {"analyte": "phosphate", "value": "4.1", "unit": "mg/100mL"},
                {"analyte": "albumin", "value": "38", "unit": "g/L"},
            ]
        },
        "scores": "not a section",
        "vitals": {"weight_kg": "1l0"},
    },
}


def test_every_part_that_cannot_be_put_back_is_named_and_nothing_takes_its_place(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path
) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save(draft_key(DEMO_RA_MRN, None), UNREADABLE)
    form = open_form(qtbot, ra, store)
    form.restore_draft()
    assert list(form.restore_losses.losses) == [
        "The visit type “house_call” is not known: the form shows Follow-up; check it.",
        "New lesion “L foot”: the body site “sole” is not known; choose it again.",
        "Lesion R elbow: what was typed (12×9 mm, tender) could not be put back: R elbow is not "
        "an active lesion on 2026-10-12. Check the visit date, or type it again on the right "
        "lesion.",
        "Range of motion: jaw opening right 30° could not be put back: CalciTrack has no such "
        "movement. Type it again where it belongs.",
        "Pain and disease activity: this part of the unsaved visit could not be read (that part "
        "of the file is damaged). The section shows nothing from the draft: type it again.",
        "Labs: “calcium_free” 1.3 mmol/L could not be put back: CalciTrack has no analyte "
        "“calcium_free” in this section. Type it again as the right analyte.",
        "Labs: Phosphate, inorganic (serum/plasma) 4.1 mg/100mL could not be put back as typed: "
        "the unit “mg/100mL” is not one CalciTrack takes for Phosphate, inorganic (serum/plasma), "
        "so the value has no unit: choose it again.",
    ]
    assert form.header.clinician_edit.text() == "Okafor" and form.notes_edit.toPlainText() == "Kept"
    assert form.vitals.weight.text() == "1l0"  # kept as typed, not read as 10
    new = form.lesions.rows[-1]
    assert new.site_combo is not None and new.site_combo.currentIndex() == -1
    assert form.rom.cell("hip", "flexion", Side.RIGHT).text() == "100"
    assert [(r.code, r.unit, r.value_edit.text()) for r in form.labs.rows] == [
        ("phosphate", "", "4.1"),
        ("albumin", "g/L", "38"),
    ]
    assert form.labs.rows[0].unit_combo.currentIndex() == -1


def test_a_date_a_unit_or_a_code_that_cannot_be_read_is_named_too(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path
) -> None:
    payload = {
        "format": 2,
        "header": {"visit_date": "2026-13-45", "next_visit_due_on": "soon"},
        "sections": {
            "lesions": {
                "lesions": {
                    "R knee": {"longest_mm": "40", "width_mm": "30", "method": "tape"},
                    "R buttock": {"status": "gone", "flags": ["itchy"]},
                }
            },
            "scores": {"crp": "4", "crp_unit": "mg/dl"},
        },
    }
    store = DraftStore(tmp_path / "drafts")
    store.save(draft_key(DEMO_RA_MRN, None), payload)
    form = open_form(qtbot, ra, store)
    form.restore_draft()
    assert list(form.restore_losses.losses) == [
        "The visit date “2026-13-45” could not be read from the unsaved visit: the form shows "
        "2026-10-12; check it.",
        "The next visit due “soon” could not be read from the unsaved visit: type it again.",
        "Lesion R buttock: the sign “itchy” is not known; choose it again.",
        "Lesion R buttock: the status “gone” is not known: the lesion is shown active; choose it "
        "again.",
        "Lesion R knee: the measurement method “tape” is not known; choose it again.",
        "Pain and disease activity: the CRP unit “mg/dl” is not known, so CRP 4 has no unit: "
        "choose it again.",
    ]
    knee = form.lesions.row("R knee")
    assert knee.method.currentIndex() == -1 and knee.measurement() is None
    assert form.scores.crp_unit_combo.currentIndex() == -1
    assert form.scores.crp_edit.text() == "4"
    assert not form.header.next_due_check.isChecked()
    problems = {p.reason for p in form.problems()}
    assert "is required (choose the method)" in problems  # Save names it as well


def test_what_could_not_be_put_back_is_still_said_after_a_second_crash(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path
) -> None:
    store = DraftStore(tmp_path / "drafts")
    payload = {**UNREADABLE, "header": {"visit_date": "2026-10-12"}, "sections": {}}
    payload["sections"] = {"labs": UNREADABLE["sections"]["labs"]}  # type: ignore[index]
    store.save(draft_key(DEMO_RA_MRN, None), payload)
    first = open_form(qtbot, ra, store, crashes=True)
    first.restore_draft()
    lost = first.restore_losses.losses
    assert len(lost) == 2 and "calcium_free" in lost[0]
    first.vitals.weight.setFocus()
    qtbot.keyClicks(first.vitals.weight, "59")  # the draft is written again, without that row
    crash(qtbot, first, store)

    again = open_form(qtbot, ra, store)
    again.restore_draft()
    assert again.restore_losses.losses == lost
    assert again.vitals.weight.text() == "59"


# ------------------------------------------------------------------------ every section, exactly


def test_an_edited_visit_comes_back_with_its_stored_measurements(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path
) -> None:
    """The rows of the lesions are laid out again on a restore: each keeps the stored
    measurement it edits (they were dropped: the entry then saved new ones)."""
    store = DraftStore(tmp_path / "drafts")
    visit = ra.visits[-1]
    first = edit_form(ra, store, visit)
    first.show()
    knee = first.lesions.row("R knee")
    knee.longest.setText("41")
    before = first.entry()
    assert knee.measurement() is not None and knee.measurement().id is not None  # type: ignore[union-attr]
    crash(qtbot, first, store)

    second = edit_form(ra, store, visit)
    qtbot.addWidget(second)
    second.restore_draft()
    assert second.entry() == before


def test_new_lesions_keep_the_labels_they_had(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path
) -> None:
    """Three new lesions on the left thigh, the first removed: the others keep "L thigh 1" and
    "L thigh 2" (a restore named them again from their sites)."""
    store = DraftStore(tmp_path / "drafts")
    first = open_form(qtbot, ra, store, crashes=True)
    for _ in range(3):
        row = first.lesions.add_lesion()
        assert row.site_combo is not None and row.side_combo is not None
        row.side_combo.setCurrentIndex(row.side_combo.findData("left"))
        row.site_combo.setCurrentIndex(row.site_combo.findData("thigh"))
    new = [r for r in first.lesions.rows if r.carried is None]
    assert [r.label() for r in new] == ["L thigh", "L thigh 1", "L thigh 2"]
    first.lesions.remove_lesion(new[0])
    crash(qtbot, first, store)

    second = open_form(qtbot, ra, store)
    second.restore_draft()
    assert [r.label() for r in second.lesions.rows if r.carried is None] == [
        "L thigh 1",
        "L thigh 2",
    ]
    assert not second.restore_losses.pending()


def test_a_draft_kept_by_the_previous_version_comes_back_whole(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path
) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save(draft_key(DEMO_RA_MRN, None), FORMAT_1)
    form = open_form(qtbot, ra, store)
    form.restore_draft()
    assert not form.restore_losses.pending()
    entry = form.entry()
    visit = entry.visit
    assert (visit.visit_date, visit.clinician, visit.next_visit_due_on) == (
        TODAY,
        "Nurse Okafor",
        date(2027, 1, 11),
    )
    assert visit.notes == "Typed before the power cut.\nSecond line."
    assert visit.weight_kg == 59.9 and visit.pain_nrs == 3
    (knee,) = [m for m in visit.lesion_measurements if m.lesion_label == "R knee"]
    assert (knee.longest_mm, knee.width_mm, knee.depth_mm, knee.ulcerated) == (44, 29, 8, True)
    assert [(c.lesion_label, c.status.value) for c in entry.status_changes] == [
        ("R upper chest", "excised")
    ]
    assert [(n.label, n.body_site, n.laterality.value) for n in entry.new_lesions] == [
        ("L thigh", "thigh", "left")
    ]
    assert [(r.joint, r.movement, r.side, r.degrees) for r in visit.rom] == [
        ("hip", "flexion", Side.RIGHT, 110)
    ]
    crp, calcium = entry.labs
    assert (crp.analyte, crp.value, crp.unit) == ("crp", 2.1, "mg/dL")
    assert (calcium.value, calcium.unit, calcium.ref_low, calcium.ref_high) == (
        2.61,
        "mmol/L",
        2.15,
        2.55,
    )
    dose, stop, start = entry.medication_changes
    assert (dose.drug, dose.period_id, dose.dose, dose.reason) == (
        "colchicine",
        period_id(ra, "colchicine"),
        1.0,
        "Flare",
    )
    assert (stop.drug, stop.period_id) == ("diltiazem", period_id(ra, "diltiazem"))
    assert (start.drug, start.drug_name, start.dose, start.dose_unit.value) == (  # type: ignore[union-attr]
        "other",
        "Topical sodium thiosulfate 25%",
        1.0,
        "g",
    )
    assert [r.drug_combo.currentText() for r in form.medications.rows] == [
        "Colchicine 0.5 mg once daily",
        "Diltiazem 60 mg twice daily",
        "Other",
    ]


# ------------------------------------------------------------------------ reload and merge


def test_a_reload_after_someone_stopped_the_drug_says_so_and_moves_the_change_nowhere(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path
) -> None:
    """Ben adds a dose change of diltiazem to the 2026-09-14 visit; Ana saves the same visit
    with diltiazem stopped on that day; Ben reloads."""
    store = DraftStore(tmp_path / "drafts")
    visit = ra.visits[-1]
    his = edit_form(ra, store, visit)
    qtbot.addWidget(his)
    with qtbot.waitActive(his):
        his.show()
        his.activateWindow()
    type_dose_change(qtbot, his, "Dil")
    assert his.medications.rows[0].change().drug == "diltiazem"
    chart, newer = saved_again(stopped(ra, "diltiazem", visit.visit_date), visit)
    form = edit_form(chart, store, newer)
    qtbot.addWidget(form)
    form.show()
    form.take_over(his)
    assert form.restore_losses.isVisible()
    assert form.restore_losses.losses == (DILTIAZEM_LOST.format(day="2026-09-14"),)
    (row,) = form.medications.rows
    assert row.drug_combo.currentIndex() == -1
    assert row.change().period_id == period_id(ra, "diltiazem")
    assert form.status_label.text() == (
        "Reloaded: the visit as saved now, with your typing carried over (see the list above)"
    )
    with qtbot.assertNotEmitted(form.save_requested):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def test_a_reload_keeps_the_reporting_labs_range_of_esr_and_crp(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path
) -> None:
    """The pain score typed, the visit saved meanwhile by someone else: the CRP stored with the
    visit keeps its lab's range (it was dropped: the scores' stored rows were emptied)."""
    store = DraftStore(tmp_path / "drafts")
    visit = ra.visits[0]
    (crp,) = [lab for lab in ra.labs if lab.visit_id == visit.id and lab.analyte == "crp"]
    assert crp.ref_high is not None
    his = edit_form(ra, store, visit)
    qtbot.addWidget(his)
    his.scores.edits["pain_nrs"].setText("5")
    chart, newer = saved_again(ra, visit)
    form = edit_form(chart, store, newer)
    qtbot.addWidget(form)
    form.take_over(his)
    assert form.scores.edits["pain_nrs"].text() == "5"
    (back,) = [lab for lab in form.entry().labs if lab.analyte == "crp"]
    assert (back.value, back.unit, back.ref_low, back.ref_high) == (
        crp.value,
        crp.unit,
        crp.ref_low,
        crp.ref_high,
    )


def test_the_das28_given_comes_back_from_a_draft_as_typed(
    qtbot: QtBot, ra: PatientChart, tmp_path: Path
) -> None:
    """The DAS28 a clinic was given, typed and its variant chosen with the keyboard, comes back
    from the draft exactly, text and variant; the visit edited showed the one it had."""
    store = DraftStore(tmp_path / "drafts")
    visit = ra.visits[0]
    assert visit.das28_recorded == 1.51
    first = edit_form(ra, store, visit)
    first.show()
    given = first.scores.das28_given_edit
    assert given.text() == "1.51"
    assert first.scores.das28_variant_combo.currentText() == "DAS28-CRP"
    given.setFocus()
    given.selectAll()
    qtbot.keyClicks(given, "3,9")
    qtbot.keyClick(given, Qt.Key.Key_Tab)
    assert first.focusWidget() is first.scores.das28_variant_combo
    qtbot.keyClick(first.scores.das28_variant_combo, Qt.Key.Key_Up)
    assert first.scores.das28_variant_combo.currentText() == "DAS28-ESR"
    before = first.entry()
    assert (before.visit.das28_recorded, before.visit.das28_recorded_variant) == (
        3.9,
        Das28Variant.ESR,
    )
    crash(qtbot, first, store)

    second = edit_form(ra, store, visit)
    qtbot.addWidget(second)
    second.restore_draft()
    assert second.scores.das28_given_edit.text() == "3,9"
    assert second.scores.das28_variant_combo.currentText() == "DAS28-ESR"
    assert second.entry() == before
