"""The clinic settings dialog: stored values shown with their origin, edited from the keyboard,
handed over on Save, and refused values marked without closing; the clinic's name and logo at the
top, a logo taken from a file (a bad file refused with the reason), and the settings flow saving
what changed through the real service."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic.clinic_identity import (
    DEFAULT_NAME,
    LOGO_MAX_BYTES,
    PNG_MAGIC,
    ClinicIdentity,
)
from calcitrack.domain.clinic_settings import (
    DEFINITION_BY_KEY,
    DEFINITIONS,
    FOLLOW_UP_WEEKS,
    RESPONSE_IMPROVED_PCT,
    SAFETY_HR_CONTRAINDICATION,
    SAFETY_HR_WARNING,
    SAFETY_SBP,
    SURGERY_ADEQUATE_MG_KG_DAY,
    ClinicSettings,
)
from calcitrack.domain.errors import Problem
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.ui.admin.clinic_settings_dialog import HEADER, ClinicSettingsDialog, SettingsChanges
from calcitrack.ui.admin.clinic_settings_flow import ClinicSettingsFlow
from calcitrack.ui.admin.setting_spin_box import SettingNumberBox
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.task_runner import InlineTaskRunner
from tests.support.accounts import open_signed_in
from tests.support.images import tiny_png

STORED = ClinicSettings.from_stored(
    {SAFETY_SBP: 95, SURGERY_ADEQUATE_MG_KG_DAY: 2.25, RESPONSE_IMPROVED_PCT: -30}, version=4
)
DEFAULTS = {d.key: d.default for d in DEFINITIONS}
WARFARIN_MAX = "dose/warfarin_max_mg_per_day"  # no label maximum: no default


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _no_file_dialog(_parent: QWidget) -> str | None:
    raise AssertionError("a test must never open the real file dialog")


@pytest.fixture
def dialog(qtbot: QtBot) -> ClinicSettingsDialog:
    dialog = ClinicSettingsDialog(STORED, choose_logo_file=_no_file_dialog)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


def _not_set(spin: SettingNumberBox) -> bool:
    """The box is empty and says so ("not set")."""
    return spin.text() == "" and spin.lineEdit().placeholderText() == "not set"


def _clear(qtbot: QtBot, spin: SettingNumberBox) -> None:
    spin.setFocus(Qt.FocusReason.TabFocusReason)
    spin.selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Delete)


def _type(qtbot: QtBot, spin: SettingNumberBox, text: str) -> None:
    """Replace the number in ``spin`` as typed (the locale's decimal point for a ".")."""
    spin.setFocus(Qt.FocusReason.TabFocusReason)
    spin.selectAll()
    qtbot.keyClicks(spin, text.replace(".", spin.locale().decimalPoint()))


def test_the_stored_values_are_shown_with_the_version_they_were_read_at(
    dialog: ClinicSettingsDialog,
) -> None:
    assert dialog.based_on_version == 4
    assert dialog.values() == dict(STORED.values)
    sbp = dialog.spins[SAFETY_SBP]
    assert sbp.decimals() == 0  # a whole number of mmHg
    assert (sbp.value(), sbp.minimum(), sbp.maximum(), sbp.text()) == (95, 50, 140, "95 mmHg")
    dose = dialog.spins[SURGERY_ADEQUATE_MG_KG_DAY]
    assert dose.decimals() == 2
    assert dose.value() == 2.25 and dose.suffix() == " mg/kg/day"
    assert dialog.spins[RESPONSE_IMPROVED_PCT].value() == -30


def _plain(dialog: ClinicSettingsDialog, key: str) -> list[str]:
    """The note beside a setting as a person reads it, line by line."""
    document = QTextDocument()
    document.setHtml(dialog.notes[key].text())
    return [" ".join(line.split()) for line in document.toPlainText().splitlines()]


def test_every_setting_says_where_its_default_comes_from(dialog: ClinicSettingsDialog) -> None:
    for definition in DEFINITIONS:
        tag_line, origin = _plain(dialog, definition.key)
        assert origin == " ".join(definition.origin_note.split())  # a no-break space read as one
        if definition.optional:
            assert tag_line == "no default not set — no label value found"
            continue
        tag = "clinic policy" if definition.policy else "published"
        assert tag_line.startswith("data-quality check" if definition.data_quality else tag)
    assert _plain(dialog, SAFETY_HR_WARNING)[0] == "clinic policy default 50/min"
    assert _plain(dialog, SAFETY_SBP)[0] == "published default 90 mmHg · changed"
    assert _plain(dialog, RESPONSE_IMPROVED_PCT)[0] == "published default −25 % · changed"


def test_the_header_says_what_the_thresholds_change(dialog: ClinicSettingsDialog) -> None:
    texts = [w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text")]
    assert HEADER in texts
    assert "are decision support: changing them changes which patients are flagged." in HEADER


def test_the_sections_group_the_settings(dialog: ClinicSettingsDialog) -> None:
    from PySide6.QtWidgets import QGroupBox

    boxes = {box.title(): box for box in dialog.findChildren(QGroupBox)}
    assert list(boxes) == [
        "Clinic",
        "Response assessment",
        "Reconsider-surgery review",
        "Safety flags",
        "Dose limits (from the drug labels)",
        "Accounts and workstation lock",
        "Automatic backups (operational settings, not clinical)",
        "Follow-up scheduling (administrative, not clinical)",
        "Data-quality checks (not clinical thresholds)",
        "Numbers in Arabic",
    ]
    assert boxes["Numbers in Arabic"].isAncestorOf(dialog.arabic_digits.western)
    schedule = boxes["Follow-up scheduling (administrative, not clinical)"]
    assert schedule.isAncestorOf(dialog.spins[FOLLOW_UP_WEEKS])
    assert boxes["Clinic"].isAncestorOf(dialog.clinic.name_edit)
    assert boxes["Safety flags"].isAncestorOf(dialog.spins[SAFETY_SBP])
    assert boxes["Response assessment"].isAncestorOf(dialog.spins[RESPONSE_IMPROVED_PCT])
    dose = boxes["Dose limits (from the drug labels)"]
    assert dose.isAncestorOf(dialog.spins["safety/diltiazem_max_mg_per_day"])  # its old key
    assert dose.isAncestorOf(dialog.spins[WARFARIN_MAX])


def test_restore_defaults_puts_every_value_back_but_saves_nothing(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    with qtbot.assertNotEmitted(dialog.changes_submitted):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.values() == DEFAULTS
    assert dialog.spins[SAFETY_SBP].text() == "90 mmHg"
    assert "changed" not in dialog.notes[SAFETY_SBP].text()
    assert dialog.isVisible()


def test_save_hands_over_every_value_typed_and_waits(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    _type(qtbot, dialog.spins[SAFETY_SBP], "100")
    _type(qtbot, dialog.spins[SURGERY_ADEQUATE_MG_KG_DAY], "3.5")
    with qtbot.waitSignal(dialog.changes_submitted) as submitted:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [changes] = submitted.args
    assert changes.values == {**STORED.values, SAFETY_SBP: 100.0, SURGERY_ADEQUATE_MG_KG_DAY: 3.5}
    assert changes.settings_version == 4
    assert changes.identity is None  # the name and logo were not touched
    assert dialog.isVisible() and not dialog.save_button.isEnabled()  # until the save is done
    dialog.mark_saved(ClinicSettings.from_stored(changes.values, 5))
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.based_on_version == 5


def test_enter_saves_from_the_keyboard(qtbot: QtBot, dialog: ClinicSettingsDialog) -> None:
    _type(qtbot, dialog.spins[SAFETY_HR_WARNING], "55")
    with qtbot.waitSignal(dialog.changes_submitted) as submitted:
        qtbot.keyClick(dialog.spins[SAFETY_HR_WARNING], Qt.Key.Key_Return)
    assert submitted.args[0].values[SAFETY_HR_WARNING] == 55


def test_escape_cancels_without_handing_anything_over(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    _type(qtbot, dialog.spins[SAFETY_SBP], "100")
    with qtbot.assertNotEmitted(dialog.changes_submitted):
        qtbot.keyClick(dialog.spins[SAFETY_SBP], Qt.Key.Key_Escape)
        box = dialog.discard_question  # a changed value: asked first (test_..._feedback.py)
        assert box is not None
        with qtbot.waitSignal(dialog.finished):
            qtbot.mouseClick(box.button(box.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_problems_mark_their_fields_and_list_the_reasons_without_closing(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    _type(qtbot, dialog.spins[SAFETY_HR_WARNING], "55")
    with qtbot.waitSignal(dialog.changes_submitted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    reason = "must be between 50 and 140 mmHg, got 200"
    dialog.show_problems([Problem(SAFETY_SBP, reason), Problem("settings", "saved elsewhere")])
    sbp = dialog.spins[SAFETY_SBP]
    assert dialog.isVisible()
    assert field_marks.is_marked(sbp) and sbp.toolTip() == reason
    assert not field_marks.is_marked(dialog.spins[SAFETY_HR_WARNING])
    label = DEFINITION_BY_KEY[SAFETY_SBP].label
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == f"{label}: {reason}\nsettings: saved elsewhere"
    assert QApplication.focusWidget() is sbp
    assert dialog.save_button.isEnabled()  # fix it and save again
    _type(qtbot, sbp, "100")
    assert not field_marks.is_marked(sbp)
    assert reason not in sbp.toolTip()


def test_a_failed_save_is_said_and_the_dialog_stays(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    _type(qtbot, dialog.spins[SAFETY_HR_WARNING], "55")
    with qtbot.waitSignal(dialog.changes_submitted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.show_error("the clinic settings were saved by someone else since you opened them")
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert "someone else" in dialog.message_label.text()


def test_tab_walks_the_settings_top_to_bottom_then_the_buttons(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    first = dialog.spins[DEFINITIONS[0].key]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = []
    for _ in range(len(DEFINITIONS) + 3):  # the backup folder and its Choose… button too
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    expected: list[QWidget] = [dialog.spins[d.key] for d in DEFINITIONS]
    after_backup = max(i for i, d in enumerate(DEFINITIONS) if d.section == "backup") + 1
    expected[after_backup:after_backup] = [
        dialog.backup_folder.edit, dialog.backup_folder.choose_button
    ]
    expected.append(dialog.arabic_digits.western)  # the checked one of the two choices
    assert visited == expected
    assert QApplication.focusWidget() is dialog.restore_button
    last = dialog.arabic_digits.western
    viewport = dialog.scroll_area.viewport()
    assert viewport.rect().contains(
        last.mapTo(viewport, QPoint(0, 0))
    ), "the focused setting is scrolled into view"


def test_the_wheel_does_not_change_a_setting_it_passes_over(dialog: ClinicSettingsDialog) -> None:
    """Focused or not: an administrator who tabbed into a threshold and then scrolls the dialog
    with the pointer on it scrolls the dialog (QA trial of the visit form's boxes)."""
    spin = dialog.spins[SAFETY_SBP]
    dialog.save_button.setFocus()
    dialog.scroll_area.ensureWidgetVisible(spin)
    at = dialog.scroll_area.verticalScrollBar().value()
    centre = QPointF(spin.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(spin.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 if at > 0 else -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(spin.lineEdit(), wheel)  # the text field is under the pointer
    assert spin.value() == 95
    spin.setFocus()
    QApplication.sendEvent(spin.lineEdit(), QWheelEvent(wheel))
    QApplication.sendEvent(spin, QWheelEvent(wheel))
    assert spin.value() == 95  # focused too: the arrow keys step it, the wheel never does
    assert dialog.scroll_area.verticalScrollBar().value() != at, "the wheel scrolls the dialog"


def test_nothing_is_cut_off_at_the_size_the_dialog_opens(dialog: ClinicSettingsDialog) -> None:
    """Every note shows all its lines, and the settings fit across without scrolling sideways."""
    viewport = dialog.scroll_area.viewport()
    assert dialog.scroll_area.widget().minimumSizeHint().width() <= viewport.width()
    for definition in DEFINITIONS:
        note = dialog.notes[definition.key]
        assert note.height() >= note.heightForWidth(note.width()), definition.key
        spin = dialog.spins[definition.key]
        assert spin.width() >= spin.minimumSizeHint().width()


def test_a_stored_value_outside_the_range_is_shown_and_refused_not_clamped(
    qtbot: QtBot,
) -> None:
    """A value another CalciTrack stored beyond this one's range: Save says so, never rounds it."""
    dialog = ClinicSettingsDialog(
        ClinicSettings.from_stored({SAFETY_SBP: 150}, 2), choose_logo_file=_no_file_dialog
    )
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.spins[SAFETY_SBP].value() == 150
    with qtbot.assertNotEmitted(dialog.changes_submitted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert field_marks.is_marked(dialog.spins[SAFETY_SBP])
    assert "between 50 and 140 mmHg, got 150" in dialog.message_label.text()


def test_saving_is_said_in_plain_text_and_a_refusal_in_red(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    qtbot.keyClicks(dialog.clinic.name_edit, " (Porto)")
    with qtbot.waitSignal(dialog.changes_submitted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    label = dialog.message_label
    assert label.text() == "Saving…"
    plain = label.palette().color(label.foregroundRole()).name()
    dialog.show_error("not saved: the database is unreachable")
    assert label.palette().color(label.foregroundRole()).name() == "#c62828" != plain


# ------------------------------------------------------------------ the clinic's name and logo


def _image_file(path: Path, width: int, height: int, fmt: str = "PNG") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f3b57"))
    assert image.save(str(path), fmt)
    return path


@pytest.fixture
def wide_logo(tmp_path: Path) -> Path:
    return _image_file(tmp_path / "wide.png", 400, 100)


class _Chooser:
    """Stands in for the file dialog: answers the paths queued, and counts the questions."""

    def __init__(self) -> None:
        self.answers: list[Path | None] = []
        self.asked = 0

    def __call__(self, _parent: QWidget) -> str | None:
        self.asked += 1
        answer = self.answers.pop(0)
        return None if answer is None else str(answer)


@pytest.fixture
def chooser() -> _Chooser:
    return _Chooser()


def _identity_dialog(
    qtbot: QtBot, identity: ClinicIdentity, chooser: _Chooser
) -> ClinicSettingsDialog:
    dialog = ClinicSettingsDialog(STORED, identity=identity, choose_logo_file=chooser)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


@pytest.fixture
def named(qtbot: QtBot, chooser: _Chooser, wide_logo: Path) -> ClinicSettingsDialog:
    """The dialog of a clinic that saved its name and a 400 × 100 logo (identity version 3)."""
    return _identity_dialog(
        qtbot, ClinicIdentity("Rheumatology, Hospital Geral", wide_logo.read_bytes(), 3), chooser
    )


def _save(qtbot: QtBot, dialog: ClinicSettingsDialog) -> SettingsChanges:
    with qtbot.waitSignal(dialog.changes_submitted) as submitted:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [changes] = submitted.args
    assert isinstance(changes, SettingsChanges)
    return changes


def _preview_size(dialog: ClinicSettingsDialog) -> tuple[int, int]:
    pixmap = dialog.clinic.logo_preview.pixmap()
    return pixmap.width(), pixmap.height()


def test_the_clinic_section_comes_first_with_the_stored_name_and_a_small_logo(
    named: ClinicSettingsDialog,
) -> None:
    clinic = named.clinic
    assert named.identity_based_on_version == 3
    assert clinic.name_edit.text() == "Rheumatology, Hospital Geral"
    assert QApplication.focusWidget() is clinic.name_edit  # the dialog opens on the name
    assert clinic.mapTo(named, QPoint(0, 0)).y() < named.scroll_area.mapTo(named, QPoint(0, 0)).y()
    width, height = _preview_size(named)
    preview = clinic.logo_preview.size()
    assert width <= preview.width() and height <= preview.height()  # scaled down to fit
    assert width == pytest.approx(4 * height, abs=2)  # and not stretched
    assert clinic.remove_button.isEnabled()
    assert "400 × 100 pixels" in clinic.logo_preview.toolTip()


def test_a_clinic_that_never_named_itself_shows_the_default_and_no_logo(
    qtbot: QtBot, chooser: _Chooser
) -> None:
    dialog = _identity_dialog(qtbot, ClinicIdentity(), chooser)
    assert dialog.clinic.name_edit.text() == DEFAULT_NAME
    assert dialog.clinic.logo_preview.text() == "No logo"
    assert not dialog.clinic.remove_button.isEnabled()


def test_a_new_name_is_saved_without_touching_the_thresholds(
    qtbot: QtBot, named: ClinicSettingsDialog
) -> None:
    edit = named.clinic.name_edit
    edit.selectAll()
    qtbot.keyClicks(edit, "Reumatologia, Hospital de Santo Antonio")
    with qtbot.waitSignal(named.changes_submitted) as submitted:
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter in the name saves
    [changes] = submitted.args
    assert changes.values is None  # the thresholds' version stays, and so do the stored flags
    assert changes.identity == ClinicIdentity(
        "Reumatologia, Hospital de Santo Antonio", named.clinic.logo(), 3
    )


def test_a_logo_chosen_from_a_file_is_shown_and_saved_as_the_file_is(
    qtbot: QtBot, named: ClinicSettingsDialog, chooser: _Chooser, tmp_path: Path
) -> None:
    square = _image_file(tmp_path / "square.jpg", 300, 300, "JPEG")
    chooser.answers.append(square)
    qtbot.mouseClick(named.clinic.choose_button, Qt.MouseButton.LeftButton)
    assert chooser.asked == 1
    width, height = _preview_size(named)
    assert width == height <= named.clinic.logo_preview.height()
    assert not named.message_label.isVisible()
    changes = _save(qtbot, named)
    assert changes.identity is not None and changes.values is None
    assert changes.identity.logo == square.read_bytes()
    assert changes.identity.name == "Rheumatology, Hospital Geral"


def test_a_cancelled_file_dialog_changes_nothing(
    qtbot: QtBot, named: ClinicSettingsDialog, chooser: _Chooser
) -> None:
    before = named.clinic.logo()
    chooser.answers.append(None)
    qtbot.mouseClick(named.clinic.choose_button, Qt.MouseButton.LeftButton)
    assert named.clinic.logo() == before and not named.clinic.changed()


def test_remove_logo_from_the_keyboard_saves_no_logo(
    qtbot: QtBot, named: ClinicSettingsDialog
) -> None:
    clinic = named.clinic
    clinic.name_edit.setFocus()
    qtbot.keyClick(clinic.name_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is clinic.choose_button
    qtbot.keyClick(clinic.choose_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is clinic.remove_button
    qtbot.keyClick(clinic.remove_button, Qt.Key.Key_Space)
    assert clinic.logo_preview.text() == "No logo" and clinic.logo() is None
    assert not clinic.remove_button.isEnabled()
    assert QApplication.focusWidget() is clinic.choose_button  # not lost with the grey button
    qtbot.keyClick(clinic.choose_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is named.spins[DEFINITIONS[0].key]  # then the thresholds
    changes = _save(qtbot, named)
    assert changes.identity == ClinicIdentity("Rheumatology, Hospital Geral", None, 3)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (
            lambda d: _write(d / "huge.png", PNG_MAGIC + bytes(LOGO_MAX_BYTES)),
            "the file huge.png is 1001 kB, larger than the 1000 kB allowed",
        ),
        (
            lambda d: _write(d / "logo.gif", b"GIF89a" + bytes(40)),
            "the file logo.gif is not a PNG or JPEG image",
        ),
        (
            lambda d: _write(d / "notes.png", b"Clinic letterhead"),
            "the file notes.png is not a PNG or JPEG image",
        ),
        (
            lambda d: _write(d / "cut.png", tiny_png()[:-20]),
            "the file cut.png is damaged: it cannot be read as a PNG image",
        ),
        (
            lambda d: d / "gone.png",
            "the file gone.png could not be read: No such file or directory",
        ),
        (
            lambda d: _image_file(d / "poster.png", 4001, 10),
            "the file poster.png is 4001 × 10 pixels; a logo may be at most 4000 pixels on a side",
        ),
    ],
    ids=["too-large", "gif", "text", "damaged", "missing", "too-many-pixels"],
)
def test_a_file_that_cannot_be_the_logo_is_refused_with_the_reason(
    qtbot: QtBot,
    named: ClinicSettingsDialog,
    chooser: _Chooser,
    tmp_path: Path,
    make: Callable[[Path], Path],
    reason: str,
) -> None:
    stored = named.clinic.logo()
    chooser.answers.append(make(tmp_path))
    qtbot.mouseClick(named.clinic.choose_button, Qt.MouseButton.LeftButton)
    assert named.message_label.isVisible()
    assert named.message_label.text() == f"Logo: {reason}"
    preview = named.clinic.logo_preview
    assert field_marks.is_marked(preview) and preview.toolTip() == reason
    assert named.clinic.logo() == stored and not named.clinic.changed()  # the old one stays
    assert QApplication.focusWidget() is named.clinic.choose_button  # choose another
    assert named.isVisible()


def test_a_refused_file_joins_the_problems_already_listed(
    qtbot: QtBot, named: ClinicSettingsDialog, tmp_path: Path
) -> None:
    named.clinic.name_edit.clear()
    _type(qtbot, named.spins[SAFETY_HR_CONTRAINDICATION], "55")
    qtbot.mouseClick(named.save_button, Qt.MouseButton.LeftButton)
    assert not named.clinic.load_logo(_write(tmp_path / "logo.gif", b"GIF89a"))
    name_line, logo_line, threshold_line = named.message_label.text().splitlines()
    assert name_line.startswith("Clinic name: is required")
    assert logo_line == "Logo: the file logo.gif is not a PNG or JPEG image"
    assert threshold_line.startswith("Diltiazem: warning when heart rate is below: must not")
    assert named.clinic.load_logo(_image_file(tmp_path / "other.png", 120, 60))
    assert "Logo:" not in named.message_label.text()
    assert named.message_label.text().startswith("Clinic name: is required")


def test_a_good_file_after_a_refused_one_clears_the_refusal(
    qtbot: QtBot, named: ClinicSettingsDialog, wide_logo: Path, tmp_path: Path
) -> None:
    assert not named.clinic.load_logo(_write(tmp_path / "logo.gif", b"GIF89a"))
    assert named.message_label.isVisible()
    assert named.clinic.load_logo(_image_file(tmp_path / "other.png", 120, 60))
    assert not field_marks.is_marked(named.clinic.logo_preview)
    assert not named.message_label.isVisible()


def test_a_blank_name_is_refused_on_save_and_marked_until_typed(
    qtbot: QtBot, named: ClinicSettingsDialog
) -> None:
    edit = named.clinic.name_edit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Space)  # only a space: nothing to print
    _type(qtbot, named.spins[SAFETY_HR_CONTRAINDICATION], "55")  # above the warning's 50/min
    with qtbot.assertNotEmitted(named.changes_submitted):
        qtbot.mouseClick(named.save_button, Qt.MouseButton.LeftButton)
    lines = named.message_label.text().splitlines()
    assert lines[0] == "Clinic name: is required: it heads every PDF summary"
    assert "must not be below the contraindication threshold (55/min)" in lines[1]  # all at once
    assert field_marks.is_marked(edit) and field_marks.is_marked(named.spins[SAFETY_HR_WARNING])
    assert QApplication.focusWidget() is edit  # the first problem, top down
    qtbot.keyClicks(edit, "Reumatologia")
    assert not field_marks.is_marked(edit)


def test_a_problem_the_service_finds_with_the_logo_is_marked_on_it(
    qtbot: QtBot, named: ClinicSettingsDialog
) -> None:
    qtbot.keyClicks(named.clinic.name_edit, "!")
    _save(qtbot, named)
    named.show_problems([Problem("clinic.logo", "is not a PNG or JPEG image")])
    assert named.message_label.text() == "Logo: is not a PNG or JPEG image"
    assert field_marks.is_marked(named.clinic.logo_preview)
    assert QApplication.focusWidget() is named.clinic.choose_button


def test_both_parts_are_handed_over_when_both_changed(
    qtbot: QtBot, named: ClinicSettingsDialog
) -> None:
    qtbot.keyClicks(named.clinic.name_edit, " (Porto)")
    _type(qtbot, named.spins[SAFETY_SBP], "100")
    changes = _save(qtbot, named)
    assert changes.values is not None and changes.values[SAFETY_SBP] == 100
    assert changes.identity is not None
    assert changes.identity.name == "Rheumatology, Hospital Geral (Porto)"


def test_save_with_nothing_changed_closes_without_saving(
    qtbot: QtBot, named: ClinicSettingsDialog
) -> None:
    named.clinic.name_edit.setText("  Rheumatology, Hospital Geral ")  # the same, once trimmed
    with qtbot.assertNotEmitted(named.changes_submitted):
        qtbot.mouseClick(named.save_button, Qt.MouseButton.LeftButton)
    assert not named.isVisible()
    assert named.result() == QDialog.DialogCode.Accepted


def test_a_part_saved_before_a_refusal_is_not_handed_over_again(
    qtbot: QtBot, named: ClinicSettingsDialog
) -> None:
    qtbot.keyClicks(named.clinic.name_edit, " (Porto)")
    _type(qtbot, named.spins[SAFETY_SBP], "100")
    changes = _save(qtbot, named)
    assert changes.values is not None
    named.mark_settings_saved(ClinicSettings.from_stored(changes.values, 5))
    named.show_error("The thresholds were saved, but the clinic name and logo were saved by …")
    again = _save(qtbot, named)
    assert again.values is None and again.identity is not None
    named.mark_identity_saved(dataclasses.replace(again.identity, version=4))
    named.mark_saved()
    assert not named.isVisible()
    assert (named.based_on_version, named.identity_based_on_version) == (5, 4)
    assert named.changes() == SettingsChanges(None, 5, None)


# ------------------------------------------------------------------ the flow, on a real clinic


@pytest.fixture
def sqlite_clinic(sqlite_url: str) -> Iterator[Clinic]:
    opened = open_signed_in(sqlite_url)
    yield opened
    opened.close()


@pytest.fixture
def flow(qtbot: QtBot, sqlite_clinic: Clinic) -> ClinicSettingsFlow:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []
    flow = ClinicSettingsFlow(
        ClinicSettingsService(sqlite_clinic.context()), InlineTaskRunner(), parent, errors.append
    )
    flow.errors = errors  # type: ignore[attr-defined]
    return flow


def _open(qtbot: QtBot, flow: ClinicSettingsFlow) -> ClinicSettingsDialog:
    flow.edit()
    dialog = flow.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_flow_saves_a_new_name_and_logo_and_leaves_the_thresholds(
    qtbot: QtBot, flow: ClinicSettingsFlow, sqlite_clinic: Clinic, wide_logo: Path
) -> None:
    service = ClinicSettingsService(sqlite_clinic.context())
    dialog = _open(qtbot, flow)
    assert dialog.clinic.name_edit.text() == DEFAULT_NAME
    dialog.clinic.name_edit.selectAll()
    qtbot.keyClicks(dialog.clinic.name_edit, "Reumatologia, Hospital Geral")
    assert dialog.clinic.load_logo(wide_logo)
    with (
        qtbot.waitSignal(flow.identity_changed) as changed,
        qtbot.assertNotEmitted(flow.settings_changed),
    ):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    expected = ClinicIdentity("Reumatologia, Hospital Geral", wide_logo.read_bytes(), 1)
    assert changed.args == [expected]
    assert service.identity() == expected == flow.identity
    assert service.current().version == 0  # no new thresholds version, no stale flags
    assert not dialog.isVisible() and flow.errors == []  # type: ignore[attr-defined]

    again = _open(qtbot, flow)  # reopened: the stored name and logo, at their version
    assert again.clinic.name_edit.text() == "Reumatologia, Hospital Geral"
    assert again.identity_based_on_version == 1 and again.clinic.logo() == wide_logo.read_bytes()


def test_the_flow_says_what_was_saved_when_the_name_was_saved_elsewhere_meanwhile(
    qtbot: QtBot, flow: ClinicSettingsFlow, sqlite_clinic: Clinic
) -> None:
    service = ClinicSettingsService(sqlite_clinic.context())
    dialog = _open(qtbot, flow)
    service.save_identity("Another workstation's name", None, based_on_version=0)
    qtbot.keyClicks(dialog.clinic.name_edit, " (Porto)")
    _type(qtbot, dialog.spins[SAFETY_SBP], "100")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    message = dialog.message_label.text()
    assert message.startswith("The thresholds were saved, but the clinic name and logo were ")
    assert "(version 0 → 1)" in message and "reopen the settings" in message
    assert service.current()[SAFETY_SBP] == 100 and service.current().version == 1
    assert service.identity().name == "Another workstation's name"
    assert dialog.based_on_version == 1  # a second Save does not resave the thresholds
    with qtbot.assertNotEmitted(flow.settings_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text().startswith("The clinic name and logo were saved by ")
    assert service.current().version == 1


# ------------------------------------------------------------------ settings with no default


def test_a_setting_with_no_label_value_shows_not_set_until_the_admin_sets_one(
    qtbot: QtBot, dialog: ClinicSettingsDialog
) -> None:
    spin = dialog.spins[WARFARIN_MAX]
    assert _not_set(spin)
    assert dialog.values()[WARFARIN_MAX] is None
    assert _plain(dialog, WARFARIN_MAX) == [
        "no default not set — no label value found",
        DEFINITION_BY_KEY[WARFARIN_MAX].origin_note,
    ]
    assert DEFINITION_BY_KEY[WARFARIN_MAX].origin_note.startswith(
        "no default, the clinic sets it (not set: no check). Label: no maximum stated; "
    )
    _type(qtbot, spin, "12")
    assert dialog.values()[WARFARIN_MAX] == 12
    assert _plain(dialog, WARFARIN_MAX)[0] == "no default no default · set by the clinic"
    with qtbot.waitSignal(dialog.changes_submitted) as submitted:
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert submitted.args[0].values == {**STORED.values, WARFARIN_MAX: 12.0}


def test_clearing_it_leaves_it_not_set_and_restore_defaults_unsets_it(qtbot: QtBot) -> None:
    dialog = ClinicSettingsDialog(
        ClinicSettings.from_stored({WARFARIN_MAX: 10}, 3), choose_logo_file=_no_file_dialog
    )
    qtbot.addWidget(dialog)
    dialog.open()
    spin = dialog.spins[WARFARIN_MAX]
    assert spin.text() == "10.0 mg/day" and dialog.values()[WARFARIN_MAX] == 10
    _clear(qtbot, spin)  # the number deleted
    assert dialog.values()[WARFARIN_MAX] is None and _not_set(spin)
    assert not field_marks.is_marked(spin)  # empty is a value here, not a mistake
    _type(qtbot, spin, "7")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert _not_set(spin) and dialog.values() == DEFAULTS


@pytest.mark.parametrize("typed", ["0.5", "0"])
def test_a_value_below_the_range_of_an_optional_setting_is_refused_by_name(
    qtbot: QtBot, dialog: ClinicSettingsDialog, typed: str
) -> None:
    _type(qtbot, dialog.spins[WARFARIN_MAX], typed)
    with qtbot.assertNotEmitted(dialog.changes_submitted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert field_marks.is_marked(dialog.spins[WARFARIN_MAX])
    assert f"Warfarin: flag a daily dose above: must be between 1 and 30 mg/day, got {typed}" in (
        dialog.message_label.text()
    )


def test_the_flow_stores_an_optional_setting_and_unsets_it_again(
    qtbot: QtBot, flow: ClinicSettingsFlow, sqlite_clinic: Clinic
) -> None:
    service = ClinicSettingsService(sqlite_clinic.context())
    dialog = _open(qtbot, flow)
    _type(qtbot, dialog.spins[WARFARIN_MAX], "10")
    with qtbot.waitSignal(flow.settings_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert service.current().optional(WARFARIN_MAX) == 10
    again = _open(qtbot, flow)
    assert again.spins[WARFARIN_MAX].text() == "10.0 mg/day"
    _clear(qtbot, again.spins[WARFARIN_MAX])
    with qtbot.waitSignal(flow.settings_changed):
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert service.current().optional(WARFARIN_MAX) is None
    assert _not_set(_open(qtbot, flow).spins[WARFARIN_MAX])
