"""What the clinic settings dialog's Save hands over to the settings flow: only the parts that
differ from what is stored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from calcitrack.domain.clinic.clinic_identity import ClinicIdentity


@dataclass(frozen=True)
class SettingsChanges:
    """What Save hands over: only the parts that differ from what is stored."""

    values: Mapping[str, float | None] | None
    """Every threshold as shown (None: an optional one not set), or None when none changed."""
    settings_version: int
    """The settings version the thresholds were read at."""
    identity: ClinicIdentity | None
    """The name and logo as shown, at the version they were read at; None when unchanged."""
    texts: Mapping[str, str] | None = None
    """The text settings (the backup folder, the Arabic digits) as shown, or None when none
    changed; saved with the thresholds, in the same save."""
