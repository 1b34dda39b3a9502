"""A patient's flags as the patient list holds them: each flag's kind and severity at once, the
flags themselves (titles, reasons, triggers, sources) only when someone reads them.

The list shows, for each of its rows, how many safety flags a patient has, whether one asks for a
review and the worst severity's icon; the titles and reasons are read only in the row's tooltip.
Reading a stored flag's texts (``rule_text.from_json``: messages inside messages) costs about ten
times as much as reading its kind and severity, and a search's first page of patients not shown
before would read them all on every keystroke. :class:`FlagsReadLater` keeps the kinds and
severities (``marks``) and a function that reads the flags, called once, on the first look at
them; it is a ``Sequence[Flag]`` like the tuple it stands for, and equal to that tuple.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload

from calcitrack.domain.flags import Flag, FlagKind, Severity

Mark = tuple[FlagKind, Severity]
"""A flag's kind and severity."""


class FlagsReadLater(Sequence[Flag]):
    """Flags whose ``marks`` are known and which ``read`` gives when first looked at.

    ``read`` must give flags with these marks, in this order (both come from the same stored
    text); should it not, the flags read win and the marks follow them. ``read`` is pure (no
    database): two threads looking at once may both call it, and get equal flags.
    """

    __slots__ = ("_flags", "_marks", "_read")

    def __init__(self, marks: Sequence[Mark], read: Callable[[], tuple[Flag, ...]]) -> None:
        self._marks = tuple(marks)
        self._read: Callable[[], tuple[Flag, ...]] | None = read
        self._flags: tuple[Flag, ...] | None = None

    @property
    def marks(self) -> tuple[Mark, ...]:
        """Each flag's kind and severity, without reading the flags."""
        return self._marks

    def flags(self) -> tuple[Flag, ...]:
        """The flags, read now if not read yet."""
        flags = self._flags
        if flags is not None:
            return flags
        read = self._read
        if read is None:  # read meanwhile on another thread, which set the flags first
            assert self._flags is not None
            return self._flags
        flags = read()
        self._marks = tuple(_mark(f) for f in flags)
        self._flags = flags
        self._read = None  # let go of the stored text
        return flags

    def __len__(self) -> int:
        return len(self._marks)

    @overload
    def __getitem__(self, index: int) -> Flag: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Flag, ...]: ...

    def __getitem__(self, index: int | slice) -> Flag | tuple[Flag, ...]:
        return self.flags()[index]

    def __iter__(self) -> Iterator[Flag]:
        return iter(self.flags())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FlagsReadLater):
            return self.flags() == other.flags()
        if isinstance(other, tuple):
            return self.flags() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.flags())

    def __repr__(self) -> str:
        if self._flags is None:
            return f"FlagsReadLater(marks={self._marks!r}, not read yet)"
        return f"FlagsReadLater({self._flags!r})"


def _mark(flag: Flag) -> Mark:
    return flag.kind, flag.severity


def flag_marks(flags: Sequence[Flag]) -> tuple[Mark, ...]:
    """Each flag's kind and severity, without reading flags not read yet."""
    if isinstance(flags, FlagsReadLater):
        return flags.marks
    return tuple(_mark(f) for f in flags)
