"""Range of motion: joints, movements and the normal reference values of DOMAIN.md §3.

Upper-limb values are the AAOS column (Norkin & White Table A.1) [R21]; the AAOS lower-limb values
were not confirmed (⚠️), so the lower limb uses the VA 38 CFR 4.71 plates [R22]. Every value
carries its source, and the reference set is stored with each measurement's interpretation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from calcitrack.domain.body_sites import body_site
from calcitrack.domain.errors import DomainValidationError
from calcitrack.i18n.catalogue import N_, _

AAOS = "AAOS (Norkin & White Table A.1) [R21]"
VA = "VA 38 CFR 4.71 Plates I–II [R22]"


_LABELS: Mapping[tuple[str, str], str] = {
    ("shoulder", "flexion"): N_("Shoulder flexion"),
    ("shoulder", "extension"): N_("Shoulder extension"),
    ("shoulder", "abduction"): N_("Shoulder abduction"),
    ("shoulder", "internal_rotation"): N_("Shoulder internal rotation"),
    ("shoulder", "external_rotation"): N_("Shoulder external rotation"),
    ("elbow", "flexion"): N_("Elbow flexion"),
    ("elbow", "extension"): N_("Elbow extension"),
    ("forearm", "pronation"): N_("Forearm pronation"),
    ("forearm", "supination"): N_("Forearm supination"),
    ("wrist", "flexion"): N_("Wrist flexion"),
    ("wrist", "extension"): N_("Wrist extension"),
    ("hip", "flexion"): N_("Hip flexion"),
    ("hip", "extension"): N_("Hip extension"),
    ("hip", "abduction"): N_("Hip abduction"),
    ("hip", "adduction"): N_("Hip adduction"),
    ("hip", "internal_rotation"): N_("Hip internal rotation"),
    ("hip", "external_rotation"): N_("Hip external rotation"),
    ("knee", "flexion"): N_("Knee flexion"),
    ("knee", "extension"): N_("Knee extension"),
    ("ankle", "dorsiflexion"): N_("Ankle dorsiflexion"),
    ("ankle", "plantarflexion"): N_("Ankle plantarflexion"),
}
"""Each reference's label, marked for translation (the same text as ``english_label``)."""


@dataclass(frozen=True)
class RomReference:
    joint: str
    movement: str
    normal_deg: float
    source: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.joint, self.movement)

    @property
    def english_label(self) -> str:
        """The joint and movement in English ("Shoulder internal rotation"): for stored records."""
        return f"{self.joint.capitalize()} {self.movement.replace('_', ' ')}"

    @property
    def label(self) -> str:
        """The joint and movement, in the current language."""
        return _(_LABELS.get(self.key, self.english_label))


_REFERENCES = (
    RomReference("shoulder", "flexion", 180, AAOS),
    RomReference("shoulder", "extension", 60, AAOS),
    RomReference("shoulder", "abduction", 180, AAOS),
    RomReference("shoulder", "internal_rotation", 70, AAOS),
    RomReference("shoulder", "external_rotation", 90, AAOS),
    RomReference("elbow", "flexion", 150, AAOS),
    RomReference("elbow", "extension", 0, AAOS),
    RomReference("forearm", "pronation", 80, AAOS),
    RomReference("forearm", "supination", 80, AAOS),
    RomReference("wrist", "flexion", 80, AAOS),
    RomReference("wrist", "extension", 70, AAOS),
    RomReference("hip", "flexion", 125, VA),
    RomReference("hip", "extension", 30, VA),
    RomReference("hip", "abduction", 45, VA),
    RomReference("hip", "adduction", 25, VA),
    RomReference("hip", "internal_rotation", 40, VA),
    RomReference("hip", "external_rotation", 60, VA),
    RomReference("knee", "flexion", 140, VA),
    RomReference("knee", "extension", 0, VA),
    RomReference("ankle", "dorsiflexion", 20, VA),
    RomReference("ankle", "plantarflexion", 45, VA),
)

ROM_REFERENCES: Mapping[tuple[str, str], RomReference] = {r.key: r for r in _REFERENCES}
JOINTS: tuple[str, ...] = tuple(dict.fromkeys(r.joint for r in _REFERENCES))

#: Degrees accepted for any measurement: extension deficits are recorded as negative values.
MIN_DEGREES = -90.0
MAX_DEGREES = 180.0
"""No single joint motion measured from the neutral zero position passes a half circle: more is
impossible, not unusual (hard_limits.py says why; the database's CHECK allows up to 200)."""


def rom_reference(joint: str, movement: str) -> RomReference:
    try:
        return ROM_REFERENCES[(joint, movement)]
    except KeyError:
        known = ", ".join(f"{j}/{m}" for j, m in ROM_REFERENCES)
        raise DomainValidationError(
            "movement",
            _("no reference for {joint}/{movement}; known: {known}").format(
                joint=joint, movement=movement, known=known
            ),
        ) from None


def movements_of(joint: str) -> tuple[RomReference, ...]:
    return tuple(r for r in _REFERENCES if r.joint == joint)


def joints_near(site_codes: Iterable[str]) -> tuple[str, ...]:
    """The joints adjacent to any of the given body sites, in a stable order."""
    wanted = {joint for code in site_codes for joint in body_site(code).adjacent_joints}
    return tuple(j for j in JOINTS if j in wanted)
