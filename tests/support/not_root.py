"""For tests of what an ordinary account meets (a file it may not read, a folder it may not
write): root passes every permission check, so where the tests run as root (CI containers do) the
command is run without root's override capabilities (``setpriv``, util-linux) instead of the test
being skipped."""

from __future__ import annotations

import os
import shutil

import pytest

OVERRIDES = "-dac_override,-dac_read_search,-fowner"


def as_ordinary_account(command: list[str]) -> list[str]:
    """``command`` as it must run to meet file permissions: unchanged for an ordinary account;
    for root, under ``setpriv`` without the capabilities that override them."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.fail("tests run as root need setpriv (util-linux) to meet file permissions")
    return [setpriv, f"--bounding-set={OVERRIDES}", f"--inh-caps={OVERRIDES}", *command]
