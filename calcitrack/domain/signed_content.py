"""A signature bound to what was signed: the hash of a visit's whole clinical content, and the
check of every bound signature against the content stored now (pure Python).

When a physician signs a visit (and each time a physician amends it) the SHA-256 of the visit's
clinical content is stored with the signature: the visit's own fields, its lesion measurements,
range of motion, the labs collected at it, the medication changes made at it (periods started
or stopped that day) and the imaging studies and procedures of that day. The store reads that
content (store/signed_content_repository.py) as plain rows without bookkeeping (ids of the rows
themselves, who saved them when, version counters, the signature's own columns); here it is
serialised canonically (``audit.canonical_value``: sorted keys, compact JSON, dates as ISO text)
and hashed. Anything changed behind the application's back — an UPDATE, INSERT or DELETE straight
into the database — changes the hash, and the signature no longer holds for what is stored.

A signature made before content was bound (its hash is NULL) cannot be verified: it is counted,
never called invalid.

What this does not detect: someone who changes a signed visit and recomputes its hash with this
very code; the audit trail's chain and its anchors outside the database are the defence there.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from calcitrack.domain.audit_trail.audit import canonical_value, dumps_canonical
from calcitrack.i18n.catalogue import N_, _

CONTENT_FORMAT = "calcitrack-signed-visit-content-1"
"""Named in what is hashed, so that a later change of the content's shape gives other hashes on
purpose rather than by accident."""

INVALID_SIGNATURE = N_("Signature invalid")
INVALID_SHORT = N_("Signature invalid — the record changed after signing")
"""How the window and the PDF say it, next to the signature (English: translate them with ``_``
where they are shown, as ``invalid_signature()`` and ``invalid_short()`` do)."""


def invalid_signature() -> str:
    """``INVALID_SIGNATURE`` in the current language."""
    return _(INVALID_SIGNATURE)


def invalid_short() -> str:
    """``INVALID_SHORT`` in the current language."""
    return _(INVALID_SHORT)


def content_hash(content: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical serialisation of a visit's clinical content."""
    text = dumps_canonical(canonical_value({"format": CONTENT_FORMAT, "content": content}))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_matches(stored_hash: str | None, content: Mapping[str, Any]) -> bool | None:
    """True if ``content`` is what was signed, False if it changed since, None when the signature
    was made before content was bound (nothing to compare with)."""
    if stored_hash is None:
        return None
    return content_hash(content) == stored_hash


@dataclass(frozen=True)
class ChangedSignature:
    """A signed visit whose content no longer matches its signature."""

    visit_id: int
    visit_date: date
    mrn: str

    def describe(self) -> str:
        """For people (command line, window): names the patient's MRN. Never for logs."""
        return (
            f"signature invalid: visit {self.visit_date.isoformat()} of {self.mrn} "
            "changed after it was signed"
        )


@dataclass(frozen=True)
class SignatureCheck:
    """Every signed visit checked: how many match, which changed, how many cannot be verified."""

    verified: int = 0
    changed: tuple[ChangedSignature, ...] = ()
    unbound: int = 0
    """Signed before content was bound to signatures (no hash stored)."""

    @property
    def ok(self) -> bool:
        return not self.changed

    def problems(self) -> list[str]:
        """One line per signed visit changed after it was signed."""
        return [c.describe() for c in self.changed]

    def summary(self) -> list[str]:
        """What the check found, for the command line."""
        match = "matches" if self.verified == 1 else "match"
        lines = [f"signatures: {_visits(self.verified)} {match} what was signed"]
        if self.changed:
            lines.append(f"signatures: {_visits(len(self.changed))} changed after signing")
        if self.unbound:
            lines.append(
                f"signatures: {self.unbound} signed before content binding (not verifiable)"
            )
        return lines

    def log_text(self) -> str:
        """For logs: counts and visit ids only, no MRN."""
        ids = ", ".join(str(c.visit_id) for c in self.changed) or "none"
        return (
            f"{self.verified} signatures verified, {len(self.changed)} invalid (visit ids: {ids}), "
            f"{self.unbound} not verifiable"
        )


def _visits(count: int) -> str:
    return f"{count} signed visit" if count == 1 else f"{count} signed visits"


def signature_check(
    results: Sequence[tuple[int, date, str, bool | None]],
) -> SignatureCheck:
    """The check from ``(visit id, visit date, MRN, content_matches(...))`` of each signed visit."""
    changed = tuple(
        ChangedSignature(visit_id, day, mrn)
        for visit_id, day, mrn, matches in results
        if matches is False
    )
    return SignatureCheck(
        verified=sum(1 for *_, matches in results if matches is True),
        changed=changed,
        unbound=sum(1 for *_, matches in results if matches is None),
    )
