"""The Kaplan–Meier chart's words keep clear of each other in a longer language, measured on the
drawn figure: the "At risk" label never runs into the first count under the axis (beside the
counts when it fits in the margin, on a line of its own above them when not: the Arabic words);
the legend never runs into the title or the counts (beside the title while it fits, else where
there is room)."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.reports.charts.outcome_charts import survival_figure
from tests.reports.outcomes_support import small_curve
from tests.support.tmp_catalogue import installed

AT_RISK = {Language.PORTUGUESE: "Em risco", Language.ARABIC: "المعرضون للخطر"}


def _texts(gid: str, language: Language) -> list[tuple[Text, object]]:
    with installed(language, {"At risk": AT_RISK.get(language, "At risk")}), using(language):
        figure = survival_figure(small_curve())
        renderer = FigureCanvasAgg(figure).get_renderer()
        return [
            (t, t.get_window_extent(renderer))
            for ax in figure.axes for t in ax.texts if t.get_gid() == gid
        ]  # fmt: skip


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.PORTUGUESE, Language.ARABIC])
def test_the_at_risk_label_clears_the_first_count(language: Language) -> None:
    ((_label, label_box),) = _texts("km:at-risk-label", language)
    counts = [box for _text, box in _texts("km:at-risk", language)]
    first = min(counts, key=lambda box: box.x0)
    assert not label_box.overlaps(first)
    if language is Language.ARABIC:  # too wide for the margin: raised above the counts
        assert label_box.y0 >= first.y1 - 0.5
    else:  # beside the counts, on their line
        assert abs(label_box.y1 - first.y1) < 2


LONGER = {
    "Time to first improved assessment": "Tempo até à primeira avaliação de melhoria",
    "95 %\u00a0confidence band": "Banda de confiança de 95 %",
    "Kaplan–Meier estimate": "Estimativa de Kaplan–Meier",
    "censored": "censurado",
    "n {n} · events {events} · censored {censored} · median {median}":
        "n {n} · eventos {events} · censurados {censored} · mediana {median}",
    ("{count} day", "{count} days"): ("{count} dia", "{count} dias", "{count} dias"),
}  # fmt: skip


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.PORTUGUESE])
def test_the_legend_clears_the_title_and_the_counts(language: Language) -> None:
    """Above the axes beside the title while it fits (English); the Portuguese title and legend
    are too long for one line: the legend moves where it runs into neither."""
    entries = LONGER if language is Language.PORTUGUESE else {}
    with installed(Language.PORTUGUESE, entries), using(language):
        figure = survival_figure(small_curve())
        renderer = FigureCanvasAgg(figure).get_renderer()
        ax = figure.axes[0]
        legend = ax.get_legend().get_window_extent(renderer)
        texts = {t.get_gid(): t.get_window_extent(renderer) for t in ax.texts}
    assert not legend.overlaps(texts["title"])
    assert not legend.overlaps(texts["counts"])
    if language is Language.ENGLISH:
        assert legend.y0 > ax.get_window_extent(renderer).y1  # above the axes, as it was
