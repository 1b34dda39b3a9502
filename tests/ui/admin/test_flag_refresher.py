"""The flag refresher's steps, held one at a time (tests/ui/held_runner.py) on a real clinic: a
chunk is stored while the next one is assessed, progress follows the stored chunks, settings
saved during a run extend it, and a refused step ends the run with what was done."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.clinic_settings import SAFETY_HR_WARNING
from calcitrack.domain.codes import Role
from calcitrack.services.accounts.user_admin_service import UserAdminService
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.flag_cache import FlagCacheService
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.admin import clinic_settings_flow
from calcitrack.ui.admin.clinic_settings_flow import FlagRefresher
from tests.support.accounts import open_signed_in, signed_in
from tests.ui.held_runner import HeldRunner

TODAY = date(2026, 11, 21)
PATIENTS = len(demo_charts())


@pytest.fixture
def ctx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServiceContext]:
    monkeypatch.setattr(clinic_settings_flow, "CHUNK", 2)  # three chunks of the demo clinic
    opened: Clinic = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    context = dataclasses.replace(opened.context(), today=lambda: TODAY)
    ChartService(context).add_charts(demo_charts())
    yield context
    opened.close()


def _change_settings(ctx: ServiceContext, value: float) -> None:
    settings = ClinicSettingsService(ctx)
    current = settings.current()
    values = dict(current.values)
    values[SAFETY_HR_WARNING] = value
    settings.save(values, based_on_version=current.version)


def test_settings_saved_during_a_run_bring_a_second_run(qtbot: QtBot, ctx: ServiceContext) -> None:
    runner = HeldRunner()
    cache = FlagCacheService(ctx, processes=1)
    refresher = FlagRefresher(cache, runner)
    progress: list[tuple[int, int]] = []
    finished: list[int] = []
    refresher.progressed.connect(lambda done, total: progress.append((done, total)))
    refresher.finished.connect(finished.append)
    _change_settings(ctx, 80)
    refresher.start()
    runner.take().release()  # the stale patients: all five
    runner.take().release()  # chunk 1 assessed: its write and chunk 2's assessment are queued
    assert len(runner.tasks) == 2 and progress == []
    runner.take().release()  # chunk 1 stored
    assert progress == [(2, PATIENTS)]
    _change_settings(ctx, 85)  # an admin saves again while the run goes on
    refresher.start()
    assert refresher.running and len(runner.tasks) == 1
    while runner.tasks:
        runner.take().release()
    # chunk 1 was assessed with the settings before: the run goes on with it, its count too
    # (not ended at 5 of 5 and started again at 0 of 2, as a status bar would show it)
    assert progress == [(2, PATIENTS), (4, PATIENTS), (5, PATIENTS), (5, PATIENTS + 2),
                        (PATIENTS + 2, PATIENTS + 2)]  # fmt: skip
    assert finished == [PATIENTS + 2]
    assert not refresher.running
    assert cache.stale_patient_ids() == []


def test_a_refused_step_ends_the_run_with_what_was_done(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path
) -> None:
    nurse = signed_in(open_clinic(f"sqlite:///{tmp_path / 'clinic.sqlite3'}"), "n.ward",
                      "Nurse Ward", Role.NURSE)
    nurse_ctx = dataclasses.replace(nurse.context(), today=lambda: TODAY)
    runner = HeldRunner()
    refresher = FlagRefresher(FlagCacheService(nurse_ctx, processes=1), runner)
    finished: list[int] = []
    refresher.finished.connect(finished.append)
    _change_settings(ctx, 80)
    refresher.start()
    runner.take().release()
    runner.take().release()  # chunk 1 assessed
    runner.take().release()  # chunk 1 stored
    UserAdminService(ctx).set_active("n.ward", False)  # chunk 2's assessment is refused
    runner.take().release()
    assert finished == [2] and not refresher.running
    assert runner.tasks == []
    assert len(FlagCacheService(ctx).stale_patient_ids()) == PATIENTS - 2
    nurse.close()
