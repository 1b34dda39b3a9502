"""An unusual value: possible, but far enough from the expected that a person confirms it before it
is saved (a soft limit; impossible values are refused outright: hard_limits.py).

Found by the checks of plausibility.py, shown to the nurse (the visit form's confirmation) or to
the importer (the command line's list), carried back with the entry once confirmed
(``VisitEntry.confirmed``) and written to the audit trail as who confirmed which value at which
visit, with the reason she was shown (``audit_details``).

Languages. The label, the value as shown, the reason and the setting are kept language-neutral
(``calcitrack.domain.rule_text``: messages with their numbers and dates as values) and written
in the reader's language only when shown (:meth:`UnusualValue.shown_value`, :meth:`describe`,
``rule_text.render``): the fields ``label_text``, ``reason_text``, ``limit_text`` and
``value_text`` hold them, and :attr:`UnusualValue.label`, ``reason`` and ``limit`` write them
in the current language (English exactly as before). ``value`` itself is a stable, neutral text
(the number as Python writes it, English units and codes: "90 mg twice daily"): it is part of
:attr:`UnusualValue.key`, so a value confirmed in Portuguese is the same confirmation when the
service checks it again.

The audit trail keeps the English text, as CalciTrack always wrote it (``confirmed``,
``reason_shown``, ``setting``: byte-identical for an English user), so that every record reads
alike whoever wrote it. When the person confirming read another language, the record also keeps
what she was actually shown, in her language, under separate keys: ``shown_in`` (the language's
code, "pt_PT"), ``confirmed_shown_as``, ``reason_shown_as`` and ``setting_shown_as``. The
English keys never hold anything but English, and nothing she read is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from calcitrack.domain.rule_text import Arg, Text, message, render
from calcitrack.i18n.catalogue import N_, current_language, using
from calcitrack.i18n.languages import Language

NOT_SET = "—"
"""What the audit trail's ``setting`` holds when no setting was passed."""


@dataclass(frozen=True)
class UnusualValue:
    check: str
    """The kind of check, a stable code ("rom_above_normal", "lab_outside_range", …)."""
    field: str
    """Where the value is, as problem paths are (``rom[0].degrees``, ``weight_kg``)."""
    subject: str
    """Which value it is, stable across edits of the entry (``rom/hip/flexion/right``)."""
    label_text: Text
    """The value's name for people ("Hip flexion, right"), language-neutral (:attr:`label`
    writes it)."""
    value: str
    """The value as entered, with its unit, in a neutral text ("140°", "2.4 mg/dL"): part of
    the key, the same in every language; shown through :meth:`shown_value`."""
    reason_text: Text
    """Why it is unusual, with what it was compared to and the source of that (:attr:`reason`
    writes it)."""
    setting: str = ""
    """The clinic setting whose limit it passed (``data_quality/…``), "" if none."""
    limit_text: Text = ""
    """That setting as it stood, in words ("… by more than 10°"; :attr:`limit` writes it)."""
    on: date | None = None
    """The visit's date (a lab: its collection date)."""
    value_text: Arg = ""
    """``value`` for people (the language's decimal mark, translated units of frequency); ""
    shows ``value`` as it is."""

    @property
    def label(self) -> str:
        """The value's name in the current language."""
        return render(self.label_text)

    @property
    def reason(self) -> str:
        """Why it is unusual, in the current language."""
        return render(self.reason_text)

    @property
    def limit(self) -> str:
        """The setting as it stood, in the current language ("" if none)."""
        return render(self.limit_text)

    @property
    def key(self) -> tuple[str, str, str]:
        """What a confirmation is for: this check of this value. Typing another value, or the
        same value somewhere else, needs its own confirmation. Neutral: the same whatever
        language the value was shown in."""
        return (self.check, self.subject, self.value)

    def under(self, prefix: str) -> UnusualValue:
        """The same finding with its field placed under ``prefix`` (an import's JSON path)."""
        joiner = "" if self.field.startswith("[") else "."
        return replace(self, field=f"{prefix}{joiner}{self.field}" if prefix else self.field)

    def shown_value(self) -> str:
        """The value in the current language ("2,4 mg/dL" in Portuguese)."""
        return render(self.value_text) if self.value_text else self.value

    def confirmed_text(self, value: str | None = None) -> str:
        """ "Hip flexion, right: 140°" in the current language (``value``: the value as written,
        by default :meth:`shown_value`)."""
        shown = self.shown_value() if value is None else value
        return render(message(N_("{label}: {value}"), label=self.label_text, value=shown))

    def describe(self) -> str:
        """One line in the current language: "Hip flexion, right: 140° — <reason> (setting:
        <limit>)"."""
        text = message(
            N_("{label}: {value} — {reason}"),
            label=self.label_text,
            value=self.shown_value(),
            reason=self.reason_text,
        )
        if not self.limit_text:
            return render(text)
        return render(message(N_("{text} (setting: {limit})"), text=text, limit=self.limit_text))

    def audit_details(self, door: str) -> dict[str, Any]:
        """What the audit trail keeps of a confirmation; ``door`` is where it was confirmed
        ("visit form", "import"). In English; if the current language is another, also what the
        person was shown in it (the module's docstring)."""
        shown_in = current_language()
        with using(Language.ENGLISH):
            details: dict[str, Any] = {
                "confirmed": self.confirmed_text(self.value),
                "reason_shown": self.reason,
                "setting": self.limit or NOT_SET,
                "check": self.check,
                "field": self.field,
                "visit_date": self.on.isoformat() if self.on else None,
                "door": door,
            }
        if shown_in is not Language.ENGLISH:
            details["shown_in"] = shown_in.code
            details["confirmed_shown_as"] = self.confirmed_text()
            details["reason_shown_as"] = self.reason
            details["setting_shown_as"] = self.limit or NOT_SET
        return details
