"""A chain anchor: the audit trail's head (its newest entry's id and hash) written down outside
the database — in a backup's manifest, a PDF's footer, the workstation's anchor log — so that a
trail later truncated, or rewritten with every hash recomputed, no longer contains it.

Its text form is ``<entry id>:<64 hex digits>``, e.g. ``1234:9f86…``; an empty trail's head is
``0:`` followed by the genesis hash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calcitrack.domain.audit_trail.audit import GENESIS_HASH

_TEXT = re.compile(r"^\s*#?(\d{1,18}):([0-9a-f]{64})\s*$")


class AnchorFormatError(ValueError):
    pass


@dataclass(frozen=True)
class ChainAnchor:
    entry_id: int
    """0 for an empty trail."""
    hash: str

    def text(self) -> str:
        return f"{self.entry_id}:{self.hash}"

    def short(self) -> str:
        """For a footer: "audit #1234 9f86d081"."""
        return f"audit #{self.entry_id} {self.hash[:8]}"

    @classmethod
    def parse(cls, value: str) -> ChainAnchor:
        found = _TEXT.match(value.lower())
        if found is None:
            raise AnchorFormatError(
                f"not a chain anchor: {value[:80]!r} (expected ENTRY_ID:HASH, the hash as 64 "
                "hexadecimal digits)"
            )
        return cls(int(found.group(1)), found.group(2))


EMPTY_TRAIL = ChainAnchor(0, GENESIS_HASH)
