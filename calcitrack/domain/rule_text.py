"""Rule texts a physician reads, kept language-neutral until they are shown.

A flag is assessed by whoever saved a chart or by a background worker, stored in the patients'
flags cache and read later by a user who may read another language. So a rule text is not a
string but a :class:`Message`: its English source text (the gettext message id, marked with
``N_``) and its arguments, kept as values (numbers as numbers, dates as dates). It is written out
in the current language only when shown (:func:`render`), with gettext (``_``, ``ngettext``) and
``calcitrack.i18n.formats`` for the numbers and dates.

A :data:`Text` is either a ``Message`` or a plain ``str``: a str is shown as it is, in every
language (patient data such as a lesion label, a drug name as recorded, a citation such as
``[R41]``, or a text stored by a CalciTrack older than these messages).

English is written exactly as CalciTrack always wrote it: numbers with Python's format
(``{value:.1f}``, ``{value:g}``: no thousands separator) and dates ISO (``2026-03-07``). Other
languages get their own symbols and digits (``formats.number``) and their medium date
(``formats.day``: ``07/03/2026`` in Portuguese).

:func:`to_json` / :func:`from_json` turn a text into plain JSON values and back (the flags cache):
numbers stay numbers, dates are ISO strings.

A text that goes into a flag is never translated where the flag is made (no ``_()`` there): the
flag would be cached in the language of whoever assessed it. Hand over a ``Message`` (or an
``N_``-marked id wrapped in :func:`message`) and let the reader's side write it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Union

from calcitrack.i18n import catalogue, formats
from calcitrack.i18n.catalogue import N_, _, current_language
from calcitrack.i18n.languages import Language


@dataclass(frozen=True)
class Number:
    """A number, written in English with Python's format ``spec`` (``"g"``, ``".1f"``, ``"d"``)
    and in other languages with as many decimals as the English text shows."""

    value: float | int
    spec: str = "g"

    def render(self) -> str:
        english = format(self.value, self.spec)
        if current_language() is Language.ENGLISH:
            return english
        if isinstance(self.value, float) and not math.isfinite(self.value):
            return english
        exponent = Decimal(english).as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        try:
            return formats.number(self.value, decimals)
        except (ArithmeticError, ValueError):  # beyond Decimal's precision: no clinical value
            return english


@dataclass(frozen=True)
class Day:
    """A date: ISO in English (as CalciTrack always wrote it), the medium date elsewhere
    (pt-PT ``07/03/2026``)."""

    value: date

    def render(self) -> str:
        if current_language() is Language.ENGLISH:
            return self.value.isoformat()
        return formats.day(self.value)


@dataclass(frozen=True)
class Joined:
    """Texts joined by a separator that is itself a message (``"; "`` is ``"؛ "`` in Arabic)."""

    separator: str
    """The separator's message id (marked with ``N_``)."""
    items: tuple[Text, ...]

    def render(self) -> str:
        return _(self.separator).join(render(item) for item in self.items)


Arg = Union[str, Number, Day, Joined, "Message"]
"""What a placeholder holds: a str is put in as it is (patient data, a citation)."""


@dataclass(frozen=True)
class Message:
    """A marked English text (``N_``) and its named arguments; counted when ``plural`` is set
    (``ngettext`` with ``count``)."""

    msgid: str
    args: tuple[tuple[str, Arg], ...] = ()
    plural: str | None = None
    count: int | Number = 0
    """The count a counted message's form is chosen by: a whole number, or a number written with
    decimals (``Number(2.5, ".1f")``), which takes the form CLDR gives decimals (Arabic and
    Portuguese "other" for 2.5)."""
    capital: bool = False
    """Written with its first letter a capital (a sentence made of a phrase: :func:`sentence`)."""
    context: str | None = None
    """The gettext context the text is marked in (``NC_``): a drug's name ("drug"), a coded
    label marked with one (:func:`label`); translated with ``pgettext``."""

    def render(self) -> str:
        if self.context is not None and self.plural is None:
            template = catalogue.pgettext(self.context, self.msgid)
        elif self.plural is None:
            template = _(self.msgid)
        elif isinstance(self.count, Number):
            written = format(self.count.value, self.count.spec)
            template = catalogue.ngettext_number(self.msgid, self.plural, written)
        else:
            template = catalogue.ngettext(self.msgid, self.plural, self.count)
        if not self.args and self.plural is None:
            written = template
        else:
            written = template.format(**{name: render(arg) for name, arg in self.args})
        return written[:1].upper() + written[1:] if self.capital else written


Text = str | Message
"""A text shown to a reader: a message, or a str shown as it is in every language."""


def message(msgid: str, **args: Arg) -> Message:
    """``msgid`` (marked with ``N_`` where it is written) with its arguments."""
    return Message(msgid, tuple(sorted(args.items())))


def in_context(context: str, msgid: str) -> Message:
    """``msgid`` as marked with ``NC_(context, msgid)`` where it is written (a drug's name, a
    coded label with a context), translated with ``pgettext`` when shown."""
    return Message(msgid, context=context)


def ngettext(singular: str, plural: str, count: int | Number, **args: Arg) -> Message:
    """A counted message, kept to be written when shown: ``{count}`` is filled with ``count``
    (and the other ``args``); a count with decimals is a :class:`Number` (``Number(2.5, ".1f")``:
    its form is the one CLDR gives the number as written). Named ``ngettext`` so that the
    extractor (``pybabel extract -k ngettext:1,2``) takes its two literal texts as one plural
    entry: call it with literals."""
    return Message(
        singular,
        tuple(sorted({**args, "count": count if isinstance(count, Number) else Number(count, "d")}
                     .items())),
        plural,
        count,
    )


SENTENCE = N_("{text}.")
"""A phrase ended as a sentence (Arabic and Portuguese end it with a full stop too)."""


def sentence(text: Text) -> Text:
    """``text`` (a phrase: "above the label maximum …") as a sentence: a capital first and a full
    stop after it, in the reader's language when shown."""
    if isinstance(text, str):
        return f"{text[:1].upper()}{text[1:]}."
    return Message(SENTENCE, (("text", text),), capital=True)


def joined(separator: str, items: Sequence[Text]) -> Joined:
    """``items`` joined by the message ``separator`` (marked with ``N_``) when shown."""
    return Joined(separator, tuple(items))


def render(text: Arg) -> str:
    """``text`` in the current language (a str as it is)."""
    return text if isinstance(text, str) else text.render()


# ------------------------------------------------------------------ JSON


def to_json(text: Arg) -> Any:
    """``text`` as JSON values: a str stays a str; the others are objects."""
    if isinstance(text, str):
        return text
    if isinstance(text, Number):
        return {"number": text.value, "spec": text.spec}
    if isinstance(text, Day):
        return {"day": text.value.isoformat()}
    if isinstance(text, Joined):
        return {"join": text.separator, "items": [to_json(item) for item in text.items]}
    out: dict[str, Any] = {"msgid": text.msgid}
    if text.args:
        out["args"] = {name: to_json(arg) for name, arg in text.args}
    if text.plural is not None:
        out["plural"] = text.plural
        out["count"] = text.count if isinstance(text.count, int) else to_json(text.count)
    if text.capital:
        out["capital"] = True
    if text.context is not None:
        out["context"] = text.context
    return out


def from_json(value: Any) -> Arg:
    """What :func:`to_json` wrote; ValueError for anything else."""
    if isinstance(value, str):
        return value
    if not isinstance(value, Mapping):
        raise ValueError(f"not a stored text: {value!r}")
    if "msgid" in value:
        return _message(value)
    if "number" in value:
        number, spec = value["number"], value.get("spec")
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            raise ValueError(f"not a stored number: {value!r}")
        if not isinstance(spec, str):
            raise ValueError(f"a stored number without its format: {value!r}")
        return Number(number, spec)
    if "day" in value:
        if not isinstance(value["day"], str):
            raise ValueError(f"not a stored date: {value!r}")
        return Day(date.fromisoformat(value["day"]))
    if "join" in value:
        separator, items = value["join"], value.get("items")
        if not isinstance(separator, str) or not isinstance(items, list):
            raise ValueError(f"not a stored list of texts: {value!r}")
        return Joined(separator, tuple(text_from_json(item) for item in items))
    raise ValueError(f"not a stored text: {value!r}")


def text_from_json(value: Any) -> Text:
    """A :data:`Text` (a str or a message) written by :func:`to_json`."""
    found = from_json(value)
    if not isinstance(found, (str, Message)):
        raise ValueError(f"not a stored text: {value!r}")
    return found


def _message(value: Mapping[str, Any]) -> Message:
    msgid, args = value["msgid"], value.get("args", {})
    plural, count = value.get("plural"), value.get("count", 0)
    if not isinstance(msgid, str) or not isinstance(args, Mapping):
        raise ValueError(f"not a stored message: {value!r}")
    if plural is not None and not isinstance(plural, str):
        raise ValueError(f"not a stored message: {value!r}")
    if isinstance(count, Mapping):
        count = from_json(count)
    if isinstance(count, bool) or not isinstance(count, (int, Number)):
        raise ValueError(f"not a stored message: {value!r}")
    capital, context = value.get("capital", False), value.get("context")
    if not isinstance(capital, bool) or not (context is None or isinstance(context, str)):
        raise ValueError(f"not a stored message: {value!r}")
    if context is not None and plural is not None:
        raise ValueError(f"a stored counted message with a context: {value!r}")
    return Message(
        msgid, tuple(sorted((str(k), from_json(v)) for k, v in args.items())), plural, count,
        capital, context,
    )
