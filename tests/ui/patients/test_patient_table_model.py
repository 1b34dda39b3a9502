"""The patient table model's rows: drug names per row, pages put and evicted, a placeholder for
a row on its way, stale flags shown stale."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Sex, UnderlyingDisease
from calcitrack.domain.entities import Patient, PatientChart, PatientSummary
from calcitrack.domain.patient_list import PatientListPage, PatientListQuery, StatusFilter
from calcitrack.services.demo.demo_clinic import DEMO_DM_MRN, DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.ui.patients.patient_table_model import (
    DRUGS_COLUMN,
    FLAGS_COLUMN,
    NAME_COLUMN,
    PLACEHOLDER,
    PatientTableModel,
    drug_names,
)
from tests.support.accounts import open_signed_in

TODAY = date(2026, 9, 14)
REGIMENS = [
    frozenset(),
    frozenset({"colchicine", "diltiazem"}),
    frozenset({"diltiazem"}),
    frozenset({"diltiazem", "colchicine"}),  # equal to the second: shares its text
    frozenset({"not-a-known-drug"}),
]


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    ChartService(opened.context()).add_charts(demo_charts())
    yield opened
    opened.close()


def _page(clinic: Clinic, **query: object) -> PatientListPage:
    return PatientService(clinic.context()).list_page(
        PatientListQuery(status=StatusFilter.ALL, **query), today=TODAY  # type: ignore[arg-type]
    )


def _summaries(count: int) -> tuple[PatientSummary, ...]:
    return tuple(
        PatientSummary(
            Patient(f"T-{n:03}", "Ames", "Al", Sex.FEMALE, date(1970, 1, 1),
                    UnderlyingDisease.SSC, id=n),
            None, 0, 0, current_drugs=REGIMENS[n % len(REGIMENS)],
        )
        for n in range(count)
    )


def test_every_row_has_its_drugs_through_pages_put(qtbot: QtBot) -> None:
    model = PatientTableModel(page_size=10)
    rows = _summaries(23)
    model.reset(PatientListPage(rows[:10], 0, 23, 40))
    assert (model.rowCount(), model.matching, model.total) == (23, 23, 40)  # every match
    assert model.put(PatientListPage(rows[20:], 20, 23, 40))
    assert model.put(PatientListPage(rows[10:20], 10, 23, 40))
    assert not model.put(PatientListPage(rows[10:20], 10, 24, 41))  # one more patient meanwhile
    assert [model.summary(r) for r in range(model.rowCount())] == list(rows)
    names = [model.data(model.index(r, DRUGS_COLUMN)) for r in range(model.rowCount())]
    assert names == [drug_names(s.current_drugs) for s in rows]
    assert "Colchicine, Diltiazem" in names and "not-a-known-drug" in names and "" in names


def test_a_row_not_held_shows_a_placeholder_and_asks_for_its_page_once(qtbot: QtBot) -> None:
    model = PatientTableModel(page_size=2)
    asked: list[int] = []
    model.wanted = asked.append
    rows = _summaries(5)
    model.reset(PatientListPage(rows[:2], 0, 5, 5))
    assert model.summary(3) is None
    assert model.data(model.index(3, NAME_COLUMN)) == PLACEHOLDER
    assert model.data(model.index(3, DRUGS_COLUMN)) is None
    assert model.data(model.index(3, NAME_COLUMN), Qt.ItemDataRole.ToolTipRole) is None
    assert asked[-1] == 1
    model.mark_asked(1)
    asked.clear()
    model.data(model.index(2, NAME_COLUMN))
    assert asked == []  # on its way: not asked twice
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    assert model.put(PatientListPage(rows[2:4], 2, 5, 5))
    assert changed == [(2, 3)]
    assert model.data(model.index(3, NAME_COLUMN)) == "Ames, Al"


def test_the_pages_held_are_bounded_but_never_those_pinned(qtbot: QtBot) -> None:
    model = PatientTableModel(page_size=2, cache_pages=4)
    model.pinned = lambda: [0, 1, 9]  # in view: rows 0-1; selected: row 9
    rows = _summaries(20)
    model.reset(PatientListPage(rows[:2], 0, 20, 20))
    for number in (4, 2, 3, 5, 6):
        model.put(PatientListPage(rows[number * 2 : number * 2 + 2], number * 2, 20, 20))
    assert model.held_pages() == [0, 4, 5, 6]  # pinned, and the newest arrived
    model.data(model.index(10, NAME_COLUMN))  # page 5 shown again: page 6 shown longest ago
    model.put(PatientListPage(rows[14:16], 14, 20, 20))
    assert model.held_pages() == [0, 4, 5, 7]
    assert model.data(model.index(12, NAME_COLUMN)) == PLACEHOLDER


def test_current_flags_read_as_they_are(qtbot: QtBot, clinic: Clinic) -> None:
    model = PatientTableModel()
    model.reset(_page(clinic), today=TODAY)
    row = model.row_of_mrn(DEMO_RA_MRN)
    assert row is not None
    index = model.index(row, FLAGS_COLUMN)
    assert index.data() == "1 safety"
    assert "out of date" not in index.data(Qt.ItemDataRole.ToolTipRole).lower()
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None


def test_stale_flags_are_shown_out_of_date_not_as_current(qtbot: QtBot, clinic: Clinic) -> None:
    page = _page(clinic)
    stale = tuple(dataclasses.replace(s, flags_stale=True) for s in page.rows)
    model = PatientTableModel()
    model.reset(dataclasses.replace(page, rows=stale), today=TODAY)
    ra = model.index(model.row_of_mrn(DEMO_RA_MRN) or 0, FLAGS_COLUMN)
    assert ra.data() == "1 safety (out of date)"
    tooltip = ra.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Out of date: these flags were assessed with earlier clinic settings")
    assert "re-assessed" in tooltip and "Decision support" in tooltip
    assert "Colchicine with diltiazem" in tooltip  # still says what triggered them
    assert ra.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert ra.data(Qt.ItemDataRole.DecorationRole) is not None
    # No flags, but assessed with earlier settings: not "no flags" as if current.
    unflagged = next(r for r in range(model.rowCount()) if not model.summary(r).flags)
    cell = model.index(unflagged, FLAGS_COLUMN)
    assert cell.data() == "(out of date)"
    assert "Out of date" in cell.data(Qt.ItemDataRole.ToolTipRole)
    dm = model.index(model.row_of_mrn(DEMO_DM_MRN) or 0, FLAGS_COLUMN)
    assert dm.data() == "review (out of date)"


def test_a_patient_never_assessed_is_not_assessed_yet(qtbot: QtBot) -> None:
    chart = PatientChart(
        Patient("T-900", "Nowak", "Zofia", Sex.FEMALE, date(1990, 1, 2), UnderlyingDisease.SSC)
    )
    summary = PatientSummary(chart.patient, None, 0, 0, flags_stale=True)
    model = PatientTableModel()
    model.reset(PatientListPage((summary,), 0, 1, 1))
    index = model.index(0, FLAGS_COLUMN)
    assert index.data() == ""
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Not assessed yet"
