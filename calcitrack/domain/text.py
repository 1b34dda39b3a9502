"""Text folding for search: what a person types on a plain keyboard finds the accented name.

``fold`` is the one rule shared by the store's search and the patient list's in-memory filter, so
that both find the same patients.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Letters that Unicode does not decompose into a base letter plus a mark ("ø" is not "o" + "/").
_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i", "ħ": "h"}
)

#: Characters a search treats as spaces ("Ferreira Nunez" finds "Ferreira-Nuñez") or ignores
#: ("OBrien" finds "O'Brien").
_SEARCH = str.maketrans({"-": " ", "‐": " ", "–": " ", "'": None, "’": None, "`": None})

#: Separates the alternatives of a search key, so that no typed text matches across two of them.
_SEPARATOR = "\x1f"


def fold(text: str) -> str:
    """Lower case without accents, so that "Cadorio" finds "Cadório" and "sorensen" "Sørensen"."""
    if text.isascii():  # most names and every MRN: the fast path gives the same result
        return text.lower()
    return _fold_accented(text)


#: Distinct accented names kept folded. A clinic's names repeat ("María", "Nuñez"), the patient
#: list folds each of them on every load and sort, and decomposing costs a few microseconds where
#: a cache hit costs a tenth of that. Bounded, so typed searches cannot grow it without limit.
_CACHED_NAMES = 8192


@lru_cache(maxsize=_CACHED_NAMES)
def _fold_accented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_text(text: str) -> str:
    """``fold`` plus what a search ignores: hyphens and apostrophes, repeated and outer spaces."""
    return " ".join(fold(text).translate(_SEARCH).split())


def patient_search_key(mrn: str, family_name: str, given_name: str) -> str:
    """The text a patient search looks in: the MRN and the name in the orders people type it.

    A typed query (passed through :func:`search_text`) finds the patient when it is part of
    the key: of the MRN, of "family given", of "given family" or of "family, given".
    """
    family, given = _search_name(family_name), _search_name(given_name)
    return _SEPARATOR.join(
        (search_text(mrn), f"{family} {given}", f"{given} {family}", f"{family}, {given}")
    )


#: ``search_text`` of names, which repeat across patients (the MRN, unique, is not cached: it
#: would only push the names out). The patient list builds every patient's key on each load.
_search_name = lru_cache(maxsize=_CACHED_NAMES)(search_text)
