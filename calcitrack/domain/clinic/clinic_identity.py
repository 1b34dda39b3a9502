"""The clinic's name and logo, printed in the header of every PDF visit summary.

Stored in the database (like the thresholds in :mod:`calcitrack.domain.clinic_settings`) so that
every workstation prints the same header. ``check_identity`` lists every problem, by field.

The default name, ``DEFAULT_NAME``, is English and is what a clinic that has never saved its name
holds (no row: ``ClinicIdentity()``, version 0). It can be stored: the first save of the settings
dialog writes the name field as it is, so a clinic that only added a logo stored the name shown.
A stored name is the clinic's own and is never translated; only the unset default is, where it is
read (``shown_name``): in the reader's language on the screen and on each PDF.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from calcitrack.domain.errors import Problem, shown_number
from calcitrack.i18n.catalogue import N_, _

NAME_MAX = 120
LOGO_MAX_BYTES = 1_000_000
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
DEFAULT_NAME = N_("Calcinosis clinic")
"""The name of a clinic that has not set one, in English (``ClinicIdentity.shown_name``)."""


@dataclass(frozen=True)
class ClinicIdentity:
    name: str = DEFAULT_NAME
    logo: bytes | None = None
    """A PNG or JPEG image, or None for no logo."""
    version: int = 0

    @property
    def named(self) -> bool:
        """True once the clinic has saved a name (version 1 on); before, the default applies."""
        return self.version > 0 or self.name != DEFAULT_NAME

    @property
    def shown_name(self) -> str:
        """The name to show and print: the stored one as it is, or, while the clinic has not
        named itself, the default name in the current language."""
        return self.name if self.named else _(DEFAULT_NAME)


def logo_format(data: bytes) -> str | None:
    """"PNG" or "JPEG" from the file's first bytes, None for anything else."""
    if data.startswith(PNG_MAGIC):
        return "PNG"
    if data.startswith(JPEG_MAGIC):
        return "JPEG"
    return None


def tidy_name(name: str) -> str:
    """The name as stored and printed: without leading or trailing spaces."""
    return name.strip()


def check_identity(name: str, logo: bytes | None) -> list[Problem]:
    """Every problem with a name and logo, each naming its field (``clinic.name``,
    ``clinic.logo``). The name is checked as ``tidy_name`` leaves it."""
    problems: list[Problem] = []
    tidy = tidy_name(name)
    if not tidy:
        problems.append(Problem("clinic.name", _("is required: it heads every PDF summary")))
    elif len(tidy) > NAME_MAX:
        problems.append(
            Problem("clinic.name", _("is longer than {limit} characters ({count})").format(
                limit=shown_number(NAME_MAX), count=shown_number(len(tidy))))
        )
    elif any(unicodedata.category(c) == "Cc" for c in tidy):
        problems.append(
            Problem("clinic.name", _("must be one line of text (no tabs or line breaks)"))
        )
    if logo is not None:
        problems.extend(check_logo(logo))
    return problems


def logo_size_problem(size_bytes: int) -> Problem | None:
    """The problem with a logo of ``size_bytes`` (a file can be judged before it is read)."""
    if size_bytes <= LOGO_MAX_BYTES:
        return None
    size_kb = -(-size_bytes // 1000)  # rounded up: never "1000 kB, larger than 1000 kB"
    return Problem("clinic.logo", _("is {size} kB, larger than the {limit} kB allowed").format(
        size=shown_number(size_kb), limit=shown_number(LOGO_MAX_BYTES // 1000)))


def check_logo(logo: bytes) -> list[Problem]:
    if (too_large := logo_size_problem(len(logo))) is not None:
        return [too_large]
    if logo_format(logo) is None:
        return [Problem("clinic.logo", _("is not a PNG or JPEG image"))]
    return []
