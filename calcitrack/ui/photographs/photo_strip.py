"""A lesion's photographs over time: the thumbnails oldest first, the visit date under each.
Arrow keys move, Enter (or a double click) opens the full image, Delete asks to delete the
photograph with a reason and hands both to the ``delete`` callable."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from calcitrack.domain.entities import LesionPhotograph
from calcitrack.ui.photographs.delete_photograph_dialog import DeletePhotographDialog
from calcitrack.ui.photographs.photo_pixmaps import (
    date_text,
    decode_pixmap,
    taken_order,
    title_text,
)
from calcitrack.ui.photographs.photo_viewer import PhotoViewerDialog

LoadImage = Callable[[int], bytes]
"""The full image of the photograph with this id (empty: not available)."""
DeletePhotograph = Callable[[LesionPhotograph, str], None]
"""Delete this photograph for this reason (the caller reloads the chart)."""

THUMBNAIL_SIDE = 128
_PHOTOGRAPH = Qt.ItemDataRole.UserRole

log = logging.getLogger(__name__)


def no_image(_photograph_id: int) -> bytes:
    return b""


def full_image(photograph: LesionPhotograph, load_image: LoadImage) -> bytes:
    """The photograph's full image: its own bytes when the chart carried them, else loaded
    (empty when loading failed: the caller shows the thumbnail and says so)."""
    if photograph.image or photograph.id is None:
        return photograph.image
    try:
        return load_image(photograph.id)
    except Exception as error:  # said "could not be read", never a traceback
        log.warning("loading photograph %s failed: %s", photograph.id, type(error).__name__)
        return b""


class PhotoStrip(QListWidget):
    def __init__(
        self,
        load_image: LoadImage = no_image,
        delete: DeletePhotograph | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_image = load_image
        self._delete = delete
        self.before_delete: Callable[[LesionPhotograph], bool] = lambda _photograph: True
        """Asked before the reason is: False when this photograph may not be deleted here (the
        caller has said why), so nobody types a reason for nothing."""
        self.viewer: PhotoViewerDialog | None = None
        self.delete_dialog: DeletePhotographDialog | None = None
        self.setAccessibleName(self.tr("Photographs of the lesion, oldest first"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        self.setGridSize(QSize(THUMBNAIL_SIDE + 48, THUMBNAIL_SIDE + 44))
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setEditTriggers(QListWidget.EditTrigger.NoEditTriggers)
        # the whole strip when there is room; on a small screen the splitter may squeeze it to
        # a scrolling band rather than raise the window's minimum height
        self.setMinimumHeight(THUMBNAIL_SIDE // 2 + 40)
        self.delete_action = QAction(self.tr("&Delete photograph…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.ask_to_delete)
        self.delete_action.setEnabled(delete is not None)
        open_action = QAction(self.tr("&Open photograph"), self)
        open_action.triggered.connect(self.open_current)
        self.addActions([open_action, self.delete_action])
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.activated.connect(lambda _index: self.open_current())

    def set_sources(self, load_image: LoadImage, delete: DeletePhotograph | None) -> None:
        """Where full images come from and how one is deleted (None: deleting is off)."""
        self._load_image = load_image
        self._delete = delete
        self.delete_action.setEnabled(delete is not None)

    def set_photographs(self, photographs: Sequence[LesionPhotograph]) -> None:
        """Show ``photographs`` (one lesion's) oldest first; the one selected before stays
        selected if it is still there, else the newest is."""
        kept = self.current_photograph()
        self.clear()
        ordered = sorted(photographs, key=taken_order)
        for photograph in ordered:
            item = QListWidgetItem(date_text(photograph))
            pixmap = decode_pixmap(photograph.thumbnail)
            icon = QIcon()
            if pixmap is not None:  # the selected one drawn as it is, not tinted
                icon.addPixmap(pixmap, QIcon.Mode.Normal)
                icon.addPixmap(pixmap, QIcon.Mode.Selected)
            item.setIcon(icon)
            item.setData(_PHOTOGRAPH, photograph)
            item.setToolTip(
                title_text(photograph)
                + (f"\n{photograph.caption}" if photograph.caption else "")
                + ("" if pixmap is not None else "\n" + self.tr("No thumbnail"))
            )
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        rows = [i for i, p in enumerate(ordered) if kept is not None and p.id == kept.id]
        if self.count():
            self.setCurrentRow(rows[0] if rows else self.count() - 1)

    def photographs(self) -> list[LesionPhotograph]:
        return [self.item(row).data(_PHOTOGRAPH) for row in range(self.count())]

    def current_photograph(self) -> LesionPhotograph | None:
        row = self.currentRow()
        return self.item(row).data(_PHOTOGRAPH) if 0 <= row < self.count() else None

    def open_current(self) -> PhotoViewerDialog | None:
        """Show the selected photograph's full image (``viewer``)."""
        photograph = self.current_photograph()
        if photograph is None:
            return None
        self.viewer = PhotoViewerDialog(
            photograph, full_image(photograph, self._load_image), self
        )
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.finished.connect(lambda _result: setattr(self, "viewer", None))
        self.viewer.open()
        return self.viewer

    def ask_to_delete(self) -> DeletePhotographDialog | None:
        """Ask why the selected photograph is to be deleted (``delete_dialog``); the answer goes
        to the ``delete`` callable."""
        photograph = self.current_photograph()
        if photograph is None or self._delete is None or not self.before_delete(photograph):
            return None
        self.delete_dialog = DeletePhotographDialog(photograph, self)
        self.delete_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.delete_dialog.delete_confirmed.connect(self._on_delete_confirmed)
        self.delete_dialog.finished.connect(
            lambda _result: setattr(self, "delete_dialog", None)
        )
        self.delete_dialog.open()
        return self.delete_dialog

    def _on_delete_confirmed(self, photograph: LesionPhotograph, reason: str) -> None:
        if self._delete is not None:
            self._delete(photograph, reason)
