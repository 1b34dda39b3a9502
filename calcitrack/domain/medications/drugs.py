"""The drugs a calcinosis clinic records, with their ATC codes where DOMAIN.md §5.5 verified them.

Unverified codes are left empty rather than guessed (DOMAIN.md: "do not guess IDs").

A drug's ``name`` is its English name: what is stored, audited and exported (JSON, CSV, FHIR, the
research data dictionary), in every language. What a person reads is :attr:`Drug.shown_name`
(the non-proprietary name in the reader's language, translated with ``pgettext("drug", …)``) or,
for a stored period or a typed drug, :func:`drug_label` (a drug outside the catalogue, or one the
user named differently, is shown as typed).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from calcitrack.domain.rule_text import Text, in_context
from calcitrack.i18n.catalogue import NC_, pgettext

DRUG_CONTEXT = "drug"
"""The gettext context of the catalogue's drug names (a name read as a medicine)."""


@dataclass(frozen=True)
class Drug:
    code: str
    name: str
    atc: str | None = None
    note: str = ""

    @property
    def shown_name(self) -> str:
        """The drug's name in the current language (its non-proprietary name there); ``name``
        stays the English one that is stored and exported."""
        return pgettext(DRUG_CONTEXT, self.name)


_DRUGS = (
    # TRANSLATORS: drug names: the international non-proprietary name (INN/DCI) used in
    # the language's own formulary (pt-PT: INFARMED's Prontuário Terapêutico).
    Drug("diltiazem", NC_("drug", "Diltiazem"), "C08DB01"),
    Drug("colchicine", NC_("drug", "Colchicine"), "M04AC01"),
    Drug("probenecid", NC_("drug", "Probenecid"), "M04AB01"),
    Drug("sodium_thiosulfate", NC_("drug", "Sodium thiosulfate"), "V03AB06"),
    Drug("ivig", NC_("drug", "Immunoglobulin, normal human (IVIg)"), "J06BA02"),
    Drug("rituximab", NC_("drug", "Rituximab"), "L01FA01"),
    Drug("pamidronate", NC_("drug", "Pamidronate"), None, "bisphosphonate (ATC class M05BA)"),
    Drug("alendronate", NC_("drug", "Alendronate"), None, "bisphosphonate (ATC class M05BA)"),
    Drug("etidronate", NC_("drug", "Etidronate"), None, "bisphosphonate (ATC class M05BA)"),
    Drug("minocycline", NC_("drug", "Minocycline"), None),
    Drug("warfarin", NC_("drug", "Warfarin"), None, "low dose not recommended [R37]"),
    Drug("methotrexate", NC_("drug", "Methotrexate"), None),
    Drug("hydroxychloroquine", NC_("drug", "Hydroxychloroquine"), None),
    Drug("folic_acid", NC_("drug", "Folic acid"), None),
    Drug("prednisolone", NC_("drug", "Prednisolone"), None),
    Drug("azathioprine", NC_("drug", "Azathioprine"), None),
    Drug("mycophenolate", NC_("drug", "Mycophenolate mofetil"), None),
    Drug("other", NC_("drug", "Other"), None),
)

DRUGS: Mapping[str, Drug] = {d.code: d for d in _DRUGS}


def drug_label(code: str, name: str = "") -> str:
    """How a person reads the drug ``code`` recorded as ``name``: the catalogue's name in the
    current language, unless the drug is not in the catalogue ("other", an old or imported code)
    or was named otherwise than the catalogue names it, which is shown as typed."""
    drug = DRUGS.get(code)
    if drug is None:
        return name or code
    if name and (code == "other" or name != drug.name):
        return name
    return drug.shown_name


def drug_text(code: str, name: str = "") -> Text:
    """``drug_label`` kept language-neutral, for a rule text stored or shown later (a flag, an
    unusual value's label): the catalogue's name as a message in the "drug" context, or the
    name as typed (shown as it is in every language)."""
    drug = DRUGS.get(code)
    if drug is None:
        return name or code
    if name and (code == "other" or name != drug.name):
        return name
    return in_context(DRUG_CONTEXT, drug.name)


def name_order(name: str) -> str:
    """``name``'s place in an alphabetical list of drug names in any language: case and accents
    set aside, so that Portuguese "Ácido fólico" sorts among the A's, not after the Z's."""
    letters = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in letters if not unicodedata.combining(c))
