"""What an interchange file may be before its content is even looked at: its size, its encoding,
its JSON, how deep it nests, and numbers JSON carries exactly (docs/interchange-format.md).

These are technical limits, not clinical ones. Numbers follow I-JSON (RFC 7493, section 2.2):
finite, and integers within ±(2^53 − 1), so every program reads the same value back; JSON has no
Infinity or NaN (RFC 8259, section 6). Text lengths are stated in the interchange schema
(``maxLength``), the same as the database columns where those have one.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from calcitrack.domain.errors import Problem
from calcitrack.i18n.catalogue import _
from calcitrack.i18n.formats import number

MAX_FILE_BYTES = 256_000_000
"""An export of a clinic of several thousand patients fits many times over."""
MAX_NESTING = 32
"""The interchange format nests 7 levels deep (a measurement of a visit of a patient)."""
MAX_SAFE_INTEGER = 2**53 - 1
NAME_MAX = 100
"""Names and the clinician, as the database columns hold them."""
SHORT_TEXT_MAX = 200
"""Labels of the file itself (exported_at, calcitrack_version)."""
MAX_LISTED = 50
"""Problems listed one by one; the rest are counted."""


class ImportFileError(ValueError):
    """A file that is not an interchange document's text: the reason, for people."""


class _Unreadable:
    """A JSON token the file holds that is kept out of the data (NaN, Infinity, a number of
    thousands of digits): ``structure_problems`` names it by its JSON path."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __repr__(self) -> str:
        return "<unreadable>"


def _integer(text: str) -> int | _Unreadable:
    digits = len(text.lstrip("-"))
    if digits > 16:
        return _Unreadable(
            f"a number of {digits:,} digits: integers must lie within ±(2^53 − 1) (I-JSON)"
        )
    return int(text)


def _constant(token: str) -> _Unreadable:
    return _Unreadable(f"{token} is not a finite number; JSON has none (RFC 8259)")


def decode(raw: bytes) -> str:
    """The text of an interchange file: UTF-8 (a byte-order mark is allowed)."""
    if not raw.strip():
        raise ImportFileError(_("the file is empty"))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ImportFileError(
            _(
                "not UTF-8 text (byte {byte} on line {line}, at byte {offset}); the interchange "
                "format is UTF-8 JSON: save it as UTF-8"
            ).format(
                byte=f"0x{raw[exc.start]:02x}", line=number(line, 0, grouping=False),
                offset=number(exc.start, 0),
            )
        ) from None


def parse(text: str) -> Any:
    """The JSON value of ``text``; NaN, Infinity and over-long integers are kept as markers for
    ``structure_problems`` to name by path."""
    try:
        return json.loads(text, parse_int=_integer, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            _("not valid JSON: {reason} (line {line}, column {column})").format(
                reason=exc.msg, line=number(exc.lineno, 0, grouping=False),
                column=number(exc.colno, 0, grouping=False),
            )
        ) from None
    except RecursionError:
        line, column = _too_deep_at(text)
        raise ImportFileError(
            _("nested more than {levels} levels deep at line {line}, column {column}").format(
                levels=number(MAX_NESTING, 0), line=number(line, 0, grouping=False),
                column=number(column, 0, grouping=False),
            )
        ) from None
    except ValueError as exc:  # anything else the decoder refuses
        raise ImportFileError(_("not valid JSON: {reason}").format(reason=exc)) from None


_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.S)


def _too_deep_at(text: str) -> tuple[int, int]:
    """Line and column where the nesting first goes beyond MAX_NESTING (strings skipped)."""
    depth = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_NESTING:
                start = match.start()
                line = text.count("\n", 0, start) + 1
                return line, start - (text.rfind("\n", 0, start) + 1) + 1
        elif token in "]}":
            depth -= 1
    return 1, 1


_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _step(path: str, key: str) -> str:
    if _NAME.match(key) and len(key) <= 40:
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key[:40] + ('…' if len(key) > 40 else ''))}]"


def _number_problem(value: Any) -> str | None:
    if isinstance(value, _Unreadable):
        return value.reason
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return "beyond the largest number JSON carries (not a finite number)"
    if isinstance(value, int) and abs(value) > MAX_SAFE_INTEGER:
        return "an integer beyond ±(2^53 − 1), which JSON does not carry exactly (I-JSON)"
    return None


def structure_problems(data: Any) -> list[Problem]:
    """Every value nested too deep, not finite or not exactly carried, by JSON path (at most
    MAX_LISTED and a count of the rest); no recursion, so any depth is safe."""
    problems: list[Problem] = []
    more = 0
    stack: list[tuple[Any, str, int]] = [(data, "$", 0)]
    while stack:
        value, path, depth = stack.pop()
        reason = None
        if isinstance(value, dict | list) and depth >= MAX_NESTING:
            reason = (
                f"nested more than {MAX_NESTING} levels deep (the interchange format needs 7)"
            )
        elif isinstance(value, dict):
            stack.extend((v, _step(path, str(k)), depth + 1) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value))
        else:
            reason = _number_problem(value)
        if reason is not None:
            if len(problems) < MAX_LISTED:
                problems.append(Problem(path, reason))
            else:
                more += 1
    problems.sort(key=lambda p: p.field)
    if more:
        problems.append(Problem("$", f"and {more:,} more value(s) like these"))
    return problems
