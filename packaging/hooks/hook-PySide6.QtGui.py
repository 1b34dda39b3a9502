"""PyInstaller hook for PySide6.QtGui, replacing PyInstaller's own (hook directories named in the
spec's hookspath take precedence): the same Qt libraries and plugins, less the GTK 3 platform
theme.

The GTK 3 theme plugin would load the workstation's GTK libraries beside the cairo, pango and
harfbuzz of the build machine that PyInstaller bundles for it, a mix that crashes on some
distributions; without it Qt uses the desktop portal's theme (libqxdgdesktopportal) or its own.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

LEFT_OUT = ("libqgtk3",)
binaries = [
    (source, target)
    for source, target in binaries
    if not any(name in source.replace("\\", "/").rsplit("/", 1)[-1] for name in LEFT_OUT)
]
