"""Property tests of the visit form's drafts: whatever is typed into a real form (hypothesis
draws it, ``form_filling``) comes back exactly from the draft on disk, and exactly through a
reload after someone else saved the visit. Compared: every input as the nurse sees it, the entry
the form would save, and the draft itself."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from traceback import format_exception

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.domain.visits.visit_entry import MedicationChangeKind, VisitEntry
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visit_form.form import VisitFormView
from calcitrack.ui.visit_form.sections.lesion_entry_panel import typed_for
from tests.ui.draft_support import TODAY, edit_form, saved_again
from tests.ui.form_filling import fill_form, inputs_seen


def _fresh(chart: PatientChart, store: DraftStore, visit: Visit | None) -> VisitFormView:
    labs = [lab for lab in chart.labs if visit is not None and lab.visit_id == visit.id]
    # Not shown: a window on screen per example would only cost time; what it would show is
    # read from the widgets themselves (``inputs_seen``).
    return VisitFormView(chart, today=TODAY, drafts=store, visit=visit, visit_labs=labs)


def _not_shown(form: VisitFormView) -> int:
    """What the form holds but does not show (typed, then the date moved): a change of a period
    not taken on the date, what was typed for a lesion not active on it. The draft keeps it, and
    its recovery says so (once for two changes alike)."""
    rows = [
        r
        for r in form.medications.rows
        if r.kind is not MedicationChangeKind.START
        and r.period() is None
        and r.change().period_id is not None
    ]
    shown = {r.label() for r in form.lesions.rows}
    kept = form.lesions.state()["lesions"]
    return len(rows) + sum(1 for label, s in kept.items() if label not in shown and typed_for(s))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_whatever_is_typed_comes_back_exactly_from_the_draft(
    qtbot: QtBot,
    tmp_path_factory: pytest.TempPathFactory,
    stored_demo_charts: dict[str, PatientChart],
    data: st.DataObject,
) -> None:
    # DEMO-0001 (five drugs taken together) most often: a change put back on another drug shows.
    mrns = [DEMO_RA_MRN] * 4 + sorted(stored_demo_charts)
    chart = stored_demo_charts[data.draw(st.sampled_from(mrns), label="chart")]
    visit = data.draw(st.one_of(st.none(), st.sampled_from(chart.visits)), label="edited visit")
    days = [TODAY, *(v.visit_date + timedelta(days=7) for v in chart.visits)]
    if visit is not None:
        days.append(visit.visit_date)
    day = data.draw(
        st.one_of(st.sampled_from(days), st.dates(date(2019, 1, 1), TODAY)), label="visit date"
    )
    store = DraftStore(tmp_path_factory.mktemp("drafts"))
    forms: list[VisitFormView] = []
    with qtbot.captureExceptions() as raised:  # an error while typing fails this example
        try:
            typed = _fresh(chart, store, visit)
            forms.append(typed)
            date_last = data.draw(st.booleans(), label="date typed last")
            fill_form(data.draw, typed, day=day, date_last=date_last)
            QApplication.processEvents()
            store.save(typed.draft_key, typed.draft_payload())

            back = _fresh(chart, store, visit)
            forms.append(back)
            assert back.has_draft()
            back.restore_draft()
            QApplication.processEvents()
            assert inputs_seen(back) == inputs_seen(typed)
            assert back.entry() == typed.entry()
            losses = back.restore_losses.state()
            assert back.draft_payload() == typed.draft_payload() | {"losses": losses}
            assert 0 < len(losses) <= _not_shown(typed) or (not losses and not _not_shown(typed))
        finally:
            for form in forms:
                form._retire()
                form.hide()
                form.deleteLater()
            flush_deleted()
    assert not raised, "".join(format_exception(*raised[0]))


def flush_deleted() -> None:
    """Delete now the widgets given to ``deleteLater`` (outside an event loop Qt keeps them)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _rows_renamed(entry: VisitEntry) -> VisitEntry:
    """``entry`` without the stored ids of its labs: a save of the visit writes its labs anew,
    so the other save's rows are not hers (``visit_form_rebase``); their values must be."""
    labs = tuple(
        dataclasses.replace(lab, id=None, version=0, patient_id=None, visit_id=None)
        for lab in entry.labs
    )
    return dataclasses.replace(entry, labs=labs)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_whatever_is_typed_is_carried_over_whole_by_a_reload(
    qtbot: QtBot,
    tmp_path_factory: pytest.TempPathFactory,
    stored_demo_charts: dict[str, PatientChart],
    data: st.DataObject,
) -> None:
    """Someone else saved the visit without changing anything she changed: the reloaded form
    shows exactly what she typed, and would save exactly that."""
    mrns = [DEMO_RA_MRN] * 4 + sorted(stored_demo_charts)
    chart = stored_demo_charts[data.draw(st.sampled_from(mrns), label="chart")]
    visit = data.draw(st.sampled_from(chart.visits), label="edited visit")
    store = DraftStore(tmp_path_factory.mktemp("drafts"))
    forms: list[VisitFormView] = []
    with qtbot.captureExceptions() as raised:
        try:
            his = edit_form(chart, store, visit)
            forms.append(his)
            fill_form(data.draw, his, day=visit.visit_date, date_last=False)
            seen, entry = inputs_seen(his), his.entry()
            newer_chart, newer = saved_again(chart, visit)
            form = edit_form(newer_chart, store, newer)
            forms.append(form)
            form.take_over(his)
            QApplication.processEvents()
            assert inputs_seen(form) == seen
            assert _rows_renamed(form.entry()) == _rows_renamed(
                dataclasses.replace(
                    entry, visit=dataclasses.replace(entry.visit, version=newer.version)
                )
            )
            assert form.set_aside.changes == ()
            losses = form.restore_losses.losses
            assert 0 < len(losses) <= _not_shown(his) or (not losses and not _not_shown(his))
        finally:
            for each in forms:
                each._retire()
                each.hide()
                each.deleteLater()
            flush_deleted()
    assert not raised, "".join(format_exception(*raised[0]))
