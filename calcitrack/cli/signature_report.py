"""The signatures' part of ``calcitrack audit verify``: every signed visit checked against what
was signed; each one changed after it was signed is named (exit 1), those signed before content
was bound are counted."""

from __future__ import annotations

from calcitrack.cli.exits import EXIT_FAILED, EXIT_OK
from calcitrack.services.context import ServiceContext
from calcitrack.services.signature_service import SignatureService


def verify_signatures(context: ServiceContext) -> int:
    result = SignatureService(context).check()
    for line in result.problems():
        print(line)
    for line in result.summary():
        print(line)
    return EXIT_OK if result.ok else EXIT_FAILED
