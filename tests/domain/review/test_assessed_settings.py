"""``ASSESSED_KEYS`` is what the assessment reads: the stored flags are compared with the version
at which one of them last changed, so a setting the rules read but not declared would leave flags
current that are not, and one declared but not read would re-assess the clinic for nothing.

Both checked by running the rules (``assess``) on every demo patient at each of their visits and
on a later day: once with settings that record each key read, once with each other setting
changed."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import TypeVar

import pytest

from calcitrack.domain.clinic_settings import (
    ASSESSED_KEYS,
    ASSESSED_SECTIONS,
    DEFINITIONS,
    SAFETY_HR_WARNING,
    ClinicSettings,
    SettingDefinition,
)
from calcitrack.domain.clinic_text_settings import BACKUP_FOLDER, TEXT_DEFAULTS
from calcitrack.domain.dose_labels import DOSE_LIMITS
from calcitrack.domain.review.assessment import assess
from calcitrack.domain.review.assessment_types import Assessment
from calcitrack.services.demo.demo_clinic import demo_charts

LATER = date(2026, 11, 21)
V = TypeVar("V")


class _Recording(Mapping[str, V]):
    """A settings mapping that notes every key asked for (iterating over it asks for all)."""

    def __init__(self, inner: Mapping[str, V], seen: set[str]) -> None:
        self._inner, self._seen = dict(inner), seen

    def __getitem__(self, key: str) -> V:
        self._seen.add(key)
        return self._inner[key]

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self._seen.add(key)
        return key in self._inner

    def __iter__(self) -> Iterator[str]:
        self._seen.update(self._inner)
        return iter(self._inner)

    def __len__(self) -> int:
        return len(self._inner)


def _assessments(settings: ClinicSettings) -> list[Assessment]:
    """Every demo patient assessed at each visit and on a later day."""
    found = []
    for chart in demo_charts():
        for day in [*(v.visit_date for v in chart.visits), LATER]:
            found.append(assess(chart, settings, on=day))
    return found


def _read_by_the_rules() -> set[str]:
    seen: set[str] = set()
    defaults = ClinicSettings.defaults()
    recording = ClinicSettings(
        _Recording(defaults.values, seen), 3, _Recording(defaults.texts, seen)
    )
    _assessments(recording)
    return seen


def test_the_rules_read_only_assessed_settings() -> None:
    read = _read_by_the_rules()
    assert read, "the recording saw no setting read"
    assert read <= ASSESSED_KEYS, f"read but not declared assessed: {sorted(read - ASSESSED_KEYS)}"


def test_every_assessed_threshold_is_read_by_the_rules() -> None:
    """Every response, surgery and safety threshold is read; the dose limits are read for the
    drugs a patient takes (each label maximum is one of them)."""
    read = _read_by_the_rules()
    dose_keys = {limit.key for limit in DOSE_LIMITS}
    assert ASSESSED_KEYS - dose_keys <= read
    assert dose_keys <= ASSESSED_KEYS
    assert read & dose_keys, "no demo patient's dose was checked against its label"


def test_the_declaration_is_by_section() -> None:
    assessed = {d.section for d in DEFINITIONS if d.assessed}
    assert assessed == ASSESSED_SECTIONS
    assert not any(d.data_quality for d in DEFINITIONS if d.assessed)
    assert {d.section for d in DEFINITIONS if not d.assessed} >= {
        "accounts", "backup", "schedule", "data_quality"
    }


def _changed(d: SettingDefinition) -> float:
    default = d.default if d.default is not None else d.minimum
    return d.maximum if default != d.maximum else d.minimum


@pytest.mark.parametrize(
    "definition", [d for d in DEFINITIONS if not d.assessed], ids=lambda d: d.key
)
def test_another_value_of_a_setting_not_assessed_changes_no_assessment(
    definition: SettingDefinition,
) -> None:
    before = _assessments(ClinicSettings.from_stored({}, 5))
    values = {definition.key: _changed(definition)}
    changed = ClinicSettings.from_stored(values, 5, {BACKUP_FOLDER: "/srv/elsewhere"})
    assert changed.optional(definition.key) != ClinicSettings.defaults().optional(definition.key)
    assert _assessments(changed) == before


def test_another_value_of_an_assessed_setting_can_change_an_assessment() -> None:
    """The check above can fail: the same comparison sees a threshold the rules use."""
    before = _assessments(ClinicSettings.from_stored({}, 5))
    stricter = ClinicSettings.from_stored({SAFETY_HR_WARNING: 100}, 5)
    assert _assessments(stricter) != before


def test_the_text_settings_are_not_assessed() -> None:
    assert not set(TEXT_DEFAULTS) & ASSESSED_KEYS
