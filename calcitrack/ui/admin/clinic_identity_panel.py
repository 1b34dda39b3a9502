"""The "Clinic" section of the clinic settings dialog: the clinic's name and logo, printed at the
top of every PDF visit summary.

The logo comes from a file the admin chooses (PNG or JPEG, up to ``LOGO_MAX_BYTES``); a file that
is too large, is not such an image, or cannot be read is refused at once with the reason
(``logo_refused``), and the logo shown stays as it was. Nothing is saved here: the dialog reads
``name()`` and ``logo()`` on Save.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.clinic.clinic_identity import (
    LOGO_MAX_BYTES,
    NAME_MAX,
    ClinicIdentity,
    check_logo,
    logo_format,
    logo_size_problem,
    tidy_name,
)
from calcitrack.domain.errors import Problem
from calcitrack.ui.common import field_marks

NAME_FIELD = "clinic.name"
LOGO_FIELD = "clinic.logo"
FIELD_LABELS = {
    NAME_FIELD: str(QT_TRANSLATE_NOOP("ClinicIdentityPanel", "Clinic name")),
    LOGO_FIELD: str(QT_TRANSLATE_NOOP("ClinicIdentityPanel", "Logo")),
}
"""The fields' names in English (shown translated: ``field_label``)."""
LOGO_MAX_SIDE_PX = 4000
"""A larger picture is refused: decoding it would take hundreds of megabytes for a small header."""
PREVIEW_SIZE = QSize(176, 64)
STYLE = """
QLineEdit[invalid="true"] { border: 2px solid #c62828; border-radius: 3px;
                            background-color: #fdecea; }
QLabel#logo_preview { border: 1px solid #c4c7cc; background-color: white; color: #5f6368; }
QLabel#logo_preview[invalid="true"] { border: 2px solid #c62828; }
"""

FileChooser = Callable[[QWidget], str | None]
"""Asks for the logo file (the dialog's parent given); None when the admin cancels."""


def field_label(field: str) -> str:
    """The name of a field of the panel (``NAME_FIELD``, ``LOGO_FIELD``) as the admin reads it."""
    return QCoreApplication.translate("ClinicIdentityPanel", FIELD_LABELS[field])


def choose_logo_file(parent: QWidget) -> str | None:
    """The file dialog (never opened by the tests, which inject their own chooser)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ClinicIdentityPanel", "Choose the clinic's logo"),
        folder,
        QCoreApplication.translate(
            "ClinicIdentityPanel", "PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)"
        ),
    )
    return path or None


def read_logo(path: str | Path) -> bytes | Problem:
    """The bytes of a logo file, or the problem with it (naming the file and the reason)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        too_large = logo_size_problem(size)
        if too_large is not None:  # refused before reading a large file
            return _about_file(path, too_large)
        data = path.read_bytes()
    except OSError as error:
        return Problem(LOGO_FIELD, QCoreApplication.translate(
            "ClinicIdentityPanel", "the file {file} could not be read: {reason}"
        ).format(file=path.name, reason=error.strerror or error))
    if problems := check_logo(data):
        return _about_file(path, problems[0])
    fmt = logo_format(data)
    buffer = _buffer(data)  # referenced while the reader reads it (a collected one crashes)
    pixels = QImageReader(buffer, (fmt or "").lower().encode()).size()
    width, height = pixels.width(), pixels.height()
    buffer.close()
    if width > LOGO_MAX_SIDE_PX or height > LOGO_MAX_SIDE_PX:
        return Problem(LOGO_FIELD, QCoreApplication.translate(
            "ClinicIdentityPanel",
            "the file {file} is {width} × {height} pixels; a logo may be at most {most} pixels "
            "on a side",
        ).format(file=path.name, width=width, height=height, most=LOGO_MAX_SIDE_PX))
    if _image(data).isNull():
        return Problem(LOGO_FIELD, QCoreApplication.translate(
            "ClinicIdentityPanel",
            "the file {file} is damaged: it cannot be read as a {format} image",
        ).format(file=path.name, format=fmt))
    return data


def _about_file(path: Path, problem: Problem) -> Problem:
    return Problem(problem.field, QCoreApplication.translate(
        "ClinicIdentityPanel", "the file {file} {reason}"
    ).format(file=path.name, reason=problem.reason))


def _buffer(data: bytes) -> QBuffer:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def _image(data: bytes) -> QImage:
    image = QImage()
    fmt = logo_format(data)
    if fmt is not None:
        image.loadFromData(data, fmt)
    return image


class ClinicIdentityPanel(QGroupBox):
    logo_refused = Signal(object)
    """A chosen file was not taken as the logo: the Problem says which file and why."""
    logo_changed = Signal()
    """A logo was taken from a file, or removed."""

    def __init__(
        self,
        identity: ClinicIdentity,
        choose_file: FileChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Clinic"))
        self.setStyleSheet(STYLE)
        self._choose_file = choose_file or choose_logo_file
        # A clinic that has not named itself sees the default name in the window's language, and
        # a save writes the name as shown (the stored name, once saved, is never translated).
        self._stored = (identity.shown_name, identity.logo)
        self._logo = identity.logo

        self.name_edit = QLineEdit(identity.shown_name)
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setPlaceholderText(ClinicIdentity().shown_name)
        self.name_edit.setAccessibleName(field_label(NAME_FIELD))
        self.name_edit.textEdited.connect(self._on_name_edited)
        name_label = QLabel(self.tr("Clinic &name"))
        name_label.setBuddy(self.name_edit)

        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(PREVIEW_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setAccessibleName(field_label(LOGO_FIELD))
        self.choose_button = QPushButton(self.tr("Choose &logo…"))
        self.choose_button.setToolTip(self.tr("Take the logo from a PNG or JPEG file"))
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.remove_button = QPushButton(self.tr("Re&move logo"))
        self.remove_button.setToolTip(self.tr("Print the summaries without a logo (saved on Save)"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        for button in (self.choose_button, self.remove_button):
            button.setAutoDefault(False)  # Enter saves the dialog; Space presses the button
        logo_label = QLabel(self.tr("Logo"))
        logo_label.setBuddy(self.choose_button)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "PNG or JPEG, up to {size} kB. The name and logo head every PDF visit summary."
            ).format(size=LOGO_MAX_BYTES // 1000),
            wordWrap=True,
        )
        hint.setStyleSheet("color: #5f6368;")

        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.name_edit, 0, 1, 1, 3)
        grid.addWidget(logo_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.logo_preview, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(buttons, 1, 2)
        grid.addWidget(hint, 1, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(3, 1)
        self._show_logo()

    # ---------------------------------------------------------------- values

    def name(self) -> str:
        return self.name_edit.text()

    def logo(self) -> bytes | None:
        return self._logo

    def changed(self) -> bool:
        """Whether the name (as it would be stored) or the logo differ from the stored ones."""
        name, logo = self._stored
        return (tidy_name(self.name()), self._logo) != (name, logo)

    def mark_saved(self, identity: ClinicIdentity) -> None:
        """What was stored now: later changes are measured from it."""
        self._stored = (identity.shown_name, identity.logo)

    def focus_order(self) -> list[QWidget]:
        return [self.name_edit, self.choose_button, self.remove_button]

    # ---------------------------------------------------------------- the logo

    def load_logo(self, path: str | Path) -> bool:
        """Take the logo from the file at ``path``; a bad file is refused (``logo_refused``)."""
        read = read_logo(path)
        if isinstance(read, Problem):
            self.mark(read)
            self.logo_refused.emit(read)
            return False
        self.set_logo(read)
        return True

    def set_logo(self, logo: bytes | None) -> None:
        self._logo = logo
        self.clear_mark(LOGO_FIELD)
        self._show_logo()
        self.logo_changed.emit()

    def _show_logo(self) -> None:
        self.remove_button.setEnabled(self._logo is not None)
        if self._logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_preview.setToolTip("")
            return
        image = _image(self._logo)
        if image.isNull():  # stored by another program, or damaged: say so, keep it
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("Logo cannot be shown"))
            return
        room = PREVIEW_SIZE - QSize(12, 12)  # inside the frame, with a little white around
        scaled = image.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        self.logo_preview.setPixmap(QPixmap.fromImage(scaled))
        self.logo_preview.setToolTip(
            self.tr("{width} × {height} pixels, {size} kB").format(
                width=image.width(), height=image.height(), size=f"{len(self._logo) / 1000:.0f}"
            )
        )

    # ---------------------------------------------------------------- marks

    def mark(self, problem: Problem) -> QWidget | None:
        """Mark the widget of a ``clinic.*`` problem; None for a problem that is not ours."""
        widget = self._widget(problem.field)
        if widget is None:
            return None
        field_marks.mark(widget, problem.reason)
        return self.name_edit if widget is self.name_edit else self.choose_button

    def clear_mark(self, field: str) -> None:
        widget = self._widget(field)
        if widget is not None:
            field_marks.clear(widget)

    def clear_marks(self) -> None:
        for field in FIELD_LABELS:
            self.clear_mark(field)

    def is_marked(self) -> bool:
        return any(field_marks.is_marked(w) for w in (self.name_edit, self.logo_preview))

    def _widget(self, field: str) -> QWidget | None:
        return {NAME_FIELD: self.name_edit, LOGO_FIELD: self.logo_preview}.get(field)

    # ---------------------------------------------------------------- slots

    def _on_name_edited(self, _text: str) -> None:
        self.clear_mark(NAME_FIELD)

    def _on_choose_clicked(self) -> None:
        path = self._choose_file(self.window())
        if path:
            self.load_logo(path)

    def _on_remove_clicked(self) -> None:
        self.set_logo(None)
        self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)  # the button went grey
