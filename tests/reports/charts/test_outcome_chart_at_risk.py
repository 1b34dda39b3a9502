"""The Kaplan–Meier chart's "At risk" label never runs into the first count under the axis: beside
the counts when it fits in the margin (English, Portuguese), on a line of its own above them when
it does not (the Arabic words), measured on the drawn figure."""

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
