"""The language of the windows built from a sign-in on: the account's preference, else the system's.

At each sign-in, before the main window is built, the signed-in user's preference ("system",
"en", "pt_PT", "ar": Change my settings) is resolved against the languages offered
(``calcitrack.i18n.languages.offered``: a preference for a language whose translation is not
complete, or no longer is, follows the system instead) and goes to both catalogues: the window's
(``WindowLanguage``: CalciTrack's and Qt's translators, the layout's direction) and gettext's
(``calcitrack.i18n.catalogue.activate``: the domain's texts, the PDF).

The windows built before keep the texts they were given (a window's texts are set when it is
built): after switching user, the next user's language applies to her main window and every
window opened from it; the sign-in dialog in between is shown in the system's language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale

from calcitrack.i18n import catalogue
from calcitrack.i18n.digits import Digits
from calcitrack.i18n.languages import SYSTEM, Language, UnknownLanguage, offered, resolve
from calcitrack.ui.common.window_language import WindowLanguage

log = logging.getLogger(__name__)


def user_language(preference: str, system_languages: Sequence[str]) -> Language:
    """The language a user with ``preference`` gets: her language if it is offered, otherwise
    (and for "system") the first of ``system_languages`` offered, English if none is."""
    try:
        chosen = resolve(preference, system_languages)
    except UnknownLanguage:
        log.warning("an unknown language preference: the system's language is used")
        chosen = resolve(SYSTEM, system_languages)
    return chosen if chosen in offered() else resolve(SYSTEM, system_languages)


class SessionLanguage:
    """Applies a preference to the windows built from now on and to gettext's texts."""

    def __init__(
        self,
        window: WindowLanguage | None,
        system_languages: Callable[[], Sequence[str]] = lambda: QLocale.system().uiLanguages(),
    ) -> None:
        self.window = window
        """None: the window's translators are left as they are (gettext's language still set)."""
        self._system_languages = system_languages
        self.language: Language | None = None
        """The language applied last."""

    def apply(self, preference: str, digits: Digits | None = None) -> Language:
        """``preference`` resolved (``user_language``), installed for the windows built from now
        on and activated for gettext, with the clinic's ``digits`` for Arabic (None: those in
        use are kept); the language applied."""
        language = user_language(preference, self._system_languages())
        digits = catalogue.current_digits() if digits is None else digits
        if self.window is not None and (
            self.window.language != language.code or self.window.digits != digits
        ):
            self.window.use(language.code, digits)
        catalogue.activate(language, digits)
        self.language = language
        return language
