"""Words of a PDF page where they are drawn (``pdftotext -bbox``), for tests of a page's layout:
which side a heading starts on, which column comes first in a right-to-left table."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path


def nfkc(text: str) -> str:
    """``text`` normalised (NFKC): Arabic presentation forms and a lam-alef ligature become the
    letters they stand for."""
    return unicodedata.normalize("NFKC", text)


@dataclass(frozen=True)
class Word:
    text: str
    """As pdftotext gives it (an Arabic word: its glyphs, in either order)."""
    x_min: float
    y_min: float


def page_words(pdf: bytes, folder: Path, page: int = 1) -> list[Word]:
    """The words of page ``page`` (from 1) of ``pdf``, written for pdftotext into ``folder``."""
    path = folder / "page-words.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    return [Word(text, float(x), float(y)) for x, y, text in found]


def find_word(words: list[Word], text: str) -> Word:
    """The word ``text``: pdftotext may give an Arabic word's glyphs in visual order, so they are
    read both ways, each normalised."""
    for word in words:
        if text in (nfkc(word.text), nfkc(word.text[::-1])):
            return word
    raise AssertionError(f"{text!r} not on the page: {[w.text for w in words][:80]}")
