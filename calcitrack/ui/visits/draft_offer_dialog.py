"""The offer of unsaved visits kept as drafts: one, said in a sentence, or several, listed (oldest
first). Recover opens the chosen one; Later leaves them all kept (offered again at the next
sign-in, and when their patient is opened); Discard throws the chosen one away (the others stay
listed). Enter recovers, Escape is Later: no key press loses anything typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.ui.visit_form.draft_store import DraftInfo

_INFO = Qt.ItemDataRole.UserRole
_SENTENCE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class OfferedDraft:
    info: DraftInfo
    text: str
    """What the draft is, for a sentence: visit, patient, when started and last typed."""
    row: str
    """The same, patient first, for a row of the list."""


class DraftOfferDialog(QDialog):
    recover_chosen = Signal(object)
    """The ``DraftInfo`` to open (the dialog closes)."""
    discard_chosen = Signal(object)
    """The ``DraftInfo`` to throw away (the dialog stays while others are listed)."""

    def __init__(
        self,
        drafts: Sequence[OfferedDraft],
        *,
        single: str,
        several: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        """``single``: the sentence for one draft, ``{draft}`` standing for its text;
        ``several``: the line above the list, for the number of drafts listed."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unsaved visit(s)", "", len(drafts)))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._single = single
        self._several = several
        self.message_label = QLabel(wordWrap=True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setMinimumWidth(440)
        self.draft_list = QListWidget()
        self.draft_list.setAccessibleName(self.tr("Unsaved visits"))
        self.draft_list.setWordWrap(True)
        self.draft_list.setMinimumWidth(620)
        for draft in drafts:
            item = QListWidgetItem(draft.row)
            item.setData(_INFO, draft.info)
            item.setData(_SENTENCE, draft.text)
            self.draft_list.addItem(item)
        self.draft_list.setCurrentRow(0)
        self.draft_list.itemActivated.connect(lambda _item: self._on_recover_clicked())
        self.recover_button = QPushButton(self.tr("&Recover"))
        self.later_button = QPushButton(self.tr("&Later"))
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.recover_button.setToolTip(self.tr("Open the patient and the visit as it was typed"))
        self.later_button.setToolTip(
            self.tr("Keep it: offered again when you next sign in, or open its patient")
        )
        self.discard_button.setToolTip(
            self.tr("Throw away what was typed (it cannot be recovered)")
        )
        buttons = QDialogButtonBox()
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(self._on_recover_clicked)
        self.later_button.clicked.connect(self.reject)
        self.discard_button.clicked.connect(self._on_discard_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.draft_list)
        layout.addWidget(buttons)
        self._say()

    def offered(self) -> list[DraftInfo]:
        return [self.draft_list.item(i).data(_INFO) for i in range(self.draft_list.count())]

    def _chosen(self) -> QListWidgetItem | None:
        # currentItem() is None when no row is current (its stub leaves the None out).
        current: QListWidgetItem | None = self.draft_list.currentItem()
        return current if current is not None else self.draft_list.item(0)

    def _say(self) -> None:
        count = self.draft_list.count()
        if count == 1:
            sentence = self.draft_list.item(0).data(_SENTENCE)
            self.message_label.setText(self._single.format(draft=sentence))
            self.draft_list.hide()
        else:
            self.message_label.setText(self._several(count))
            self.draft_list.show()
        self._focus()
        self.adjustSize()

    def _focus(self) -> None:
        """The keyboard on the list (several) or on Recover (one): Enter recovers."""
        if self.draft_list.isHidden():
            self.recover_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.draft_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus()

    def _on_recover_clicked(self) -> None:
        item = self._chosen()
        if item is None or not self.isVisible():  # Enter in the list: activated, then default
            return
        self.accept()
        self.recover_chosen.emit(item.data(_INFO))

    def _on_discard_clicked(self) -> None:
        item = self._chosen()
        if item is None:
            return
        info = item.data(_INFO)
        self.draft_list.takeItem(self.draft_list.row(item))
        self.discard_chosen.emit(info)
        if self.draft_list.count() == 0:
            self.accept()
            return
        self.draft_list.setCurrentRow(0)
        self._say()
