"""The item models of the patient workspace's read-only tabs, on demo and small charts."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QBrush, QColor
from pytestqt.modeltest import ModelTester

from calcitrack.domain.codes import (
    DoseUnit,
    Frequency,
    Laterality,
    LesionStatus,
    Route,
    Sex,
    UnderlyingDisease,
    VisitType,
)
from calcitrack.domain.entities import (
    LabResult,
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    PatientChart,
    Visit,
)
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import labs
from calcitrack.domain.laboratory.lab_results import entered
from calcitrack.services.demo.demo_clinic import (
    DEMO_DM_MRN,
    DEMO_JDM_MRN,
    DEMO_RA_MRN,
    DEMO_SLE_MRN,
    DEMO_SSC_MRN,
    demo_charts,
)
from calcitrack.ui.workspace.lab_flowsheet_model import FLAG_ROLE, LabFlowsheetModel
from calcitrack.ui.workspace.lesion_table_model import LesionHistoryTableModel, LesionTableModel
from calcitrack.ui.workspace.medication_table_model import MedicationListMode, MedicationTableModel
from calcitrack.ui.workspace.site_event_table_model import SiteEventTableModel
from calcitrack.ui.workspace.visit_table_model import VisitTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
TODAY = date(2026, 9, 20)
PATIENT = Patient("T-0001", "Test", "Tess", Sex.FEMALE, date(1970, 1, 1), UnderlyingDisease.RA)
CA_MMOL_PER_MG_DL = 0.2495  # DOMAIN.md §4.2, written out here rather than read from the code


def chart(mrn: str) -> PatientChart:
    return next(c for c in demo_charts() if c.patient.mrn == mrn)


def text(model: QAbstractItemModel, row: int, column: int, role: int = DISPLAY) -> object:
    return model.data(model.index(row, column), role)


def column_of(model: QAbstractItemModel, name: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [" ".join(str(h).split()) for h in headers].index(name)  # a header may take 2 lines


def column_values(model: QAbstractItemModel, name: str) -> list[object]:
    column = column_of(model, name)
    return [text(model, row, column) for row in range(model.rowCount())]


def labs_chart(*results: LabResult, sex: Sex = Sex.FEMALE) -> PatientChart:
    return PatientChart(replace(PATIENT, sex=sex), labs=results)


# ----------------------------------------------------------------------- model tester


def _visits(c: PatientChart) -> VisitTableModel:
    model = VisitTableModel()
    model.set_visits(c.visits, TODAY, labs=c.labs)
    return model


def _lesions(c: PatientChart) -> LesionTableModel:
    model = LesionTableModel()
    model.set_chart(c)
    return model


def _history(c: PatientChart) -> LesionHistoryTableModel:
    model = LesionHistoryTableModel()
    model.set_lesion(c, c.lesions[0] if c.lesions else None)
    return model


def _current(c: PatientChart) -> MedicationTableModel:
    model = MedicationTableModel(MedicationListMode.CURRENT)
    model.set_chart(c, TODAY)
    return model


def _med_history(c: PatientChart) -> MedicationTableModel:
    model = MedicationTableModel(MedicationListMode.HISTORY)
    model.set_chart(c, TODAY)
    return model


def _flowsheet(c: PatientChart) -> LabFlowsheetModel:
    model = LabFlowsheetModel()
    model.set_chart(c)
    if model.row_of("calcium_total") is not None:
        model.set_display_unit("calcium_total", "mmol/L")
    return model


def _site_events(c: PatientChart) -> SiteEventTableModel:
    model = SiteEventTableModel()
    model.set_chart(c)
    return model


BUILDERS = (_visits, _lesions, _history, _current, _med_history, _flowsheet, _site_events)


@pytest.mark.parametrize("build", BUILDERS, ids=lambda b: b.__name__.strip("_"))
@pytest.mark.parametrize(
    "mrn", [DEMO_RA_MRN, DEMO_DM_MRN, DEMO_SSC_MRN, DEMO_JDM_MRN, DEMO_SLE_MRN, None]
)
def test_every_model_passes_the_model_tester(
    qtmodeltester: ModelTester, build: Callable[[PatientChart], QAbstractItemModel], mrn: str
) -> None:
    model = build(chart(mrn) if mrn else PatientChart(PATIENT))
    assert (model.rowCount() > 0) == (mrn is not None) or build is _site_events
    qtmodeltester.check(model)
    # Not force_py=True: its teardown disconnects ~20 signals, and PySide6 6.12's
    # SignalInstance.disconnect() drops a reference to True each time (Python aborts at exit
    # once True's count reaches 0). The type of every cell's data is checked here instead.
    _check_role_types(model)
    if isinstance(model, LabFlowsheetModel) and model.row_of("calcium_total") is not None:
        model.set_display_unit("calcium_total", "mg/dL")  # watched by the tester
        _check_role_types(model)


ROLE_TYPES: dict[int, tuple[type, ...]] = {
    Qt.ItemDataRole.DisplayRole: (str,),
    Qt.ItemDataRole.ToolTipRole: (str,),
    Qt.ItemDataRole.BackgroundRole: (QColor, QBrush),
    Qt.ItemDataRole.ForegroundRole: (QColor, QBrush),
    Qt.ItemDataRole.TextAlignmentRole: (int,),
    Qt.ItemDataRole.DecorationRole: (),
    Qt.ItemDataRole.CheckStateRole: (),
    Qt.ItemDataRole.FontRole: (),
}


def _check_role_types(model: QAbstractItemModel) -> None:
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role, types in ROLE_TYPES.items():
                value = model.data(model.index(row, column), role)
                assert value is None or isinstance(value, types), (row, column, role, value)
    for orientation, count in (
        (Qt.Orientation.Horizontal, model.columnCount()),
        (Qt.Orientation.Vertical, model.rowCount()),
    ):
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                assert value is None or isinstance(value, str), (orientation, section, value)


# ----------------------------------------------------------------------------- visits


def test_visits_are_listed_newest_first_with_what_was_recorded() -> None:
    ra = chart(DEMO_RA_MRN)
    shuffled = replace(ra, visits=(ra.visits[3], ra.visits[0], ra.visits[6], ra.visits[1]))
    model = _visits(shuffled)
    dates = column_values(model, "Date")
    assert dates == ["2026-09-14", "2025-09-15", "2025-04-21", "2025-03-10"]
    assert model.visit(0).visit_date == date(2026, 9, 14)
    assert column_values(model, "DAS28") == [  # computed from the joints, globals and labs
        "1.36 (CRP)\n2.50 (ESR)", "1.44 (CRP)\n2.66 (ESR)", "—", "1.51 (CRP)\n2.88 (ESR)"
    ]
    assert column_values(model, "Type")[-1] == "Baseline"
    # Latest visit: five lesions, 225×85, 115×75, 45×30, 90×45 and 8×6 mm ellipses.
    sizes = ((225, 85), (115, 75), (45, 30), (90, 45), (8, 6))
    expected_area = sum(math.pi / 4 * long * wide for long, wide in sizes)
    assert text(model, 0, column_of(model, "Lesions measured")) == "5"
    area = text(model, 0, column_of(model, "Total area mm² (ellipse)"))
    assert area == f"{expected_area:.0f}" == "26074"
    assert text(model, 0, column_of(model, "Weight kg")) == "60.1"


def test_next_due_shows_and_an_overdue_one_is_red() -> None:
    visits = (
        Visit(None, date(2026, 1, 5), VisitType.BASELINE, next_visit_due_on=date(2026, 4, 6)),
        Visit(None, date(2026, 4, 6), next_visit_due_on=date(2026, 7, 6)),
    )
    model = VisitTableModel()
    model.set_visits(visits, today=date(2026, 8, 1))
    due = column_of(model, "Next due")
    assert column_values(model, "Next due") == ["2026-07-06", "2026-04-06"]
    assert isinstance(text(model, 0, due, Qt.ItemDataRole.ForegroundRole), QColor)
    assert "Overdue" in str(text(model, 0, due, TOOLTIP))
    assert text(model, 1, due, Qt.ItemDataRole.ForegroundRole) is None  # superseded plan
    model.set_visits(visits, today=date(2026, 7, 1))
    assert text(model, 0, due, Qt.ItemDataRole.ForegroundRole) is None


# ----------------------------------------------------------------------------- lesions


def test_lesion_rows_show_latest_size_and_change_from_first_measurement() -> None:
    model = _lesions(chart(DEMO_RA_MRN))
    row = model.row_of("R lateral thigh")
    assert row is not None
    assert text(model, row, column_of(model, "Site")) == "Thigh, right"
    assert text(model, row, column_of(model, "L × W mm")) == "225 × 85"
    assert text(model, row, column_of(model, "Depth mm")) == "19"
    assert text(model, row, column_of(model, "Area mm² (ellipse)")) == "15021"
    change = (225 * 85 - 300 * 120) / (300 * 120) * 100  # the π/4 cancels
    assert round(change) == -47
    assert text(model, row, column_of(model, "Area change")) == "−47 %"

    dm = _lesions(chart(DEMO_DM_MRN))  # L buttock: 20×15 → 45×30 mm
    assert text(dm, dm.row_of("L buttock"), column_of(dm, "Area change")) == "+350 %"


def test_an_excised_lesion_is_greyed_and_says_when() -> None:
    model = _lesions(chart(DEMO_JDM_MRN))
    row = model.row_of("L elbow")
    status = column_of(model, "Status")
    assert text(model, row, status) == LesionStatus.EXCISED.label
    assert text(model, row, status, TOOLTIP) == "Excised on 2025-09-15"
    assert text(model, row, column_of(model, "Last measured")) == "2025-08-04"
    assert isinstance(text(model, row, 0, Qt.ItemDataRole.ForegroundRole), QColor)
    assert text(model, model.row_of("R elbow"), 0, Qt.ItemDataRole.ForegroundRole) is None


def test_lesion_history_is_the_selected_lesions_newest_first_with_flags() -> None:
    ssc = chart(DEMO_SSC_MRN)
    model = LesionHistoryTableModel()
    model.set_lesion(ssc, next(les for les in ssc.lesions if les.label == "R index finger"))
    assert column_values(model, "Date") == ["2026-05-11", "2025-11-10", "2025-05-12"]
    assert column_values(model, "Flags") == [
        "tender",
        "ulcerated, extrusion, tender, inflamed",
        "—",
    ]
    assert column_values(model, "Longest mm") == ["8", "9", "8"]
    model.set_lesion(ssc, next(les for les in ssc.lesions if les.label == "R thumb"))
    assert column_values(model, "Longest mm") == ["11", "12", "12"]
    model.set_lesion(ssc, None)
    assert model.rowCount() == 0 and model.lesion is None


def test_a_renamed_lesion_keeps_its_history_through_its_id() -> None:
    lesion = Lesion("L forearm, volar", "forearm", Laterality.LEFT, date(2025, 1, 6), id=7)
    before_rename = LesionMeasurement("L forearm", 20, 10, lesion_id=7)
    namesake = LesionMeasurement("L forearm, volar", 5, 4, lesion_id=8)  # another lesion
    visit = Visit(None, date(2025, 1, 6), lesion_measurements=(before_rename, namesake))
    c = PatientChart(PATIENT, (lesion,), (visit,))
    model = LesionHistoryTableModel()
    model.set_lesion(c, lesion)
    assert column_values(model, "Longest mm") == ["20"]


# ------------------------------------------------------------------------- medications


def _row_where(model: MedicationTableModel, **wanted: object) -> int:
    return next(
        row
        for row in range(model.rowCount())
        if all(getattr(model.period(row), k) == v for k, v in wanted.items())
    )


def test_history_marks_a_dose_change_a_start_and_a_stop() -> None:
    model = _med_history(chart(DEMO_SSC_MRN))
    assert column_values(model, "Start") == ["2025-11-10", "2025-05-12", "2024-09-02"]
    event = column_of(model, "Event")
    raised = _row_where(model, drug="diltiazem", dose=240)
    assert text(model, raised, event) == "Dose changed"
    assert text(model, raised, event, TOOLTIP) == (
        "From 180 mg once daily to 240 mg once daily on 2025-05-12"
    )
    assert text(model, _row_where(model, drug="diltiazem", dose=180), event) == "Started"
    assert text(model, _row_where(model, drug="minocycline"), event) == "Started → Stopped"
    assert text(model, raised, column_of(model, "Stop")) == "—"


def test_a_restart_after_a_gap_and_another_other_drug_are_not_dose_changes() -> None:
    def period(drug: str, name: str, start: date, stop: date | None) -> MedicationPeriod:
        return MedicationPeriod(drug, name, 100, DoseUnit.MG, Frequency.QD, Route.ORAL, start, stop)

    c = PatientChart(
        PATIENT,
        medications=(
            period("diltiazem", "Diltiazem", date(2024, 1, 1), date(2024, 3, 1)),
            period("diltiazem", "Diltiazem", date(2024, 6, 1), None),
            period("other", "Doxycycline", date(2025, 1, 1), date(2025, 2, 1)),
            period("other", "Cefalexin", date(2025, 2, 1), date(2025, 3, 1)),
        ),
    )
    model = _med_history(c)
    assert column_values(model, "Event") == [
        "Started → Stopped",
        "Started → Stopped",
        "Started",
        "Started → Stopped",
    ]


def test_current_regimen_gives_diltiazem_mg_per_kg_per_day_from_the_latest_weight() -> None:
    ra = chart(DEMO_RA_MRN)
    model = MedicationTableModel(MedicationListMode.CURRENT)
    model.set_chart(ra, date(2026, 9, 14))
    drugs = column_values(model, "Drug")
    assert drugs == ["Colchicine", "Diltiazem", "Folic acid", "Hydroxychloroquine", "Methotrexate"]
    row = drugs.index("Diltiazem")
    # 60 mg twice daily = 120 mg/day; the latest weight is 60.1 kg (2026-09-14): 1.9967.
    assert text(model, row, column_of(model, "Per day")) == "120 mg/day"
    assert text(model, row, column_of(model, "mg/kg/day")) == f"{120 / 60.1:.2f}" == "2.00"
    tip = str(text(model, row, column_of(model, "mg/kg/day"), TOOLTIP))
    assert "60.1 kg" in tip and "2026-09-14" in tip
    assert text(model, drugs.index("Colchicine"), column_of(model, "mg/kg/day")) == ""

    # On 2025-06-01 the latest weight was 60.2 kg (2025-04-21): 120 / 60.2 = 1.993.
    model.set_chart(ra, date(2025, 6, 1))
    row = column_values(model, "Drug").index("Diltiazem")
    assert text(model, row, column_of(model, "mg/kg/day")) == "1.99"
    # Before diltiazem started, it is not in the regimen.
    model.set_chart(ra, date(2025, 3, 23))
    assert "Diltiazem" not in column_values(model, "Drug")


def test_mg_per_kg_per_day_is_a_dash_without_weight_or_daily_frequency() -> None:
    def diltiazem(frequency: Frequency) -> MedicationPeriod:
        return MedicationPeriod(
            "diltiazem", "Diltiazem", 60, DoseUnit.MG, frequency, Route.ORAL, date(2025, 1, 1)
        )

    no_weight = PatientChart(PATIENT, medications=(diltiazem(Frequency.TID),))
    model = _current(no_weight)
    column = column_of(model, "mg/kg/day")
    assert text(model, 0, column) == "—"
    assert "No weight" in str(text(model, 0, column, TOOLTIP))
    as_needed = replace(
        no_weight,
        visits=(Visit(None, date(2025, 2, 1), weight_kg=70.0),),
        medications=(diltiazem(Frequency.PRN),),
    )
    model = _current(as_needed)
    assert text(model, 0, column) == "—"
    assert text(model, 0, column_of(model, "Per day")) == "—"
    model = _current(replace(as_needed, medications=(diltiazem(Frequency.TID),)))
    assert text(model, 0, column) == f"{180 / 70:.2f}" == "2.57"


# --------------------------------------------------------------------------------- labs


def test_flowsheet_rows_follow_the_analyte_table_and_columns_the_dates() -> None:
    ra = chart(DEMO_RA_MRN)
    model = _flowsheet(ra)
    present = {r.analyte for r in ra.labs}
    measured = [code for code in labs.ANALYTES if code in present]
    calcium = measured.index("calcium_total")  # albumin the same day: corrected just below it
    assert [model.analyte_code(r) for r in range(model.rowCount())] == [
        *measured[: calcium + 1], "calcium_corrected:derived", *measured[calcium + 1 :]
    ]
    dates = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert dates == ["2025-03-10", "2025-09-15", "2026-09-14"]


def test_flowsheet_converts_calcium_to_the_chosen_unit() -> None:
    model = LabFlowsheetModel()
    model.set_chart(labs_chart(entered("calcium_total", date(2026, 1, 5), 2.5, "mmol/L")))
    assert model.display_unit("calcium_total") == "mmol/L"
    assert text(model, 0, 0) == "2.5"
    assert model.headerData(0, Qt.Orientation.Vertical) == "Calcium, total (serum/plasma) (mmol/L)"
    model.set_display_unit("calcium_total", "mg/dL")
    assert round(2.5 / CA_MMOL_PER_MG_DL, 2) == 10.02
    assert text(model, 0, 0) == "10.02"
    assert model.headerData(0, Qt.Orientation.Vertical).endswith("(mg/dL)")
    assert "entered as 2.5 mmol/L" in str(text(model, 0, 0, TOOLTIP))
    with pytest.raises(DomainValidationError):
        model.set_display_unit("calcium_total", "g/L")


def test_the_default_unit_is_the_one_of_the_latest_result() -> None:
    older = entered("calcium_total", date(2025, 1, 6), 9.0, "mg/dL")
    newer = entered("calcium_total", date(2026, 1, 5), 2.4, "mmol/L")
    model = LabFlowsheetModel()
    model.set_chart(labs_chart(newer, older))
    assert model.display_unit("calcium_total") == "mmol/L"
    assert text(model, 0, 0) == f"{9.0 * CA_MMOL_PER_MG_DL:.2f}" == "2.25"
    assert text(model, 0, 1) == "2.4"


def test_a_value_outside_the_labs_range_is_marked_and_the_tooltip_names_the_range() -> None:
    high = entered("calcium_total", date(2026, 1, 5), 2.7, "mmol/L", 2.15, 2.55)
    model = LabFlowsheetModel()
    model.set_chart(labs_chart(high))
    assert text(model, 0, 0) == "2.7 ↑"
    assert text(model, 0, 0, FLAG_ROLE) == "high"
    assert isinstance(text(model, 0, 0, Qt.ItemDataRole.BackgroundRole), QColor)
    assert "above the reporting lab's range 2.15–2.55 mmol/L" in str(text(model, 0, 0, TOOLTIP))
    model.set_display_unit("calcium_total", "mg/dL")
    low, upper = 2.15 / CA_MMOL_PER_MG_DL, 2.55 / CA_MMOL_PER_MG_DL
    assert f"{low:.2f}–{upper:.2f} mg/dL" == "8.62–10.22 mg/dL"
    assert f"{low:.2f}–{upper:.2f} mg/dL" in str(text(model, 0, 0, TOOLTIP))
    assert text(model, 0, 0) == f"{2.7 / CA_MMOL_PER_MG_DL:.2f} ↑"


def test_a_low_value_against_an_open_ended_range() -> None:
    model = _flowsheet(chart(DEMO_RA_MRN))
    row = model.row_of("haemoglobin")
    assert text(model, row, 0) == "11.3 ↓"
    assert text(model, row, 0, FLAG_ROLE) == "low"
    assert "below the reporting lab's range ≥ 12 g/dL" in str(text(model, row, 0, TOOLTIP))
    calcium = model.row_of("calcium_total")  # 8.5 mg/dL on a range of 8.5–10.5: in range
    assert text(model, calcium, 0, FLAG_ROLE) is None
    assert text(model, calcium, 0, Qt.ItemDataRole.BackgroundRole) is None


def test_without_a_labs_range_the_typical_range_is_used_or_none_is_said() -> None:
    day = date(2026, 1, 5)
    model = LabFlowsheetModel()
    model.set_chart(
        labs_chart(
            entered("phosphate", day, 5.0, "mg/dL"),
            entered("pth_intact", day, 80, "pg/mL"),
            entered("creatine_kinase", day, 200, "U/L"),
        )
    )
    phosphate, pth, ck = (model.row_of(c) for c in ("phosphate", "pth_intact", "creatine_kinase"))
    assert text(model, phosphate, 0) == "5 ↑"
    assert "typical adult range 2.5–4.5 mg/dL" in str(text(model, phosphate, 0, TOOLTIP))
    model.set_display_unit("phosphate", "mmol/L")  # 2.5–4.5 mg/dL × 0.3229
    assert f"{2.5 * 0.3229:.2f}–{4.5 * 0.3229:.2f} mmol/L" in str(
        text(model, phosphate, 0, TOOLTIP)
    )
    assert text(model, pth, 0) == "80"
    assert "No reference range" in str(text(model, pth, 0, TOOLTIP))
    assert text(model, ck, 0) == "200 ↑"  # women 38–176 U/L
    assert "for women 38–176 U/L" in str(text(model, ck, 0, TOOLTIP))
    model.set_chart(
        labs_chart(entered("creatine_kinase", day, 200, "U/L"), sex=Sex.MALE)
    )  # men 52–336 U/L
    assert text(model, 0, 0) == "200"
    assert "for men 52–336 U/L" in str(text(model, 0, 0, TOOLTIP))


def test_the_chosen_unit_is_kept_for_the_next_patient() -> None:
    model = _flowsheet(chart(DEMO_RA_MRN))  # calcium set to mmol/L; RA entered it in mg/dL
    assert text(model, model.row_of("calcium_total"), 0) == f"{8.5 * CA_MMOL_PER_MG_DL:.2f}"
    model.set_chart(chart(DEMO_DM_MRN))
    assert model.display_unit("calcium_total") == "mmol/L"
    assert model.display_unit("crp") == "mg/L"


# ------------------------------------------------------------------- imaging, procedures


def test_imaging_and_procedures_in_one_table_newest_first() -> None:
    dm = chart(DEMO_DM_MRN)
    model = _site_events(dm)
    assert model.rowCount() == len(dm.imaging) + len(dm.procedures)
    dates = column_values(model, "Date")
    assert dates == sorted(dates, reverse=True)
    row = column_values(model, "Kind").index("Debridement")
    assert text(model, row, column_of(model, "Body site")) == "Buttock"
    assert text(model, row, column_of(model, "Side")) == "Right"
    assert text(model, row, column_of(model, "Lesions")) == "R buttock"
    findings = str(text(model, row, column_of(model, "Findings / outcome")))
    assert findings.startswith("Partial response: Infected ulcer debrided")
    assert text(model, 0, column_of(model, "Kind")) == "X-ray"

    sle = _site_events(chart(DEMO_SLE_MRN))
    assert column_values(sle, "Date") == ["2023-07-10", "2023-06-12", "2023-05-15"]
    assert column_values(sle, "Kind") == ["Intralesional sodium thiosulfate"] * 3
