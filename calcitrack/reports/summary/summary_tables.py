"""Table building blocks of the visit summary: a data table whose header row repeats on every
page it spans and whose rows may split (a long reason never runs off the page), a two-column
label/value block, and the number formats every section shares.

Every cell is a Paragraph (wraps, escapes, embedded font); plain strings are escaped here, so a
``<`` or ``&`` typed in a note can never break the markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeAlias

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Table,
    TableStyle,
)

from calcitrack.domain.number_text import grouped
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import _, current_language
from calcitrack.i18n.formats import number
from calcitrack.i18n.languages import Language
from calcitrack.reports.summary.pdf_direction import (
    Paragraph,
    h_align,
    isolated,
    ordered,
    right_to_left,
)
from calcitrack.reports.summary.pdf_fonts import REGULAR
from calcitrack.reports.summary.pdf_styles import (
    BOX_FILL,
    FRAME_WIDTH,
    GRID,
    HEAD_FILL,
    HIGH,
    LOW,
    RULE,
    TABLE_PT,
    ZEBRA,
    esc,
    hex_of,
    styles,
)
from calcitrack.reports.summary.rtl_text import NBSP, with_unit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    TableCommand: TypeAlias = tuple[str, tuple[int, int], tuple[int, int], Unpack[tuple[Any, ...]]]
    """A ``TableStyle`` command: its name, its first and last cell, then its values."""

Cell = str | Flowable
"""A cell: paragraph markup (already escaped where it holds recorded text) or a flowable."""

DASH = "—"
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)
"""Every table style starts with this: a cell's font is set even when it holds a flowable, and
ReportLab's default would pull in an unembedded Helvetica."""


def minus(text: str) -> str:
    """A printed number with a true minus sign (as DOMAIN.md writes them)."""
    return text.replace("-", "−")


def _english() -> bool:
    return current_language() is Language.ENGLISH


def _value(text: str, unit: str) -> str:
    """A printed value and its unit: in English as it always was; in another language joined by
    a no-break space, and kept left to right in right-to-left text."""
    if _english():
        return minus(f"{text} {unit}".strip())
    return isolated(minus(with_unit(text, unit)))


def num(value: float | None, digits: int = 0, unit: str = "") -> str:
    if value is None:
        return DASH
    if _english():
        text = grouped(value) if digits == 0 and abs(value) >= 1000 else f"{value:.{digits}f}"
    else:
        text = number(value, digits, grouping=digits == 0)
    return _value(text, unit)


def figure(value: float | None, unit: str = "") -> str:
    """A measured value as entered: up to three decimals, trailing zeros dropped."""
    if value is None:
        return DASH
    text = f"{value:.3f}".rstrip("0").rstrip(".") or "0"
    if not _english():
        decimals = len(text.partition(".")[2])
        text = number(float(text), decimals, grouping=False)
    return _value(text, unit)


def pct(value: float | None) -> str:
    if value is None:
        return DASH
    if _english():
        return minus(f"{value:+.1f} %")
    sign = "+" if round(value, 1) > 0 else ("-" if round(value, 1) < 0 else "+")
    return isolated(minus(f"{sign}{number(abs(value), 1)}{NBSP}%"))


def day(value: date | None) -> str:
    """A date as printed: ISO in English (as it always was), else as the language writes it."""
    if value is None:
        return DASH
    return value.isoformat() if _english() else formats.day(value)


def flag_markup(flag: str | None) -> str:
    if flag == "high":
        high = esc(_("high"))
        return f"<font color='{hex_of(HIGH)}'><b>↑ {high}</b></font>"
    if flag == "low":
        low = esc(_("low"))
        return f"<font color='{hex_of(LOW)}'><b>↓ {low}</b></font>"
    return ""


SHORT_ROWS = 8
"""A table of at most this many rows is kept on one page with its heading (``heading(keep=)``);
a longer one splits, its header row repeated."""


def heading(markup: str, level: int = 1, *, keep: bool = False) -> list[Flowable]:
    """A section heading that never ends a page: a new page starts first when less than room for
    the heading and a few lines is left. ``keep`` also keeps it with the next flowable (for a
    short one: a long table kept with its heading would move to the next page whole)."""
    style = styles().h1 if level == 1 else styles().h2
    if keep:
        style = style.clone(f"{style.name}-keep", keepWithNext=1)
    return [CondPageBreak(72 if level == 1 else 48), Paragraph(markup, style)]


def para(markup: str, style_name: str = "cell") -> Paragraph:
    return Paragraph(markup, getattr(styles(), style_name))


def text(value: object, style_name: str = "cell") -> Paragraph:
    """Recorded text (escaped) as a paragraph."""
    return Paragraph(esc(value), getattr(styles(), style_name))


def _cell(value: Cell, right: bool) -> Flowable | list[Flowable]:
    """A cell's paragraph; right to left, one paragraph a line (see ``pdf_direction``)."""
    if isinstance(value, Flowable):
        return value
    style_name = "cell_right" if right else "cell"
    if right_to_left() and "<br/>" in value:
        return [para(line, style_name) for line in value.split("<br/>")]
    return para(value, style_name)


CELL_PADDING = 6.0
"""A data table cell's left and right padding together (3 pt each)."""


def _longest_word(cell: object) -> float:
    """The width of the longest word of a paragraph cell (0 for other cells), each piece in its
    own font and size; a ``<br/>`` ends a word, as a space does."""
    if not isinstance(cell, Paragraph):
        return 0.0
    longest = word = 0.0
    for fragment in cell.frags:
        if getattr(fragment, "lineBreak", False):
            longest, word = max(longest, word), 0.0
            continue
        pieces = re.split(r"(\s+)", getattr(fragment, "text", ""))
        for piece in pieces:
            if not piece:
                continue
            if piece.isspace():
                longest, word = max(longest, word), 0.0
            else:
                word += stringWidth(piece, fragment.fontName, fragment.fontSize)
    return max(longest, word)


def fit_words(widths: Sequence[float], rows: Sequence[Sequence[object]]) -> list[float]:
    """``widths`` changed so that each column holds its longest word whole: a column too narrow
    takes the room it lacks from the columns with room to spare, in proportion to what they
    spare (ReportLab would otherwise cut the word: "not me / asured"). The total is unchanged;
    when the spare room is not enough, each column gets its share of it."""
    need = [
        max((_longest_word(row[c]) for row in rows if c < len(row)), default=0.0)
        + CELL_PADDING + 0.5
        for c in range(len(widths))
    ]
    short = [max(n - w, 0.0) for n, w in zip(need, widths, strict=True)]
    spare = [max(w - n, 0.0) for n, w in zip(need, widths, strict=True)]
    lacking, available = sum(short), sum(spare)
    if lacking == 0 or available == 0:
        return list(widths)
    given = min(lacking, available)
    return [
        w + given * s / lacking - given * p / available
        for w, s, p in zip(widths, short, spare, strict=True)
    ]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    emphasise_last: bool = False,
) -> Table:
    """A table of ``rows`` under ``header`` (repeated on each page it spans); ``widths`` are
    shares of the frame width; columns in ``right`` are right-aligned (numbers)."""
    total = sum(widths)
    head = [
        para(esc(h), "cell_head_right" if i in right else "cell_head")
        for i, h in enumerate(header)
    ]
    body = [[_cell(v, i in right) for i, v in enumerate(row)] for row in rows]
    col_widths = fit_words([FRAME_WIDTH * w / total for w in widths], [head, *body])
    table = Table([ordered(head), *(ordered(row) for row in body)], colWidths=ordered(col_widths),
                  repeatRows=1, splitByRow=1, splitInRow=1, hAlign=h_align())  # fmt: skip
    commands: list[TableCommand] = [
        CELL_FONT,
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_PT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if len(body) > 2:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    if emphasise_last and body:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE))
    table.setStyle(TableStyle(commands))
    return table


def key_values(
    pairs: Sequence[tuple[str, Cell]], *, columns: int = 2, label_share: float = 0.34,
    boxed: bool = False, width: float = FRAME_WIDTH,
) -> Table:  # fmt: skip
    """Label/value pairs in ``columns`` side-by-side columns (filled row by row)."""
    per_row = max(1, columns)
    pair_width = width / per_row
    widths = ordered([pair_width * label_share, pair_width * (1 - label_share)] * per_row)
    rows: list[list[Flowable | str | list[Flowable]]] = []
    for start in range(0, len(pairs), per_row):
        row: list[Flowable | str | list[Flowable]] = []
        for label, value in pairs[start : start + per_row]:
            row += [para(esc(label), "label"), _cell(value, False)]
        row += [""] * (2 * per_row - len(row))
        rows.append(ordered(row))
    table = Table(rows, colWidths=widths, hAlign=h_align(), splitInRow=1)
    commands: list[TableCommand] = [
        CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if boxed:
        commands += [("BACKGROUND", (0, 0), (-1, -1), BOX_FILL)]
    table.setStyle(TableStyle(commands))
    return table
