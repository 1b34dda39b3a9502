"""Errors the services raise for people to read (the domain's validation errors pass through)."""

from __future__ import annotations

from collections.abc import Sequence

from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.visits.record_changes import ChangeStamp
from calcitrack.i18n.catalogue import _, ngettext
from calcitrack.i18n.formats import number


def no_patient(mrn: str) -> NotFoundError:
    """The refusal for an MRN that no patient has."""
    return NotFoundError(_("no patient with MRN {mrn}").format(mrn=repr(mrn)))


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
    weight); it was not saved: reload it and make your change again".

    ``subject`` and ``refused`` come translated (in the current language)."""
    if last_saved is not None:
        saved = _("saved by {who}").format(who=last_saved.describe())
    else:
        saved = _("saved by someone else")
    what = ""
    if changes:
        # TRANSLATORS: joins the names of the changed fields ("pain NRS, weight")
        names = _(", ").join(c.label for c in changes[:4])
        if len(changes) > 4:
            more = len(changes) - 4
            what = ngettext(
                " (changed: {fields} and {count} more)",
                " (changed: {fields} and {count} more)",
                more,
            ).format(fields=names, count=number(more, 0))
        else:
            what = _(" (changed: {fields})").format(fields=names)
    # TRANSLATORS: {subject} is what was edited ("The visit of 2026-11-20"); {saved} says who
    # saved it ("saved by Dr Ruiz on …"); {changes} lists the fields changed, in brackets, or is
    # empty; {refused} says what did not happen ("your edit was not saved")
    return _(
        "{subject} was changed by someone else since you opened it: {saved}{changes}; "
        "{refused}: reload it and make your change again"
    ).format(subject=subject, saved=saved, changes=what, refused=refused)
