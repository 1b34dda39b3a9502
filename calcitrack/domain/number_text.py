"""Numbers as CalciTrack prints them in text: one convention for the screens, charts and PDF."""

from __future__ import annotations


def grouped(value: float) -> str:
    """A whole number with a space between thousands: 9425.3 → "9 425", 47658 → "47 658"."""
    return f"{round(value):,}".replace(",", " ")
