"""The patient flags cache: each patient's flags as last computed, and which patients are stale.

A row is current for one day (``assessed_on``), one clinic settings version and one rules version
(the settings version is ``ClinicSettings.assessed_version``, the version at which a value the
assessment reads last changed: the column keeps its first name, ``settings_version``);
``stale_patient_ids`` lists every patient (archived ones too) whose row is missing or was computed
for anything else. The flags are stored as a JSON list, one object per flag with the fields of
``Flag`` (enums as their values).

The texts are stored language-neutral (``calcitrack.domain.rule_text.to_json``): a message's
English id and its values (numbers as JSON numbers, dates ISO), so that each reader sees them in
her language whoever assessed them. A text stored as a plain string (rows written before rule
texts were messages, or patient data) is read as a str, shown as it is: such rows are read, and
re-assessed anyway, since their rules version is older.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from calcitrack.domain.flags import Flag, FlagKind, Severity
from calcitrack.domain.flags_read_later import FlagsReadLater
from calcitrack.domain.rule_text import Text, text_from_json, to_json
from calcitrack.store import mapping
from calcitrack.store.records import PatientFlagsRecord, PatientRecord
from calcitrack.store.unit_of_work import utc_now

log = logging.getLogger(__name__)

_FIELDS = ("code", "kind", "severity", "title", "reason", "triggers", "source", "setting_keys")
#: Every field but ``setting_keys``, which flags stored before it existed lack.
_REQUIRED = tuple(name for name in _FIELDS if name != "setting_keys")


@dataclass(frozen=True)
class StoredFlags:
    """One patient's cached flags and what they were computed for."""

    patient_id: int
    flags: tuple[Flag, ...]
    response_category: str | None
    assessed_on: date
    settings_version: int
    rules_version: int
    computed_at: datetime


def flags_to_json(flags: Sequence[Flag]) -> str:
    """The flags as a JSON list (the text stored in ``patient_flags.flags_json``)."""
    return json.dumps(
        [
            {
                "code": f.code,
                "kind": f.kind.value,
                "severity": f.severity.value,
                "title": to_json(f.title_text),
                "reason": to_json(f.reason_text),
                "triggers": [to_json(t) for t in f.trigger_texts],
                "source": to_json(f.source_text),
                "setting_keys": list(f.setting_keys),
            }
            for f in flags
        ],
        ensure_ascii=False,
    )


def flags_from_json(text: str) -> tuple[Flag, ...]:
    """The flags stored by ``flags_to_json``; ValueError if the text is not such a list."""
    items = json.loads(text)
    if not isinstance(items, list):
        raise ValueError("the stored flags are not a JSON list")
    return tuple(_flag(item) for item in items)


def flags_read_later(text: str) -> FlagsReadLater:
    """The flags stored by ``flags_to_json``, for the patient list: each flag's kind and severity
    read now (ValueError if the text is not a list of flags with a known kind and severity), the
    rest when first looked at (the row's tooltip). Texts unreadable then are logged and read as
    no flags, as ``patient_list_repository`` reads an unreadable row (the background refresh
    rewrites them)."""
    items = json.loads(text)
    if not isinstance(items, list):
        raise ValueError("the stored flags are not a JSON list")
    marks = []
    for item in items:
        if not isinstance(item, dict) or "kind" not in item or "severity" not in item:
            raise ValueError(f"a stored flag lacks its kind or severity: {item!r}")
        marks.append(
            (mapping.coded(FlagKind, item["kind"]), mapping.coded(Severity, item["severity"]))
        )

    def read() -> tuple[Flag, ...]:
        try:
            return flags_from_json(text)
        except ValueError as error:
            log.warning("cached flags are unreadable: %s", error)
            return ()

    return FlagsReadLater(marks, read)


def _flag(item: Any) -> Flag:
    """One flag; fields a newer CalciTrack may add are ignored, ``setting_keys`` may be absent.

    Written out plainly (no generator per check, dictionary look-ups for the enums): the
    patient list reads thousands of flags on every load.
    """
    if not isinstance(item, dict):
        raise ValueError(f"a stored flag is not a JSON object: {item!r}")
    missing = [name for name in _REQUIRED if name not in item]
    if missing:
        raise ValueError(f"a stored flag lacks {', '.join(missing)}: {item!r}")
    code, triggers, keys = item["code"], item["triggers"], item.get("setting_keys", [])
    if not (isinstance(code, str) and isinstance(triggers, list) and _is_text_list(keys)):
        raise ValueError(f"a stored flag has a field of the wrong type: {item!r}")
    return Flag(
        code=code,
        kind=mapping.coded(FlagKind, item["kind"]),
        severity=mapping.coded(Severity, item["severity"]),
        title_text=_text(item["title"]),
        reason_text=_text(item["reason"]),
        trigger_texts=tuple(_text(t) for t in triggers),
        source_text=_text(item["source"]),
        setting_keys=tuple(keys),
    )


def _text(value: Any) -> Text:
    """A stored text: a str as it is, else a message (``rule_text``)."""
    if isinstance(value, str):
        return value
    try:
        return text_from_json(value)
    except (KeyError, TypeError) as error:
        raise ValueError(f"a stored text is not readable: {value!r}") from error


def _is_text_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


#: Severity → how bad, 3 the worst (the patient list shows the worst flags first).
_BADNESS = {Severity.CONTRAINDICATION: 3, Severity.WARNING: 2, Severity.REVIEW: 1}


def flag_rank(flags: Sequence[Flag]) -> int | None:
    """The patient list's order of these flags, smallest first: the worst severity first, then
    the most flags; None without flags (stored in ``patient_flags.flag_rank``)."""
    if not flags:
        return None
    return -(10 * max(_BADNESS[f.severity] for f in flags) + len(flags))


def save(
    session: Session,
    patient_id: int,
    flags: Sequence[Flag],
    *,
    response_category: str | None,
    assessed_on: date,
    settings_version: int,
    rules_version: int,
) -> None:
    """Insert or replace the patient's row (one statement: two workstations may race)."""
    values = {
        "patient_id": patient_id,
        "flags_json": flags_to_json(flags),
        "response_category": response_category,
        "assessed_on": assessed_on,
        "settings_version": settings_version,
        "rules_version": rules_version,
        "computed_at": session.info.get("now") or utc_now(),
        "flag_rank": flag_rank(flags),
    }
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        insert: Any = postgresql.insert
    elif dialect == "sqlite":
        insert = sqlite.insert
    else:  # pragma: no cover - CalciTrack runs on SQLite and PostgreSQL only
        raise NotImplementedError(f"no upsert for {dialect}")
    statement = insert(PatientFlagsRecord).values(values)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[PatientFlagsRecord.patient_id],
            set_={name: statement.excluded[name] for name in values if name != "patient_id"},
        )
    )


def load_all(session: Session) -> dict[int, StoredFlags]:
    """Every cached row by patient id, current or not (compare the versions and the day).

    A row whose flags cannot be read (written by a newer CalciTrack, or damaged) is left out and
    logged: treat a patient missing here as stale.
    """
    cached = PatientFlagsRecord
    # Plain columns, not records: building 5000 ORM objects (instance state, identity map) took
    # more than half of this function's time. Columns are also always read fresh from the
    # database, which records needed populate_existing for (``save`` is a Core upsert that the
    # identity map does not see).
    rows = session.execute(
        select(
            cached.patient_id,
            cached.flags_json,
            cached.response_category,
            cached.assessed_on,
            cached.settings_version,
            cached.rules_version,
            cached.computed_at,
        ).order_by(cached.patient_id)
    )
    # Many patients share the same text (most often "[]"); Flag is immutable, so equal texts
    # can share one parsed tuple.
    parsed: dict[str, tuple[Flag, ...]] = {}
    out: dict[int, StoredFlags] = {}
    for patient_id, text, category, assessed_on, settings_version, rules_version, at in rows:
        flags = parsed.get(text)
        if flags is None:
            try:
                flags = parsed[text] = flags_from_json(text)
            except ValueError as error:  # json.JSONDecodeError is a ValueError
                log.warning("cached flags of patient %s are unreadable: %s", patient_id, error)
                continue
        out[patient_id] = StoredFlags(
            patient_id, flags, category, assessed_on, settings_version, rules_version, at
        )
    return out


def stale_patient_ids(
    session: Session,
    *,
    settings_version: int,
    rules_version: int,
    assessed_on: date | None = None,
) -> list[int]:
    """Patients (archived included) with no cached row or one computed with other settings or
    rules (and, when ``assessed_on`` is given, on another day)."""
    cached = PatientFlagsRecord
    stale = [
        cached.patient_id.is_(None),
        cached.settings_version != settings_version,
        cached.rules_version != rules_version,
    ]
    if assessed_on is not None:
        stale.append(cached.assessed_on != assessed_on)
    return list(
        session.scalars(
            select(PatientRecord.id)
            .outerjoin(cached, cached.patient_id == PatientRecord.id)
            .where(or_(*stale))
            .order_by(PatientRecord.id)
        )
    )


FlagsToken = tuple[int, int, datetime]
"""What a patient's stored row was when a re-assessment read the chart: its settings version,
rules version and ``computed_at`` (every write to a chart rewrites the row in the same
transaction, so a row still equal to its token means no such write came in between)."""


@dataclass(frozen=True)
class Reassessed:
    """One patient's assessment, made from the chart read after the row was ``token``."""

    patient_id: int
    flags: tuple[Flag, ...]
    response_category: str | None
    token: FlagsToken | None
    """None: the patient had no stored row."""


def tokens(session: Session, patient_ids: Sequence[int]) -> dict[int, FlagsToken]:
    """The token of each of ``patient_ids`` that has a stored row (at most a few hundred ids)."""
    cached = PatientFlagsRecord
    rows = session.execute(
        select(cached.patient_id, cached.settings_version, cached.rules_version, cached.computed_at)
        .where(cached.patient_id.in_(patient_ids))
    )
    return {pid: (settings, rules, at) for pid, settings, rules, at in rows}


def save_unless_changed(
    session: Session,
    results: Sequence[Reassessed],
    *,
    assessed_on: date,
    settings_version: int,
    rules_version: int,
) -> list[int]:
    """Store each result whose patient's row is still as its token says (missing when the token
    is None); returns the ids stored. A row written meanwhile (a saved visit refreshes it with the
    chart as saved) is fresher than the result and is left as it is."""
    cached = PatientFlagsRecord.__table__
    now = session.info.get("now") or utc_now()
    dialect = session.get_bind().dialect.name
    insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    columns = ("flags_json", "flag_rank", "response_category", "assessed_on", "settings_version",
               "rules_version", "computed_at")
    # One statement of each kind with bound parameters: compiled once, not once per row.
    # RETURNING, not rowcount: psycopg's rowcount of an INSERT … ON CONFLICT is not the rows
    # inserted.
    add = (
        insert(cached)
        .values(patient_id=bindparam("pid"), **{c: bindparam(c) for c in columns})
        .on_conflict_do_nothing(index_elements=["patient_id"])
        .returning(cached.c.patient_id)
    )
    replace = (
        cached.update()
        .where(
            cached.c.patient_id == bindparam("pid"),
            cached.c.settings_version == bindparam("was_settings"),
            cached.c.rules_version == bindparam("was_rules"),
            cached.c.computed_at == bindparam("was_at"),
        )
        .values(**{c: bindparam(c) for c in columns})
        .returning(cached.c.patient_id)
    )
    stored: list[int] = []
    for result in results:
        values: dict[str, Any] = {
            "pid": result.patient_id,
            "flags_json": flags_to_json(result.flags),
            "flag_rank": flag_rank(result.flags),
            "response_category": result.response_category,
            "assessed_on": assessed_on,
            "settings_version": settings_version,
            "rules_version": rules_version,
            "computed_at": now,
        }
        if result.token is None:
            statement = add
        else:
            statement = replace
            values["was_settings"], values["was_rules"], values["was_at"] = result.token
        if session.execute(statement, values).scalar_one_or_none() is not None:
            stored.append(result.patient_id)
    return stored
