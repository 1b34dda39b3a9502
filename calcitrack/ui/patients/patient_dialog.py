"""New and edit patient: every field checked as it is typed, by the domain's own rules.

Dates are typed as yyyy-MM-dd (or yyyyMMdd); an optional date left empty is "not recorded". The
dialog saves through the callable it is given (PatientService.create or .update, which is given
the patient as the dialog read them as ``started_from``) and shows what the service refuses (a
duplicate MRN on the MRN field; an edit of a patient someone else saved meanwhile in a
``ConflictDialog`` that offers to reload: the stored details with the user's own changes carried
over where they do not collide).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.codes import CalcinosisType, CodedEnum, Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient
from calcitrack.domain.errors import DomainValidationError, Problem
from calcitrack.domain.visits.record_changes import (
    not_carried_over,
    patient_items,
    rebase_patient,
    text_in,
)
from calcitrack.domain.visits.validation import validate_patient
from calcitrack.services.errors import ConflictError, NotFoundError, StaleEditError
from calcitrack.ui.common.conflict_dialog import ConflictDialog

#: Field name (as the domain names it) → label shown (in English here, translated where shown),
#: in the order of the form.
LABELS = {
    "mrn": str(QT_TRANSLATE_NOOP("PatientDialog", "MRN")),
    "family_name": str(QT_TRANSLATE_NOOP("PatientDialog", "Family name")),
    "given_name": str(QT_TRANSLATE_NOOP("PatientDialog", "Given name")),
    "sex": str(QT_TRANSLATE_NOOP("PatientDialog", "Sex")),
    "date_of_birth": str(QT_TRANSLATE_NOOP("PatientDialog", "Date of birth")),
    "underlying_disease": str(QT_TRANSLATE_NOOP("PatientDialog", "Underlying disease")),
    "disease_diagnosed_on": str(QT_TRANSLATE_NOOP("PatientDialog", "Disease diagnosed on")),
    "calcinosis_type": str(QT_TRANSLATE_NOOP("PatientDialog", "Calcinosis type")),
    "calcinosis_onset_on": str(QT_TRANSLATE_NOOP("PatientDialog", "Calcinosis onset")),
    "archived": str(QT_TRANSLATE_NOOP("PatientDialog", "Archived")),
}
_DATES = ("date_of_birth", "disease_diagnosed_on", "calcinosis_onset_on")
_REQUIRED_DATES = ("date_of_birth",)
_CHOICES: dict[str, type[CodedEnum]] = {
    "sex": Sex,
    "underlying_disease": UnderlyingDisease,
    "calcinosis_type": CalcinosisType,
}
_STYLE = """
*[invalid="true"] { border: 1px solid #c0392b; background-color: #fdecea; }
QLabel#message { color: #c0392b; }
"""


def parse_date(text: str) -> date:
    """A date typed as yyyy-MM-dd or yyyyMMdd; ValueError otherwise."""
    text = text.strip()
    if len(text) == 8 and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if len(text) != 10:
        raise ValueError(text)
    return date.fromisoformat(text)


def _form_order(problem: Problem) -> int:
    return list(LABELS).index(problem.field) if problem.field in LABELS else len(LABELS)


class PatientDialog(QDialog):
    patient_saved = Signal(object)
    """The Patient as stored (with its id and new version)."""

    def __init__(
        self,
        save: Callable[..., Patient],
        *,
        patient: Patient | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._original = patient
        self._today = today
        self._touched: set[str] = set()
        self._refused: dict[str, str] = {}  # problems the service reported, until edited
        self._note = ""  # what the last save attempt was refused for, beyond the fields
        self.problems: list[Problem] = []
        self.conflict_dialog: ConflictDialog | None = None
        """The open "saved by someone else" dialog, for tests to answer."""
        self.setWindowTitle(
            self.tr("Edit patient {mrn}").format(mrn=patient.mrn)
            if patient
            else self.tr("New patient")
        )
        self.setStyleSheet(_STYLE)
        self.setMinimumWidth(440)

        self.fields: dict[str, QWidget] = {}
        self._lines: dict[str, QLineEdit] = {}  # the text fields of self.fields, by name
        self._combos: dict[str, QComboBox] = {}  # and its choices
        form = QFormLayout()
        for name in ("mrn", "family_name", "given_name"):
            self.fields[name] = self._lines[name] = QLineEdit()
        for name in _DATES:
            optional = name not in _REQUIRED_DATES
            self.fields[name] = self._lines[name] = QLineEdit(
                placeholderText=self.tr("yyyy-mm-dd (optional)")
                if optional
                else self.tr("yyyy-mm-dd")
            )
        for name, enum in _CHOICES.items():
            combo = QComboBox()
            for member in enum:
                combo.addItem(member.label, member.value)
            combo.setCurrentIndex(-1)
            combo.setPlaceholderText(self.tr("Choose…"))
            self.fields[name] = self._combos[name] = combo
        self._combos["calcinosis_type"].setCurrentIndex(0)
        self.archived_check: QCheckBox | None = None
        if patient is not None:
            self.archived_check = QCheckBox(self.tr("Archived (hidden from the active list)"))
            self.fields["archived"] = self.archived_check
        for name in LABELS:
            if name in self.fields:
                self.fields[name].setAccessibleName(self._label(name))
                form.addRow(
                    self.tr("{label}:").format(label=self._label(name)), self.fields[name]
                )

        self.message_label = QLabel(wordWrap=True)
        self.message_label.setObjectName("message")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        if patient is not None:
            self._fill(patient)
            self._touched.update(self.fields)
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _text, n=name: self._on_field_edited(n))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, n=name: self._on_field_edited(n))
        self._check()

    # ---------------------------------------------------------------- values

    def _fill(self, patient: Patient) -> None:
        for name in ("mrn", "family_name", "given_name"):
            self._line(name).setText(getattr(patient, name))
        for name in _DATES:
            day = getattr(patient, name)
            self._line(name).setText(day.isoformat() if day else "")
        for name in _CHOICES:
            combo = self._combos[name]
            combo.setCurrentIndex(combo.findData(getattr(patient, name).value))
        if self.archived_check is not None:
            self.archived_check.setChecked(patient.archived)

    def _label(self, name: str) -> str:
        """The field's label in the window's language (its name if it has none)."""
        return self.tr(LABELS[name]) if name in LABELS else name

    def _line(self, name: str) -> QLineEdit:
        return self._lines[name]

    def value(self) -> tuple[Patient, list[Problem]]:
        """The patient as typed, and the problems of what could not even be read."""
        problems: list[Problem] = []
        values: dict[str, Any] = {
            name: self._line(name).text().strip() for name in ("mrn", "family_name", "given_name")
        }
        for name in _DATES:
            text = self._line(name).text().strip()
            values[name] = None
            if not text:
                if name in _REQUIRED_DATES:
                    problems.append(Problem(name, self.tr("is required")))
                continue
            try:
                values[name] = parse_date(text)
            except ValueError:
                problems.append(
                    Problem(
                        name,
                        self.tr("{typed} is not a date: type it as yyyy-mm-dd").format(
                            typed=repr(text)
                        ),
                    )
                )
        # A date of birth that cannot be read: check the rest against the earliest date.
        values["date_of_birth"] = values["date_of_birth"] or date.min
        for name, enum in _CHOICES.items():
            code = self._combos[name].currentData()
            if code is None:
                problems.append(Problem(name, self.tr("is required")))
            values[name] = enum(code) if code is not None else next(iter(enum))
        original = self._original
        if original is not None:
            values.update(id=original.id, version=original.version, archived=original.archived)
            if self.archived_check is not None:
                values["archived"] = self.archived_check.isChecked()
        return Patient(**values), problems

    # ---------------------------------------------------------------- checking

    def _check(self) -> list[Problem]:
        """Validate what is typed; show the problems of the fields already touched."""
        patient, problems = self.value()
        unread = {p.field for p in problems}
        problems += [
            p for p in validate_patient(patient, today=self._today()) if p.field not in unread
        ]
        problems += [Problem(name, reason) for name, reason in self._refused.items()]
        self.problems = problems
        self._show(problems, only=self._touched)
        return problems

    def _show(self, problems: list[Problem], *, only: set[str]) -> None:
        shown = sorted((p for p in problems if p.field in only), key=_form_order)
        reasons: dict[str, list[str]] = {}
        for problem in shown:
            reasons.setdefault(problem.field, []).append(problem.reason)
        for name, widget in self.fields.items():
            invalid = name in reasons
            if widget.property("invalid") != invalid:
                widget.setProperty("invalid", invalid)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            widget.setToolTip(self.tr("; ").join(reasons.get(name, [])))
        lines = [
            self.tr("{field}: {reason}").format(field=self._label(p.field), reason=p.reason)
            for p in shown
        ]
        self.message_label.setText("\n".join([*lines, self._note] if self._note else lines))

    def _on_field_edited(self, name: str) -> None:
        self._touched.add(name)
        self._refused.pop(name, None)
        self._check()

    def _on_save_clicked(self) -> None:
        self._note = ""
        problems = self._check()
        if problems:
            self._touched.update(self.fields)
            self._show(problems, only=self._touched)
            self._focus_first(problems)
            return
        patient, _ = self.value()
        try:
            if self._original is None:
                saved = self._save(patient)
            else:
                saved = self._save(patient, started_from=self._original)
        except StaleEditError as error:
            self._note = self.tr("Not saved: {reason}").format(reason=error)
            self._check()
            self._ask_about_conflict(patient, error)
            return
        except DomainValidationError as error:
            self._refused = {p.field: p.reason for p in error.problems if p.field in self.fields}
            self._note = "\n".join(str(p) for p in error.problems if p.field not in self.fields)
            self._touched.update(self.fields)
            self._focus_first(self._check())
            return
        except (ConflictError, NotFoundError) as error:
            self._note = self.tr("Not saved: {reason}").format(reason=error)
            self._check()
            return
        self._original = saved
        self.patient_saved.emit(saved)
        self.accept()

    def _ask_about_conflict(self, typed: Patient, error: StaleEditError) -> None:
        mine = patient_items(typed)
        dialog = ConflictDialog(
            error.changes,
            title=self.tr("Patient not saved"),
            headline=self.tr(
                "Your changes are not saved yet: someone else saved this patient's "
                "details after you opened them."
            ),
            last_saved=error.last_saved,
            reload_text=self.tr("Reload the patient"),
            keep_text=self.tr("Keep editing"),
            note=self.tr(
                "Reload the patient: the details as saved now, with what you changed carried "
                "over, except where you both changed the same field (theirs is shown, yours "
                "listed below)."
            ),
            yours=[text_in(mine, c.key) for c in error.changes],
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reload_chosen.connect(lambda: self._reload(typed, error))
        dialog.finished.connect(lambda _result: setattr(self, "conflict_dialog", None))
        self.conflict_dialog = dialog
        dialog.open()

    def _reload(self, typed: Patient, error: StaleEditError) -> None:
        """Show the patient as stored now, with the fields only this user changed kept."""
        read, stored = self._original, error.stored
        if read is None or not isinstance(stored, Patient):
            return
        merged, _collided = rebase_patient(read, typed, stored)
        left = not_carried_over(patient_items(read), patient_items(typed), patient_items(merged))
        self._original = stored
        self._fill(merged)
        self._note = self.tr("Reloaded as saved now, with your changes carried over.") + "".join(
            "\n"
            + self.tr("Not carried over — {field}: yours {yours}, now {now}").format(
                field=c.label, yours=c.after, now=c.before
            )
            for c in left
        )
        self._check()

    def _focus_first(self, problems: list[Problem]) -> None:
        for problem in sorted(problems, key=_form_order):
            widget = self.fields.get(problem.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
