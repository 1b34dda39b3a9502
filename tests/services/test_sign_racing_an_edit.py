"""A physician signs a visit while a nurse's edit of it is being saved at another workstation (two
engines, one database: a real SQLite file and a real PostgreSQL server). The signature waits for
the edit's transaction; once it commits, the signature is refused with the stale-edit message
that an edit gets (what changed, who saved it), never SQLAlchemy's own error, and nothing of the
signature is written."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from calcitrack.domain.entities import Visit
from calcitrack.services.errors import NotFoundError, StaleEditError
from calcitrack.store import visit_repository
from tests.services.test_concurrent_edits import DEMO_RA_MRN, Workstation, _opened, two
from tests.support.accounts import TEST_PASSWORD, give_test_password

__all__ = ["two"]  # the fixture


def _sign_during(
    two: tuple[Workstation, Workstation], change: Callable[[Any, Any], None]
) -> tuple[BaseException | None, Visit]:
    """Ben signs DEMO-0001's visit while Ana's ``change(session, record)`` of it is being
    saved; what Ben's signing raised (None if it signed), and the visit as Ben read it."""
    ana, ben = two
    give_test_password(ben.clinic.uow, "ben")
    _, read_by_ben = _opened(ben)
    visit = read_by_ben.visit
    assert visit.id is not None
    outcome: list[BaseException | None] = []

    def ben_signs() -> None:
        try:
            ben.visits.sign(DEMO_RA_MRN, visit, TEST_PASSWORD)
            outcome.append(None)
        except BaseException as error:  # handed to the test's thread
            outcome.append(error)

    worker = threading.Thread(target=ben_signs)
    with ana.clinic.uow.begin(ana.ctx.actor_id) as session:
        record = visit_repository.visit_for_update(session, visit.id)
        assert record is not None
        change(session, record)
        worker.start()
        worker.join(1.5)  # Ben's password check (argon2) runs, then he waits on the visit
    worker.join(30)
    assert len(outcome) == 1, outcome
    return outcome[0], visit


def test_a_signature_racing_an_edit_is_refused_as_a_stale_edit(
    two: tuple[Workstation, Workstation],
) -> None:
    def edit(session: Any, record: Any) -> None:
        record.pain_nrs = 7
        session.flush()

    error, visit = _sign_during(two, edit)
    assert isinstance(error, StaleEditError), repr(error)
    assert "StaleDataError" not in str(error) and "UPDATE statement" not in str(error)
    assert str(error).startswith(f"The visit of {visit.visit_date.isoformat()} was changed by")
    assert "it was not signed: reload it" in str(error)
    with two[0].clinic.engine.connect() as conn:
        signed = conn.execute(
            text("SELECT signed_by_id, signed_content_hash, pain_nrs FROM visits WHERE id = :i"),
            {"i": visit.id},
        ).one()
    assert tuple(signed) == (None, None, 7)


def test_a_signature_racing_a_deletion_says_the_visit_no_longer_exists(
    two: tuple[Workstation, Workstation],
) -> None:
    def delete(session: Any, record: Any) -> None:
        visit_repository.delete_visit(session, record, "entered on the wrong patient", "{}")

    error, _ = _sign_during(two, delete)
    assert isinstance(error, NotFoundError), repr(error)
    assert "no longer exists" in str(error)
