"""The clinic's name and logo: every problem listed by field, before anything is stored."""

from __future__ import annotations

import pytest

from calcitrack.domain.clinic.clinic_identity import (
    LOGO_MAX_BYTES,
    NAME_MAX,
    check_identity,
    logo_format,
    tidy_name,
)
from calcitrack.domain.errors import Problem

PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)
JPEG = b"\xff\xd8\xff\xe0" + bytes(32)


def test_a_name_with_a_png_or_jpeg_logo_or_none_is_fine() -> None:
    for logo in (PNG, JPEG, None):
        assert check_identity("Rheumatology — Hospital São João", logo) == []
    assert (logo_format(PNG), logo_format(JPEG), logo_format(b"GIF89a")) == ("PNG", "JPEG", None)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "is required: it heads every PDF summary"),
        (" \t ", "is required: it heads every PDF summary"),
        ("x" * (NAME_MAX + 1), f"is longer than {NAME_MAX} characters ({NAME_MAX + 1})"),
        ("Rheumatology\nHospital", "must be one line of text (no tabs or line breaks)"),
    ],
)
def test_a_bad_name_is_named_with_its_reason(name: str, reason: str) -> None:
    assert check_identity(name, None) == [Problem("clinic.name", reason)]


def test_the_name_is_judged_as_stored_without_surrounding_spaces() -> None:
    padded = "  " + "x" * NAME_MAX + "  "
    assert check_identity(padded, None) == []
    assert tidy_name(padded) == "x" * NAME_MAX


def test_a_bad_name_and_a_bad_logo_are_both_listed() -> None:
    assert [p.field for p in check_identity("", b"GIF89a")] == ["clinic.name", "clinic.logo"]


def test_a_logo_over_the_limit_says_its_size() -> None:
    [problem] = check_identity("Clinic", PNG + bytes(LOGO_MAX_BYTES))
    assert problem == Problem("clinic.logo", "is 1001 kB, larger than the 1000 kB allowed")
    assert check_identity("Clinic", PNG + bytes(LOGO_MAX_BYTES - len(PNG))) == []
