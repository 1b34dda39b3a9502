"""The progress bar of a long command (``demo --synthetic``, ``import``, ``export --format fhir``,
``db migrate-to``): tqdm's, on standard error when it is a terminal, its label and unit in the
command's language.

tqdm writes the unit as it is given, glued to the number and to its own ``/s`` or ``s/``
("1.50patient/s", "6.67s/patient", "3000row"): it never makes a plural, so the unit is a word
per one, like the "km" of "km/h", and translates as the singular noun. tqdm itself has no
translations: its "s" (seconds) and the digits stay as tqdm writes them.
"""

from __future__ import annotations

import sys

from tqdm import tqdm

from calcitrack.i18n.catalogue import NC_, pgettext

UNIT_CONTEXT = "progress bar unit"

# TRANSLATORS: a progress bar's unit, glued to a number as in "1.50patient/s" and "6.67s/patient"
# (patients per second, seconds per patient): the singular noun, short; "s" is tqdm's, unchanged
PATIENT = NC_("progress bar unit", "patient")
# TRANSLATORS: a progress bar's unit (database rows copied), glued to a number: "3000row",
# "1500.00row/s"; the singular noun, short
ROW = NC_("progress bar unit", "row")


def progress_bar(label: str, unit: str, total: int | None = None) -> tqdm:
    """A progress bar labelled ``label`` (already translated) counting ``unit`` (``PATIENT`` or
    ``ROW``, translated here), shown only when standard error is a terminal."""
    return tqdm(
        total=total, desc=label, unit=pgettext(UNIT_CONTEXT, unit), file=sys.stderr, disable=None
    )
