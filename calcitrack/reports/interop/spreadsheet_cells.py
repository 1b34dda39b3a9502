"""Text cells a spreadsheet will not run as a formula (CSV injection).

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some read a leading
tab, carriage return or line feed the same way) as a formula: a patient's name or a note typed as
``=HYPERLINK(...)`` would run on the reader's machine. The OWASP CSV injection guidance and the
OWASP ASVS (requirement 1.2.10) add the pipe (the DDE form ``|cmd``), the NUL character and the
full-width ``＝ ＋ － ＠`` that some spreadsheets read as their ASCII twins. Such a cell gets a
leading apostrophe, which spreadsheets show as text and do not display.

Every CSV CalciTrack writes (the audit trail, the recall list, the research tables) uses this;
it sits low in the reports so that the builders of ``interop`` and the writers of ``exports``
can share it.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = (
    "=", "+", "-", "@", "\t", "\r", "\n", "|", "\0",
    "\uff1d", "\uff0b", "\uff0d", "\uff20",  # full-width = + - @
)


def neutralised(value: Any) -> str:
    """The cell text of ``value``; text a spreadsheet would run as a formula gets an apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
