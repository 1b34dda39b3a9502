"""The installers' icons are the application's drawing (resources/icons/calcitrack.svg) as it is
now, and the Linux desktop entry points at them. Quick: runs in every `make test`."""

from __future__ import annotations

import configparser
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageChops
from PySide6.QtWidgets import QApplication

from tests.dist.bundle import ROOT

TOLERANCE = 24
"""Largest difference of one channel of one pixel (0-255) between the committed icon and a new
rendering: antialiasing may differ a little between Qt versions; a changed drawing differs by far
more."""


@pytest.fixture(scope="module")
def make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging/make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _difference(a: Image.Image, b: Image.Image) -> int:
    assert a.size == b.size
    return max(high for _low, high in ImageChops.difference(a.convert("RGBA"),
                                                            b.convert("RGBA")).getextrema())


def test_the_icons_are_renderings_of_the_current_drawing(
    qapp: QApplication, make_icons: ModuleType
) -> None:
    stale = "icon differs from resources/icons/calcitrack.svg: run packaging/make_icons.py"
    with Image.open(make_icons.PNG) as png:
        assert png.size == (make_icons.PNG_SIZE, make_icons.PNG_SIZE)
        assert _difference(png, make_icons.render(make_icons.PNG_SIZE)) <= TOLERANCE, stale
        # the drawing is a rounded square: transparent corners, opaque middle
        assert png.convert("RGBA").getpixel((0, 0))[3] == 0
        assert png.convert("RGBA").getpixel((128, 128))[3] == 255

    with Image.open(make_icons.ICO) as ico:
        assert sorted(ico.ico.sizes()) == [(s, s) for s in make_icons.ICO_SIZES]
        for size in make_icons.ICO_SIZES:
            rendered = make_icons.render(size)
            assert _difference(ico.ico.getimage((size, size)), rendered) <= TOLERANCE, (
                f"{size} px {stale}"
            )

    with Image.open(make_icons.ICNS) as icns:
        largest = max(make_icons.ICNS_SIZES)
        assert icns.size == (largest, largest)
        assert {(512, 512, 2), (256, 256, 1), (128, 128, 1), (16, 16, 2)} <= set(icns.info["sizes"])
        assert _difference(icns, make_icons.render(largest)) <= TOLERANCE, stale


def test_the_desktop_entry_starts_calcitrack_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(ROOT / "packaging/linux/calcitrack.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "CalciTrack"
    assert desktop["Exec"] == "calcitrack"  # install.sh writes the installed path here
    assert desktop["Terminal"] == "false"
    assert desktop["Icon"] == Path("packaging/linux/calcitrack.png").stem
    assert "MedicalSoftware" in desktop["Categories"].split(";")
