"""Checking every signed visit against what was signed (domain/signed_content.py): for ``calcitrack
audit verify`` and anyone who reads the trail."""

from __future__ import annotations

import logging

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.signed_content import SignatureCheck
from calcitrack.services.context import ServiceContext
from calcitrack.store import signed_content_repository

log = logging.getLogger(__name__)


class SignatureService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def check(self) -> SignatureCheck:
        """Recompute the content hash of every signed visit that has one; the result names each
        visit changed after it was signed and counts those signed before content was bound."""
        self._ctx.require(Permission.READ_AUDIT)
        with self._ctx.uow.read() as session:
            result = signed_content_repository.check_signatures(session)
        if not result.ok:
            log.warning("signature check: %s", result.log_text())  # visit ids, no MRN
        return result
