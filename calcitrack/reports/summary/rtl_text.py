"""Right-to-left text in ReportLab PDFs: Arabic shaped into its joined letter forms and put in
display order, through ReportLab's own right-to-left word wrapping.

ReportLab lays a paragraph out right to left when its style says ``wordWrap="RTL"``, but only when
the module ``rlbidi`` can be imported, which it tries once, when ``reportlab.pdfgen.textobject`` is
first imported; ``rlbidi`` is not published. This module is a stand-in for it: :func:`log2vis`, the
one function ReportLab calls, with ReportLab's signature, over python-bidi's pure-Python Unicode
bidirectional algorithm. Importing this module registers it as ``rlbidi``;
``calcitrack.reports`` imports it first, so that it is there before any report imports ReportLab
(it lives in ``reports.summary``, the one report that writes right-to-left text so far).
It hooks into an unpublished interface: reportlab is pinned in the lock, and the PDF tests read the
words' positions back to catch a change.

The bidirectional algorithm orders characters but does not join them: the letters are shaped
first (:func:`shaped`, arabic-reshaper: the presentation forms DejaVu Sans draws) in logical order,
and ReportLab then wraps the lines and reorders each one.

Text for right-to-left paragraphs is written in logical order, with each left-to-right piece
inside it (a value with its unit, a date, an MRN, a Latin name) wrapped in :func:`ltr`, and a
no-break space between a number and its unit (:func:`with_unit`), so that a line break never
separates them. (python-bidi's pure algorithm refuses the isolates LRI…PDI: the older embedding
LRE…PDF is used, which it removes from its output.)

arabic-reshaper and python-bidi are imported on first use, not with this module (the window
imports the reports package at start-up).
"""

from __future__ import annotations

import sys
from typing import Any

LRE = "\u202a"
PDF = "\u202c"
NBSP = "\u00a0"

__all__ = [
    "LRE", "NBSP", "PDF", "install", "log2vis", "ltr", "require_support", "shaped", "with_unit",
]


def log2vis(
    text: str,
    base_direction: str | None = "RTL",
    clean: bool = False,
    reordernsm: bool = True,
    positions_L_to_V: list[int] | None = None,
    positions_V_to_L: list[int] | None = None,
    embedding_levels: list[int] | None = None,
) -> str:
    """``text`` (logical order) in display order for a paragraph of ``base_direction`` ("RTL",
    "LTR", else from its first strong character), mirrored brackets included; the explicit
    embedding marks are dropped. The ``positions_*`` and ``embedding_levels`` lists, when
    given, are filled as ReportLab's rlbidi fills them: for each visual character, the index
    of its logical one (and the reverse), and each logical character's level."""
    from bidi import algorithm  # type: ignore[import-untyped]  # python-bidi ships no hints

    storage: dict[str, Any] = algorithm.get_empty_storage()
    level = {"RTL": 1, "LTR": 0}.get((base_direction or "").upper())
    if level is None:
        level = algorithm.get_base_level(text)
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["idx"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels = [char["level"] for char in storage["chars"]]
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    chars = storage["chars"]
    if positions_V_to_L is not None:
        positions_V_to_L[:] = [char["idx"] for char in chars]
    if positions_L_to_V is not None:
        to_visual = [0] * len(text)
        for visual, char in enumerate(chars):
            to_visual[char["idx"]] = visual
        positions_L_to_V[:] = to_visual
    if embedding_levels is not None:
        embedding_levels[:] = levels
    return "".join(char["ch"] for char in chars)


def shaped(text: str) -> str:
    """``text`` with its Arabic letters in their joined (presentation) forms, still in logical
    order; every other character unchanged (markup included: tags and entities are ASCII)."""
    if not any("\u0600" <= char <= "\u06ff" for char in text):
        return text
    import arabic_reshaper  # type: ignore[import-untyped]  # ships no type hints

    return str(arabic_reshaper.reshape(text))


def ltr(text: str) -> str:
    """``text`` kept left to right inside right-to-left text (a value and its unit, a date, an
    MRN, a name in Latin letters)."""
    return f"{LRE}{text}{PDF}" if text else text


def with_unit(value: str, unit: str) -> str:
    """``value`` and ``unit`` joined by a no-break space (``value`` alone for no unit)."""
    return f"{value}{NBSP}{unit}" if unit else value


def install() -> None:
    """Register this module as ``rlbidi`` (done on import, before ReportLab reads it)."""
    sys.modules.setdefault("rlbidi", sys.modules[__name__])


def require_support() -> None:
    """Raise RuntimeError when ReportLab's right-to-left support is off (its text module was
    imported before this one registered itself): an Arabic PDF would come out in wrong order."""
    from reportlab.pdfgen import textobject

    if not getattr(textobject, "rtlSupport", False):
        raise RuntimeError(
            "reportlab.pdfgen.textobject was imported before calcitrack.reports: right-to-left "
            "PDF text is unavailable"
        )


install()
