"""A signed visit changed behind the application's back shows as such in the window: the Visits
tab's Signed cell leads with "Signature invalid — changed after signing", in red, and its tooltip
says "Signature invalid — the record changed after signing"; an untouched signed visit shows its
signer as before (real SQLite file, real window)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.ui.shell.main_window import MainWindow
from tests.support.accounts import TEST_PASSWORD, open_signed_in
from tests.ui.shell.test_sign_off_in_window import DEMO_RA_MRN, SIGNED, TODAY, _window

INVALID = "Signature invalid — the record changed after signing"


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    """The demo's RA patient with her two latest visits signed; the latest then changed by an
    UPDATE straight into the database file."""
    opened = open_signed_in(
        f"sqlite:///{tmp_path / 'demo.sqlite3'}", "dr.ines", "Dr Inês Sá", Role.PHYSICIAN
    )
    opened.today = lambda: TODAY
    ChartService(opened.context()).add_charts(demo_charts())
    chart = PatientService(opened.context()).chart(DEMO_RA_MRN)
    latest, earlier = sorted(chart.visits, key=lambda v: v.visit_date, reverse=True)[:2]
    for visit in (latest, earlier):
        VisitService(opened.context()).sign(DEMO_RA_MRN, visit, TEST_PASSWORD)
    with opened.engine.begin() as conn:
        conn.execute(
            text("UPDATE visits SET pain_nrs=9, weight_kg=99 WHERE id = :id"), {"id": latest.id}
        )
    yield opened
    opened.close()


def _cell(window: MainWindow, row: int, role: Qt.ItemDataRole) -> object:
    model = window.workspace.visits.model
    return model.data(model.index(row, SIGNED), role)


def test_the_visits_tab_says_the_changed_signed_visit_is_invalid(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    window = _window(qtbot, clinic)
    latest = str(_cell(window, 0, Qt.ItemDataRole.DisplayRole))
    assert latest.startswith("Signature invalid —\nchanged after signing\n"), latest
    assert "Dr Inês Sá" in latest
    assert INVALID in str(_cell(window, 0, Qt.ItemDataRole.ToolTipRole))
    assert _cell(window, 0, Qt.ItemDataRole.ForegroundRole) is not None  # red

    untouched = str(_cell(window, 1, Qt.ItemDataRole.DisplayRole))
    assert untouched.startswith("Dr Inês Sá") and "invalid" not in untouched
    assert _cell(window, 1, Qt.ItemDataRole.ForegroundRole) is None
    window.grab().save(str(tmp_path / "invalid-signature.png"))
