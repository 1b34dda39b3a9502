"""The batch chart loader gives every patient exactly the chart ``load_chart`` gives, on a real
SQLite file and a real PostgreSQL server: the demo clinic (photographs, signed visits, imaging),
a complete sample chart (procedures, ROM), and a synthetic clinic, read across several IN lists."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from calcitrack.bootstrap import Clinic
from calcitrack.services.demo.demo_accounts import sign_earlier_visits
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.demo.demo_photographs import with_photographs
from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.store import chart_batch, chart_repository
from calcitrack.store.records import PatientRecord
from tests.support.accounts import TEST_PASSWORD
from tests.support.sample_chart import sample_chart

SYNTHETIC = 130


@pytest.fixture
def full_clinic(clinic: Clinic) -> Clinic:
    context = clinic.context()
    ChartService(context).add_charts([*with_photographs(demo_charts()), sample_chart()])
    assert sign_earlier_visits(context, TEST_PASSWORD) > 0
    build_synthetic_clinic(context, SYNTHETIC)
    return clinic


def _ids(clinic: Clinic) -> list[int]:
    with clinic.uow.read() as session:
        return list(session.scalars(select(PatientRecord.id).order_by(PatientRecord.id)))


def test_every_chart_is_the_one_load_chart_gives(
    full_clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chart_batch, "IDS_PER_QUERY", 37)  # several IN lists, a short last one
    ids = _ids(full_clinic)
    assert len(ids) > SYNTHETIC + 3
    with full_clinic.uow.read() as session:
        one_at_a_time = {pid: chart_repository.load_chart(session, pid) for pid in ids}
    with full_clinic.uow.read() as session:
        batched = chart_batch.load_charts(session, reversed(ids))
    assert list(batched) == list(reversed(ids))
    differing = [pid for pid in ids if batched[pid] != one_at_a_time[pid]]
    assert differing == []
    charts = list(batched.values())
    assert any(c.signatures for c in charts)
    assert any(c.photographs for c in charts)
    assert any(c.imaging for c in charts) and any(c.procedures for c in charts)
    assert any(v.rom for c in charts for v in c.visits)


def test_the_light_load_and_unknown_ids(full_clinic: Clinic) -> None:
    """Without photographs and signatures the rest is the same; ids of no patient left out."""
    ids = _ids(full_clinic)
    with full_clinic.uow.read() as session:
        full = chart_batch.load_charts(session, ids)
        light = chart_batch.load_charts(session, ids, photographs=False, signatures=False)
    for pid in ids:
        assert light[pid].photographs == () and light[pid].signatures == ()
        assert light[pid].visits == full[pid].visits
        assert light[pid].labs == full[pid].labs
        assert light[pid].medications == full[pid].medications
        assert light[pid].imaging == full[pid].imaging

    with full_clinic.uow.read() as session:  # ids of no patient, and repeated ones
        found = chart_batch.load_charts(session, [ids[0], 999_999, ids[0], ids[-1]])
        assert chart_batch.load_charts(session, []) == {}
    assert list(found) == [ids[0], ids[-1]]
