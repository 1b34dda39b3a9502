"""Drawn lesion "photographs" for the demo clinic: synthetic pictures made with Pillow's
ImageDraw, never a photograph of a real person.

Each picture is a skin-toned field with whitish calcified nodules and plaques whose extent
follows the lesion's measured longest diameter and width at that visit, drawn at one scale for
every picture of the lesion (so the comparison shows the change), with a millimetre ruler in the
frame and the word SYNTHETIC in a corner. The pictures are small (800×600) and go through the
same intake as a real file (``image_intake.prepare``), EXIF capture date included.
"""

from __future__ import annotations

import dataclasses
import io
import math
import random
from collections.abc import Sequence
from datetime import date, datetime

from PIL import Image, ImageDraw, ImageFilter

from calcitrack.domain.entities import LesionMeasurement, LesionPhotograph, PatientChart
from calcitrack.services.photographs.image_intake import prepare

WIDTH_PX, HEIGHT_PX = 800, 600
RULER_MM = 50
"""The shortest ruler drawn; a longer one (to 15 cm) where the scale leaves room."""
SKIN = (224, 178, 150)
DEPOSIT = (246, 242, 230)
LESIONS_PHOTOGRAPHED = (2, 2, 1, 1, 1)
"""How many lesions of each demo patient (in the order of ``demo_charts``) are photographed."""
VISITS_PHOTOGRAPHED = 3
"""At most this many visits per lesion: the first, one in the middle and the last measured."""
TAG_DATETIME_ORIGINAL = 0x9003
IFD_EXIF = 0x8769


def lesion_picture(
    measurement: LesionMeasurement, px_per_mm: float, seed: str, taken: date
) -> bytes:
    """A JPEG (with its EXIF capture date) of ``measurement``'s lesion drawn at ``px_per_mm``;
    ``seed`` keeps a lesion's nodules in the same places from visit to visit."""
    rng = random.Random(seed)
    picture = Image.new("RGB", (WIDTH_PX, HEIGHT_PX), SKIN)
    draw = ImageDraw.Draw(picture)
    for _ in range(900):  # pores and freckles: the skin is not a flat colour
        x, y = rng.randrange(WIDTH_PX), rng.randrange(HEIGHT_PX)
        shade = rng.randint(-18, 10)
        colour = tuple(max(0, min(255, c + shade)) for c in SKIN)
        r = rng.choice((1, 1, 2, 3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    centre = (WIDTH_PX / 2, (HEIGHT_PX - 90) / 2)
    half_long = measurement.longest_mm * px_per_mm / 2
    half_wide = measurement.width_mm * px_per_mm / 2
    _plaque(picture, centre, half_long, half_wide, rng,
            measurement.inflamed or measurement.ulcerated)  # fmt: skip
    draw = ImageDraw.Draw(picture)
    if measurement.ulcerated:
        sore = max(4.0, half_wide * 0.25)
        draw.ellipse((centre[0] - sore, centre[1] - sore * 0.7,
                      centre[0] + sore, centre[1] + sore * 0.7),
                     fill=(150, 60, 55), outline=(120, 40, 40))  # fmt: skip
    _ruler(draw, px_per_mm)
    draw.text((12, 10), "SYNTHETIC - drawn for the demo clinic, not a photograph",
              fill=(90, 60, 50))  # fmt: skip
    exif = Image.Exif()
    exif.get_ifd(IFD_EXIF)[TAG_DATETIME_ORIGINAL] = datetime(
        taken.year, taken.month, taken.day, 10, 0
    ).strftime("%Y:%m:%d %H:%M:%S")
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=88, exif=exif.tobytes())
    return out.getvalue()


def _plaque(
    picture: Image.Image,
    centre: tuple[float, float],
    half_long: float,
    half_wide: float,
    rng: random.Random,
    inflamed: bool,
) -> None:
    """The deposit: a whitish plaque of the lesion's extent, nodules clustered within it, a soft
    halo (reddish when inflamed or ulcerated)."""
    halo = Image.new("L", picture.size, 0)
    ImageDraw.Draw(halo).ellipse(
        (centre[0] - half_long * 1.25, centre[1] - half_wide * 1.3,
         centre[0] + half_long * 1.25, centre[1] + half_wide * 1.3), fill=110,
    )  # fmt: skip
    halo = halo.filter(ImageFilter.GaussianBlur(12))
    rim = (205, 120, 110) if inflamed else (208, 160, 135)
    picture.paste(Image.new("RGB", picture.size, rim), mask=halo)
    mask = Image.new("L", picture.size, 0)
    shapes = ImageDraw.Draw(mask)
    shapes.ellipse((centre[0] - half_long, centre[1] - half_wide,
                    centre[0] + half_long, centre[1] + half_wide), fill=170)  # fmt: skip
    short = max(min(half_long, half_wide), 1.0)
    for _ in range(14):  # nodules within the plaque's outline
        r = max(1.5, short * rng.uniform(0.12, 0.32))
        angle = rng.uniform(0, 2 * math.pi)
        reach = rng.uniform(0.0, max(0.0, 1 - r / short) * 0.9)
        x = centre[0] + math.cos(angle) * (half_long - r) * reach
        y = centre[1] + math.sin(angle) * (half_wide - r) * reach
        shapes.ellipse((x - r, y - r, x + r, y + r), fill=235)
    mask = mask.filter(ImageFilter.GaussianBlur(2.5))
    picture.paste(Image.new("RGB", picture.size, DEPOSIT), mask=mask)


def _ruler(draw: ImageDraw.ImageDraw, px_per_mm: float) -> None:
    """A white ruler along the bottom: a tick per millimetre, longer every 5, numbered in cm,
    as long as the frame has room for at that scale."""
    left, top = 30.0, HEIGHT_PX - 70.0
    ruler_mm = max(RULER_MM, min(150, int((WIDTH_PX - 80) / px_per_mm) // 10 * 10))
    length = ruler_mm * px_per_mm
    draw.rectangle((left - 8, top, left + length + 8, top + 46), fill=(250, 250, 246),
                   outline=(120, 120, 120))  # fmt: skip
    for mm in range(ruler_mm + 1):
        x = left + mm * px_per_mm
        tall = 18 if mm % 10 == 0 else (12 if mm % 5 == 0 else 7)
        draw.line((x, top, x, top + tall), fill=(30, 30, 30), width=1)
        if mm % 10 == 0:
            draw.text((x - 3, top + 22), str(mm // 10), fill=(30, 30, 30))
    draw.text((left + length - 14, top + 32), "cm", fill=(30, 30, 30))


def chart_photographs(chart: PatientChart, lesions: int) -> tuple[LesionPhotograph, ...]:
    """Drawn photographs of the chart's first ``lesions`` lesions at up to
    ``VISITS_PHOTOGRAPHED`` of the visits each was measured at."""
    made: list[LesionPhotograph] = []
    for lesion in chart.lesions[:lesions]:
        measured = [
            (visit.visit_date, m)
            for visit in chart.visits
            for m in visit.lesion_measurements
            if m.lesion_label == lesion.label
        ]
        if not measured:
            continue
        chosen = _spread(measured, VISITS_PHOTOGRAPHED)
        largest = max(m.longest_mm for _, m in chosen)
        px_per_mm = min(10.0, (WIDTH_PX - 160) / max(largest, 1.0), (WIDTH_PX - 80) / RULER_MM)
        for day, measurement in chosen:
            data = lesion_picture(
                measurement, px_per_mm, f"{chart.patient.mrn}/{lesion.label}", day
            )
            prepared = prepare(data)
            made.append(
                LesionPhotograph(
                    lesion_label=lesion.label,
                    visit_date=day,
                    media_type=prepared.media_type,
                    width_px=prepared.width_px,
                    height_px=prepared.height_px,
                    sha256=prepared.sha256,
                    captured_on=prepared.captured_on,
                    caption="Synthetic drawing (demo clinic), not a photograph of a person",
                    image=prepared.image,
                    thumbnail=prepared.thumbnail,
                )
            )
    return tuple(sorted(made, key=lambda p: p.visit_date))


def _spread(
    measured: Sequence[tuple[date, LesionMeasurement]], count: int
) -> list[tuple[date, LesionMeasurement]]:
    if len(measured) <= count:
        return list(measured)
    picks = {0, len(measured) // 2, len(measured) - 1}
    return [measured[i] for i in sorted(picks)]


def with_photographs(charts: Sequence[PatientChart]) -> list[PatientChart]:
    """The demo ``charts`` with drawn photographs of a few lesions at a few visits each."""
    counts = (*LESIONS_PHOTOGRAPHED, *([0] * max(0, len(charts) - len(LESIONS_PHOTOGRAPHED))))
    return [
        dataclasses.replace(chart, photographs=chart_photographs(chart, count))
        for chart, count in zip(charts, counts, strict=False)
    ]
