"""The drugs a calcinosis clinic records, with their ATC codes where DOMAIN.md §5.5 verified them.

Unverified codes are left empty rather than guessed (DOMAIN.md: "do not guess IDs").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Drug:
    code: str
    name: str
    atc: str | None = None
    note: str = ""


_DRUGS = (
    Drug("diltiazem", "Diltiazem", "C08DB01"),
    Drug("colchicine", "Colchicine", "M04AC01"),
    Drug("probenecid", "Probenecid", "M04AB01"),
    Drug("sodium_thiosulfate", "Sodium thiosulfate", "V03AB06"),
    Drug("ivig", "Immunoglobulin, normal human (IVIg)", "J06BA02"),
    Drug("rituximab", "Rituximab", "L01FA01"),
    Drug("pamidronate", "Pamidronate", None, "bisphosphonate (ATC class M05BA)"),
    Drug("alendronate", "Alendronate", None, "bisphosphonate (ATC class M05BA)"),
    Drug("etidronate", "Etidronate", None, "bisphosphonate (ATC class M05BA)"),
    Drug("minocycline", "Minocycline", None),
    Drug("warfarin", "Warfarin", None, "low dose not recommended [R37]"),
    Drug("methotrexate", "Methotrexate", None),
    Drug("hydroxychloroquine", "Hydroxychloroquine", None),
    Drug("folic_acid", "Folic acid", None),
    Drug("prednisolone", "Prednisolone", None),
    Drug("azathioprine", "Azathioprine", None),
    Drug("mycophenolate", "Mycophenolate mofetil", None),
    Drug("other", "Other", None),
)

DRUGS: Mapping[str, Drug] = {d.code: d for d in _DRUGS}
