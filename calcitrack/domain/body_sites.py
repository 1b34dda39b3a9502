"""Body sites where calcinosis lesions are recorded, and the joints next to each.

The codes are CalciTrack's own (SNOMED CT body-structure codes were not verified, DOMAIN.md
§7.2); ``adjacent_joints`` drives which range-of-motion measurements a lesion brings to the form
and the "lesion next to a joint" rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from calcitrack.domain.errors import DomainValidationError
from calcitrack.i18n.catalogue import N_, _


@dataclass(frozen=True)
class BodySite:
    code: str
    english_name: str
    """The name in English (marked): for files and stored records."""
    english_region: str
    sided: bool
    adjacent_joints: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The site's name, in the current language."""
        return _(self.english_name)

    @property
    def region(self) -> str:
        """The region of the body, in the current language."""
        return _(self.english_region)


_SITES = (
    BodySite("face", N_("Face"), N_("head and neck"), False),
    BodySite("neck", N_("Neck"), N_("head and neck"), False),
    BodySite("chest", N_("Chest"), N_("trunk"), True, ("shoulder",)),
    BodySite("abdomen", N_("Abdomen"), N_("trunk"), True),
    BodySite("upper_back", N_("Upper back"), N_("trunk"), True, ("shoulder",)),
    BodySite("lower_back", N_("Lower back"), N_("trunk"), True),
    BodySite("shoulder", N_("Shoulder"), N_("upper limb"), True, ("shoulder",)),
    BodySite("upper_arm", N_("Upper arm"), N_("upper limb"), True, ("shoulder", "elbow")),
    BodySite("elbow", N_("Elbow"), N_("upper limb"), True, ("elbow", "forearm")),
    BodySite("forearm", N_("Forearm"), N_("upper limb"), True, ("elbow", "forearm", "wrist")),
    BodySite("wrist", N_("Wrist"), N_("upper limb"), True, ("wrist", "forearm")),
    BodySite("hand", N_("Hand"), N_("upper limb"), True, ("wrist",)),
    BodySite("finger", N_("Finger"), N_("upper limb"), True, ("wrist",)),
    BodySite("buttock", N_("Buttock"), N_("lower limb"), True, ("hip",)),
    BodySite("hip", N_("Hip"), N_("lower limb"), True, ("hip",)),
    BodySite("thigh", N_("Thigh"), N_("lower limb"), True, ("hip", "knee")),
    BodySite("knee", N_("Knee"), N_("lower limb"), True, ("knee",)),
    BodySite("lower_leg", N_("Lower leg"), N_("lower limb"), True, ("knee", "ankle")),
    BodySite("ankle", N_("Ankle"), N_("lower limb"), True, ("ankle",)),
    BodySite("foot", N_("Foot"), N_("lower limb"), True, ("ankle",)),
)

BODY_SITES: Mapping[str, BodySite] = {site.code: site for site in _SITES}


def body_site(code: str) -> BodySite:
    try:
        return BODY_SITES[code]
    except KeyError:
        known = ", ".join(BODY_SITES)
        raise DomainValidationError(
            "body_site",
            _("unknown body site {code}; known: {known}").format(code=repr(code), known=known),
        ) from None
