"""The words of the clinic settings dialog: its header and section titles, each setting's name
as a screen reader says it, its description (range, default, origin) and the note beside it (a
tag — clinic policy, published, no default, data-quality check — the default and the origin)."""

from __future__ import annotations

import html

from calcitrack.domain.clinic_settings import DEFINITIONS, SettingDefinition
from calcitrack.ui.admin.setting_spin_box import NOT_SET, unit_text

__all__ = [
    "HEADER",
    "NOT_SET_NOTE",
    "SECTION_NOTES",
    "SECTION_TITLES",
    "accessible_name",
    "description",
    "note_html",
]

HEADER = (
    "Settings shared by every workstation. The clinical thresholds (response, surgery review, "
    "safety, doses) are decision support: changing them changes which patients are flagged."
)
SECTION_TITLES = {
    "response": "Response assessment",
    "surgery": "Reconsider-surgery review",
    "safety": "Safety flags",
    "dose": "Dose limits (from the drug labels)",
    "accounts": "Accounts and workstation lock",
    "data_quality": "Data-quality checks (not clinical thresholds)",
    "backup": "Automatic backups (operational settings, not clinical)",
    "schedule": "Follow-up scheduling (administrative, not clinical)",
}
SECTION_NOTES = {
    "backup": (
        "At the first start of each day CalciTrack backs up the clinic's database into the "
        "backup folder set below (left empty: the folder “backups” in each workstation's own "
        "CalciTrack data folder), checks the copy and records the result in the audit trail; "
        "older automatic backups beyond these counts are deleted (never other files). The "
        "window warns when the last verified backup is older than set here, or when the last "
        "automatic backup failed (a folder this workstation cannot reach, for one)."
    ),
    "data_quality": (
        "A value beyond one of these limits is possible but unusual: the visit form asks the "
        "nurse to confirm it before it is saved (a file import, the importer), and the audit "
        "trail records who confirmed it. They catch typing slips and wrong units; they "
        "change no flag and no assessment. Impossible values (hip flexion 200°) are refused "
        "whatever is set here."
    ),
}
POLICY_TAG = "clinic policy"
PUBLISHED_TAG = "published"
NO_DEFAULT_TAG = "no default"
NOT_SET_NOTE = "not set — no label value found"
DATA_QUALITY_TAG = "data-quality check"
_TAG_STYLE = {
    True: "background-color:#fff3cd; color:#6b4a00;",  # amber, as the ROM panel's warnings
    False: "background-color:#e3ecf5; color:#1f3b57;",
}


def accessible_name(definition: SettingDefinition) -> str:
    """The label; a continuation ("…within") is read with the setting it continues."""
    if not definition.label.startswith("…"):
        return definition.label
    index = DEFINITIONS.index(definition)
    previous = next(d for d in reversed(DEFINITIONS[:index]) if not d.label.startswith("…"))
    return f"{previous.label} {definition.label[1:]}"


def description(definition: SettingDefinition) -> str:
    """The setting's tooltip: its name, default (or why it has none), range and origin."""
    low, high = (unit_text(v, definition.unit) for v in (definition.minimum, definition.maximum))
    if definition.default is None:
        default = f"{NOT_SET_NOTE} (leave the field empty: {NOT_SET})"
    else:
        default = f"default {unit_text(definition.default, definition.unit)}"
    return f"{definition.label} — {default}, from {low} to {high}. {definition.origin_note}"


def note_html(definition: SettingDefinition, value: float | None) -> str:
    """The note beside the field for ``value`` shown (None: not set, or text not a number)."""
    if definition.default is None:
        tag, amber = NO_DEFAULT_TAG, True
        default = NOT_SET_NOTE if value is None else "no default · <b>set by the clinic</b>"
    else:
        tag, amber = (POLICY_TAG if definition.policy else PUBLISHED_TAG), definition.policy
        tag = DATA_QUALITY_TAG if definition.data_quality else tag
        default = f"default {html.escape(unit_text(definition.default, definition.unit))}"
        if value != definition.default:  # text that is not a number too
            default += " · <b>changed</b>"
    return (
        f'<span style="{_TAG_STYLE[amber]}">&nbsp;{tag}&nbsp;</span>'
        f"&nbsp;&nbsp;{default}<br>"
        f'<span style="color:#5f6368;">{html.escape(definition.origin_note)}</span>'
    )
