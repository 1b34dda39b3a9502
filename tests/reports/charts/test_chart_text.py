"""Charts in another language: Arabic shaped the way this matplotlib needs, dates and numbers in
the language's words and digits, the time axis left to right in every language."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import matplotlib
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from calcitrack.domain.trajectory.trajectories import trajectories
from calcitrack.i18n.languages import Language
from calcitrack.reports.charts.chart_style import note
from calcitrack.reports.charts.chart_text import (
    font_style,
    matplotlib_shapes_text,
    number_text,
    preshaped,
    shown,
)
from calcitrack.reports.charts.dashboard import (
    DashboardOptions,
    dashboard_size_inches,
    draw_dashboard,
)
from calcitrack.reports.charts.date_axis import month_and_year
from calcitrack.reports.charts.outcome_charts import survival_figure
from calcitrack.services.demo.demo_clinic import demo_charts
from tests.reports.charts.chart_catalogue import ARABIC, speaking
from tests.reports.outcomes_support import small_curve

BURDEN = ARABIC["Lesion burden"]  # "عبء الآفات": two words, the first one "عبء"
PRESENTATION_FORMS = range(0xFE70, 0xFF00)
"""Arabic Presentation Forms-B: letters in their joined (initial, medial, final) shapes."""


def _is_presentation_form(char: str) -> bool:
    return ord(char) in PRESENTATION_FORMS


def test_preshaping_joins_the_letters_and_puts_them_in_display_order() -> None:
    shaped = preshaped(BURDEN)
    letters = [c for c in shaped if not c.isspace()]
    assert letters and all(_is_presentation_form(c) for c in letters), shaped
    # display order: the first logical letter (ع, initial form U+FECB) is drawn rightmost, the
    # last (ت after an alef, which never joins forward: isolated form U+FE95) leftmost
    assert shaped[-1] == "\ufecb"
    assert shaped[0] == "\ufe95"
    # words reversed too: "عبء" (ع ب ء) ends the display string
    assert shaped.split(" ")[-1][-1] == "\ufecb"


def test_preshaping_keeps_latin_and_numbers_left_to_right_inside_arabic() -> None:
    shaped = preshaped("قيمة DAS28 مرتفعة")
    assert "DAS28" in shaped
    assert preshaped("سطر أول\nسطر ثان").count("\n") == 1  # line by line


def test_shown_leaves_left_to_right_languages_alone_whatever_matplotlib() -> None:
    for language in (Language.ENGLISH, Language.PORTUGUESE):
        with speaking(language):
            assert shown("Lesion burden", shapes_itself=False) == "Lesion burden"
            assert shown(BURDEN, shapes_itself=False) == BURDEN


def test_in_arabic_shown_preshapes_only_for_a_matplotlib_without_raqm() -> None:
    with speaking(Language.ARABIC):
        assert shown(BURDEN, shapes_itself=True) == BURDEN  # raqm shapes it: untouched
        assert shown(BURDEN, shapes_itself=False) == preshaped(BURDEN)
        assert shown(BURDEN) == (BURDEN if matplotlib_shapes_text() else preshaped(BURDEN))
        assert shown("") == ""


def test_raqm_is_found_in_the_matplotlib_builds_of_the_lock() -> None:
    # the lock: 3.10 on Python 3.10 (no raqm), 3.11 on 3.11 and later (built with libraqm)
    version = tuple(int(p) for p in matplotlib.__version__.split(".")[:2])
    assert matplotlib_shapes_text() is (version >= (3, 11))


def test_italic_is_upright_in_arabic_whose_oblique_font_has_no_arabic_letters() -> None:
    assert font_style("italic") == "italic"
    with speaking(Language.ARABIC):
        assert font_style("italic") == "normal"
        figure = Figure()
        ax = figure.add_axes((0, 0, 1, 1))
        note(ax, "x")
        assert ax.texts[0].get_fontstyle() == "normal"


@pytest.mark.parametrize(
    ("language", "digits", "expected"),
    [
        (Language.ENGLISH, "latn", ["50 000", "−2.5", "+50", "0.80", "1e3"]),
        (Language.PORTUGUESE, "latn", ["50\u00a0000", "-2,5", "+50", "0,80", "1e3"]),
        (Language.ARABIC, "arab", ["٥٠٬٠٠٠", "-٢٫٥", "+٥٠", "٠٫٨٠", "1e3"]),
        (Language.ARABIC, "latn", ["50,000", "-2.5", "+50", "0.80", "1e3"]),
    ],
)
def test_tick_numbers_are_written_in_the_language_and_its_digits(
    language: Language, digits: str, expected: list[str]
) -> None:
    with speaking(language, digits):  # type: ignore[arg-type]  # a Digits literal from the table
        assert [number_text(t) for t in ("50 000", "−2.5", "+50", "0.80", "1e3")] == expected


def _dashboard(language: Language, digits: str = "latn") -> Figure:
    options = DashboardOptions()
    width_in, height_in = dashboard_size_inches(options.panels)
    figure = Figure(figsize=(width_in, height_in), dpi=72)
    FigureCanvasAgg(figure)
    with speaking(language, digits):  # type: ignore[arg-type]  # "latn" or "arab"
        draw_dashboard(figure, trajectories(demo_charts()[0]), options)
        figure.canvas.draw()
    return figure


def _bottom_dates(figure: Figure) -> list[tuple[float, str]]:
    found = [
        (label.get_window_extent().x0, label.get_text())
        for ax in figure.axes
        for label in ax.get_xticklabels()
        if label.get_visible() and label.get_text()
    ]
    return sorted(found)


def test_in_arabic_the_time_axis_runs_left_to_right_with_arabic_months_and_digits() -> None:
    english = _dashboard(Language.ENGLISH)
    arabic = _dashboard(Language.ARABIC, "arab")
    for figure in (english, arabic):
        assert not any(ax.xaxis_inverted() for ax in figure.axes)
    ax_en = next(ax for ax in english.axes if ax.get_xlim() != (0.0, 1.0))
    ax_ar = next(ax for ax in arabic.axes if ax.get_xlim() != (0.0, 1.0))
    assert ax_ar.get_xlim() == ax_en.get_xlim()
    low, high = ax_ar.get_xlim()
    assert low < high
    # the same dates at the same places, written in Arabic: months in Arabic letters, years in
    # Arabic-Indic digits
    dates_en, dates_ar = _bottom_dates(english), _bottom_dates(arabic)
    assert len(dates_ar) == len(dates_en) > 1
    ticks_en = [t for ax in english.axes for t in ax.get_xticks()]
    ticks_ar = [t for ax in arabic.axes for t in ax.get_xticks()]
    assert ticks_ar == ticks_en
    written = " ".join(text for _, text in dates_ar)
    assert any("\u0600" <= c <= "\u06ff" for c in written)
    assert not any(c.isascii() and c.isalnum() for c in written), written


def test_in_portuguese_the_dates_are_portuguese() -> None:
    figure = _dashboard(Language.PORTUGUESE)
    months = {"jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.",
              "nov.", "dez."}  # fmt: skip
    texts = {text for _, text in _bottom_dates(figure)}
    assert texts & months, texts
    with speaking(Language.PORTUGUESE):
        assert month_and_year(date(2026, 3, 7)) == "mar. de 2026"
    assert month_and_year(date(2026, 3, 7)) == "Mar 2026"


def test_the_dashboard_titles_and_keys_are_translated() -> None:
    figure = _dashboard(Language.ARABIC)
    texts = {t.get_text() for t in figure.findobj(Text)}
    assert shown_arabic(BURDEN) in texts
    assert shown_arabic(ARABIC["Pain"]) in texts
    assert "Lesion burden" not in texts


def shown_arabic(text: str) -> str:
    with speaking(Language.ARABIC):
        return shown(text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")
def test_an_arabic_title_reads_right_to_left_in_the_drawn_chart(tmp_path: Path) -> None:
    """Where the words land in the drawn PDF: the title's first word is the rightmost."""
    figure = _dashboard(Language.ARABIC)
    pdf = tmp_path / "dashboard.pdf"
    figure.savefig(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = [
        (float(w.get("xMin", "0")), float(w.get("yMin", "0")), w.text or "")
        for w in ET.fromstring(html).iter("{http://www.w3.org/1999/xhtml}word")
    ]
    # pdftotext lists a right-to-left word's glyphs as drawn (reversed), a ligature (lam-alef)
    # keeps its own letters' order, letters may come back as presentation forms: compare the
    # words' letters, in any order
    first, second = BURDEN.split(" ")

    def letters(text: str) -> list[str]:
        return sorted(unicodedata.normalize("NFKC", text))

    def where(word: str) -> tuple[float, float]:
        for x, y, text in words:
            if letters(text) == letters(word):
                return x, y
        raise AssertionError(f"{word!r} not found in the PDF's words")

    (x1, y1), (x2, y2) = where(first), where(second)
    assert y1 == pytest.approx(y2, abs=1.0)  # one line
    assert x1 > x2  # the first word is to the right of the second


def test_the_kaplan_meier_axes_are_numbered_in_arabic_digits() -> None:
    with speaking(Language.ARABIC, "arab"):
        figure = survival_figure(small_curve())
        FigureCanvasAgg(figure).draw()
    ax = figure.axes[0]
    days = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    shares = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert days and shares
    for label in (*days, *shares):
        assert not any(c.isascii() and c.isdigit() for c in label), label
    assert "٢٠" in days
