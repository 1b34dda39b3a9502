"""Clinic settings that are text, not numbers: the folder of the automatic backups and the digits
Arabic text is written in (``ARABIC_DIGITS``: "latn" Western, the default, or "arab"
Arabic-Indic; ``ClinicSettings.arabic_digits`` reads it typed).

Declared once here with their default and their check, like the numeric ones in
``clinic_settings``; stored beside them (``clinic_text_settings``) and saved in the same save.
"" is a text setting's default unless it declares one ("latn" for the digits). For the backup
folder it means each workstation's own data folder, which only the workstation knows
(services/backups/backup_service.py).

The check here is what can be judged from the text alone: an absolute path, of a sane length,
without control characters. Whether the folder exists or can be written is a question for each
workstation (another one may see a network path this one does not): the settings dialog warns
about it, it does not refuse it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import PurePath

from calcitrack.domain.errors import Problem, shown_number
from calcitrack.i18n.catalogue import _

BACKUP_FOLDER = "backup/folder"
ARABIC_DIGITS = "display/arabic_digits"
DIGIT_CHOICES = ("latn", "arab")
"""The choices of ``ARABIC_DIGITS`` (``calcitrack.i18n.digits.Digits``), the default first."""
MAX_FOLDER_LENGTH = 1000


@dataclass(frozen=True)
class TextSettingDefinition:
    key: str
    label: str
    check: Callable[[str], str | None]
    """The reason a (tidied) value is refused, or None."""
    default: str = ""


def tidy(value: str) -> str:
    """What is stored: the text without the spaces around it."""
    return value.strip()


def _check_folder(value: str) -> str | None:
    if value == "":
        return None  # the default: each workstation's own data folder
    if len(value) > MAX_FOLDER_LENGTH:
        return _("must be at most {limit} characters, got {count}").format(
            limit=shown_number(MAX_FOLDER_LENGTH), count=shown_number(len(value)))
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        return _("must not contain control characters (a line break, a tab)")
    if not PurePath(value).is_absolute():
        return _("must be an absolute path (a full path from the top of a drive or share), got "
                 "{value}; leave it empty for each workstation's own data folder").format(
                     value=repr(value))
    return None


def _check_digits(value: str) -> str | None:
    if value in DIGIT_CHOICES:
        return None
    return _("must be one of {choices}, got {value}").format(
        choices=", ".join(DIGIT_CHOICES), value=repr(value))


TEXT_DEFINITIONS: tuple[TextSettingDefinition, ...] = (
    TextSettingDefinition(BACKUP_FOLDER, "Backup folder", _check_folder),
    TextSettingDefinition(ARABIC_DIGITS, "Arabic digits", _check_digits, default="latn"),
)
TEXT_DEFINITION_BY_KEY: Mapping[str, TextSettingDefinition] = {
    d.key: d for d in TEXT_DEFINITIONS
}
TEXT_DEFAULTS: Mapping[str, str] = {d.key: d.default for d in TEXT_DEFINITIONS}


def check_text_setting(key: str, value: object) -> list[Problem]:
    """Problems with one value for ``key``, each naming the setting and the reason."""
    definition = TEXT_DEFINITION_BY_KEY.get(key)
    if definition is None:
        return [Problem(key, _("is not a clinic setting"))]
    if not isinstance(value, str):
        return [Problem(key, _("must be text, got {value}").format(value=repr(value)))]
    reason = definition.check(tidy(value))
    return [] if reason is None else [Problem(key, reason)]


def check_text_settings(values: Mapping[str, object]) -> list[Problem]:
    return [p for key, value in values.items() for p in check_text_setting(key, value)]
