"""Every coded label a person reads (a disease, a drug change, an audit action …) is marked for
gettext, so it is in the catalogue the translators fill: a label written without ``N_`` is shown
in English in every language, and nothing else would notice."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from babel.messages.pofile import read_po

import calcitrack.domain
from calcitrack.domain.codes import CodedEnum

ROOT = Path(__file__).parents[2]
POT = ROOT / "resources" / "translations" / "calcitrack.pot"
SAME_IN_EVERY_LANGUAGE = frozenset({"DAS28-ESR", "DAS28-CRP"})
"""Names of scores, written the same way in Portuguese and Arabic clinical text."""


def _coded_enums() -> list[type[CodedEnum]]:
    for module in pkgutil.walk_packages(calcitrack.domain.__path__, "calcitrack.domain."):
        importlib.import_module(module.name)
    found: list[type[CodedEnum]] = []
    waiting = list(CodedEnum.__subclasses__())
    while waiting:
        kind = waiting.pop()
        waiting.extend(kind.__subclasses__())
        if kind.__module__.startswith("calcitrack.domain."):
            found.append(kind)
    return found


def _extracted() -> set[str]:
    with POT.open("rb") as file:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(file) if m.id}


def test_every_coded_label_of_the_domain_is_in_the_catalogue() -> None:
    kinds = _coded_enums()
    assert len(kinds) > 10  # the walk found the domain's codes
    extracted = _extracted()
    missing = sorted(
        f"{kind.__module__}.{kind.__name__}.{member.name}: {member.english_label!r}"
        for kind in kinds
        for member in kind
        if member.english_label not in extracted | SAME_IN_EVERY_LANGUAGE
    )
    assert missing == []
