"""The words of the clinic settings dialog: its header and section titles, each setting's name
as a screen reader says it, its description (range, default, origin) and the note beside it (a
tag — clinic policy, published, no default, data-quality check — the default and the origin).

The constants are the English texts, marked for translation (context ``ClinicSettingsTexts``) and
shown translated; the setting's label and origin come from the domain, translated there
(``SettingDefinition.shown_label``, ``origin_note``); its numbers are in the window's digits and
decimal mark (``unit_text``); its unit is shown as the domain writes it."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from calcitrack.domain.clinic_settings import DEFINITIONS, SettingDefinition
from calcitrack.ui.admin.setting_spin_box import NOT_SET, unit_text

__all__ = [
    "HEADER",
    "NOT_SET_NOTE",
    "SECTION_NOTES",
    "SECTION_TITLES",
    "accessible_name",
    "description",
    "field_line",
    "note_html",
    "section_note",
    "section_title",
    "translated",
]

def translated(text: str) -> str:
    """One of this module's English texts in the window's language."""
    return QCoreApplication.translate("ClinicSettingsTexts", text)


def field_line(field: str, reason: str) -> str:
    """A refusal as the dialog lists it: "Clinic name: is required"."""
    return QCoreApplication.translate("ClinicSettingsTexts", "{field}: {reason}").format(
        field=field, reason=reason
    )


HEADER = str(QT_TRANSLATE_NOOP(
    "ClinicSettingsTexts",
    "Settings shared by every workstation. The clinical thresholds (response, surgery review, "
    "safety, doses) are decision support: changing them changes which patients are flagged."
))
SECTION_TITLES = {
    "response": str(QT_TRANSLATE_NOOP("ClinicSettingsTexts", "Response assessment")),
    "surgery": str(QT_TRANSLATE_NOOP("ClinicSettingsTexts", "Reconsider-surgery review")),
    "safety": str(QT_TRANSLATE_NOOP("ClinicSettingsTexts", "Safety flags")),
    "dose": str(QT_TRANSLATE_NOOP("ClinicSettingsTexts", "Dose limits (from the drug labels)")),
    "accounts": str(QT_TRANSLATE_NOOP("ClinicSettingsTexts", "Accounts and workstation lock")),
    "data_quality": str(QT_TRANSLATE_NOOP(
        "ClinicSettingsTexts", "Data-quality checks (not clinical thresholds)"
    )),
    "backup": str(QT_TRANSLATE_NOOP(
        "ClinicSettingsTexts", "Automatic backups (operational settings, not clinical)"
    )),
    "schedule": str(QT_TRANSLATE_NOOP(
        "ClinicSettingsTexts", "Follow-up scheduling (administrative, not clinical)"
    )),
}
SECTION_NOTES = {
    "backup": str(QT_TRANSLATE_NOOP(
        "ClinicSettingsTexts",
        "At the first start of each day CalciTrack backs up the clinic's database into the "
        "backup folder set below (left empty: the folder “backups” in each workstation's own "
        "CalciTrack data folder), checks the copy and records the result in the audit trail; "
        "older automatic backups beyond these counts are deleted (never other files). The "
        "window warns when the last verified backup is older than set here, or when the last "
        "automatic backup failed (a folder this workstation cannot reach, for one)."
    )),
    "data_quality": str(QT_TRANSLATE_NOOP(
        "ClinicSettingsTexts",
        "A value beyond one of these limits is possible but unusual: the visit form asks the "
        "nurse to confirm it before it is saved (a file import, the importer), and the audit "
        "trail records who confirmed it. They catch typing slips and wrong units; they "
        "change no flag and no assessment. Impossible values (hip flexion 200°) are refused "
        "whatever is set here."
    )),
}
POLICY_TAG = str(QT_TRANSLATE_NOOP("ClinicSettingsTexts", "clinic policy"))
PUBLISHED_TAG = str(QT_TRANSLATE_NOOP("ClinicSettingsTexts", "published"))
NO_DEFAULT_TAG = str(QT_TRANSLATE_NOOP("ClinicSettingsTexts", "no default"))
NOT_SET_NOTE = str(QT_TRANSLATE_NOOP("ClinicSettingsTexts", "not set — no label value found"))
DATA_QUALITY_TAG = str(QT_TRANSLATE_NOOP("ClinicSettingsTexts", "data-quality check"))
_TAG_STYLE = {
    True: "background-color:#fff3cd; color:#6b4a00;",  # amber, as the ROM panel's warnings
    False: "background-color:#e3ecf5; color:#1f3b57;",
}


def section_title(section: str) -> str:
    """The title of a section of settings (an unknown one: its key, capitalised)."""
    title = SECTION_TITLES.get(section)
    return translated(title) if title is not None else section.capitalize()


def section_note(section: str) -> str | None:
    """The explanation shown at the top of a section, if it has one."""
    note = SECTION_NOTES.get(section)
    return translated(note) if note is not None else None


def accessible_name(definition: SettingDefinition) -> str:
    """The label, translated; a continuation ("…within") is read with the setting it continues
    (which one is told by the English label: a translation may drop the "…")."""
    if not definition.label.startswith("…"):
        return definition.shown_label
    index = DEFINITIONS.index(definition)
    previous = next(d for d in reversed(DEFINITIONS[:index]) if not d.label.startswith("…"))
    return QCoreApplication.translate("ClinicSettingsTexts", "{setting} {continuation}").format(
        setting=previous.shown_label, continuation=definition.shown_label.lstrip("…")
    )


def description(definition: SettingDefinition) -> str:
    """The setting's tooltip: its name, default (or why it has none), range and origin."""
    low, high = (unit_text(v, definition.unit) for v in (definition.minimum, definition.maximum))
    if definition.default is None:
        default = QCoreApplication.translate(
            "ClinicSettingsTexts", "{not_set_note} (leave the field empty: {not_set})"
        ).format(
            not_set_note=translated(NOT_SET_NOTE),
            not_set=QCoreApplication.translate("SettingNumberBox", NOT_SET),
        )
    else:
        default = QCoreApplication.translate("ClinicSettingsTexts", "default {value}").format(
            value=unit_text(definition.default, definition.unit)
        )
    return QCoreApplication.translate(
        "ClinicSettingsTexts", "{setting} — {default}, from {low} to {high}. {origin}"
    ).format(
        setting=definition.shown_label, default=default, low=low, high=high,
        origin=definition.origin_note,
    )


def note_html(definition: SettingDefinition, value: float | None) -> str:
    """The note beside the field for ``value`` shown (None: not set, or text not a number)."""
    if definition.default is None:
        tag, amber = NO_DEFAULT_TAG, True
        default = (
            translated(NOT_SET_NOTE)
            if value is None
            else QCoreApplication.translate(
                "ClinicSettingsTexts", "no default · <b>set by the clinic</b>"
            )
        )
    else:
        tag, amber = (POLICY_TAG if definition.policy else PUBLISHED_TAG), definition.policy
        tag = DATA_QUALITY_TAG if definition.data_quality else tag
        shown = html.escape(unit_text(definition.default, definition.unit))
        default = (
            QCoreApplication.translate("ClinicSettingsTexts", "default {value} · <b>changed</b>")
            if value != definition.default  # text that is not a number too
            else QCoreApplication.translate("ClinicSettingsTexts", "default {value}")
        ).format(value=shown)
    return (
        f'<span style="{_TAG_STYLE[amber]}">&nbsp;{html.escape(translated(tag))}&nbsp;</span>'
        f"&nbsp;&nbsp;{default}<br>"
        f'<span style="color:#5f6368;">{html.escape(definition.origin_note)}</span>'
    )
