"""A user's own settings (Change my settings): today, the language her windows are shown in.

Every signed-in user may read and change her own preference, and only her own: no role, not even
an administrator's, changes another account's (it is a personal choice, like a password). A
change is validated first (domain/clinic/accounts.py, ``check_language``), then written with an
``account`` audit entry in one transaction. It applies from her next sign-in.
"""

from __future__ import annotations

import logging

from calcitrack.domain.audit_trail.audit import AuditAction
from calcitrack.domain.clinic.accounts import DEFAULT_LANGUAGE, check_language
from calcitrack.domain.visits.validation import raise_if
from calcitrack.services.context import ServiceContext
from calcitrack.store import user_repository
from calcitrack.store.audit_trail import audit

log = logging.getLogger(__name__)


class NotYourAccountError(PermissionError):
    """A change of another account's own settings; the message is for the person at the
    screen."""


class OwnSettingsService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def language(self) -> str:
        """The signed-in user's language preference (``system`` unless she chose one)."""
        with self._ctx.uow.read() as session:
            found = user_repository.language_of(session, self._ctx.actor.username)
        return DEFAULT_LANGUAGE if found is None else found

    def set_language(self, username: str, preference: str) -> str:
        """Store ``preference`` as the language of ``username``, who must be the signed-in user
        (NotYourAccountError otherwise, whatever her roles); DomainValidationError naming the
        field ``language`` for a preference that is not one. The preference as stored."""
        actor = self._ctx.actor
        if username != actor.username:
            raise NotYourAccountError(
                f"{actor.display_name} may not change the settings of another account: "
                "each user changes her own"
            )
        raise_if(check_language(preference))
        with self._ctx.uow.begin(self._ctx.actor_id) as session:
            current = user_repository.acting_user(session, username)
            if current is None or current.id != actor.id or not (current.active and actor.active):
                raise NotYourAccountError(
                    f"{actor.display_name} (account disabled) may not change its settings"
                )
            before = user_repository.language_of(session, username)
            if before == preference:
                return preference
            user_repository.set_language(session, username, preference)
            audit.record_event(
                session, AuditAction.ACCOUNT, table_name="users", record_id=current.id,
                details={"username": username, "change": f"language {before} → {preference}"},
            )
        log.info("language preference changed (account #%s)", current.id)
        return preference
