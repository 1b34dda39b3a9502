"""Safety and review flags as values: what fired, why, the values that triggered it and the source.

A leaf of the domain: the entities (a patient's cached flags), the rules that raise flags and every
view that shows them import it, and it imports nothing of theirs but the rule texts
(``calcitrack.domain.rule_text``).

A flag's texts are kept language-neutral (:data:`~calcitrack.domain.rule_text.Text`: a message and
its values, or a str shown as it is) and written in the reader's language when read:
``title``, ``reason``, ``triggers``, ``source`` and ``tooltip`` render in the current language
(``calcitrack.i18n.catalogue``), whoever assessed the flag and in whatever language. The
language-neutral texts are ``title_text``, ``reason_text``, ``trigger_texts`` and
``source_text`` (what the flags cache stores).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from calcitrack.domain.rule_text import Text, message, render
from calcitrack.i18n.catalogue import N_, _

DECISION_SUPPORT_NOTE = N_(
    "Decision support, not a diagnosis or an order: check it against the full record before "
    "acting. Not validated for calcinosis of every cause."
)
"""The note in English (marked): :func:`decision_support_note` gives it in the reader's
language."""


def decision_support_note() -> str:
    """The decision-support note in the current language."""
    return _(DECISION_SUPPORT_NOTE)


class FlagKind(str, Enum):
    SAFETY = "safety"
    REVIEW = "review"


class Severity(str, Enum):
    CONTRAINDICATION = "contraindication"
    WARNING = "warning"
    REVIEW = "review"


_SEVERITY_LABELS = {
    # TRANSLATORS: a flag's severity, shown after its title: "Diltiazem with hypotension
    # (contraindication)".
    Severity.CONTRAINDICATION: N_("contraindication"),
    # TRANSLATORS: a flag's severity, shown after its title.
    Severity.WARNING: N_("warning"),
    # TRANSLATORS: a flag's severity (to be reviewed), shown after its title.
    Severity.REVIEW: N_("review"),
}


def severity_label(severity: Severity) -> str:
    """The severity in the current language (English: its value)."""
    return _(_SEVERITY_LABELS[severity])


@dataclass(frozen=True)
class Flag:
    """One safety or review flag: what, why, the values that triggered it and the source."""

    code: str
    """Stable identifier, e.g. ``colchicine_diltiazem`` (tests and the patient list use it)."""
    kind: FlagKind
    severity: Severity
    title_text: Text
    reason_text: Text
    """The rule, in words, with the thresholds in force."""
    trigger_texts: tuple[Text, ...]
    """The recorded values that triggered it, each with its date."""
    source_text: Text
    setting_keys: tuple[str, ...] = ()
    """The clinic settings whose values the rule used."""

    @property
    def title(self) -> str:
        return render(self.title_text)

    @property
    def reason(self) -> str:
        return render(self.reason_text)

    @property
    def triggers(self) -> tuple[str, ...]:
        return tuple(render(t) for t in self.trigger_texts)

    @property
    def source(self) -> str:
        """The citation (``[R41]``: never translated) with its joining words translated."""
        return render(self.source_text)

    @property
    def tooltip(self) -> str:
        """Title, severity, reason, triggers, source and the note, in the current language."""
        lines = [
            render(message(N_("{title} ({severity})"), title=self.title_text,
                           severity=severity_label(self.severity))),
            self.reason,
            *self.triggers,
            render(message(N_("Source: {source}"), source=self.source_text)),
            decision_support_note(),
        ]
        return "\n".join(lines)
