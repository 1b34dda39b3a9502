"""The patient list's status filter: which archived state it keeps."""

from __future__ import annotations

from calcitrack.domain.patient_list import StatusFilter


def test_each_status_keeps_its_archived_state() -> None:
    assert StatusFilter.ACTIVE.archived is False
    assert StatusFilter.ARCHIVED.archived is True
    assert StatusFilter.ALL.archived is None
    assert {s.archived for s in StatusFilter} == {False, True, None}
