"""A backup's manifest: the JSON file ``<backup>.json`` written beside every backup CalciTrack
makes. It says what the backup holds (schema revision, row counts, the audit chain's head as an
anchor), where it came from (the database, never its password) and whether its check after
writing passed. A restore checks the restored database against it; ``audit verify`` can take its
``chain_head`` as an anchor; automatic backups are pruned only when their manifest says CalciTrack
made them automatically.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from calcitrack.domain.audit_trail.audit_anchor import AnchorFormatError, ChainAnchor

FORMAT = "calcitrack-backup-manifest/1"

KIND_MANUAL = "manual"
KIND_AUTOMATIC = "automatic"
KIND_BEFORE_RESTORE = "before-restore"


class ManifestError(ValueError):
    """A manifest that is missing, unreadable or not CalciTrack's."""


@dataclass(frozen=True)
class Verification:
    """The check of a written backup (or of a restored database)."""

    ok: bool
    checks: tuple[str, ...]
    """What was checked, in words ("integrity_check", "audit chain", "row counts", …)."""
    problems: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "checks": list(self.checks), "problems": list(self.problems)}


@dataclass(frozen=True)
class BackupManifest:
    file: str
    """The backup's file name (the manifest sits beside it)."""
    kind: str
    created_at: datetime
    engine: str
    source: str
    """The database backed up, for people (file path or server/database; no password)."""
    schema_revision: str | None
    counts: Mapping[str, int]
    chain_head: ChainAnchor
    verification: Verification
    app_version: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)
    sha256: str | None = None
    """SHA-256 of the backup file as written and checked: a restore refuses a file that no longer
    has it (changed or damaged since). None in a manifest written before it was recorded."""

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "file": self.file,
            "kind": self.kind,
            "created_at": self.created_at.isoformat(),
            "engine": self.engine,
            "source": self.source,
            "schema_revision": self.schema_revision,
            "counts": dict(self.counts),
            "chain_head": self.chain_head.text(),
            "verification": self.verification.to_json(),
            "app_version": self.app_version,
            **({"sha256": self.sha256} if self.sha256 else {}),
            **dict(self.extra),
        }

    @classmethod
    def from_json(cls, data: object) -> BackupManifest:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ManifestError("not a CalciTrack backup manifest")
        try:
            verification = data["verification"]
            counts = data["counts"]
            if not isinstance(counts, dict) or not all(
                isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
                for k, v in counts.items()
            ):
                raise ManifestError("its row counts are not table names with whole numbers")
            return cls(
                file=str(data["file"]),
                kind=str(data["kind"]),
                created_at=datetime.fromisoformat(str(data["created_at"])),
                engine=str(data["engine"]),
                source=str(data["source"]),
                schema_revision=data.get("schema_revision"),
                counts=counts,
                chain_head=ChainAnchor.parse(str(data["chain_head"])),
                verification=Verification(
                    bool(verification["ok"]),
                    tuple(str(c) for c in verification.get("checks", ())),
                    tuple(str(p) for p in verification.get("problems", ())),
                ),
                app_version=str(data.get("app_version", "")),
                sha256=_digest(data.get("sha256")),
            )
        except (KeyError, TypeError, ValueError, AnchorFormatError) as exc:
            if isinstance(exc, ManifestError):
                raise
            raise ManifestError(f"incomplete or damaged manifest ({exc})") from None


def _digest(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 64 or value.strip("0123456789abcdef"):
        raise ManifestError("its sha256 is not 64 hexadecimal digits")
    return value


def manifest_path(backup: Path) -> Path:
    """``<backup>.json`` beside the backup."""
    return backup.with_name(backup.name + ".json")


def count_differences(expected: Mapping[str, int], found: Mapping[str, int]) -> list[str]:
    """Each table whose row count differs, in words ("patients: 2 expected, 1 found")."""
    return [
        f"{table}: {expected.get(table, 0)} row(s) expected, {found.get(table, 0)} found"
        for table in sorted(set(expected) | set(found))
        if expected.get(table, 0) != found.get(table, 0)
    ]
