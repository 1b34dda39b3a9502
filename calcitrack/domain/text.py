"""Text folding for search: what a person types on a plain keyboard finds the accented name.

``fold`` is the one rule shared by the store's search and the patient list's in-memory filter, so
that both find the same patients.
"""

from __future__ import annotations

import unicodedata

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
    family, given = search_text(family_name), search_text(given_name)
    return _SEPARATOR.join(
        (search_text(mrn), f"{family} {given}", f"{given} {family}", f"{family}, {given}")
    )
