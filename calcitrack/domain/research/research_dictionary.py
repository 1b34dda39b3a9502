"""The REDCap data dictionary of the research tables: one row of REDCap's 18 columns per variable.

Its headers are the 18 strings a REDCap project's own "Download the current Data Dictionary"
writes, in that order (as in REDCapR's test projects). One instrument per table, ``study_id``
(the record ID) first; REDCap's ``redcap_repeat_*`` columns are not variables and are not listed.
Dates are ``text`` validated ``date_ymd``, decimals ``number``, counts ``integer``, booleans
``yesno``, coded values ``dropdown``/``radio`` with their codes (``code, Label | …``). A
descriptive ``export_note`` says how the export was made, and, when pseudonymised, that the dates
are shifted, what was removed, and that the data are still personal data.
"""

from __future__ import annotations

from calcitrack.domain.research.pseudonym import MAX_SHIFT_DAYS
from calcitrack.domain.research.research_columns import FORMS, PATIENTS, STUDY_ID, Column, Form

HEADERS: tuple[str, ...] = (
    "Variable / Field Name",
    "Form Name",
    "Section Header",
    "Field Type",
    "Field Label",
    "Choices, Calculations, OR Slider Labels",
    "Field Note",
    "Text Validation Type OR Show Slider Number",
    "Text Validation Min",
    "Text Validation Max",
    "Identifier?",
    "Branching Logic (Show field only if...)",
    "Required Field?",
    "Custom Alignment",
    "Question Number (surveys only)",
    "Matrix Group Name",
    "Matrix Ranking?",
    "Field Annotation",
)

EXPORT_NOTE = "export_note"

NOT_ANONYMOUS = (
    "These data are still personal data: pseudonymised, not anonymous, and not HIPAA Safe "
    "Harbor de-identified (shifted dates keep more than the year). Keep them as confidential "
    "as the clinic's own records."
)
REMOVED = (
    "Removed: names, MRNs, lesion labels (replaced by codes L01, L02...), clinicians, readers "
    "and operators, and every free-text field (notes, findings, reasons, complications, the "
    "rules' wording, flag titles). Photographs are never exported."
)
SHIFT = (
    f"Every date of a patient was moved back by one random whole number of days (1 to "
    f"{MAX_SHIFT_DAYS}), the same for all of that patient's dates: intervals and ages are kept, "
    "calendar dates are not real. Study IDs are random, not derived from the MRN; the key is not "
    "kept."
)
SHIFTED_DATE = (
    f"Shifted back by this patient's random offset (1 to {MAX_SHIFT_DAYS} days, the same for "
    "all of the patient's dates): intervals are kept."
)

Row = tuple[str, ...]


def export_note(pseudonymised: bool) -> str:
    if pseudonymised:
        return f"Pseudonymised export. {SHIFT} {REMOVED} {NOT_ANONYMOUS}"
    return (
        "Identified export: names, MRNs and dates are as recorded. These are patient records; "
        "share them only as the clinic's rules for identified data allow. Photographs are never "
        "exported."
    )


def dictionary_rows(pseudonymised: bool) -> tuple[Row, ...]:
    """The dictionary's rows (without the header), in the order of the tables' columns."""
    rows: list[Row] = [_study_id(pseudonymised), _note(pseudonymised)]
    for form in FORMS:
        for index, column in enumerate(form.kept(pseudonymised)):
            first = index == 0 and form is not PATIENTS
            rows.append(_row(form, column, pseudonymised, section=form.title if first else ""))
    return tuple(rows)


def choices_text(column: Column) -> str:
    return " | ".join(f"{code}, {label}" for code, label in column.choices)


def _study_id(pseudonymised: bool) -> Row:
    note = (
        "Random study ID, not derived from the MRN" if pseudonymised
        else "P0001... in the order of the export"
    )
    return _fields(
        name=STUDY_ID, form=PATIENTS.name, section=PATIENTS.title, field_type="text",
        label="Study ID", note=note, required="y",
    )


def _note(pseudonymised: bool) -> Row:
    return _fields(
        name=EXPORT_NOTE, form=PATIENTS.name, field_type="descriptive",
        label=export_note(pseudonymised),
    )


def _row(form: Form, column: Column, pseudonymised: bool, *, section: str) -> Row:
    kind = column.kind
    field_type = {
        "notes": "notes", "yesno": "yesno",
        "choice": "radio" if column.radio else "dropdown",
    }.get(kind, "text")
    validation = {"date": "date_ymd", "number": "number", "integer": "integer"}.get(kind, "")
    annotation = ""
    if kind == "date":
        annotation = SHIFTED_DATE if pseudonymised else "As recorded."
    return _fields(
        name=column.name, form=form.name, section=section, field_type=field_type,
        label=column.label, choices=choices_text(column), note=column.note,
        validation=validation, minimum=_bound(column.minimum), maximum=_bound(column.maximum),
        identifier="y" if column.identifier else "", annotation=annotation,
    )


def _bound(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _fields(
    *, name: str, form: str, field_type: str, label: str, section: str = "",
    choices: str = "", note: str = "", validation: str = "", minimum: str = "",
    maximum: str = "", identifier: str = "", required: str = "", annotation: str = "",
) -> Row:
    return (
        name, form, section, field_type, label, choices, note, validation, minimum, maximum,
        identifier, "", required, "", "", "", "", annotation,
    )
