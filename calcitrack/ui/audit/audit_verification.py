"""The audit viewer's Verify, without widgets: every check ``calcitrack audit verify`` makes —
the hash chain, the trail replayed against the audited rows, the chain's anchors noted outside
the database, every signed visit against what was signed — and what they found in words.

Each finding is worded by the domain object that found it (``ChangedSignature.describe``,
``Difference.describe``, ``AnchorProblem.describe``, and the chain's ``verify_text``), so the
window and the command line say the same thing; only the one-line summary of an intact trail is
written here (translated, context ``AuditVerification``). See docs/audit-trail.md for what each
check finds and what it cannot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from calcitrack.domain.audit_trail.anchor_check import AnchorReport
from calcitrack.domain.audit_trail.audit import VerifyResult
from calcitrack.domain.audit_trail.audit_replay import ReplayReport
from calcitrack.domain.signed_content import SignatureCheck
from calcitrack.ui.audit.audit_changes_text import verify_text
from calcitrack.ui.common.number_text import grouped_count

SCOPE = str(QT_TRANSLATE_NOOP(
    "AuditVerification",
    "CalciTrack finds changes made to its data outside the application, after the fact; it "
    "cannot prevent them, nor find a change made by someone who also rewrote every copy of the "
    'trail\'s anchors kept outside the database (see "Security model" in the README).'
))
"""What the checks can and cannot find, shown (translated: ``scope_text``) under every
result."""


def scope_text() -> str:
    """``SCOPE`` as the user reads it."""
    return QCoreApplication.translate("AuditVerification", SCOPE)


class Verifiable(Protocol):
    """What Verify asks of the trail (``services.audit_service.AuditService``)."""

    def verify(self) -> VerifyResult: ...

    def replay(self) -> ReplayReport: ...

    def check_anchors(self) -> AnchorReport: ...

    def check_signatures(self) -> SignatureCheck: ...


class VerificationCounts(QObject):
    """The counted texts of a verification, in the window's language with its plural forms (Qt
    finds a counted text's forms through ``tr`` with the count; the context is this class)."""

    def problems_found(self, count: int) -> str:
        return self.tr("{count} problem(s) found:", "", count).format(count=grouped_count(count))

    def anchors_found(self, count: int) -> str:
        return self.tr("{count} anchor(s) found", "", count).format(count=grouped_count(count))


@dataclass(frozen=True)
class TrailVerification:
    """The four checks' results."""

    chain: VerifyResult
    replay: ReplayReport
    anchors: AnchorReport
    signatures: SignatureCheck

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.replay.ok and self.anchors.ok and self.signatures.ok

    def findings(self) -> list[str]:
        """Everything found, one a line: signatures changed after signing first (what a
        physician acts on), then rows changed behind the application's back, anchors the trail
        no longer holds, and the chain's first broken entry."""
        found = [_sentence(line) for line in self.signatures.problems()]
        found += [difference.describe() for difference in self.replay.differences]  # "visits #3"
        found += [_sentence(p.describe()) for p in self.anchors.problems if p.fails]
        if not self.chain.ok:
            found.append(verify_text(self.chain))
        return found

    def notes(self) -> list[str]:
        """What was not or could not be checked, as information (never a finding)."""
        notes = []
        if not self.ok:
            notes.append(self._what_held())
        if self.chain.ok and self.chain.last_id is not None:
            notes.append(
                QCoreApplication.translate(
                    "AuditVerification", "Newest entry #{id}, hash {hash}."
                ).format(id=self.chain.last_id, hash=self.chain.last_hash)
            )
        if self.signatures.unbound:
            notes.append(
                QCoreApplication.translate(
                    "AuditVerification",
                    "{count} signed visits were signed before signatures were bound to their "
                    "content and cannot be verified.",
                ).format(count=grouped_count(self.signatures.unbound))
            )
        notes += self.replay.notes()  # they start with a table's name: "lab_results: …"
        notes += self.anchors.notes
        notes += [_sentence(p.describe()) for p in self.anchors.problems if not p.fails]
        if self.anchors.checked == 0:
            notes.append(
                QCoreApplication.translate(
                    "AuditVerification",
                    "No anchor of this trail is noted outside the database yet (one is noted "
                    "with each save, backup and PDF): a trail cut short, or rewritten with every "
                    "hash recomputed, would not show.",
                )
            )
        return notes

    def summary(self) -> str:
        """One line: all intact with what was checked, or how many problems were found."""
        if not self.ok:
            return VerificationCounts().problems_found(len(self.findings()))
        return QCoreApplication.translate(
            "AuditVerification",
            "Audit trail intact: {count} entries, every audited row as the trail says, "
            "{signatures}, {anchors}.",
        ).format(
            count=grouped_count(self.chain.checked),
            signatures=_signatures_matching(self.signatures),
            anchors=_anchors_found(self.anchors),
        )


    def _what_held(self) -> str:
        held = []
        if self.chain.ok:
            held.append(
                QCoreApplication.translate(
                    "AuditVerification", "the chain of {count} entries is intact"
                ).format(count=grouped_count(self.chain.checked))
            )
        if self.replay.ok:
            held.append(
                QCoreApplication.translate(
                    "AuditVerification", "every audited row is as the trail says"
                )
            )
        if self.signatures.verified:
            held.append(_signatures_matching(self.signatures))
        if self.anchors.ok:
            held.append(_anchors_found(self.anchors))
        if not held:
            return QCoreApplication.translate(
                "AuditVerification", "Nothing else could be confirmed."
            )
        return QCoreApplication.translate("AuditVerification", "Otherwise: {held}.").format(
            held=QCoreApplication.translate("AuditVerification", ", ").join(held)
        )


def verify_everything(trail: Verifiable) -> TrailVerification:
    """Run every check (on a worker: the replay reads every audited row)."""
    return TrailVerification(
        chain=trail.verify(),
        replay=trail.replay(),
        anchors=trail.check_anchors(),
        signatures=trail.check_signatures(),
    )


def _signatures_matching(check: SignatureCheck) -> str:
    signed = check.verified
    if signed == 0:
        return QCoreApplication.translate("AuditVerification", "no signature to check")
    if signed == 1:  # English's verb agrees too: two texts
        return QCoreApplication.translate(
            "AuditVerification", "1 signature matches what was signed"
        )
    return QCoreApplication.translate(
        "AuditVerification", "{count} signatures match what was signed"
    ).format(count=grouped_count(signed))


def _anchors_found(report: AnchorReport) -> str:
    held = report.checked - sum(1 for p in report.problems if not p.fails)
    if held == 0:
        return QCoreApplication.translate("AuditVerification", "no anchor to check yet")
    return VerificationCounts().anchors_found(held)


def _sentence(line: str) -> str:
    return line[:1].upper() + line[1:]

