"""Render the application icon (resources/icons/calcitrack.svg) for the installers.

    .venv/bin/python packaging/make_icons.py

writes, each size drawn from the SVG itself (not scaled down from a large bitmap):
- ``packaging/linux/calcitrack.png``: 256 px, the desktop entry's icon (hicolor theme);
- ``packaging/windows/calcitrack.ico``: 16 to 256 px, the executable's and the installer's icon;
- ``packaging/macos/calcitrack.icns``: 16 to 1024 px, the app bundle's icon.

Run it again after changing the SVG and commit the three files; tests/dist/test_icons.py fails
while they differ from the drawing.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

PACKAGING = Path(__file__).resolve().parent
SVG = PACKAGING.parent / "resources" / "icons" / "calcitrack.svg"
PNG = PACKAGING / "linux" / "calcitrack.png"
ICO = PACKAGING / "windows" / "calcitrack.ico"
ICNS = PACKAGING / "macos" / "calcitrack.icns"
PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int, svg: Path = SVG) -> Image.Image:
    """The drawing at ``size`` × ``size`` pixels, transparent around it (RGBA)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a drawing Qt can render")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(data.data())).convert("RGBA")


def write_icons() -> list[Path]:
    PNG.parent.mkdir(parents=True, exist_ok=True)
    render(PNG_SIZE).save(PNG, format="PNG", optimize=True)

    ico = [render(size) for size in ICO_SIZES]
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ico[-1].save(
        ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1]
    )

    icns = [render(size) for size in ICNS_SIZES]
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    icns[-1].save(ICNS, format="ICNS", append_images=icns[:-1])
    return [PNG, ICO, ICNS]


if __name__ == "__main__":
    for path in write_icons():
        print(f"wrote {path.relative_to(PACKAGING.parent)} ({path.stat().st_size} bytes)")
