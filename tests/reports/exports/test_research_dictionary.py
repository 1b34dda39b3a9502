"""The data dictionary is a REDCap data dictionary of exactly these tables: REDCap's 18 headers in
order, one row per column of every table and no other (REDCap's repeat columns aside), variable
names REDCap accepts, every code list the project's own, and every value in the tables valid
for its row (a code of its list, a date, a number, an integer, 1/0)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.codes import (
    CalcinosisType,
    Das28Variant,
    Frequency,
    ImagingModality,
    ImagingVerdict,
    Laterality,
    LesionStatus,
    MeasurementMethod,
    ProcedureOutcome,
    ProcedureType,
    Route,
    Sex,
    Side,
    UnderlyingDisease,
    VisitType,
)
from calcitrack.domain.flags import FlagKind, Severity
from calcitrack.domain.laboratory.lab_units import ANALYTES
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.rom import JOINTS
from calcitrack.reports.exports.research_csv import write_research_csv
from calcitrack.services.demo.demo_clinic import demo_charts
from tests.support.research_export import TABLES, read_export

REDCAP_HEADERS = [
    "Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
    "Choices, Calculations, OR Slider Labels", "Field Note",
    "Text Validation Type OR Show Slider Number", "Text Validation Min", "Text Validation Max",
    "Identifier?", "Branching Logic (Show field only if...)", "Required Field?",
    "Custom Alignment", "Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?",
    "Field Annotation",
]
CODE_LISTS: dict[str, tuple[str, ...]] = {
    "sex": Sex.codes(),
    "underlying_disease": UnderlyingDisease.codes(),
    "calcinosis_type": CalcinosisType.codes(),
    "vis_type": VisitType.codes(),
    "vis_das28_recorded_variant": Das28Variant.codes(),
    "les_body_site": tuple(BODY_SITES),
    "les_laterality": Laterality.codes(),
    "les_status": LesionStatus.codes(),
    "les_method": MeasurementMethod.codes(),
    "rom_joint": JOINTS,
    "rom_side": Side.codes(),
    "lab_analyte": tuple(ANALYTES),
    "med_drug": tuple(DRUGS),
    "med_frequency": Frequency.codes(),
    "med_route": Route.codes(),
    "img_modality": ImagingModality.codes(),
    "img_body_site": tuple(BODY_SITES),
    "img_laterality": Laterality.codes(),
    "img_verdict": ImagingVerdict.codes(),
    "prc_type": ProcedureType.codes(),
    "prc_body_site": tuple(BODY_SITES),
    "prc_laterality": Laterality.codes(),
    "prc_outcome": ProcedureOutcome.codes(),
    "asm_category": ("improved", "stable", "progressed", "not_assessable"),
    "flg_kind": tuple(k.value for k in FlagKind),
    "flg_severity": tuple(s.value for s in Severity),
}
REPEAT = {"redcap_repeat_instrument", "redcap_repeat_instance"}


@pytest.fixture(scope="module", params=[False, True], ids=["identified", "pseudonymised"])
def export(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dictionary") / "out"
    write_research_csv(demo_charts(), ClinicSettings(), folder, pseudonymise=request.param,
                       made_on=date(2026, 12, 6))
    return folder


def _dictionary(folder: Path) -> tuple[list[str], dict[str, dict[str, str]]]:
    header, rows = read_export(folder)["data_dictionary"]
    names = [r["Variable / Field Name"] for r in rows]
    assert len(names) == len(set(names)), "variable names are unique"
    return header, {r["Variable / Field Name"]: r for r in rows}


def _codes(choices: str) -> tuple[str, ...]:
    return tuple(item.split(",", 1)[0].strip() for item in choices.split(" | "))


def test_the_headers_are_redcap_s_18_in_order(export: Path) -> None:
    header, _rows = _dictionary(export)
    assert header == REDCAP_HEADERS


def test_every_code_list_is_the_project_s_own(export: Path) -> None:
    _header, rows = _dictionary(export)
    coded = {name: r for name, r in rows.items() if r["Field Type"] in ("dropdown", "radio")}
    assert set(coded) == set(CODE_LISTS)
    for name, row in coded.items():
        assert _codes(row["Choices, Calculations, OR Slider Labels"]) == CODE_LISTS[name], name


def test_every_column_has_a_row_and_every_row_a_column(export: Path) -> None:
    tables = read_export(export)
    _header, rows = _dictionary(export)
    for table in TABLES:
        header, _data = tables[table]
        assert header[0] == "study_id"
        in_form = {n for n, r in rows.items() if r["Form Name"] == table
                   and r["Field Type"] != "descriptive"}
        assert set(header) - REPEAT - {"study_id"} == in_form - {"study_id"}, table
        assert (set(header) & REPEAT) == (REPEAT if table != "patients" else set())
    assert next(iter(rows)) == "study_id" and rows["study_id"]["Form Name"] == "patients"
    assert {r["Form Name"] for r in rows.values()} == set(TABLES)
    for name in rows:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", name), name


def test_every_value_is_valid_for_its_dictionary_row(export: Path) -> None:
    tables = read_export(export)
    _header, rows = _dictionary(export)
    for table in TABLES:
        _columns, data = tables[table]
        for record in data:
            for name, value in record.items():
                if name in REPEAT or value == "":
                    continue
                row = rows[name]
                kind = row["Field Type"]
                validation = row["Text Validation Type OR Show Slider Number"]
                if kind in ("dropdown", "radio"):
                    assert value in CODE_LISTS[name], (table, name, value)
                elif kind == "yesno":
                    assert value in ("0", "1")
                elif validation == "date_ymd":
                    date.fromisoformat(value)
                elif validation == "number":
                    float(value)
                elif validation == "integer":
                    int(value)
                if row["Text Validation Min"]:
                    assert float(value) >= float(row["Text Validation Min"]), (name, value)
                if row["Text Validation Max"]:
                    assert float(value) <= float(row["Text Validation Max"]), (name, value)
