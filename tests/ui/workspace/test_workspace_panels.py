"""The read-only tabs of the patient workspace, driven with the mouse and keyboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import Frequency
from calcitrack.domain.dose_labels import METHOTREXATE_WEEKLY_KEY
from calcitrack.domain.entities import PatientChart
from calcitrack.services.demo.demo_clinic import (
    DEMO_DM_MRN,
    DEMO_RA_MRN,
    DEMO_SSC_MRN,
    demo_charts,
)
from calcitrack.ui.workspace.site_events_panel import SiteEventsPanel
from calcitrack.ui.workspace.workspace_tabs import (
    LabsPanel,
    LesionsPanel,
    MedicationsPanel,
    VisitsPanel,
)

TODAY = date(2026, 9, 20)
CA_MMOL_PER_MG_DL = 0.2495  # DOMAIN.md §4.2


def chart(mrn: str) -> PatientChart:
    return next(c for c in demo_charts() if c.patient.mrn == mrn)


def with_ids(c: PatientChart) -> PatientChart:
    """The chart as the store returns it: every visit has an id (100, 101, … in chart order)."""
    return replace(c, visits=tuple(replace(v, id=100 + i) for i, v in enumerate(c.visits)))


def cell(model: QAbstractItemModel, row: int, column: int) -> object:
    return model.data(model.index(row, column))


def shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)


def click_row(qtbot: QtBot, view: QTableView, row: int, *, double: bool = False) -> None:
    centre = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:  # QTest sends the double-click alone: the view needs the press before it
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


# ------------------------------------------------------------------------------ visits


@pytest.fixture
def visits_panel(qtbot: QtBot) -> VisitsPanel:
    panel = VisitsPanel()
    panel.set_chart(with_ids(chart(DEMO_RA_MRN)), TODAY)
    shown(qtbot, panel)
    return panel


def test_double_click_opens_the_visit_under_the_mouse(
    qtbot: QtBot, visits_panel: VisitsPanel
) -> None:
    assert cell(visits_panel.model, 0, 0) == "2026-09-14"  # newest first
    with qtbot.waitSignal(visits_panel.visit_activated) as opened:
        click_row(qtbot, visits_panel.view, 1, double=True)
    assert opened.args == [105]  # the 2026-03-16 visit, sixth in chart order


def test_enter_opens_and_delete_asks_to_delete_the_current_visit(
    qtbot: QtBot, visits_panel: VisitsPanel
) -> None:
    view = visits_panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    click_row(qtbot, view, 6)
    qtbot.keyClick(view, Qt.Key.Key_Up)  # now on the 2025-04-21 visit
    assert visits_panel.selected_visit() is not None
    assert visits_panel.selected_visit().visit_date == date(2025, 4, 21)
    with qtbot.waitSignal(visits_panel.visit_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [101]
    with qtbot.waitSignal(visits_panel.delete_requested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked.args == [101]
    assert visits_panel.delete_action.text() in [a.text() for a in view.actions()]


def test_an_unsaved_visit_is_not_opened(qtbot: QtBot) -> None:
    panel = VisitsPanel()
    panel.set_chart(chart(DEMO_RA_MRN), TODAY)  # demo charts have no ids yet
    shown(qtbot, panel)
    with qtbot.assertNotEmitted(panel.visit_activated):
        click_row(qtbot, panel.view, 0, double=True)


# ----------------------------------------------------------------------------- lesions


def test_the_history_follows_the_selected_lesion(qtbot: QtBot) -> None:
    panel = LesionsPanel()
    panel.set_chart(chart(DEMO_RA_MRN), TODAY)
    shown(qtbot, panel)
    history = panel.history_model
    assert history.lesion is not None and history.lesion.label == "R lateral thigh"
    assert cell(history, 0, 1) == "225"  # latest longest diameter, newest first
    assert "R lateral thigh" in panel.history_label.text()

    knee = panel.lesion_model.row_of("R knee")
    assert knee is not None
    click_row(qtbot, panel.lesion_view, knee)
    assert history.lesion is not None and history.lesion.label == "R knee"
    assert [cell(history, r, 1) for r in range(history.rowCount())] == [
        "45", "47", "50", "53", "57", "60", "60"
    ]  # fmt: skip
    qtbot.keyClick(panel.lesion_view, Qt.Key.Key_Down)
    assert history.lesion.label == "L lateral thigh"
    assert cell(history, 0, 1) == "90"

    assert panel.select_lesion("R upper chest")
    assert panel.lesion_view.currentIndex().row() == panel.lesion_model.row_of("R upper chest")
    assert cell(history, 0, 1) == "8"
    assert not panel.select_lesion("No such lesion")
    assert history.lesion.label == "R upper chest"


def test_a_new_chart_keeps_the_lesion_if_it_has_it_else_shows_the_first(qtbot: QtBot) -> None:
    panel = LesionsPanel()
    shown(qtbot, panel)
    panel.set_chart(chart(DEMO_DM_MRN), TODAY)
    panel.select_lesion("R buttock")
    panel.set_chart(chart(DEMO_RA_MRN), TODAY)  # RA also has an "R buttock"
    assert panel.history_model.lesion is not None
    assert panel.history_model.lesion.label == "R buttock"
    assert cell(panel.history_model, 0, 1) == "115"  # the RA patient's, not the DM one's
    panel.set_chart(chart(DEMO_SSC_MRN), TODAY)
    assert panel.history_model.lesion.label == "R index finger"
    panel.set_chart(PatientChart(chart(DEMO_SSC_MRN).patient), TODAY)
    assert panel.history_model.rowCount() == 0
    assert panel.history_label.text() == "History"


# ------------------------------------------------------------------------- medications


def test_medications_show_the_regimen_on_the_day_and_every_dose_change(qtbot: QtBot) -> None:
    panel = MedicationsPanel()
    panel.set_chart(chart(DEMO_SSC_MRN), date(2025, 12, 1))
    shown(qtbot, panel)
    assert "2025-12-01" in panel.current_label.text()
    current = panel.current_model
    assert [cell(current, r, 0) for r in range(current.rowCount())] == [
        "Diltiazem",
        "Minocycline",
    ]
    # 240 mg once daily on the weight of 2025-11-10, 61.5 kg: 3.902 mg/kg/day.
    assert cell(current, 0, 6) == f"{240 / 61.5:.2f}" == "3.90"
    history = panel.history_model
    events = [cell(history, r, 0) for r in range(history.rowCount())]
    assert events == ["Started → Stop planned", "Dose changed", "Started"]  # stops 2026-02-02
    assert cell(history, 1, 2) == "240 mg"


# -------------------------------------------------------------------------------- labs


def test_choosing_a_unit_converts_the_selected_analyte(qtbot: QtBot) -> None:
    panel = LabsPanel()
    panel.set_chart(chart(DEMO_SSC_MRN), TODAY)  # an SI lab: calcium 2.38 mmol/L
    shown(qtbot, panel)
    model, combo = panel.model, panel.unit_combo
    calcium = model.row_of("calcium_total")
    assert calcium is not None
    panel.view.setFocus()
    qtbot.mouseClick(
        panel.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.view.visualRect(model.index(calcium, 0)).center(),
    )
    assert [combo.itemData(i) for i in range(combo.count())] == ["mg/dL", "mmol/L"]
    assert combo.currentData() == "mmol/L" and combo.isEnabled()
    assert cell(model, calcium, 0) == "2.38"

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # the unit above: mg/dL
    assert combo.currentData() == "mg/dL"
    assert cell(model, calcium, 0) == f"{2.38 / CA_MMOL_PER_MG_DL:.2f}" == "9.54"
    header = model.headerData(calcium, Qt.Orientation.Vertical)
    assert header == "Calcium, total (serum/plasma) (mg/dL)"

    creatinine = model.row_of("creatinine")
    assert creatinine is not None
    panel.select_analyte("creatinine")
    assert [combo.itemText(i) for i in range(combo.count())] == ["mg/dL", "µmol/L"]
    assert combo.currentData() == "umol/L"
    assert cell(model, calcium, 0) == "9.54"  # calcium stays as chosen

    panel.select_analyte("esr")  # one unit only: nothing to choose
    assert combo.count() == 1 and not combo.isEnabled()


def test_the_flowsheet_opens_on_the_newest_results(qtbot: QtBot) -> None:
    panel = LabsPanel()
    panel.set_chart(chart(DEMO_DM_MRN), TODAY)
    shown(qtbot, panel)
    current = panel.view.currentIndex()
    assert current.column() == panel.model.columnCount() - 1
    assert panel.model.headerData(current.column(), Qt.Orientation.Horizontal) == "2024-07-15"
    assert panel.analyte_label.text() == "Calcium, total (serum/plasma)"
    panel.set_chart(PatientChart(chart(DEMO_DM_MRN).patient), TODAY)
    assert panel.unit_combo.count() == 0 and not panel.unit_combo.isEnabled()


# ------------------------------------------------------------------- imaging, procedures


def test_site_events_panel_lists_imaging_and_procedures(qtbot: QtBot) -> None:
    panel = SiteEventsPanel()
    dm = chart(DEMO_DM_MRN)
    panel.set_chart(dm, TODAY)
    shown(qtbot, panel)
    assert panel.model.rowCount() == len(dm.imaging) + len(dm.procedures) == 9
    assert cell(panel.model, 0, 0) == "2024-06-17"


def _methotrexate_changed(
    c: PatientChart, day: date, dose: float, frequency: Frequency
) -> PatientChart:
    """``c`` with its methotrexate changed to ``dose`` mg ``frequency`` on ``day``."""
    meds = []
    for period in c.medications:
        if period.drug == "methotrexate" and period.stop_on is None:
            meds.append(replace(period, stop_on=day))
            meds.append(replace(period, dose=dose, frequency=frequency, start_on=day, id=None))
        else:
            meds.append(period)
    return replace(c, medications=tuple(meds))


def test_a_dose_that_raises_a_safety_flag_is_marked_with_its_reason(qtbot: QtBot) -> None:
    # the QA trial: methotrexate 15 mg weekly changed to 90 mg twice daily on 2026-12-05
    day = date(2026, 12, 5)
    panel = MedicationsPanel()
    panel.set_chart(_methotrexate_changed(chart(DEMO_RA_MRN), day, 90, Frequency.BID), day)
    shown(qtbot, panel)
    current = panel.current_model
    row = [cell(current, r, 0) for r in range(current.rowCount())].index("Methotrexate")
    tip = current.data(current.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    # the rule of the safety flag (dose_sense, [R63]): methotrexate taken other than weekly
    assert "Methotrexate scheduled twice daily, not weekly (contraindication)" in tip
    assert "Source: [R63]" in tip
    assert current.data(current.index(row, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert current.data(current.index(row, 1), Qt.ItemDataRole.ForegroundRole) is not None
    quiet = [cell(current, r, 0) for r in range(current.rowCount())].index("Diltiazem")
    assert current.data(current.index(quiet, 0), Qt.ItemDataRole.DecorationRole) is None
    assert current.data(current.index(quiet, 1), Qt.ItemDataRole.ToolTipRole) is None

    history = panel.history_model
    rows = {
        (cell(history, r, 1), cell(history, r, 2)): r for r in range(history.rowCount())
    }
    flagged, earlier = rows[("Methotrexate", "90 mg")], rows[("Methotrexate", "15 mg")]
    assert history.data(history.index(flagged, 1), Qt.ItemDataRole.DecorationRole) is not None
    assert "not weekly" in history.data(history.index(flagged, 2), Qt.ItemDataRole.ToolTipRole)
    assert history.data(history.index(earlier, 1), Qt.ItemDataRole.DecorationRole) is None


def test_the_dose_marks_follow_the_clinic_settings(qtbot: QtBot) -> None:
    # 30 mg weekly is above the label's 25 mg/week (a warning); a clinic limit of 30 clears it
    day = date(2026, 12, 5)
    panel = MedicationsPanel()
    panel.set_chart(_methotrexate_changed(chart(DEMO_RA_MRN), day, 30, Frequency.QW), day)
    shown(qtbot, panel)
    current = panel.current_model
    row = [cell(current, r, 0) for r in range(current.rowCount())].index("Methotrexate")
    assert "(warning)" in current.data(current.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    panel.set_settings(ClinicSettings.from_stored({METHOTREXATE_WEEKLY_KEY: 30}))
    assert current.data(current.index(row, 1), Qt.ItemDataRole.ToolTipRole) is None
    assert current.data(current.index(row, 0), Qt.ItemDataRole.DecorationRole) is None


def test_the_marked_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    changed = _methotrexate_changed(chart(DEMO_RA_MRN), date(2026, 12, 5), 90, Frequency.BID)
    panel = MedicationsPanel()
    panel.set_chart(changed, date(2026, 12, 5))
    for model in (panel.current_model, panel.history_model):
        qtmodeltester.check(model)
    panel.deleteLater()
