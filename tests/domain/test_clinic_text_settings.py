"""The backup folder as a clinic setting: what the text alone can tell (an absolute path, a sane
length, no control characters); empty is the default (each workstation's own data folder)."""

from __future__ import annotations

import pytest

from calcitrack.domain.clinic_settings import SAFETY_SBP, ClinicSettings
from calcitrack.domain.clinic_text_settings import (
    ARABIC_DIGITS,
    BACKUP_FOLDER,
    MAX_FOLDER_LENGTH,
    check_text_setting,
    check_text_settings,
)
from calcitrack.domain.errors import Problem


@pytest.mark.parametrize("folder", ["", "   ", "/srv/calcitrack/backups", "  /mnt/nas/ct  "])
def test_an_absolute_folder_or_the_default_is_accepted(folder: str) -> None:
    assert check_text_setting(BACKUP_FOLDER, folder) == []


@pytest.mark.parametrize(
    ("folder", "says"),
    [
        ("backups", "must be an absolute path"),
        ("./backups", "must be an absolute path"),
        ("~/backups", "must be an absolute path"),
        ("/srv/back\nups", "control characters"),
        ("/srv/back\tups", "control characters"),
        ("/" + "a" * MAX_FOLDER_LENGTH, f"at most {MAX_FOLDER_LENGTH} characters"),
    ],
)
def test_a_folder_that_is_not_an_absolute_path_is_refused_by_name(folder: str, says: str) -> None:
    problems = check_text_setting(BACKUP_FOLDER, folder)
    assert [p.field for p in problems] == [BACKUP_FOLDER]
    assert says in problems[0].reason


def test_the_refusal_says_how_to_get_the_default() -> None:
    (problem,) = check_text_setting(BACKUP_FOLDER, "backups")
    assert "leave it empty for each workstation's own data folder" in problem.reason


def test_unknown_keys_and_non_text_are_refused() -> None:
    assert check_text_settings({"backup/elsewhere": "/x", BACKUP_FOLDER: 3}) == [
        Problem("backup/elsewhere", "is not a clinic setting"),
        Problem(BACKUP_FOLDER, "must be text, got 3"),
    ]


def test_the_settings_carry_the_folder_beside_the_thresholds() -> None:
    assert ClinicSettings.defaults().text(BACKUP_FOLDER) == ""
    stored = ClinicSettings.from_stored(
        {SAFETY_SBP: 95.0}, 4, {BACKUP_FOLDER: "/srv/ct", "newer/setting": "kept out"}
    )
    assert stored.text(BACKUP_FOLDER) == "/srv/ct" and stored[SAFETY_SBP] == 95.0
    assert dict(stored.texts) == {BACKUP_FOLDER: "/srv/ct", ARABIC_DIGITS: "latn"}  # newer key out
    assert ClinicSettings.from_stored({}, 1).text(BACKUP_FOLDER) == ""  # no row: the default
