"""Lesion photographs in the interchange format: per patient, ``photographs``, each with its
lesion, its visit's date, its media type, capture date, caption and the image as base64.

Nothing of an imported photograph is trusted: its bytes go through ``image_intake.prepare``
again (size cap, JPEG/PNG/HEIC only, orientation applied, every metadata field stripped), which
re-encodes them; the capture date is the file's ``captured_on``.
"""

from __future__ import annotations

import base64
import binascii
from datetime import date
from typing import Any

from calcitrack.domain.entities import LesionPhotograph, PatientChart
from calcitrack.domain.errors import DomainValidationError, Problem
from calcitrack.services.photographs.image_intake import MAX_FILE_BYTES, prepare

MAX_BASE64_CHARS = 4 * -(-MAX_FILE_BYTES // 3)
"""The base64 text of the largest photograph taken."""


def photographs_to_json(chart: PatientChart) -> list[dict[str, Any]]:
    """The chart's photographs; their images must have been read (``image`` not empty)."""
    out = []
    for photo in chart.photographs:
        if not photo.image:
            raise ValueError("a photograph's image was not read for the export")
        item: dict[str, Any] = {
            "lesion": photo.lesion_label,
            "visit_date": photo.visit_date.isoformat(),
            "media_type": photo.media_type,
            "captured_on": photo.captured_on.isoformat() if photo.captured_on else None,
        }
        if photo.caption is not None:
            item["caption"] = photo.caption
        item["data"] = base64.b64encode(photo.image).decode("ascii")
        out.append(item)
    return out


def described_from_json(items: list[dict[str, Any]]) -> tuple[LesionPhotograph, ...]:
    """The photographs' descriptions (no image yet: ``chart_photograph_problems`` checks their
    lesions and visits before any image is decoded)."""
    return tuple(
        LesionPhotograph(
            lesion_label=item["lesion"],
            visit_date=date.fromisoformat(item["visit_date"]),
            media_type=item["media_type"],
            width_px=0,
            height_px=0,
            sha256="",
            caption=(item.get("caption") or "").strip() or None,
        )
        for item in items
    )


def photographs_from_json(
    items: list[dict[str, Any]], prefix: str
) -> tuple[tuple[LesionPhotograph, ...], list[Problem]]:
    """The photographs of a patient's ``photographs`` (the schema checked their shape), each
    prepared again; the problems found, by JSON path under ``prefix``. The declared
    ``media_type`` is informative: what is stored is what the data turns out to be."""
    photos: list[LesionPhotograph] = []
    problems: list[Problem] = []
    for i, item in enumerate(items):
        at = f"{prefix}.photographs[{i}]"
        try:
            data = base64.b64decode(item["data"], validate=True)
        except (binascii.Error, ValueError):
            problems.append(Problem(f"{at}.data", "is not valid base64"))
            continue
        try:
            prepared = prepare(data)
        except DomainValidationError as error:
            problems += [Problem(f"{at}.data", p.reason) for p in error.problems]
            continue
        declared = item.get("captured_on")
        photos.append(
            LesionPhotograph(
                lesion_label=item["lesion"],
                visit_date=date.fromisoformat(item["visit_date"]),
                media_type=prepared.media_type,
                width_px=prepared.width_px,
                height_px=prepared.height_px,
                sha256=prepared.sha256,
                captured_on=date.fromisoformat(declared) if declared else prepared.captured_on,
                caption=(item.get("caption") or "").strip() or None,
                image=prepared.image,
                thumbnail=prepared.thumbnail,
            )
        )
    return tuple(photos), problems
