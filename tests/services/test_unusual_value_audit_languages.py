"""A confirmation of an unusual value, saved through the visit service and read back from the audit
trail (a real SQLite file, a real PostgreSQL server): for an English user it reads exactly as
before; for a Portuguese user (the window, the service and gettext share her language in one
process) it keeps the English text and, under separate keys, what she was shown in Portuguese.
The value she confirmed on the Portuguese screen is the one the service finds again. Tiny test
catalogues (tests/domain/visits/unusual_catalogue.py): the committed ``.po`` is the lead's."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from calcitrack.bootstrap import Clinic
from calcitrack.domain.entities import LabResult, Visit
from calcitrack.domain.laboratory.lab_results import entered
from calcitrack.domain.visits.plausibility import unusual_values
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.i18n.catalogue import activate, current_language
from calcitrack.i18n.languages import Language
from calcitrack.services.audit_service import AuditService
from calcitrack.services.clinic_settings_service import ClinicSettingsService
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from tests.domain.visits.unusual_catalogue import PORTUGUESE
from tests.support.tmp_catalogue import install_catalogue

TODAY = date(2026, 11, 20)
ENGLISH_KEYS = {"confirmed", "reason_shown", "setting", "check", "field", "visit_date", "door"}


@pytest.fixture(autouse=True)
def catalogues(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    assert current_language() is Language.ENGLISH
    install_catalogue(monkeypatch, tmp_path / "po", Language.PORTUGUESE, PORTUGUESE)
    yield
    activate(Language.ENGLISH)


@pytest.fixture
def ctx(clinic: Clinic) -> ServiceContext:
    context = dataclasses.replace(clinic.context(), today=lambda: TODAY)
    ChartService(context).add_charts([c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN])
    return context


def _calcium(ctx: ServiceContext) -> VisitEntry:
    """A calcium of 2.4 typed in mg/dL (a value in mmol/L): unusual, with a unit hint."""
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    lab: LabResult = entered("calcium_total", TODAY, 2.4, "mg/dL", None, None)
    return VisitEntry(Visit(chart.patient.id, TODAY, pain_nrs=3), labs=(lab,))


def _confirmed_on_screen(ctx: ServiceContext, entry: VisitEntry) -> VisitEntry:
    """``entry`` with what the form shows confirmed, found in the current language."""
    chart = PatientService(ctx).chart(DEMO_RA_MRN)
    settings = ClinicSettingsService(ctx).current()
    return dataclasses.replace(entry, confirmed=tuple(unusual_values(entry, chart, settings)))


def _confirmations(ctx: ServiceContext) -> list[dict[str, object]]:
    return [dict(e.changes) for e in AuditService(ctx).entries() if e.action == "confirm"]


ENGLISH = {
    "confirmed": "Calcium, total (serum/plasma): 2.4 mg/dL",
    "reason_shown": (
        "below 4.25 mg/dL, the bottom ÷ 2 of the typical adult range (8.5–10.5 mg/dL) "
        "[R29][R33]; as 2.4 mmol/L it would be typical (9.62 mg/dL): check the unit"
    ),
    "setting": "Lab value: ask when above its range × 2 or below it ÷ 2",
    "check": "lab_outside_range",
    "field": "labs[0].value",
    "visit_date": TODAY.isoformat(),
    "door": "visit entry",
}


def test_an_english_users_confirmation_reads_as_before(ctx: ServiceContext) -> None:
    VisitService(ctx).record(DEMO_RA_MRN, _confirmed_on_screen(ctx, _calcium(ctx)))
    assert _confirmations(ctx) == [ENGLISH]
    assert AuditService(ctx).verify().ok


def test_a_portuguese_users_confirmation_keeps_the_english_text_and_what_she_saw(
    ctx: ServiceContext,
) -> None:
    activate(Language.PORTUGUESE)  # her session: the window, gettext and the service
    entry = _confirmed_on_screen(ctx, _calcium(ctx))
    VisitService(ctx).record(DEMO_RA_MRN, entry)  # her confirmation is the one asked about
    activate(Language.ENGLISH)
    [stored] = _confirmations(ctx)
    assert {k: v for k, v in stored.items() if k in ENGLISH_KEYS} == ENGLISH
    assert {k: v for k, v in stored.items() if k not in ENGLISH_KEYS} == {
        "shown_in": "pt_PT",
        "confirmed_shown_as": "Cálcio total (soro/plasma): 2,4 mg/dL",
        "reason_shown_as": (
            "abaixo de 4,25 mg/dL, o limite inferior ÷ 2 do intervalo típico do adulto "
            "(8,5–10,5 mg/dL) [R29][R33]; em 2,4 mmol/L seria um valor típico (9,62 mg/dL): "
            "verifique a unidade"
        ),
        "setting_shown_as": (
            "Valor laboratorial: perguntar quando acima do seu intervalo × 2 ou abaixo dele ÷ 2"
        ),
    }
    assert AuditService(ctx).verify().ok
