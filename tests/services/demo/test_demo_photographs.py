"""The demo clinic's drawn lesion pictures: synthetic (never a photograph of a person), the
plaque as long as the lesion measured at that visit on the picture's own millimetre scale, taken
in through the same intake as a real file, valid for the charts they belong to."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from calcitrack.domain.entities import LesionMeasurement
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.demo.demo_photographs import (
    HEIGHT_PX,
    lesion_picture,
    with_photographs,
)
from calcitrack.services.photographs.chart_photographs import chart_photograph_problems
from calcitrack.services.photographs.image_intake import prepare


def _plaque_length_px(data: bytes) -> int:
    """The columns of the centre row as bright as the drawn deposit (skin is darker)."""
    picture = Image.open(io.BytesIO(data)).convert("RGB")
    row = (HEIGHT_PX - 90) // 2
    return sum(1 for x in range(picture.width) if picture.getpixel((x, row))[1] > 205)


@pytest.mark.parametrize("longest_mm", [8.0, 22.5, 40.0])
def test_the_plaque_follows_the_measured_longest_diameter(longest_mm: float) -> None:
    measurement = LesionMeasurement("L1", longest_mm, longest_mm * 0.6)
    data = lesion_picture(measurement, 10.0, "seed", date(2025, 1, 2))
    assert _plaque_length_px(data) == pytest.approx(longest_mm * 10.0, rel=0.06)


def test_the_demo_charts_get_valid_synthetic_photographs() -> None:
    charts = with_photographs(demo_charts())
    assert [len(c.photographs) for c in charts] == [6, 6, 3, 3, 3]
    for chart in charts:
        assert chart_photograph_problems(chart) == []
        for photo in chart.photographs:
            assert "Synthetic" in (photo.caption or "")
            assert photo.captured_on == photo.visit_date
            assert (photo.width_px, photo.height_px) == (800, 600)
            assert b"Exif" not in photo.image  # the capture date is kept beside, not inside
    again = with_photographs(demo_charts())
    assert [p.sha256 for c in again for p in c.photographs] == [
        p.sha256 for c in charts for p in c.photographs
    ]


def test_a_lesion_is_drawn_at_one_scale_across_its_visits() -> None:
    chart = with_photographs(demo_charts())[1]
    label = chart.photographs[0].lesion_label
    photos = [p for p in chart.photographs if p.lesion_label == label]
    assert len(photos) == 3
    measured = {
        v.visit_date: next(m.longest_mm for m in v.lesion_measurements if m.lesion_label == label)
        for v in chart.visits
    }
    ratios = [_plaque_length_px(p.image) / measured[p.visit_date] for p in photos]
    assert max(ratios) == pytest.approx(min(ratios), rel=0.08)


def test_a_drawn_picture_carries_its_capture_date_through_the_intake() -> None:
    data = lesion_picture(LesionMeasurement("L1", 10.0, 6.0), 10.0, "s", date(2024, 3, 4))
    assert prepare(data).captured_on == date(2024, 3, 4)
