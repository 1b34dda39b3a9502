"""The latest visits that recorded a thing: "not measured" is not "absent" (DOMAIN.md §0.5, §0.6).

A flag's criterion reads the visits where what it needs was actually recorded (the range of
motion of that joint, that lesion's ulceration, pain, blood pressure), skipping the visits that
left it blank. A visit that measured nothing must not make a review or safety flag disappear.

Decision (CalciTrack's) for an old record — e.g. the range of motion measured only two years
ago: **it is still judged**, and the trigger names its date and says it has not been measured
since ("92° on 2024-07-15, not measured since (1 later visit: 2026-12-06)"). Reasons: a flag is
decision support that asks for a review, and dropping a criterion because nobody measured the
thing again is exactly what hid the flags; an age beyond which a record no longer counts would be
a clinical threshold no source gives (a clinic setting would need a default we cannot source);
and the date in the trigger lets the reader judge how old it is. The labs already work this way
(the latest result on or before the visit, whatever its age).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Literal

from calcitrack.domain.entities import Visit
from calcitrack.domain.rule_text import Day, Text, message, ngettext
from calcitrack.i18n.catalogue import N_


def visits_until(visits: Iterable[Visit], day: date) -> list[Visit]:
    """The visits on or before ``day``, oldest first."""
    return sorted((v for v in visits if v.visit_date <= day), key=lambda v: v.visit_date)


def last_recorded(
    history: Sequence[Visit], recorded: Callable[[Visit], bool], count: int = 1
) -> list[Visit]:
    """The last ``count`` visits of ``history`` (oldest first) for which ``recorded`` holds,
    oldest first; fewer when fewer recorded it."""
    found = [v for v in history if recorded(v)]
    return found[-count:] if count > 0 else []


def not_since(
    day: date, history: Sequence[Visit], what: Literal["measured", "recorded", "lesions measured"]
    = "measured",
) -> Text:
    """", not measured since (1 later visit: 2026-12-06)" when visits of ``history`` came after
    ``day``, "" when ``day`` is the latest visit (a message, written in the reader's language)."""
    later = [v.visit_date for v in history if v.visit_date > day]
    if not later:
        return ""
    n, one, last = len(later), Day(later[0]), Day(later[-1])
    # TRANSLATORS: appended to a dated value; {day} is the later visit's date.
    if what == "recorded":
        if n == 1:
            return message(N_(", not recorded since (1 later visit: {day})"), day=one)
        return ngettext(", not recorded since ({count} later visit, the latest {day})",
                        ", not recorded since ({count} later visits, the latest {day})",
                        n, day=last)
    if what == "lesions measured":
        if n == 1:
            return message(N_(", lesions not measured since (1 later visit: {day})"), day=one)
        return ngettext(", lesions not measured since ({count} later visit, the latest {day})",
                        ", lesions not measured since ({count} later visits, the latest {day})",
                        n, day=last)
    if n == 1:
        return message(N_(", not measured since (1 later visit: {day})"), day=one)
    return ngettext(", not measured since ({count} later visit, the latest {day})",
                    ", not measured since ({count} later visits, the latest {day})", n, day=last)
