"""The clinic's settings, for an admin to edit: at the top the clinic's name and logo (the header
of the PDF visit summaries, see clinic_identity_panel.py), then the thresholds, one spin box per
setting, grouped by section, each with where its default comes from (clinic policy in an amber
tag, or the published source). A dose limit no label states has no default: its spin box shows
"not set" until the admin sets one, and the note says "not set — no label value found". Last, the
digits Arabic is written in (``arabic_digits_section``).

The dialog does not save. Save checks everything shown, then emits ``changes_submitted`` with the
parts the admin changed (a new name does not resave the thresholds, which would make every
patient's stored flags out of date) and waits: the settings flow saves them on its task runner and
calls ``mark_settings_saved`` / ``mark_identity_saved`` as each part is stored, then
``mark_saved()`` (the dialog closes), or ``show_problems(problems)`` / ``show_error(text)`` (the
dialog stays open, the named fields marked and every reason listed). Save with nothing changed
closes the dialog.

A value the dialog can refuse by itself is marked where it was typed, with the reason in red beside
the field: text that is not a number at once, a number outside the setting's range when the field
is left. Esc, Cancel or the close button with changed values asks before discarding them
(``unsaved_settings_question``). The words of the dialog are in ``clinic_settings_texts``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.clinic.clinic_identity import ClinicIdentity, check_identity
from calcitrack.domain.clinic_settings import (
    DEFINITIONS,
    ClinicSettings,
    SettingDefinition,
    check_setting,
    check_settings,
)
from calcitrack.domain.clinic_text_settings import ARABIC_DIGITS, BACKUP_FOLDER, check_text_settings
from calcitrack.domain.errors import Problem
from calcitrack.ui.admin.arabic_digits_section import ArabicDigitsSection
from calcitrack.ui.admin.arabic_digits_section import label as digits_label
from calcitrack.ui.admin.backup_folder_field import BackupFolderField, FolderChooser
from calcitrack.ui.admin.backup_folder_field import label as folder_label
from calcitrack.ui.admin.clinic_identity_panel import (
    LOGO_FIELD,
    NAME_FIELD,
    ClinicIdentityPanel,
    FileChooser,
    field_label,
)
from calcitrack.ui.admin.clinic_settings_texts import (
    HEADER,
    accessible_name,
    description,
    field_line,
    note_html,
    section_note,
    section_title,
    translated,
)
from calcitrack.ui.admin.setting_spin_box import SettingNumberBox, setting_spin_box
from calcitrack.ui.admin.settings_changes import SettingsChanges
from calcitrack.ui.admin.unsaved_settings_question import ask_discard
from calcitrack.ui.common import field_marks
from calcitrack.ui.common.wheel_guard import wheel_scrolls

_STYLE = """
QFrame#field[invalid="true"] { border: 2px solid #c62828; border-radius: 3px;
                               background-color: #fdecea; }
QLabel[invalid="true"] { color: #c62828; }
QLabel#message, QLabel#reason { color: #c62828; }
"""
"""A refused value: its spin box framed in red, its label red and the reason in red beside it. The
frame is drawn around the spin box, not on it: a stylesheet border on a spin box shrinks its
arrows to stubs."""


__all__ = ["HEADER", "ClinicSettingsDialog", "SettingsChanges"]


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ClinicSettingsDialog(QDialog):
    changes_submitted = Signal(object)
    """The SettingsChanges to save, when the admin presses Save and something changed."""

    def __init__(
        self,
        settings: ClinicSettings,
        parent: QWidget | None = None,
        *,
        identity: ClinicIdentity | None = None,
        choose_logo_file: FileChooser | None = None,
        default_backup_folder: Path | None = None,
        choose_folder: FolderChooser | None = None,
    ) -> None:
        super().__init__(parent)
        identity = identity or ClinicIdentity()
        self.based_on_version = settings.version
        """The settings version the values were read at (pass it to the service's save)."""
        self.identity_based_on_version = identity.version
        """The version of the name and logo shown (pass it to the service's save_identity)."""
        self._stored_values = dict(settings.values)
        self._stored_texts = dict(settings.texts)
        self.backup_folder = BackupFolderField(
            settings.text(BACKUP_FOLDER), default_backup_folder, choose_folder
        )
        self.arabic_digits = ArabicDigitsSection(settings.arabic_digits)
        self.setWindowTitle(self.tr("Clinic settings"))
        self.setStyleSheet(_STYLE)
        self.spins: dict[str, SettingNumberBox] = {}
        self.notes: dict[str, QLabel] = {}
        self.reasons: dict[str, QLabel] = {}
        """Why the value shown is refused, beside its field (hidden while it is not)."""
        self.discard_question: QMessageBox | None = None
        """The question Esc / Cancel / close asks while it is open (changes to discard)."""
        self._labels: dict[str, QLabel] = {}
        self._frames: dict[str, QFrame] = {}
        self.section_notes: dict[str, QLabel] = {}

        self.clinic = ClinicIdentityPanel(identity, choose_logo_file)
        self.clinic.logo_refused.connect(self._on_logo_refused)
        self.clinic.logo_changed.connect(self._on_logo_changed)
        header = QLabel(translated(HEADER), wordWrap=True)
        header.setStyleSheet("font-weight: bold;")
        content = QWidget()
        sections = QVBoxLayout(content)
        sections.setContentsMargins(0, 0, 6, 0)
        for section in dict.fromkeys(d.section for d in DEFINITIONS):
            definitions = [d for d in DEFINITIONS if d.section == section]
            sections.addWidget(self._section_box(section, definitions, settings))
        sections.addWidget(self.arabic_digits)
        sections.addStretch(1)
        self.scroll_area = QScrollArea(widgetResizable=True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        wheel_scrolls(self)  # the wheel scrolls the settings, never changes a threshold

        self.message_label = QLabel(wordWrap=True)
        self.message_label.setObjectName("message")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Save
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.setText(self.tr("Restore defaults"))
        self.restore_button.setToolTip(
            self.tr("Put every threshold back to its default (saved on Save)")
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.clinic)
        layout.addSpacing(6)
        layout.addWidget(header)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        width = max(spin.sizeHint().width() for spin in self.spins.values())
        for spin in self.spins.values():
            spin.setFixedWidth(width)  # one column of spin boxes across the sections
        scrollbar = self.scroll_area.verticalScrollBar().sizeHint().width()
        self.scroll_area.setMinimumWidth(content.minimumSizeHint().width() + scrollbar)
        order = [*self.clinic.focus_order(), *self.spins.values(),
                 *self.arabic_digits.focus_order(), self.restore_button]
        after = order.index(self.spins[[d.key for d in DEFINITIONS if d.section == "backup"][-1]])
        order[after + 1:after + 1] = [self.backup_folder.edit, self.backup_folder.choose_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.resize(980, 760)

    # ---------------------------------------------------------------- building

    def _section_box(
        self, section: str, definitions: list[SettingDefinition], settings: ClinicSettings
    ) -> QGroupBox:
        box = QGroupBox(section_title(section))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 4)
        first = 0
        if (explained := section_note(section)) is not None:
            note = QLabel(explained, wordWrap=True)
            note.setStyleSheet("color: #5f6368;")
            self.section_notes[section] = note
            grid.addWidget(note, 0, 0, 1, 3)
            first = 1
        for row, definition in enumerate(definitions, start=first):
            spin = self._spin(definition, settings.optional(definition.key))
            label = QLabel(definition.shown_label, wordWrap=True)
            label.setBuddy(spin)
            label.setMinimumWidth(240)
            note = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
            note.setMinimumWidth(300)
            reason = QLabel(wordWrap=True)
            reason.setObjectName("reason")
            reason.setVisible(False)
            reason.setTextFormat(Qt.TextFormat.PlainText)
            self.spins[definition.key] = spin
            self._labels[definition.key] = label
            self.notes[definition.key] = note
            self.reasons[definition.key] = reason
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            frame = QFrame()
            frame.setObjectName("field")
            frame_layout = QVBoxLayout(frame)
            frame_layout.setContentsMargins(2, 2, 2, 2)
            frame_layout.addWidget(spin)
            self._frames[definition.key] = frame
            grid.addWidget(frame, row, 1, Qt.AlignmentFlag.AlignTop)
            beside = QVBoxLayout()
            beside.setSpacing(2)
            beside.addWidget(reason)
            beside.addWidget(note)
            grid.addLayout(beside, row, 2, Qt.AlignmentFlag.AlignTop)
            self._update_note(definition)
            spin.valueChanged.connect(lambda _v, d=definition: self._on_value_changed(d))
            spin.editingFinished.connect(lambda d=definition: self._on_field_left(d))
        if section == "backup":  # the folder, a text setting, after the retention
            label = QLabel(self.tr("Backup &folder:"), wordWrap=True)  # Alt+F
            label.setBuddy(self.backup_folder.edit)
            row = grid.rowCount()
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.backup_folder, row, 1, 1, 2)
            self.backup_folder.focused.connect(
                lambda: self.scroll_area.ensureWidgetVisible(self.backup_folder))
        return box

    def _spin(self, definition: SettingDefinition, stored: float | None) -> SettingNumberBox:
        spin = setting_spin_box(definition, stored)
        spin.setAccessibleName(accessible_name(definition))
        spin.setAccessibleDescription(self._description(definition))
        spin.setToolTip(self._description(definition))
        return spin

    @staticmethod
    def _description(definition: SettingDefinition) -> str:
        return description(definition)

    def _update_note(self, definition: SettingDefinition) -> None:
        self.notes[definition.key].setText(note_html(definition, self._value(definition)))

    # ---------------------------------------------------------------- values

    def _value(self, definition: SettingDefinition) -> float | None:
        return self.spins[definition.key].value()

    def values(self) -> dict[str, float | None]:
        """Every setting as shown, by key: None for an optional setting left empty (not set); one
        whose text is not a number is left out (see ``typing_problems``)."""
        found: dict[str, float | None] = {}
        for definition in DEFINITIONS:
            box = self.spins[definition.key]
            if box.value() is not None or (definition.optional and box.problem() is None):
                found[definition.key] = box.value()
        return found

    def typing_problems(self) -> list[Problem]:
        """The settings whose text is not a number they take, with the reason."""
        found = ((key, spin.problem()) for key, spin in self.spins.items())
        return [Problem(key, reason) for key, reason in found if reason is not None]

    # ---------------------------------------------------------------- outcome of a save

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Mark the fields the problems name and list every reason; the dialog stays open."""
        problems = list(problems)
        self._clear_marks()
        lines = []
        focus: QWidget | None = None
        for problem in problems:
            marked = self.clinic.mark(problem)
            if marked is not None:
                lines.append(field_line(field_label(problem.field), problem.reason))
                focus = focus or marked
                continue
            if problem.field == BACKUP_FOLDER:
                self.backup_folder.mark(problem.reason)
                lines.append(field_line(folder_label(), problem.reason))
                focus = focus or self.backup_folder.edit
                continue
            spin = self.spins.get(problem.field)
            if spin is None:
                lines.append(str(problem))
                continue
            definition = next(d for d in DEFINITIONS if d.key == problem.field)
            self._mark(definition, problem.reason)
            lines.append(field_line(accessible_name(definition), problem.reason))
        self._show_message("\n".join(lines))
        marked_spins = [s for s in self.spins.values() if field_marks.is_marked(s)]
        if marked_spins:
            self.scroll_area.ensureWidgetVisible(marked_spins[0])
        # the first marked field, top down
        focus = focus or (marked_spins[0] if marked_spins else None)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        """Say why the save failed (a conflict with another save, the database); stay open."""
        self._show_message(text)

    def mark_settings_saved(self, settings: ClinicSettings) -> None:
        """The thresholds were stored: remember their version (the dialog stays open)."""
        self.based_on_version = settings.version
        self._stored_values = dict(settings.values)
        self._stored_texts = dict(settings.texts)

    def mark_identity_saved(self, identity: ClinicIdentity) -> None:
        """The name and logo were stored: remember their version (the dialog stays open)."""
        self.identity_based_on_version = identity.version
        self.clinic.mark_saved(identity)

    def mark_saved(self, settings: ClinicSettings | None = None) -> None:
        """The save succeeded: remember the thresholds' version if given, and close."""
        if settings is not None:
            self.mark_settings_saved(settings)
        self._show_message("")
        super().accept()

    def _show_message(self, text: str, *, error: bool = True) -> None:
        self.message_label.setObjectName("message" if error else "progress")
        _repolish(self.message_label)  # the stylesheet keys on the object name
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self.save_button.setEnabled(True)

    def _clear_marks(self) -> None:
        self.clinic.clear_marks()
        self.backup_folder.clear_mark()
        for definition in DEFINITIONS:
            self._clear_mark(definition)

    def _mark(self, definition: SettingDefinition, reason: str) -> None:
        """The spin box's frame and label red, the reason beside it and as its tooltip."""
        field_marks.mark(self.spins[definition.key], reason)
        for widget in (self._frames[definition.key], self._labels[definition.key]):
            _set_invalid(widget, True)
        shown = self.reasons[definition.key]
        shown.setText(reason[:1].upper() + reason[1:])
        shown.show()

    def _clear_mark(self, definition: SettingDefinition) -> None:
        spin = self.spins[definition.key]
        if field_marks.is_marked(spin):
            field_marks.clear(spin)
            for widget in (self._frames[definition.key], self._labels[definition.key]):
                _set_invalid(widget, False)
            spin.setToolTip(self._description(definition))
            spin.setAccessibleDescription(self._description(definition))
        self.reasons[definition.key].hide()

    # ---------------------------------------------------------------- slots

    def _on_value_changed(self, definition: SettingDefinition) -> None:
        self._update_note(definition)
        self._clear_mark(definition)
        problem = self.spins[definition.key].problem()
        if problem is not None:  # marked and said at once; listed on Save
            self._mark(definition, problem)

    def _on_field_left(self, definition: SettingDefinition) -> None:
        """A number out of the setting's range is said when the field is left (not while it is
        being typed: "1" on the way to "100" is not a mistake)."""
        spin = self.spins[definition.key]
        if spin.problem() is not None or spin.value() is None:
            return
        problems = check_setting(definition.key, spin.value())
        if problems:
            self._mark(definition, problems[0].reason)

    def _on_restore_clicked(self) -> None:
        for definition in DEFINITIONS:
            self.spins[definition.key].setValue(definition.default)  # None: "not set"
        self.backup_folder.set_text("")
        self.arabic_digits.restore_default()

    def _on_logo_refused(self, problem: Problem) -> None:
        self._replace_logo_line(field_line(field_label(problem.field), problem.reason))
        self.clinic.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_logo_changed(self) -> None:
        self._replace_logo_line(None)  # the refusal of an earlier file no longer stands

    def _replace_logo_line(self, line: str | None) -> None:
        """Put ``line`` in the list of problems shown (after the name's), or drop the logo's."""
        prefix = field_line(field_label(LOGO_FIELD), "\0").split("\0")[0]
        shown = self.message_label.isVisible() and self.message_label.objectName() == "message"
        lines = [x for x in self.message_label.text().splitlines() if not x.startswith(prefix)]
        lines = lines if shown else []
        if line is not None:
            named = field_line(field_label(NAME_FIELD), "\0").split("\0")[0]
            after_name = int(bool(lines) and lines[0].startswith(named))
            lines.insert(after_name, line)
        saving = not self.save_button.isEnabled()
        self._show_message("\n".join(lines))
        self.save_button.setEnabled(not saving)  # a file chosen while saving does not save twice

    def changes(self) -> SettingsChanges:
        """The thresholds and the name and logo as shown, each only if changed."""
        values = self.values()
        identity = ClinicIdentity(
            self.clinic.name(), self.clinic.logo(), self.identity_based_on_version
        )
        texts = self.texts()
        return SettingsChanges(
            values if values != self._stored_values else None,
            self.based_on_version,
            identity if self.clinic.changed() else None,
            texts if texts != self._stored_texts else None,
        )

    def texts(self) -> dict[str, str]:
        """The text settings as shown ("" for a default)."""
        return {BACKUP_FOLDER: self.backup_folder.text(),
                ARABIC_DIGITS: self.arabic_digits.digits()}

    def changed_names(self) -> list[str]:
        """What differs from what is stored, as the admin reads it (top down)."""
        names = [self.tr("Clinic name and logo")] if self.clinic.changed() else []
        values = self.values()
        for definition in DEFINITIONS:
            key = definition.key
            if key not in values or values[key] != self._stored_values.get(key):
                names.append(accessible_name(definition))
        texts, stored = self.texts(), self._stored_texts
        if texts[BACKUP_FOLDER] != stored.get(BACKUP_FOLDER):
            names.append(folder_label())
        if texts[ARABIC_DIGITS] != stored.get(ARABIC_DIGITS):
            names.append(digits_label())
        return names

    def reject(self) -> None:
        """Esc, Cancel, the close button: close, after asking if anything shown would be lost."""
        if self.discard_question is not None:
            return
        names = self.changed_names()
        if not names:
            super().reject()
            return
        self.discard_question = ask_discard(self, names, super().reject)
        self.discard_question.finished.connect(self._on_discard_question_finished)

    def _on_discard_question_finished(self) -> None:
        self.discard_question = None

    def accept(self) -> None:
        """Save: check everything shown, then hand over what changed (the dialog stays open)."""
        problems = check_identity(self.clinic.name(), self.clinic.logo())
        problems += self.typing_problems() or check_settings(self.values())
        problems += check_text_settings(self.texts())
        if problems:
            self.show_problems(problems)
            return
        changes = self.changes()
        if changes.values is None and changes.identity is None and changes.texts is None:
            self.mark_saved()  # nothing to save
            return
        if changes.texts is not None and (warning := self.backup_folder.warn_once()):
            self._show_message(warning)  # warned once, not refused: the next Save keeps it
            self.scroll_area.ensureWidgetVisible(self.backup_folder)
            return
        self._show_message(self.tr("Saving…"), error=False)
        self.save_button.setEnabled(False)
        self.changes_submitted.emit(changes)
