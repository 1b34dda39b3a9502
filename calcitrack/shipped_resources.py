"""Where the files of the top-level ``resources/`` folder are (icons, the body map, fonts,
translation catalogues), in every way CalciTrack runs.

- Installed from the wheel, or frozen by PyInstaller: inside the package, as
  ``calcitrack/resources`` (pyproject force-includes the folder there; the spec bundles it there).
- From a source checkout (an editable install, ``python -m calcitrack``): the repository's
  top-level ``resources/``, beside the package.

Like ``private_files``, this module imports nothing of CalciTrack, so every layer may use it.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

SOURCE_RESOURCES = Path(__file__).resolve().parents[1] / "resources"
"""The top-level ``resources/`` of a source checkout."""


def shipped(*parts: str) -> Path:
    """``resources/<parts>``: the packaged file or folder if the package holds it, else the one
    of the source checkout (which may not exist either: the caller says what is missing)."""
    packaged = files("calcitrack").joinpath("resources")
    for part in parts:  # one at a time: Python 3.10's Traversable.joinpath takes one name
        packaged = packaged.joinpath(part)
    if packaged.is_file() or packaged.is_dir():
        return Path(str(packaged))
    return SOURCE_RESOURCES.joinpath(*parts)
