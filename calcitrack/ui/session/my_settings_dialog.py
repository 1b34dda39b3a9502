"""Change my settings: the signed-in user's own choices, today the language of her windows.

The languages listed are those offered (``calcitrack.i18n.languages.offered``: their catalogues
are complete), each by its own name, after "System language (…)", which follows the operating
system's languages and names the one it gives now. A new language takes effect at her next
sign-in: the windows already open keep theirs (a window's texts are set when it is built).

Keyboard first: the language list has the focus, the arrow keys choose, Enter saves, Escape
cancels; Alt+A goes on to Change password (Alt+P would open the
main window's Patient menu behind it).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from calcitrack.domain.entities import User
from calcitrack.i18n.languages import SYSTEM, Language, offered, resolve
from calcitrack.ui.session.account_form import AccountDialogFrame, busy_cursor
from calcitrack.ui.session.account_protocols import OwnSettings

LANGUAGE = "language"
"""The field as the service names it."""


def language_choices(system_languages: Sequence[str]) -> list[tuple[str, Language | None]]:
    """What the list offers, in its order: the system's language (None: "System language", with
    the language it gives now), then each language offered, by its own name."""
    return [
        (resolve(SYSTEM, system_languages).native_name, None),
        *((language.native_name, language) for language in Language if language in offered()),
    ]


class MySettingsDialog(QDialog):
    language_saved = Signal(str)
    """The preference stored ("system", "en", "pt_PT", "ar"): it applies at the next sign-in."""
    password_change_requested = Signal()
    """Change password…: the dialog closes, the session opens the password's."""

    def __init__(
        self,
        settings: OwnSettings,
        user: User,
        parent: QWidget | None = None,
        *,
        system_languages: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._user = user
        frame = AccountDialogFrame(
            self,
            title=self.tr("Change my settings"),
            intro=self.tr("The settings of {name} ({username}).").format(
                name=user.display_name, username=user.username
            ),
            width=460,
        )
        languages = QLocale.system().uiLanguages() if system_languages is None else system_languages
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language"))
        # the longest choice must not squeeze the field's caption: the list opens full width
        self.language_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.language_combo.setMinimumContentsLength(24)
        for name, language in language_choices(languages):
            if language is None:
                shown = self.tr("System language ({language})").format(language=name)
            elif language.reviewed:
                shown = name
            else:  # a clinic should know before relying on it (docs/translation-glossary.md)
                shown = self.tr("{language} (draft translation, not yet reviewed)").format(
                    language=name
                )
            self.language_combo.addItem(shown, SYSTEM if language is None else language.code)
        self.message_label, self.form, self.buttons = frame.message_label, frame.form, frame.buttons
        self.language_row = self.form.add(
            LANGUAGE, self.tr("Language"), self.language_combo,
            self.tr("A new language takes effect at your next sign-in; the windows open now keep "
                    "theirs."),
        )  # fmt: skip
        caption = frame.form_layout.labelForField(self.language_row)
        if isinstance(caption, QLabel):  # with its access key: Alt+L
            caption.setText(self.tr("&Language:"))
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.password_button = self.buttons.addButton(
            self.tr("Ch&ange password…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.password_button.clicked.connect(self._on_password_clicked)
        self.stored = settings.language()
        """The preference as stored when the dialog opened."""
        self.select(self.stored)
        self.language_combo.setFocus()

    def select(self, preference: str) -> None:
        """Show ``preference`` chosen ("System language" if it is not offered now)."""
        row = self.language_combo.findData(preference)
        self.language_combo.setCurrentIndex(max(row, 0))

    def chosen(self) -> str:
        return str(self.language_combo.currentData())

    def _on_save_clicked(self) -> None:
        preference = self.chosen()
        if preference != self.stored:
            try:
                with busy_cursor():
                    preference = self._settings.set_language(self._user.username, preference)
            except Exception as error:
                self.form.show_error(error, self.tr("The settings were not saved"))
                return
            self.stored = preference
            self.language_saved.emit(preference)
        self.form.clear()
        self.accept()

    def _on_password_clicked(self) -> None:
        self.password_change_requested.emit()
        self.reject()
