"""The medication timeline's dose texts fit their steps at any width, the current dose is written
where it can be read even when its step is too narrow, drug names stay short, and the dashboard
never touches pyplot."""

from __future__ import annotations

import dataclasses
import itertools
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from calcitrack.domain.codes import Frequency
from calcitrack.domain.entities import MedicationPeriod, PatientChart
from calcitrack.domain.trajectory.trajectories import trajectories
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.reports.charts.dashboard import DashboardOptions
from calcitrack.reports.charts.medication_timeline import short_name, visible_dose_texts
from calcitrack.services.demo.demo_cases import dm_case_chart, ra_case_chart
from tests.reports.dashboard_support import render
from tests.support.tmp_catalogue import install_catalogue

ONLY_MEDICATIONS = DashboardOptions(panels=("medications",))
LATE_CHANGE = date(2026, 12, 5)


def test_dose_text_is_shortened_then_dropped_as_its_step_narrows() -> None:
    figure, drawing = render(trajectories(dm_case_chart("X")), ONLY_MEDICATIONS, size=(10, 2))
    ax = drawing.axes["medications"]
    (text,) = [t for t in ax.texts if t.get_gid() == "dose:ivig"]  # 2023-02-06 – 2023-07-24
    assert text.shown_text == "2 g/kg IV q4w"
    left, right = ax.get_xlim()
    chosen = []
    for zoom_out in (1, 2, 4, 8, 16, 32, 64):  # the same step, ever fewer pixels wide
        ax.set_xlim(left, left + (right - left) * zoom_out)
        chosen.append(text.fit())
    assert chosen[0] == "2 g/kg IV q4w" and chosen[-1] is None
    order = [*text.candidates, None]
    assert [order.index(c) for c in chosen] == sorted(order.index(c) for c in chosen)
    assert {"2 g/kg", "2"} <= set(chosen)
    figure.canvas.draw()  # drawn at the widest zoom: hidden, no error
    assert text.shown_text is None


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Immunoglobulin, normal human (IVIg)", "IVIg"),
        ("Diltiazem", "Diltiazem"),
        ("Mycophenolate mofetil", "Mycophenolate mofet…"),
    ],
)
def test_drug_names_are_kept_short(name: str, short: str) -> None:
    assert short_name(name) == short


def test_the_dashboard_never_imports_pyplot() -> None:
    code = (
        "import sys\n"
        "from matplotlib.figure import Figure\n"
        "from calcitrack.domain.trajectory.trajectories import trajectories\n"
        "from calcitrack.reports.charts.dashboard import draw_dashboard\n"
        "from calcitrack.services.demo.demo_cases import dm_case_chart\n"
        "draw_dashboard(Figure(), trajectories(dm_case_chart('X')))\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _methotrexate_changed_late() -> PatientChart:
    """The RA case, methotrexate 15 mg weekly changed to 90 mg twice daily on 2026-12-05 and a
    visit the next day (the QA trial): the new step is a few pixels wide."""
    chart = ra_case_chart("DEMO-0001")
    meds: list[MedicationPeriod] = []
    for period in chart.medications:
        if period.drug == "methotrexate":
            meds.append(dataclasses.replace(period, stop_on=LATE_CHANGE))
            meds.append(
                dataclasses.replace(period, dose=90, frequency=Frequency.BID, start_on=LATE_CHANGE)
            )
        else:
            meds.append(period)
    visit = dataclasses.replace(chart.visits[-1], visit_date=date(2026, 12, 6))
    return dataclasses.replace(chart, medications=tuple(meds), visits=(*chart.visits, visit))


@pytest.mark.parametrize("width_in", [5.0, 8.0, 13.0])
def test_the_current_dose_is_written_where_it_can_be_read(width_in: float) -> None:
    figure, drawing = render(
        trajectories(_methotrexate_changed_late()), ONLY_MEDICATIONS, size=(width_in, 2.5)
    )
    ax = drawing.axes["medications"]
    texts = [t for t in visible_dose_texts(ax) if t.get_gid() == "dose:methotrexate"]
    shown = [t.shown_text for t in texts]
    # the bar no longer reads as 15 mg weekly alone: the dose now is written on it
    assert "now 90 mg BID" in shown, shown
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [t.get_window_extent(renderer) for t in texts]
    # inside the axes, and the texts of one bar never overlap
    axes_box = ax.get_window_extent(renderer)
    assert all(axes_box.x0 <= b.x0 and b.x1 <= axes_box.x1 + 0.5 for b in boxes)
    ordered = sorted(boxes, key=lambda b: b.x0)
    assert all(a.x1 <= b.x0 for a, b in itertools.pairwise(ordered))
    # the earlier dose, when it still fits, stays left of the current one
    if "15 mg weekly" in shown:
        old, new = shown.index("15 mg weekly"), shown.index("now 90 mg BID")
        assert boxes[old].x1 <= boxes[new].x0


def test_a_current_dose_that_fits_its_own_step_is_written_there_without_now() -> None:
    _, drawing = render(trajectories(ra_case_chart("X")), ONLY_MEDICATIONS, size=(10, 2.5))
    ax = drawing.axes["medications"]
    shown = [t.shown_text for t in visible_dose_texts(ax) if t.get_gid() == "dose:diltiazem"]
    assert shown == ["60 mg BID"]


def test_when_the_current_dose_cannot_be_written_the_old_one_is_not_written_alone() -> None:
    # 3.5 in: no room for "now 90 mg" before the change; "15 mg" alone would read as the dose now
    _, drawing = render(
        trajectories(_methotrexate_changed_late()), ONLY_MEDICATIONS, size=(3.5, 2.5)
    )
    ax = drawing.axes["medications"]
    assert [t for t in visible_dose_texts(ax) if t.get_gid() == "dose:methotrexate"] == []
    # the hover still gives both doses
    hovers = [p.text for p in drawing.hover_points if p.panel == "medications"]
    assert any("Methotrexate 15 mg weekly" in h for h in hovers)
    assert any("Methotrexate 90 mg BID, 2026-12-05 – ongoing" in h for h in hovers)


def test_a_catalogue_drug_is_named_in_the_readers_language(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The timeline's rows name the drugs as the Medications tab does: Colchicine is Colquicina in
    Portuguese (the catalogue's name, translated), English as before."""
    install_catalogue(monkeypatch, tmp_path, Language.PORTUGUESE,
                      {"drug\x04Colchicine": "Colquicina"})
    data = trajectories(ra_case_chart("X"))

    def rows() -> list[str]:
        _figure, drawing = render(data, ONLY_MEDICATIONS, size=(10, 2))
        return [t.get_text() for t in drawing.axes["medications"].get_yticklabels()]

    assert "Colchicine" in rows()
    with using(Language.PORTUGUESE):
        portuguese = rows()
    assert "Colquicina" in portuguese and "Colchicine" not in portuguese
