"""What differs between two readings of a record, in words a nurse reads: "Pain NRS 3 → 5",
"Lesion R lateral thigh: longest diameter 30 mm → 28 mm", "Calcium, total … 2.35 mmol/L → —".

Used when a save is refused because someone else saved the same record meanwhile (optimistic
locking): the refusal lists what the other person changed between the version the user started
from and the one stored now, and the form lists which of the user's own values it could not carry
over when she reloads.

A record is described as *items* (a visit field, a lesion's measurement, a lab result, a
medication change…), each with a stable ``key``, a label, a one-line ``summary`` and, for items
with parts (a lesion's diameters, depth, method and signs), the parts. Two readings are compared
item by item; an item present in both is compared part by part, an item present on one side only
is one change (its summary against what its absence means: "not measured", "not entered", "no
change").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from calcitrack.domain.codes import CodedEnum
from calcitrack.domain.entities import Patient
from calcitrack.domain.field_change import FieldChange

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

#: How an empty value is shown.
NOTHING = "—"


@dataclass(frozen=True)
class ChangeStamp:
    """Who last saved a record and when (the record's stamps; ``at`` is timezone-aware)."""

    by: str
    at: datetime

    def describe(self) -> str:
        """ "Dr Ana Ruiz on 2026-11-20 at 10:42" in the workstation's time zone."""
        local = self.at.astimezone()
        return f"{self.by} on {local:%Y-%m-%d} at {local:%H:%M}"


@dataclass(frozen=True)
class Item:
    """One thing a record holds, described for people (see the module's docstring)."""

    key: str
    label: str
    summary: str
    parts: tuple[tuple[str, str, str], ...] = ()
    """(key, label, text) of each part; the item's own key prefixes the parts' keys."""


#: What an item's absence means, by the first part of its key ("lesion:…" → "not measured").
_ABSENT = {
    "lesion": "not measured",
    "rom": "not measured",
    "lab": "not entered",
    "medication": "no change",
    "status": "active",
    "new_lesion": "not new at this visit",
}


def absent_text(key: str) -> str:
    return _ABSENT.get(key.split(":", 1)[0], NOTHING)


def item_key(key: str) -> str:
    """The item a change's key belongs to (a part's key is ``<item key>/<part>``)."""
    return key.split("/", 1)[0]


def compare(before: Iterable[Item], after: Iterable[Item]) -> list[FieldChange]:
    """Every difference, in the order of ``after`` (an item only ``before`` has comes where it
    was)."""
    old = {item.key: item for item in before}
    new = {item.key: item for item in after}
    changes: list[FieldChange] = []
    for key in _merged_order(list(old), list(new)):
        was, now = old.get(key), new.get(key)
        if was is not None and now is not None and (was.parts or now.parts):
            was_parts = {k: (label, text) for k, label, text in was.parts}
            now_parts = {k: (label, text) for k, label, text in now.parts}
            for part in [*now_parts, *(k for k in was_parts if k not in now_parts)]:
                label, old_text = was_parts.get(part, (now_parts.get(part, ("", ""))[0], NOTHING))
                new_text = now_parts.get(part, (label, NOTHING))[1]
                if old_text != new_text:
                    changes.append(FieldChange(part, label, old_text, new_text))
            continue
        old_text = was.summary if was is not None else absent_text(key)
        new_text = now.summary if now is not None else absent_text(key)
        if old_text != new_text:
            item = now if now is not None else was
            assert item is not None  # the key is one of the two readings'
            label = item.label
            changes.append(FieldChange(key, label, old_text, new_text))
    return changes


def _merged_order(before: list[str], after: list[str]) -> list[str]:
    order = list(after)
    for i, key in enumerate(before):
        if key in order:
            continue
        earlier = next((k for k in reversed(before[:i]) if k in order), None)
        order.insert(order.index(earlier) + 1 if earlier is not None else 0, key)
    return order


def text_in(items: Iterable[Item], key: str) -> str:
    """What ``items`` hold for the field ``key`` names (a whole item or one of its parts)."""
    by_key = {item.key: item for item in items}
    item = by_key.get(item_key(key))
    if item is None:
        return absent_text(key)
    if key == item.key:
        return item.summary
    return next((text for k, _label, text in item.parts if k == key), NOTHING)


# ------------------------------------------------------------------------------- formatting


def number(value: float | int | None, unit: str = "") -> str:
    if value is None:
        return NOTHING
    text = f"{value:g}"
    return f"{text} {unit}".rstrip() if unit else text


def words(value: Any) -> str:
    """A value as text: dates in ISO form, codes by their label, yes/no, "—" for nothing."""
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, CodedEnum):
        return value.english_label  # stored with the change: never in the reader's language
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, float | int):
        return number(value)
    return str(value)


def scalar(key: str, label: str, value: Any, show: Callable[[Any], str] = words) -> Item:
    return Item(key, label, show(value))


# ----------------------------------------------------------------------------- patients

PATIENT_LABELS = {
    "mrn": "MRN",
    "family_name": "Family name",
    "given_name": "Given name",
    "sex": "Sex",
    "date_of_birth": "Date of birth",
    "underlying_disease": "Underlying disease",
    "disease_diagnosed_on": "Disease diagnosed on",
    "calcinosis_type": "Calcinosis type",
    "calcinosis_onset_on": "Calcinosis onset",
    "archived": "Archived",
}


def patient_items(patient: Patient) -> list[Item]:
    return [scalar(name, label, getattr(patient, name)) for name, label in PATIENT_LABELS.items()]


def patient_changes(before: Patient, after: Patient) -> list[FieldChange]:
    """What differs in a patient's own details (not the chart)."""
    return compare(patient_items(before), patient_items(after))


T = TypeVar("T", bound="DataclassInstance")


def rebase(read: T, yours: T, stored: T, names: Sequence[str]) -> tuple[T, list[str]]:
    """Three-way merge of a flat record: the stored one, with each field named in ``names``
    that only you changed (since ``read``) taken from ``yours``.

    Returns the result and the names of the fields you *and* someone else changed differently:
    those keep the stored value (the caller shows yours beside it).
    """
    taken: dict[str, Any] = {}
    collided: list[str] = []
    for name in names:
        mine, theirs, base = getattr(yours, name), getattr(stored, name), getattr(read, name)
        if mine in (base, theirs):
            continue
        if theirs == base:
            taken[name] = mine
        else:
            collided.append(name)
    return replace(stored, **taken), collided


def rebase_patient(read: Patient, yours: Patient, stored: Patient) -> tuple[Patient, list[str]]:
    """``yours`` carried over onto ``stored`` (see ``rebase``), with the stored id and version."""
    names = [f.name for f in fields(Patient) if f.name not in ("id", "version")]
    return rebase(read, yours, stored, names)


def not_carried_over(
    read: Sequence[Item], yours: Sequence[Item], now: Sequence[Item]
) -> list[FieldChange]:
    """The user's own changes (from ``read`` to ``yours``) that ``now`` does not hold, as
    ``FieldChange(before=what now holds, after=hers)``: after a reload, what she typed that
    collided with someone else's save and so is shown beside the form, not in it."""
    return [
        FieldChange(c.key, c.label, held, c.after)
        for c in compare(read, yours)
        if (held := text_in(now, c.key)) != c.after
    ]


__all__ = [
    "NOTHING",
    "ChangeStamp",
    "FieldChange",
    "Item",
    "absent_text",
    "compare",
    "item_key",
    "not_carried_over",
    "number",
    "patient_changes",
    "patient_items",
    "rebase",
    "rebase_patient",
    "scalar",
    "text_in",
    "words",
]
