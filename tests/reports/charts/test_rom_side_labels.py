"""The range-of-motion lines of the right and the left joint are named apart in every language:
the side is a translated short form, never the first letter of the translated word (Arabic
"أيمن" and "أيسر", right and left, both begin with "أ", which drew two lines named alike).
Checked on the key drawn on the dashboard's range-of-motion panel."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from calcitrack.domain.trajectory.trajectories import trajectories
from calcitrack.i18n import catalogue
from calcitrack.i18n.languages import Language
from calcitrack.reports.charts.chart_key import key_labels
from calcitrack.reports.charts.chart_text import shown
from calcitrack.services.demo.demo_cases import ra_case_chart
from tests.reports.dashboard_support import render
from tests.support.tmp_catalogue import installed

# the joint side words as the shipped catalogues have them (pgettext "joint side": a context,
# then the text), the movements, and the short forms the chart uses
ARABIC: Mapping[str, str] = {
    "joint side\x04Right": "أيمن",
    "joint side\x04Left": "أيسر",
    "Hip flexion": "ثني الورك",
    "Hip internal rotation": "التدوير الداخلي للورك",
    "{movement} R": "{movement} (يمين)",
    "{movement} L": "{movement} (يسار)",
}
PORTUGUESE: Mapping[str, str] = {
    "joint side\x04Right": "Direito",
    "joint side\x04Left": "Esquerdo",
    "Hip flexion": "Flexão da anca",
    "Hip internal rotation": "Rotação interna da anca",
    "{movement} R": "{movement} D",
    "{movement} L": "{movement} E",
}


def _rom_key(language: Language, texts: Mapping[str, str]) -> dict[str, str]:
    """gid of each range-of-motion line → its name in the key drawn on the figure."""
    with installed(language, texts), catalogue.using(language):
        data = trajectories(ra_case_chart("DEMO-0001"))
        _, drawing = render(data)
        ax = drawing.axes["rom"]
        drawn = set(key_labels(ax))
        names = {rom.series.key: rom.series.label for rom in data.rom}
    # every name is in the drawn key (as drawn: shaped for Arabic)
    for name in names.values():
        assert shown(name) in drawn or name in drawn, (language, name, drawn)
    return names


@pytest.mark.parametrize(
    ("language", "texts"), [(Language.ARABIC, ARABIC), (Language.PORTUGUESE, PORTUGUESE)]
)
def test_right_and_left_of_one_movement_are_named_apart(
    language: Language, texts: Mapping[str, str]
) -> None:
    names = _rom_key(language, texts)
    right, left = names["rom:hip:flexion:right"], names["rom:hip:flexion:left"]
    assert right != left
    assert texts["Hip flexion"] in right and texts["Hip flexion"] in left
    assert len(set(names.values())) == len(names)  # no two lines share a name


def test_the_side_is_the_translated_short_form() -> None:
    names = _rom_key(Language.ARABIC, ARABIC)
    assert names["rom:hip:flexion:right"] == "ثني الورك (يمين)"
    assert names["rom:hip:flexion:left"] == "ثني الورك (يسار)"
    names = _rom_key(Language.PORTUGUESE, PORTUGUESE)
    assert names["rom:hip:internal_rotation:left"] == "Rotação interna da anca E"
