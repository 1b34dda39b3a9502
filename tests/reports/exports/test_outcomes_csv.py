"""The clinic outcomes CSV read back with the csv module: every number equals the report's (the
constructed clinic of tests/domain/outcomes), each figure with its n and exclusions, the
definitions and the disclaimer; text cells neutralised, numbers never; private and atomic."""

from __future__ import annotations

import csv
import dataclasses
import math
import os
import stat
from pathlib import Path

import pytest

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.outcomes.outcomes import outcomes_report
from calcitrack.domain.outcomes.outcomes_types import OutcomesReport
from calcitrack.reports.exports.outcomes_csv_writer import write_outcomes_csv
from calcitrack.reports.outcomes.outcomes_csv import COLUMNS
from tests.domain.outcomes.outcomes_clinic import QUERY, clinic


@pytest.fixture(scope="module")
def report() -> OutcomesReport:
    return outcomes_report(clinic(), ClinicSettings.defaults(), QUERY)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        return list(reader)


def value(rows: list[dict[str, str]], section: str, measure: str, **where: str) -> float:
    found = [
        r for r in rows
        if r["section"] == section and r["measure"] == measure
        and all(r[k] == v for k, v in where.items())
    ]
    assert len(found) == 1, (section, measure, where, found)
    return float(found[0]["value"])


def test_the_numbers_read_back_equal_the_report(report: OutcomesReport, tmp_path: Path) -> None:
    path = tmp_path / "outcomes.csv"
    written = write_outcomes_csv(report, path)
    rows = read(path)
    assert len(rows) == written
    assert value(rows, "cohort", "n") == report.n == 8
    assert value(rows, "cohort", "still_on") == report.still_on
    assert value(rows, "cohort", "not_started") == report.not_started
    assert value(rows, "cohort", "visits_on_regimen") == report.visits_on_regimen
    for window in report.windows:
        section = f"response {window.label}"
        assert value(rows, section, "n") == len(window.outcomes)
        assert value(rows, section, "first_day") == window.first_day
        for category, count in window.counts().items():
            assert value(rows, section, "category", code=category) == count
        for reason, count in window.not_assessable().items():
            assert value(rows, section, "not_assessable", code=reason) == count
    bars = [r for r in rows if r["measure"] == "burden_change_from_baseline_pct"]
    assert [(r["mrn"], float(r["value"])) for r in bars] == [
        (b.mrn, b.change_pct) for b in report.waterfall.bars
    ]  # floats exact: written by repr
    assert value(rows, "waterfall", "excluded") == len(report.waterfall.excluded) == 3
    for section, curve in (
        ("time_to_first_improved", report.time_to_improved),
        ("drug_survival", report.drug_survival),
    ):
        assert value(rows, section, "n") == curve.n
        assert value(rows, section, "events") == curve.events
        assert value(rows, section, "censored") == curve.censored
        points = [r for r in rows if r["section"] == section and r["measure"] == "kaplan_meier"]
        assert [
            (float(r["day"]), float(r["value"]), int(r["at_risk"])) for r in points
        ] == [(p.day, p.survival, p.at_risk) for p in curve.points]
        for r, p in zip(points, curve.points, strict=True):
            if math.isnan(p.lower):
                assert r["lower_95"] == "" and r["upper_95"] == ""
            else:
                assert (float(r["lower_95"]), float(r["upper_95"])) == (p.lower, p.upper)
    median = [r for r in rows if r["section"] == "drug_survival" and r["measure"] == "median_days"]
    assert median[0]["value"] == "" and median[0]["detail"] == "not reached"
    assert value(rows, "time_to_first_improved", "median_days") == 180
    for tally in report.flags:
        assert value(rows, "flags", "patients", code=tally.code) == tally.patients
        assert value(rows, "flags", "visits", code=tally.code) == tally.visits
    definitions = [r["detail"] for r in rows if r["section"] == "definitions"]
    assert definitions == list(report.definitions)
    assert [r["detail"] for r in rows if r["section"] == "disclaimer"] == [report.disclaimer]


def test_text_cells_are_neutralised_and_numbers_are_not(
    report: OutcomesReport, tmp_path: Path
) -> None:
    bad = dataclasses.replace(report.cohort[0], mrn="=HYPERLINK(\"x\")")
    odd: OutcomesReport = dataclasses.replace(report, cohort=(bad, *report.cohort[1:]))
    path = tmp_path / "odd.csv"
    write_outcomes_csv(odd, path)
    rows = read(path)
    assert any(r["mrn"] == "'=HYPERLINK(\"x\")" for r in rows)
    negative = [r["value"] for r in rows if r["measure"] == "burden_change_from_baseline_pct"]
    lowest = report.waterfall.bars[-1].change_pct
    assert lowest < 0 and repr(lowest) in negative  # a negative number keeps no apostrophe


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_private_and_atomic(report: OutcomesReport, tmp_path: Path) -> None:
    path = tmp_path / "outcomes.csv"
    write_outcomes_csv(report, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    missing = tmp_path / "no such folder" / "outcomes.csv"
    with pytest.raises(OSError):
        write_outcomes_csv(report, missing)
    assert not missing.parent.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outcomes.csv"]


def test_each_source_the_definitions_cite_is_given_in_full(
    report: OutcomesReport, tmp_path: Path
) -> None:
    assert any("[R2]" in d for d in report.definitions)  # the response categories' source
    write_outcomes_csv(report, tmp_path / "o.csv")
    rows = read(tmp_path / "o.csv")
    sources = [r for r in rows if r["section"] == "sources"]
    assert [(r["code"], r["detail"].split(" et al.")[0]) for r in sources] == [
        ("R2", "Valenzuela A")
    ]
    assert rows[-1]["section"] == "disclaimer"
