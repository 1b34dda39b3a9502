"""A new visit's next visit due defaults from the clinic's follow-up interval, shown in the
header as the nurse types: it follows the visit date until she types a due date of her own, and
she may untick it to plan none. An edited visit keeps what it has."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import FOLLOW_UP_WEEKS, ClinicSettings, definition
from calcitrack.domain.entities import PatientChart, Visit
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN
from calcitrack.ui.visit_form.draft_store import DraftStore
from calcitrack.ui.visit_form.form import VisitFormView

TODAY = date(2026, 10, 12)
_CHARTS: dict[str, PatientChart] = {}


@pytest.fixture(scope="module", autouse=True)
def stored_charts(stored_demo_charts: dict[str, PatientChart]) -> Iterator[None]:
    _CHARTS.update(stored_demo_charts)
    yield
    _CHARTS.clear()


def settings(weeks: float) -> ClinicSettings:
    values = dict(ClinicSettings.defaults().values)
    values[FOLLOW_UP_WEEKS] = weeks
    return ClinicSettings(MappingProxyType(values))


def open_form(qtbot: QtBot, tmp_path: Path, **kwargs: object) -> VisitFormView:
    form = VisitFormView(
        _CHARTS[DEMO_RA_MRN], today=TODAY, drafts=DraftStore(tmp_path / "drafts"),
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(form)
    form.resize(1200, 900)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def typed(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)  # type: ignore[attr-defined]
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


def test_the_default_is_a_visible_clinic_setting() -> None:
    setting = definition(FOLLOW_UP_WEEKS)
    assert (setting.default, setting.unit, setting.policy, setting.integer) == (
        12, "weeks", True, True
    )
    assert "the clinic sets" in setting.origin_note


def test_a_new_visit_plans_the_next_one_from_the_clinic_interval(
    qtbot: QtBot, tmp_path: Path
) -> None:
    form = open_form(qtbot, tmp_path, settings=settings(8))
    header = form.header
    assert header.next_due() == TODAY + timedelta(weeks=8)
    assert "8 weeks" in header.follow_up_label.text()
    assert header.follow_up_label.isVisible()

    typed(qtbot, header.date_edit, "2026-10-05")  # the date follows the visit date as typed
    assert header.next_due() == date(2026, 10, 5) + timedelta(weeks=8)
    assert header.next_due_edit.day() == date(2026, 11, 30)
    assert header.apply_to(Visit(None, TODAY)).next_visit_due_on == date(2026, 11, 30)


def test_a_recovered_draft_still_follows_the_visit_date(qtbot: QtBot, tmp_path: Path) -> None:
    """The QA trial's reproduction: a draft kept before a crash and recovered gave a due date that
    no longer followed the visit date, and the interval's note was gone."""
    form = open_form(qtbot, tmp_path, settings=settings(8))
    payload = form.draft_payload()

    back = open_form(qtbot, tmp_path / "again", settings=settings(8))
    assert back.header.restore_state(payload["header"]) == []
    assert back.header.follow_up_label.isVisible()
    typed(qtbot, back.header.date_edit, "2026-10-05")
    assert back.header.next_due() == date(2026, 10, 5) + timedelta(weeks=8)


def test_a_recovered_draft_keeps_the_due_date_the_nurse_typed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    form = open_form(qtbot, tmp_path)
    typed(qtbot, form.header.next_due_edit, "2027-01-11")
    payload = form.draft_payload()

    back = open_form(qtbot, tmp_path / "again")
    assert back.header.restore_state(payload["header"]) == []
    typed(qtbot, back.header.date_edit, "2026-10-05")
    assert back.header.next_due() == date(2027, 1, 11)
    assert not back.header.follow_up_label.isVisible()


def test_a_due_date_typed_by_the_nurse_stays_and_unticked_plans_none(
    qtbot: QtBot, tmp_path: Path
) -> None:
    form = open_form(qtbot, tmp_path)  # the default settings: 12 weeks
    header = form.header
    assert header.next_due() == TODAY + timedelta(weeks=12)
    typed(qtbot, header.next_due_edit, "2027-03-01")
    assert header.next_due() == date(2027, 3, 1)
    assert not header.follow_up_label.isVisible()
    typed(qtbot, header.date_edit, "2026-10-06")  # her date is hers: it no longer follows
    assert header.next_due() == date(2027, 3, 1)

    header.next_due_check.setFocus()
    qtbot.keyClick(header.next_due_check, Qt.Key.Key_Space)
    assert header.next_due() is None


def test_opening_a_new_visit_is_not_an_edit(qtbot: QtBot, tmp_path: Path) -> None:
    form = open_form(qtbot, tmp_path)
    assert form.draft_payload()["header"] == form.loaded_payload["header"]
    assert not form.is_dirty()


def test_an_edited_visit_keeps_its_own_next_due(qtbot: QtBot, tmp_path: Path) -> None:
    chart = _CHARTS[DEMO_RA_MRN]
    visit = dataclasses.replace(chart.visits[-1], next_visit_due_on=None)
    form = open_form(qtbot, tmp_path, visit=visit)
    assert form.header.next_due() is None
    assert not form.header.follow_up_label.isVisible()


def test_unticked_the_greyed_date_is_the_default_and_a_draft_gives_it_back_the_same(
    qtbot: QtBot, tmp_path: Path
) -> None:
    form = open_form(qtbot, tmp_path)
    header = form.header
    typed(qtbot, header.next_due_edit, "2027-03-01")
    header.next_due_check.setChecked(False)
    typed(qtbot, header.date_edit, "2026-10-05")
    assert header.next_due() is None
    assert header.next_due_edit.day() == date(2026, 10, 5) + timedelta(weeks=12)
    back = open_form(qtbot, tmp_path / "other")
    assert back.header.restore_state(header.state()) == []
    assert back.header.next_due_edit.day() == header.next_due_edit.day()
    assert not back.header.next_due_check.isChecked()
