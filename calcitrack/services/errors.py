"""Errors the services raise for people to read (the domain's validation errors pass through)."""

from __future__ import annotations

from collections.abc import Sequence

from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.visits.record_changes import ChangeStamp


class NotFoundError(LookupError):
    """The record asked for does not exist (the message names it)."""


class ConflictError(RuntimeError):
    """Someone else changed the record since it was read: reload, then edit again."""


class SignedVisitError(ConflictError):
    """A change refused because the visit is signed (read-only); a physician amends it."""


class StaleEditError(ConflictError):
    """A save or delete refused because someone else saved the record since the user read it;
    nothing was written.

    - ``stored``: the record as stored now (a ``VisitContent`` for a visit, a ``Patient`` for a
      patient's details);
    - ``changes``: what differs between the version the user started from and ``stored``, field
      by field in words (empty when the caller did not say what it started from);
    - ``last_saved``: who saved it last and when (None if unknown);
    - ``context``: what else was read in the same transaction that a reload needs (the
      patient's chart for a visit), or None.
    """

    def __init__(
        self,
        message: str,
        *,
        stored: object,
        changes: Sequence[FieldChange] = (),
        last_saved: ChangeStamp | None = None,
        context: object = None,
    ) -> None:
        super().__init__(message)
        self.stored = stored
        self.changes = tuple(changes)
        self.last_saved = last_saved
        self.context = context


def stale_message(
    subject: str, refused: str, changes: Sequence[FieldChange], last_saved: ChangeStamp | None
) -> str:
    """ "The visit of 2026-11-20 was saved by Dr Ruiz on … since you opened it (changed: pain NRS,
    weight); it was not saved: reload it and make your change again"."""
    who = f" by {last_saved.describe()}" if last_saved is not None else " by someone else"
    what = ""
    if changes:
        names = [c.label for c in changes[:4]]
        more = f" and {len(changes) - 4} more" if len(changes) > 4 else ""
        what = f" (changed: {', '.join(names)}{more})"
    return (
        f"{subject} was changed by someone else since you opened it: saved{who}{what}; "
        f"{refused}: reload it and make your change again"
    )
