"""The patient list's question and one page of its answer: what the window asks the database.

The list lives in the database: search, filters and sort run in SQL, and the window fetches the
rows a page at a time as the view scrolls, so neither sign-in nor a keystroke does work that grows
with the clinic. ``PatientListQuery`` is the question (search text as typed, filters, sort);
``PatientListPage`` one page of the answer with the counts the list's footer shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from calcitrack.domain.codes import UnderlyingDisease
from calcitrack.domain.entities import PatientSummary
from calcitrack.i18n.catalogue import NC_, pgettext


class ListColumn(int, Enum):
    """The list's columns in their order on screen; each one can sort the list."""

    MRN = 0
    NAME = 1
    FLAGS = 2
    BORN = 3
    DISEASE = 4
    CALCINOSIS = 5
    LAST_VISIT = 6
    NEXT_DUE = 7
    VISITS = 8
    ACTIVE_LESIONS = 9
    CURRENT_DRUGS = 10


STATUS_CONTEXT = "patients shown"
"""The labels' gettext context (written out in each NC_: the extractor reads literals only):
a list's patients ("Ativos"), not a lesion ("Ativa")."""
_STATUS_LABELS = {
    "active": NC_("patients shown", "Active"),
    "archived": NC_("patients shown", "Archived"),
    "all": NC_("patients shown", "All"),
}


class StatusFilter(str, Enum):
    """Which patients the list shows by their archived state."""

    ACTIVE = "active"
    ARCHIVED = "archived"
    ALL = "all"

    @property
    def label(self) -> str:
        """What the filter's choice reads, in the current language."""
        return pgettext(STATUS_CONTEXT, _STATUS_LABELS[self.value])

    @property
    def archived(self) -> bool | None:
        """The archived state of the patients listed; None: either."""
        return {"active": False, "archived": True}.get(self.value)


@dataclass(frozen=True)
class PatientListQuery:
    """The patients the list shows, and in which order.

    ``search`` is the text as typed: the MRN or any part of "family given", "given family" or
    "family, given", ignoring case, accents, hyphens and apostrophes
    (calcitrack.domain.text.search_text and patient_search_key). Sorting: ties keep name order
    (then MRN), and rows with nothing recorded in the sort column come last in either order; the
    flags column sorts the worst flags first.
    """

    search: str = ""
    disease: UnderlyingDisease | None = None
    status: StatusFilter = StatusFilter.ACTIVE
    on_diltiazem: bool = False
    sort: ListColumn = ListColumn.NAME
    descending: bool = False


@dataclass(frozen=True)
class PatientListPage:
    """Rows ``offset`` … ``offset + len(rows) - 1`` of the patients matching a query.

    ``matching`` is how many patients match the query in all; ``total`` how many patients the
    clinic has (archived included): the footer reads "{matching} of {total} patients".
    """

    rows: tuple[PatientSummary, ...]
    offset: int
    matching: int
    total: int
