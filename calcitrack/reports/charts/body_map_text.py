"""The body map's own texts ("Front", "Back", and the patient's sides), as the lesion map writes
them: translated (gettext) and shaped where need be (``chart_text.shown``)."""

from __future__ import annotations

from calcitrack.i18n.catalogue import N_, _
from calcitrack.reports.charts.body_map_geometry import Label
from calcitrack.reports.charts.chart_text import shown

MAP_TEXTS: dict[tuple[str, str], str] = {
    ("view-label", "Front"): N_("Front"),
    ("view-label", "Back"): N_("Back"),
    # TRANSLATORS: on the body map, written on the side of the drawing that is the patient's right
    # (the viewer's left on the front view, the viewer's right on the back view)
    ("side-label", "R"): N_("Patient's right"),
    # TRANSLATORS: on the body map, written on the side of the drawing that is the patient's left
    ("side-label", "L"): N_("Patient's left"),
}
"""The drawing's texts (role and text in ``body_map.svg``) → what the map writes there. The sides
are named as the patient's, never the viewer's: the drawing is never mirrored, whatever the
language's direction, so the patient's right stays on the viewer's left on the front view."""


def map_text(label: Label) -> str:
    """A text of the drawing as the map writes it: translated, and shaped where need be."""
    message = MAP_TEXTS.get((label.role, label.text))
    return shown(_(message) if message else label.text)
