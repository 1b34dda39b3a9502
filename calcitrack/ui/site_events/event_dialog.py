"""What the imaging study and the procedure dialogs share: the date, the region (body site and
side), the lesions as a checkable list of the patient's lesions, the amendment's reason when the
day is a signed visit's, and the refusal.

Keyboard first: every field has a label with an access key; Enter saves from any field (Shift+
Enter starts a new line in a text box), Esc cancels, Space ticks a lesion. A refusal is said in a
message over the dialog naming the field and the reason; once it is read the cursor is back in
that field, and everything typed stays (nothing was stored)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import CodedEnum, Laterality
from calcitrack.domain.entities import Lesion
from calcitrack.domain.errors import Problem
from calcitrack.ui.common.iso_date_edit import IsoDateEdit
from calcitrack.ui.common.typed_text import typed_text

NOT_STATED = "—"


def sentences(first: str, then: str) -> str:
    """``first`` then ``then``, a space between them (the space stays when ``then`` is empty):
    the sentences of a dialog's introduction."""
    return QCoreApplication.translate("SiteEventDialog", "{first} {then}").format(
        first=first, then=then
    )


def coded_combo(
    kind: type[CodedEnum], current: CodedEnum | None, name: str, *, none: str | None = None
) -> QComboBox:
    """A combo of ``kind``'s labels (their codes as data); ``none``: a first item for None."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if none is not None:
        combo.addItem(none, None)
    for item in kind:
        combo.addItem(item.label, item.value)
    combo.setCurrentIndex(max(combo.findData(current.value if current is not None else None), 0))
    return combo


class TextBox(QPlainTextEdit):
    """Free text over a few lines where Enter saves the dialog like everywhere else; Shift+Enter
    starts a new line, Tab moves on."""

    submitted = Signal()

    def __init__(self, text: str, name: str) -> None:
        super().__init__(text)
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)
        self.setToolTip(self.tr("Enter saves; Shift+Enter starts a new line"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        return typed_text(self)


class SiteEventDialog(QDialog):
    """The common frame; ``ImagingDialog`` and ``ProcedureDialog`` add their own fields."""

    entry_ready = Signal(object)
    """The event as typed, to save."""

    def __init__(
        self,
        *,
        title: str,
        intro: str,
        day: date,
        body_site: str | None,
        side: Laterality | None,
        lesions: Sequence[Lesion],
        checked: Sequence[str],
        lesions_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._title = title
        self.problem_box: QMessageBox | None = None
        """The open refusal, for tests to read and close."""
        self.intro_label = QLabel(intro, wordWrap=True)
        self.date_edit = IsoDateEdit(day, self.tr("Date"))
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Body site"))
        self.site_combo.addItem(self.tr("Choose the body site"), None)
        for code, entry in BODY_SITES.items():
            self.site_combo.addItem(entry.name, code)
        self.site_combo.setCurrentIndex(max(self.site_combo.findData(body_site), 0))
        self.side_combo = coded_combo(Laterality, side, self.tr("Side"), none=NOT_STATED)
        self.lesion_list = QListWidget()
        self.lesion_list.setAccessibleName(lesions_name)
        for lesion in lesions:
            known = BODY_SITES.get(lesion.body_site)
            where = known.name if known is not None else lesion.body_site
            if lesion.laterality is not None:
                where = self.tr("{site}, {side}").format(
                    site=where, side=lesion.laterality.label.lower()
                )
            item = QListWidgetItem(
                self.tr("{lesion} ({where})").format(lesion=lesion.label, where=where)
            )
            item.setData(Qt.ItemDataRole.UserRole, lesion.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if lesion.label in checked else Qt.CheckState.Unchecked
            )
            self.lesion_list.addItem(item)
        if self.lesion_list.count():
            self.lesion_list.setCurrentRow(0)
        self.lesion_list.setMaximumHeight(110)
        self.lesion_list.setToolTip(self.tr("Space ticks or unticks the selected lesion"))
        self.amend_reason_edit = QLineEdit()
        self.amend_reason_edit.setAccessibleName(self.tr("Reason for the amendment"))
        self.amend_reason_edit.setPlaceholderText(
            self.tr("Required: why the signed visit is amended")
        )
        self.amending = ""
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.amend_note = QLabel(wordWrap=True)
        self.amend_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.amend_note)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def add_field(self, key: str, text: str, field: QWidget) -> None:
        """A row: ``text`` (with its access key) labels ``field``; ``key``: the entity's field
        name a refusal names it by."""
        label = QLabel(text)
        label.setBuddy(field)
        self.form.addRow(label, field)
        self.fields[key] = field
        self.labels[key] = text.replace("&", "").rstrip(":")
        if isinstance(field, TextBox):
            field.submitted.connect(self._on_save)

    def add_common_fields(self) -> None:
        self.add_field("date", self.tr("&Date:"), self.date_edit)
        self.add_field("body_site", self.tr("Body s&ite:"), self.site_combo)
        self.add_field("laterality", self.tr("Sid&e:"), self.side_combo)

    def add_amendment_field(self) -> None:
        self.add_field("amendment", self.tr("Reason for the a&mendment:"), self.amend_reason_edit)
        self.form.setRowVisible(self.amend_reason_edit, False)

    # ------------------------------------------------------------------ reading what was typed

    def day(self) -> date:
        return self.date_edit.day()

    def body_site(self) -> str:
        return str(self.site_combo.currentData() or "")

    def side(self) -> Laterality | None:
        code = self.side_combo.currentData()
        return Laterality(code) if code else None

    def lesion_labels(self) -> tuple[str, ...]:
        items = (self.lesion_list.item(i) for i in range(self.lesion_list.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def amend_reason(self) -> str:
        return self.amend_reason_edit.text().strip()

    def own_problems(self) -> list[Problem]:
        """What the dialog can tell by itself before asking the service."""
        problems = []
        if not self.body_site():
            problems.append(Problem("body_site", self.tr("is required (choose the body site)")))
        if self.amending and not self.amend_reason():
            problems.append(Problem("amendment", self.tr("say why the signed visit is amended")))
        return problems

    def entry(self) -> object:
        raise NotImplementedError

    def _on_save(self) -> None:
        if self.problem_box is not None and self.problem_box.isVisible():
            return
        problems = self.own_problems()
        if problems:
            self.show_problems(problems)
            return
        self.save_button.setEnabled(False)
        self.entry_ready.emit(self.entry())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves from any field (a combo or the lesion list passes it on to here)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_save()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ answers of the service

    def start_amending(self, signed: str, message: str = "") -> None:
        """The day is a signed visit's (``signed``, in words) and the user may amend it: the same
        entry, saved as that visit's amendment with a reason."""
        self.amending = signed
        self.form.setRowVisible(self.amend_reason_edit, True)
        self.save_button.setText(self.tr("&Save amendment"))
        self.amend_note.setText(
            self.tr(
                "This is part of {visit}. Saving amends that visit: it stays signed, what it said "
                "as signed is kept beside the change, and the summary says it was amended, when "
                "and why."
            ).format(visit=escape(signed))
        )
        self.amend_note.show()
        if message:
            self.show_refusal(message, self.amend_reason_edit)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """The refusal, each field by its name and reason; the cursor goes to the first."""
        lines = [
            self.tr("{field}: {reason}").format(field=self._label(p.field), reason=p.reason)
            for p in problems
        ]
        first = self._field(problems[0].field) if problems else None
        text = self.tr("Not saved.\n\n{problems}").format(problems="\n".join(lines))
        self.show_refusal(text, first)

    def show_refusal(self, text: str, field: QWidget | None = None) -> None:
        """``text`` in a message over the dialog; then the cursor in ``field``."""
        self.save_button.setEnabled(True)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self._title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        target = field or self.date_edit
        box.finished.connect(lambda _result: target.setFocus(Qt.FocusReason.OtherFocusReason))
        self.problem_box = box
        box.open()

    def _field(self, name: str) -> QWidget | None:
        key = "date" if name.endswith("_date") else name
        return self.fields.get(key)

    def _label(self, name: str) -> str:
        key = "date" if name.endswith("_date") else name
        if key == "lesions":
            return self.lesion_list.accessibleName()
        return self.labels.get(key, name.replace("_", " ").capitalize())
