"""README.txt of a research export: what each file is, how to build a REDCap project from it,
and what ``--pseudonymise`` removed and shifted (or that the files are identified)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date

from calcitrack.domain.research.pseudonym import MAX_SHIFT_DAYS
from calcitrack.domain.research.research_dictionary import NOT_ANONYMOUS, REMOVED
from calcitrack.domain.research.research_tables import ResearchTables

DICTIONARY_FILE = "data_dictionary.csv"
README_FILE = "README.txt"


def counted(n: int, noun: str) -> str:
    """ "1 patient", "3 patients": a count as a person writes it."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def readme_text(tables: ResearchTables, made_on: date, *, app_version: str = "") -> str:
    repeating = [t.form.name for t in tables.tables if t.form.repeating]
    lines: list[str] = [
        "CalciTrack research export",
        "==========================",
        "",
        f"Made on {made_on.isoformat()}{f' by CalciTrack {app_version}' if app_version else ''}"
        f" for {counted(tables.patients, 'patient')}.",
        "",
        *_privacy(tables.pseudonymised),
        "",
        "Files",
        "-----",
        *(
            f"  {t.form.name}.csv  {t.form.title}: {counted(len(t.rows), 'row')}"
            f"{' (repeating)' if t.form.repeating else ''}"
            for t in tables.tables
        ),
        f"  {DICTIONARY_FILE}  REDCap data dictionary: every column of every table, with its",
        "      type, unit (Field Note), range and code list.",
        f"  {README_FILE}  this file.",
        "",
        "Every table starts with study_id; one row per observation. Column names carry their",
        "unit (vis_weight_kg, les_longest_mm, lab values with their unit in lab_unit). Dates are",
        "YYYY-MM-DD, yes/no values 1/0, coded values the codes listed in the dictionary, an empty",
        "cell means not recorded. UTF-8 with a byte-order mark. A text cell that a spreadsheet",
        "would run as a formula (starting with = + - @ and the like) has a leading apostrophe;",
        "numbers never do.",
        "",
        "Photographs are not exported (a photograph can identify a person).",
        "",
        "Building a REDCap project",
        "-------------------------",
        f"1. Create a project and upload {DICTIONARY_FILE} (Designer > Data Dictionary).",
        "   Each table becomes one instrument of the same name; study_id is the record ID.",
        "2. In Project Setup, enable repeating instruments and mark these instruments as",
        *textwrap.wrap("repeating: " + ", ".join(repeating) + ".", 86,
                       initial_indent="   ", subsequent_indent="   "),
        "3. Import patients.csv first (Data Import Tool), then each repeating table: their rows",
        "   carry redcap_repeat_instrument and redcap_repeat_instance as REDCap expects.",
        "",
        "The assessments and assessment_flags tables are CalciTrack's decision support computed",
        "with this clinic's settings at the time of export, not a diagnosis.",
    ]
    return "\n".join(lines) + "\n"


def _privacy(pseudonymised: bool) -> Sequence[str]:
    if not pseudonymised:
        return [
            "IDENTIFIED EXPORT: names, medical record numbers, dates and free text are as",
            "recorded. Share it only as the clinic's rules for identified patient data allow.",
        ]
    return [
        "PSEUDONYMISED EXPORT.",
        "Study IDs (S0001...) are random and not derived from the MRN; the key linking them to",
        "patients was not kept. Every date of a patient was moved back by one random number of",
        f"days between 1 and {MAX_SHIFT_DAYS}, the same for all of that patient's dates, so",
        "intervals and ages are kept but calendar dates are not real.",
        *textwrap.wrap(REMOVED, 88),
        *textwrap.wrap(NOT_ANONYMOUS, 88),
    ]
