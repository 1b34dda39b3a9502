"""Two workstations edit the same record (two engines, two users, one database; SQLite file and
PostgreSQL server): the first save wins, the second is refused with what changed, and the
database stays exactly as the first save left it."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, table, text

from calcitrack.bootstrap import Clinic
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visits.visit_changes import VisitContent, stored_visit_content
from calcitrack.domain.visits.visit_entry import VisitEntry
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.context import ServiceContext
from calcitrack.services.demo.demo_clinic import DEMO_RA_MRN, demo_charts
from calcitrack.services.errors import ConflictError, StaleEditError
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.patient_service import PatientService
from calcitrack.services.visit_service import VisitService
from calcitrack.store import visit_repository
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import CLINICAL_TABLES

TODAY = date(2026, 11, 20)


@dataclasses.dataclass
class Workstation:
    clinic: Clinic
    ctx: ServiceContext

    @property
    def visits(self) -> VisitService:
        return VisitService(self.ctx)

    @property
    def patients(self) -> PatientService:
        return PatientService(self.ctx)


def _workstation(url: str, username: str, name: str, role: Role) -> Workstation:
    clinic = open_signed_in(url)
    clinic.user = ensure_user(clinic.uow, username, name, role)
    return Workstation(clinic, dataclasses.replace(clinic.context(), today=lambda: TODAY))


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Workstation, Workstation]]:
    """Nurse Ana at one workstation, Dr Ben at another, on the same clinic database."""
    ana = _workstation(db_url, "ana", "Nurse Ana Ruiz", Role.NURSE)
    ChartService(ana.ctx).add_charts([c for c in demo_charts() if c.patient.mrn == DEMO_RA_MRN])
    ben = _workstation(db_url, "ben", "Dr Ben Okafor", Role.PHYSICIAN)
    yield ana, ben
    ben.clinic.close()
    ana.clinic.close()


def _dump(clinic: Clinic) -> dict[str, list[Any]]:
    """Every clinical row, stamps and versions included."""
    with clinic.engine.connect() as conn:
        return {
            t: [tuple(r) for r in conn.execute(select(text("*")).select_from(table(t)))]
            for t in (*CLINICAL_TABLES, "visit_deletions")
        }


def _opened(station: Workstation) -> tuple[PatientChart, VisitContent]:
    """The chart as the workstation read it, and its latest visit with everything saved with it."""
    chart = station.patients.chart(DEMO_RA_MRN)
    latest = chart.visits[-1]
    assert latest.id is not None
    content = stored_visit_content(chart, latest.id)
    assert content is not None
    return chart, content


def _entry(content: VisitContent, **changes: Any) -> VisitEntry:
    """An edit of the visit as read: the form hands over its labs and the lesions it ended."""
    labs = changes.pop("labs", content.labs)
    return VisitEntry(
        dataclasses.replace(content.visit, **changes),
        status_changes=content.ended_lesions,
        labs=tuple(labs),
    )


def test_the_second_of_two_visit_edits_is_refused_with_exactly_what_the_first_changed(
    two: tuple[Workstation, Workstation],
) -> None:
    ana, ben = two
    _, read_by_ana = _opened(ana)
    _, read_by_ben = _opened(ben)
    visit = read_by_ana.visit
    thigh = next(m for m in visit.lesion_measurements if m.lesion_label == "R lateral thigh")
    labs = [
        dataclasses.replace(lab, value=9.6, normalised_value=9.6)
        if lab.analyte == "calcium_total"
        else lab
        for lab in read_by_ana.labs
    ]
    saved = ana.visits.update(
        DEMO_RA_MRN,
        _entry(
            read_by_ana,
            pain_nrs=6,
            weight_kg=61.0,
            lesion_measurements=tuple(
                dataclasses.replace(m, longest_mm=230.0) if m is thigh else m
                for m in visit.lesion_measurements
            ),
            labs=labs,
        ),
        started_from=read_by_ana,
    )
    after_first = _dump(ana.clinic)

    with pytest.raises(StaleEditError) as refused:
        ben.visits.update(
            DEMO_RA_MRN,
            _entry(read_by_ben, pain_nrs=2, notes="Pain better since the last visit."),
            started_from=read_by_ben,
        )

    error = refused.value
    assert isinstance(error, ConflictError)  # callers that only know ConflictError still work
    assert [(c.key, c.label, c.before, c.after) for c in error.changes] == [
        (
            "lesion:R lateral thigh/longest_mm",
            "Lesion R lateral thigh: longest diameter",
            "225 mm",
            "230 mm",
        ),
        ("pain_nrs", "Pain NRS", "1", "6"),
        ("lab:calcium_total/value", "Calcium, total (serum/plasma)", "9.1 mg/dL", "9.6 mg/dL"),
        ("weight_kg", "Weight", "60.1 kg", "61 kg"),
    ]
    assert error.last_saved is not None and error.last_saved.by == "Nurse Ana Ruiz"
    assert isinstance(error.stored, VisitContent)
    assert error.stored.visit.version == saved.version and error.stored.visit.pain_nrs == 6
    assert isinstance(error.context, PatientChart)  # the chart as stored now, to reload from
    message = str(error)
    assert "changed by someone else" in message and "Nurse Ana Ruiz" in message
    assert "Pain NRS" in message and "not saved" in message
    assert _dump(ana.clinic) == after_first  # nothing of Ben's edit was written


def test_a_stale_edit_without_what_it_started_from_still_says_who_saved(
    two: tuple[Workstation, Workstation],
) -> None:
    ana, ben = two
    _, read_by_ana = _opened(ana)
    _, read_by_ben = _opened(ben)
    ana.visits.update(DEMO_RA_MRN, _entry(read_by_ana, pain_nrs=6))
    with pytest.raises(StaleEditError) as refused:
        ben.visits.update(DEMO_RA_MRN, _entry(read_by_ben, pain_nrs=2))
    assert refused.value.changes == ()
    assert refused.value.last_saved is not None
    assert refused.value.last_saved.by == "Nurse Ana Ruiz"


def test_an_edit_from_the_current_version_after_a_refusal_saves(
    two: tuple[Workstation, Workstation],
) -> None:
    ana, ben = two
    _, read_by_ana = _opened(ana)
    _, read_by_ben = _opened(ben)
    ana.visits.update(DEMO_RA_MRN, _entry(read_by_ana, pain_nrs=6), started_from=read_by_ana)
    with pytest.raises(StaleEditError) as refused:
        ben.visits.update(DEMO_RA_MRN, _entry(read_by_ben, notes="x"), started_from=read_by_ben)
    stored = refused.value.stored
    assert isinstance(stored, VisitContent)
    ben.visits.update(DEMO_RA_MRN, _entry(stored, notes="Reviewed."), started_from=stored)
    _, now = _opened(ana)
    assert (now.visit.pain_nrs, now.visit.notes) == (6, "Reviewed.")  # both edits kept


def test_deleting_a_visit_someone_changed_since_it_was_read_is_refused(
    two: tuple[Workstation, Workstation],
) -> None:
    ana, ben = two
    _, read_by_ana = _opened(ana)
    _, read_by_ben = _opened(ben)
    ana.visits.update(
        DEMO_RA_MRN, _entry(read_by_ana, clinician="Dr Ana Ruiz"), started_from=read_by_ana
    )
    after_edit = _dump(ana.clinic)
    with pytest.raises(StaleEditError) as refused:
        ben.visits.delete(DEMO_RA_MRN, read_by_ben.visit, "entered twice", started_from=read_by_ben)
    assert [(c.label, c.before, c.after) for c in refused.value.changes] == [
        ("Clinician", "Dr. Yasmin El-Tayeb", "Dr Ana Ruiz")
    ]
    assert "not deleted" in str(refused.value)
    assert _dump(ana.clinic) == after_edit  # the visit is still there, no deletion recorded
    assert ben.visits.deletions(DEMO_RA_MRN) == []


def test_the_second_of_two_patient_edits_is_refused_with_what_changed(
    two: tuple[Workstation, Workstation],
) -> None:
    ana, ben = two
    read_by_ana = ana.patients.chart(DEMO_RA_MRN).patient
    read_by_ben = ben.patients.chart(DEMO_RA_MRN).patient
    ana.patients.update(
        dataclasses.replace(
            read_by_ana, family_name="Haddad-Nour", calcinosis_onset_on=date(2019, 5, 1)
        ),
        started_from=read_by_ana,
    )
    after_first = _dump(ana.clinic)
    with pytest.raises(StaleEditError) as refused:
        ben.patients.update(
            dataclasses.replace(read_by_ben, given_name="Leïla"), started_from=read_by_ben
        )
    changes = refused.value.changes
    assert [(c.key, c.label, c.after) for c in changes] == [
        ("family_name", "Family name", "Haddad-Nour"),
        ("calcinosis_onset_on", "Calcinosis onset", "2019-05-01"),
    ]
    assert changes[0].before == read_by_ben.family_name
    assert refused.value.last_saved is not None
    assert refused.value.last_saved.by == "Nurse Ana Ruiz"
    assert _dump(ana.clinic) == after_first


def test_archiving_a_patient_someone_changed_meanwhile_is_refused(
    two: tuple[Workstation, Workstation],
) -> None:
    ana, ben = two
    read_by_ana = ana.patients.chart(DEMO_RA_MRN).patient
    read_by_ben = ben.patients.chart(DEMO_RA_MRN).patient
    ana.patients.update(dataclasses.replace(read_by_ana, given_name="Layla"))
    with pytest.raises(StaleEditError) as refused:
        ben.patients.set_archived(read_by_ben, True)
    assert [c.key for c in refused.value.changes] == ["given_name"]
    assert not ana.patients.chart(DEMO_RA_MRN).patient.archived


def test_two_saves_at_the_same_moment_the_one_that_waits_is_refused_after_the_other(
    two: tuple[Workstation, Workstation],
) -> None:
    """Ben's save runs while Ana's transaction holds the visit (PostgreSQL: Ben waits on the row
    lock; SQLite: on the file's write lock, having read the version before Ana committed). Once
    she commits, his save is refused with her change, not written over it."""
    ana, ben = two
    _, read_by_ben = _opened(ben)
    visit_id = read_by_ben.visit.id
    assert visit_id is not None
    outcome: list[BaseException | None] = []

    def ben_saves() -> None:
        try:
            ben.visits.update(
                DEMO_RA_MRN, _entry(read_by_ben, pain_nrs=2), started_from=read_by_ben
            )
            outcome.append(None)
        except BaseException as error:  # handed to the test's thread
            outcome.append(error)

    worker = threading.Thread(target=ben_saves)
    with ana.clinic.uow.begin(ana.ctx.actor_id) as session:
        record = visit_repository.visit_for_update(session, visit_id)
        assert record is not None
        record.pain_nrs = 7
        session.flush()
        worker.start()
        worker.join(0.5)
        assert worker.is_alive()  # waiting for Ana's transaction
    worker.join(15)
    assert len(outcome) == 1 and isinstance(outcome[0], StaleEditError), outcome
    assert [(c.key, c.after) for c in outcome[0].changes] == [("pain_nrs", "7")]
    _, now = _opened(ana)
    assert now.visit.pain_nrs == 7
