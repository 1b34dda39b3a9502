"""The imaging and procedure dialogs give back exactly what they were opened with (a correction
that changes nothing changes nothing), whatever the study or procedure holds."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from calcitrack.domain.body_sites import BODY_SITES
from calcitrack.domain.codes import (
    ImagingModality,
    ImagingVerdict,
    Laterality,
    ProcedureOutcome,
    ProcedureType,
)
from calcitrack.domain.entities import ImagingStudy, Procedure
from calcitrack.ui.site_events.imaging_dialog import ImagingDialog
from calcitrack.ui.site_events.procedure_dialog import ProcedureDialog
from tests.support.sample_chart import sample_chart

LESIONS = sample_chart("D-1").lesions
LABELS = [lesion.label for lesion in LESIONS]
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30).map(str.strip)
_WHO = st.none() | _TEXT.filter(bool)
_COMMON = {
    "day": st.dates(date(1990, 1, 1), date(2030, 1, 1)),
    "site": st.sampled_from(sorted(BODY_SITES)),
    "side": st.none() | st.sampled_from(list(Laterality)),
    "lesions": st.lists(st.sampled_from(LABELS), unique=True).map(
        lambda chosen: tuple(label for label in LABELS if label in chosen)  # the list's order
    ),
}
_QUICK = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_QUICK
@given(
    modality=st.sampled_from(list(ImagingModality)),
    verdict=st.none() | st.sampled_from(list(ImagingVerdict)),
    findings=_TEXT,
    reader=_WHO,
    **_COMMON,
)
def test_an_imaging_study_comes_back_as_it_went_in(
    qtbot: QtBot, modality: ImagingModality, verdict: ImagingVerdict | None, findings: str,
    reader: str | None, day: date, site: str, side: Laterality | None, lesions: tuple[str, ...],
) -> None:  # fmt: skip
    study = ImagingStudy(day, modality, site, side, lesions, findings, reader, verdict,
                         patient_id=3, id=7, version=2)  # fmt: skip
    dialog = ImagingDialog("Inês Test", LESIONS, study=study, day=day)
    qtbot.addWidget(dialog)
    assert dialog.entry() == study


@_QUICK
@given(
    kind=st.sampled_from(list(ProcedureType)),
    outcome=st.sampled_from(list(ProcedureOutcome)),
    notes=_TEXT,
    operator=_WHO,
    complications=_WHO,
    **_COMMON,
)
def test_a_procedure_comes_back_as_it_went_in(
    qtbot: QtBot, kind: ProcedureType, outcome: ProcedureOutcome, notes: str,
    operator: str | None, complications: str | None, day: date, site: str,
    side: Laterality | None, lesions: tuple[str, ...],
) -> None:  # fmt: skip
    procedure = Procedure(day, kind, site, side, lesions, outcome, notes, operator,
                          complications, patient_id=3, id=7, version=2)  # fmt: skip
    dialog = ProcedureDialog("Inês Test", LESIONS, procedure=procedure, day=day)
    qtbot.addWidget(dialog)
    assert dialog.entry() == procedure
