"""A pseudo-translation of the window: every string marked for Qt's translation comes back
accented, about a third longer and between ⟦ ⟧, so that a test can see which texts of a window
were never marked (no brackets) and which the longer text clips.

The catalogue is made from the code itself: pyside6-lupdate extracts the marked strings into a
.ts file, each gets its pseudo-translation, pyside6-lrelease compiles it. The texts below the
window (the domain's, marked for gettext) get the same treatment: pybabel extracts them as
`make translations` does, and a pseudo .po/.mo is written for the tests to install as English.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

import calcitrack

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

OPEN, CLOSE = "⟦", "⟧"
_ACCENTED = str.maketrans(
    "aceinorsuyACEINORSUY",
    "áçéîñöŕšüýÁÇÉÎÑÖŘŠÜÝ",
)
_KEPT = re.compile(r"(\{[^{}]*\}|%n|%L?\d|&&|&.|<[^<>]*>)")
"""Placeholders, mnemonics (&S) and rich-text tags: the same in every translation."""
QT_BUTTONS = (
    "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
    "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "Restore Defaults",
)  # fmt: skip
"""Qt's own standard buttons (context QPlatformTheme): a language's catalogue must carry them,
Qt has none for pt-PT."""
PRODUCT = "CalciTrack"
"""The product's name, the same in every language."""


def window_code() -> list[Path]:
    """The code of the window, where its texts are marked: calcitrack/ui and calcitrack/app.py
    (as `make translations` and scripts/english-plurals read it)."""
    package = Path(calcitrack.__file__).resolve().parent
    return [*sorted((package / "ui").rglob("*.py")), package / "app.py"]


def pseudo(text: str) -> str:
    """``text`` accented and lengthened, its placeholders, mnemonics and tags unchanged."""
    if not text.strip():
        return text
    parts = _KEPT.split(text)
    shown = "".join(p if _KEPT.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    return f"{OPEN}{shown}{'·' * max(2, len(text) // 3)}{CLOSE}"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} (PySide6's translation tools) is not installed")
    return found


def compile_catalogue(ts: Path, qm: Path) -> Path:
    """``ts`` compiled by pyside6-lrelease into ``qm``, as ``make`` does."""
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True, capture_output=True,
    )  # fmt: skip
    return qm


def update_catalogue(ts: Path, language: str, *, plurals_only: bool = False) -> Path:
    """``ts`` brought up to date with the window's code as `make translations` does (no line
    numbers, obsolete texts dropped; the English catalogue: counted texts only)."""
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, window_code()), "-no-obsolete", "-locations", "none",
         "-source-language", "en", "-target-language", language, "-silent", "-ts", str(ts),
         *(["-pluralonly"] if plurals_only else [])],
        check=True, capture_output=True,
    )  # fmt: skip
    return ts


def build_pseudo_catalogue(sources: Iterable[Path], folder: Path) -> Path:
    """The compiled pseudo-translation (.qm) of every string marked in ``sources``."""
    ts = folder / "pseudo.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, sources), "-target-language", "en",
         "-no-obsolete", "-silent", "-ts", str(ts)],
        check=True, capture_output=True,
    )  # fmt: skip
    tree = ET.parse(ts)
    qt = ET.SubElement(tree.getroot(), "context")
    ET.SubElement(qt, "name").text = "QPlatformTheme"
    for text in QT_BUTTONS:
        message = ET.SubElement(qt, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return compile_catalogue(ts, folder / "pseudo.qm")


GETTEXT_KEYWORDS = (
    "-k", "_", "-k", "N_", "-k", "ngettext:1,2", "-k", "pgettext:1c,2", "-k", "NC_:1c,2"
)
"""The gettext markers, as the Makefile's `translations` target passes them to pybabel."""


def extract_gettext(pot: Path) -> Path:
    """Every text of calcitrack/ marked for gettext, extracted into ``pot`` as `make translations`
    does."""
    package = Path(calcitrack.__file__).resolve().parent
    subprocess.run(
        [_tool("pybabel"), "-q", "extract", "--no-default-keywords", *GETTEXT_KEYWORDS,
         "--add-comments=TRANSLATORS:", "-o", str(pot), str(package)],
        check=True, capture_output=True,
    )  # fmt: skip
    return pot


def build_pseudo_gettext(folder: Path) -> Path:
    """The compiled pseudo-translation (.mo) of every gettext text of calcitrack/ (each plural
    form pseudo-translated from its own English form), at ``folder``'s en/LC_MESSAGES."""
    pot = extract_gettext(folder / "calcitrack.pot")
    with pot.open("rb") as file:
        catalog = read_po(file, locale="en")
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            message.string = tuple(pseudo(form) for form in message.id)
        else:
            message.string = pseudo(message.id)
    mo = folder / "en" / "LC_MESSAGES" / "calcitrack.mo"
    mo.parent.mkdir(parents=True, exist_ok=True)
    with mo.open("wb") as file:
        write_mo(file, catalog)
    return mo


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """What a person reads on or about ``widget``: (what it is, the text)."""
    kind = type(widget).__name__
    if widget.isWindow():
        yield f"{kind} window title", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield f"{kind} text", widget.text()
    if isinstance(widget, QAbstractButton):
        yield f"{kind} text", widget.text()
    if isinstance(widget, QGroupBox):
        yield f"{kind} title", widget.title()
    if isinstance(widget, QLineEdit):
        yield f"{kind} placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for row in range(widget.count()):
            yield f"{kind} item", widget.itemText(row)
    if isinstance(widget, QTabWidget):
        for tab in range(widget.count()):
            yield f"{kind} tab", widget.tabText(tab)
    yield f"{kind} tooltip", widget.toolTip()
    yield f"{kind} accessible name", widget.accessibleName()


def _language_free(text: str) -> bool:
    """Text that is the same in every language: the product's name, numbers, symbols."""
    stripped = re.sub(r"<[^<>]*>", "", text).replace(PRODUCT, "")
    return not any(character.isalpha() for character in stripped)


def untranslated(window: QWidget, *, data: Iterable[str] = ()) -> list[str]:
    """Every text shown by ``window`` and its visible children that did not come through the
    translation (no ⟦ ⟧), but for ``data`` (what a person typed or stored: names, paths)."""
    allowed = set(data)
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        for what, text in _texts(widget):
            if text and OPEN not in text and text not in allowed and not _language_free(text):
                found.append(f"{what} {text!r} ({widget.objectName() or 'unnamed'})")
    return found


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons of ``window`` narrower than their one-line text."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton) and not widget.text():
            continue  # an icon (a line edit's clear button): no text to clip
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            needed = widget.sizeHint().width()
            if widget.width() < needed:
                text = widget.text()
                found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {needed} px")
    return found


def shown(qtbot: QtBot, window: QWidget) -> None:
    """``window`` shown on screen (and closed after the test)."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)


def assert_translated(window: QWidget, *data: str) -> None:
    """Every text ``window`` shows came through the translation (but ``data``) and none is
    clipped, once laid out for its texts (a text set is laid out at the next event)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    found = untranslated(window, data=data)
    assert found == [], "\n".join(found)
    cut = clipped(window)
    assert cut == [], "\n".join(cut)
