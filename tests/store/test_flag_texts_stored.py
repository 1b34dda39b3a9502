"""The flags cache stores the rule texts language-neutral (messages and their values), so that a
flag assessed by an English-speaking worker is read by each user in her language; rows written
before, with English strings, are still read (as they were written)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient
from calcitrack.domain.flags import Flag, FlagKind, Severity
from calcitrack.domain.rule_text import Arg, Day, Joined, Message, Number, Text, to_json
from calcitrack.i18n.catalogue import activate, current_language, using
from calcitrack.i18n.languages import Language
from calcitrack.services.patient_service import PatientService
from calcitrack.store import flag_repository
from calcitrack.store.flag_repository import flags_from_json, flags_to_json
from calcitrack.store.unit_of_work import UnitOfWork
from tests.domain.review.test_flag_languages import PORTUGUESE, _chart_with_flags
from tests.domain.review.test_safety_flags import DEFAULTS, ON
from tests.support.tmp_catalogue import install_catalogue

PT, AR = Language.PORTUGUESE, Language.ARABIC
TODAY = date(2026, 3, 20)


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    assert current_language() is Language.ENGLISH
    yield
    activate(Language.ENGLISH)


def _patient_id(clinic: Clinic) -> int:
    service = PatientService(dataclasses.replace(clinic.context(), today=lambda: TODAY))
    patient = service.create(
        Patient("F-1", "Sørensen", "Ingrid", Sex.FEMALE, date(1960, 1, 1), UnderlyingDisease.SSC)
    )
    assert patient.id is not None
    return patient.id


def test_flags_assessed_in_english_are_read_in_portuguese_from_the_database(
    clinic: Clinic, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from calcitrack.domain.review.safety_flags import safety_flags

    install_catalogue(monkeypatch, tmp_path, PT, PORTUGUESE)
    chart = _chart_with_flags()
    flags = safety_flags(chart, DEFAULTS, on=ON, visit=chart.visits[-1])
    english = [f.tooltip for f in flags]
    with using(PT):
        portuguese = [f.tooltip for f in flags]
    assert portuguese != english
    patient_id = _patient_id(clinic)
    uow = UnitOfWork(clinic.engine)
    assert clinic.user.id is not None
    with uow.begin(clinic.user.id) as session:  # the worker assessed in English
        flag_repository.save(session, patient_id, flags, response_category=None,
                             assessed_on=TODAY, settings_version=1, rules_version=7)
    with uow.read() as session:
        stored = session.execute(
            text("SELECT flags_json FROM patient_flags WHERE patient_id = :p"), {"p": patient_id}
        ).scalar_one()
        loaded = flag_repository.load_all(session)[patient_id].flags
    assert "Colchicine with low eGFR" in stored and "Colquicina" not in stored
    egfr = json.loads(stored)[1]
    assert egfr["code"] == "colchicine_low_egfr"
    assert egfr["triggers"][0]["args"]["value"] == {"number": pytest.approx(28.0, abs=0.05),
                                                    "spec": ".1f"}
    assert egfr["triggers"][0]["args"]["day"] == {"day": "2026-02-14"}
    with using(PT):
        assert [f.tooltip for f in loaded] == portuguese
    assert [f.tooltip for f in loaded] == english


def test_a_row_stored_with_english_strings_is_still_read(clinic: Clinic) -> None:
    old = json.dumps([{
        "code": "colchicine_low_egfr", "kind": "safety", "severity": "warning",
        "title": "Colchicine with low eGFR", "reason": "Colchicine with eGFR below 30 …",
        "triggers": ["eGFR 28.0 mL/min/1.73 m² on 2026-02-14"], "source": "[R41]",
    }])
    (flag,) = flags_from_json(old)
    assert (flag.title, flag.triggers, flag.source) == (
        "Colchicine with low eGFR", ("eGFR 28.0 mL/min/1.73 m² on 2026-02-14",), "[R41]")
    with using(PT):
        assert flag.title == "Colchicine with low eGFR"  # as written: it is re-assessed anyway


@pytest.mark.parametrize("broken", [
    {"msgid": 3}, {"number": "28"}, {"number": 1.5}, {"day": "14/02/2026"}, {"join": ", "},
    {"msgid": "{a}", "args": {"a": {"what": 1}}}, [1], {"msgid": "Colchicine", "context": 3},
    {"msgid": "a", "plural": "b", "count": 2, "context": "drug"},
])
def test_a_damaged_text_is_refused(broken: object) -> None:
    row = {"code": "x", "kind": "review", "severity": "review", "title": broken, "reason": "r",
           "triggers": [], "source": "s"}
    with pytest.raises(ValueError):
        flags_from_json(json.dumps([row]))


# ------------------------------------------------------------------ round trip (Hypothesis)

NAMES = st.sampled_from(["a", "b", "value", "day", "count_of"])
WORDS = st.text(st.characters(codec="utf-8", exclude_characters="{}"), max_size=12)
NUMBERS = st.one_of(
    st.builds(Number, st.floats(allow_nan=False, allow_infinity=False, width=64),
              st.sampled_from(["g", ".0f", ".1f", ".2f"])),
    st.builds(Number, st.integers(-10**9, 10**9), st.sampled_from(["d", "g"])),
)
DAYS = st.builds(Day, st.dates(date(1900, 1, 1), date(2100, 12, 31)))


def _messages(args: st.SearchStrategy[Arg]) -> st.SearchStrategy[Message]:
    @st.composite
    def build(draw: st.DrawFn) -> Message:
        named = draw(st.dictionaries(NAMES, args, max_size=3))
        words = draw(WORDS)
        msgid = words + " ".join("{" + name + "}" for name in named)
        if draw(st.booleans()):  # a text marked in a context (a drug's name) or not
            context = draw(st.sampled_from([None, "drug", "side of the body"]))
            return Message(msgid, tuple(sorted(named.items())), context=context)
        count = draw(st.integers(0, 120))
        return Message(msgid, tuple(sorted({**named, "count": Number(count, "d")}.items())),
                       msgid + " {count}", count)
    return build()


ARGS: st.SearchStrategy[Arg] = st.recursive(
    st.one_of(WORDS, NUMBERS, DAYS),
    lambda inner: st.one_of(
        _messages(inner),
        st.builds(Joined, st.sampled_from(["; ", ", "]),
                  st.lists(st.one_of(WORDS, _messages(inner)), max_size=3).map(tuple)),
    ),
    max_leaves=8,
)
TEXTS: st.SearchStrategy[Text] = st.one_of(WORDS, _messages(ARGS))
FLAGS = st.builds(
    Flag,
    code=st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=20),
    kind=st.sampled_from(FlagKind),
    severity=st.sampled_from(Severity),
    title_text=TEXTS,
    reason_text=TEXTS,
    trigger_texts=st.lists(TEXTS, max_size=3).map(tuple),
    source_text=TEXTS,
    setting_keys=st.lists(st.text(max_size=8), max_size=2).map(tuple),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(FLAGS, max_size=3).map(tuple))
def test_stored_flags_read_back_equal_and_written_alike_in_every_language(
    flags: tuple[Flag, ...],
) -> None:
    stored = flags_to_json(flags)
    back = flags_from_json(stored)
    assert back == flags
    assert flags_to_json(back) == stored
    for language, digits in ((Language.ENGLISH, "latn"), (PT, "latn"), (AR, "arab")):
        with using(language, digits):
            assert [f.tooltip for f in back] == [f.tooltip for f in flags]


def test_numbers_are_stored_as_numbers_and_dates_as_iso() -> None:
    message = Message("{n} on {d}", (("d", Day(date(2026, 3, 7))), ("n", Number(0.1 + 0.2, ".2f"))))
    assert to_json(message) == {
        "msgid": "{n} on {d}", "args": {"d": {"day": "2026-03-07"},
                                        "n": {"number": 0.30000000000000004, "spec": ".2f"}}}


def test_what_is_stored_is_assessed_in_english_whatever_the_saving_window_speaks(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """What a Portuguese nurse's save stores is English: a dose's frequency is kept as a message
    (its English label, translated when read), and the assessment for the cache runs in English
    anyway, for any label a rule would put into its text as it is."""
    from calcitrack.domain.review.assessment import assess
    from calcitrack.services.reassessment_worker import assess_to_store

    install_catalogue(monkeypatch, tmp_path, PT, {"once daily": "uma vez por dia"})
    chart = _chart_with_flags()
    activate(PT)
    unguarded = flags_to_json(assess(chart, DEFAULTS, on=ON).flags)
    assert "uma vez por dia" not in unguarded  # the schedule is a message, whatever the process
    assert '{"msgid": "once daily"}' in unguarded
    stored = flags_to_json(assess_to_store(chart, DEFAULTS, ON).flags)
    assert "once daily" in stored and "uma vez por dia" not in stored
    assert current_language() is PT
