"""The bulk writer builds its most numerous rows (lesion measurements, range of motion, lab results)
as tuples itself, for speed: they must hold exactly what ``store/mapping`` gives for the same
domain objects, column for column, and cover every column of their tables."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine

from calcitrack.domain.laboratory import labs
from calcitrack.services.demo.synthetic_clinic import synthetic_charts
from calcitrack.store import bulk, mapping
from calcitrack.store.records import (
    LabResultRecord,
    LesionMeasurementRecord,
    PatientRecord,
    RomMeasurementRecord,
)
from tests.support.sample_chart import sample_chart

CHARTS = [sample_chart("BULK-1"), *synthetic_charts(15, seed=9)]
NOW = datetime(2026, 12, 6, 9, 30, tzinfo=timezone.utc)


def test_measurement_rows_are_the_mappings_values() -> None:
    seen = 0
    for chart in CHARTS:
        for visit in chart.visits:
            for m in visit.lesion_measurements:
                values = {"visit_id": 7, **mapping.measurement_values(m, 11)}
                expected = tuple(values[c] for c in bulk.MEASUREMENT_COLUMNS)
                assert bulk.measurement_row(m, 7, 11) == expected
                seen += 1
    assert seen > 50


def test_rom_rows_are_the_mappings_values() -> None:
    for chart in CHARTS:
        for visit in chart.visits:
            for r in visit.rom:
                values = {"visit_id": 3, **mapping.rom_values(r)}
                assert bulk.rom_row(r, 3) == tuple(values[c] for c in bulk.ROM_COLUMNS)


def test_lab_rows_are_the_mappings_values() -> None:
    # The sample chart's labs are entered in mmol/L and umol/L (normalised to other units).
    for chart in CHARTS:
        for lab in chart.labs:
            values = {"patient_id": 5, "visit_id": None, **mapping.lab_values(lab)}
            loinc = labs.analyte(lab.analyte).loinc
            row = bulk.lab_row(lab, 5, None, loinc)
            assert row == tuple(values[c] for c in bulk.LAB_COLUMNS)


def test_the_direct_rows_cover_every_column_of_their_tables() -> None:
    dialect = create_engine("sqlite://").dialect
    for record, columns in (
        (LesionMeasurementRecord, bulk.MEASUREMENT_COLUMNS),
        (RomMeasurementRecord, bulk.ROM_COLUMNS),
        (LabResultRecord, bulk.LAB_COLUMNS),
    ):
        stamps = {"id", "created_at", "updated_at", "version", "created_by_id", "updated_by_id"}
        own = {c.name for c in record.__table__.columns} - stamps
        assert set(columns) == own and len(columns) == len(own)
        assert bulk._layout(record, dialect, 1, NOW).columns == columns


def test_a_mapping_row_that_does_not_fit_its_table_is_refused_by_name() -> None:
    dialect = create_engine("sqlite://").dialect
    layout = bulk._layout(PatientRecord, dialect, 1, NOW)
    values = mapping.patient_values(CHARTS[0].patient)
    bulk._check(PatientRecord, layout, values)  # fits
    with pytest.raises(ValueError, match="unknown \\['nickname'\\]"):
        bulk._check(PatientRecord, layout, {**values, "nickname": "Bea"})
    without_mrn = {k: v for k, v in values.items() if k != "mrn"}
    with pytest.raises(ValueError, match="missing \\['mrn'\\]"):
        bulk._check(PatientRecord, layout, without_mrn)
