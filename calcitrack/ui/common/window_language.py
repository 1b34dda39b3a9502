"""The window's language: Qt's translators for CalciTrack's own texts and for Qt's (standard
buttons, a line edit's context menu), and the direction of the layout (right to left in Arabic).

CalciTrack's texts are written in English in the code and marked for translation
(``self.tr``, ``QCoreApplication.translate``); their translations are the compiled catalogues
``calcitrack_<language>.qm`` (built by ``make`` from the ``.ts`` sources in
resources/translations). English has a catalogue too: the plural forms of the texts that count
something ("%n visit(s)" → "1 visit", "2 visits"), the Qt way. ``calcitrack_qt_<language>.qm``,
where there is one, carries Qt's own texts that Qt ships no catalogue for (it has none for
Portuguese as spoken in Portugal).

A language is chosen before a window is built: the texts of a window already shown stay as they
were (a change of language takes effect at the next sign-in). Choosing it also sets the default
``QLocale`` the window writes numbers and dates in (``window_locale``): built from the language
and the clinic's choice of digits for Arabic, never from the system's locale tag.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from calcitrack.i18n.digits import Digits
from calcitrack.ui.common.window_locale import use_window_locale

log = logging.getLogger(__name__)

RIGHT_TO_LEFT = frozenset({"ar"})
"""Languages written right to left: the window is mirrored."""


class WindowLanguage:
    """The translators installed on ``app`` for one language at a time, from ``folder``."""

    def __init__(self, app: QCoreApplication, folder: Path) -> None:
        self._app = app
        self._folder = folder
        self._installed: list[QTranslator] = []
        self.language: str | None = None
        self.digits: Digits = "latn"

    def use(self, language: str, digits: Digits = "latn") -> bool:
        """Translate the windows built from now on into ``language`` ("en", "pt_PT", "ar") and
        write their numbers and dates in its locale, with ``digits`` in Arabic (the clinic's
        choice: "latn" Western, "arab" Arabic-Indic); False (and the English texts) if its
        catalogue is missing."""
        self._remove()
        use_window_locale(language, digits)
        found = self._install(self._folder, f"calcitrack_{language}.qm")
        self._install(self._folder, f"calcitrack_qt_{language}.qm")
        if language != "en":
            qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            self._install(qt_folder, f"qtbase_{language}.qm")
        if not found:
            log.warning("no catalogue for the window's language %s in %s", language, self._folder)
        direction = (
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        if isinstance(self._app, QGuiApplication):
            self._app.setLayoutDirection(direction)
        self.language = language
        self.digits = digits
        return found

    def _install(self, folder: Path, name: str) -> bool:
        path = folder / name
        if not path.is_file():
            return False
        translator = QTranslator(self._app)
        if not translator.load(str(path)):
            log.warning("the catalogue %s could not be read", path)
            return False
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)
        return True

    def _remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()

    def close(self) -> None:
        """Remove the translators (the texts are English again, and so are numbers, dates and
        the layout's direction: left to right)."""
        self._remove()
        use_window_locale("en")
        if isinstance(self._app, QGuiApplication):
            self._app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.language = None
        self.digits = "latn"
