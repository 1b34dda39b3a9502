"""Attaching photographs: files chosen or dropped, listed with name and size, a refused one with
its reason (a 200 MB file by its size, never read); Enter attaches the good ones; a refusal of
the attach callable is said naming the field, the cursor back there. Keyboard only."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pillow_heif
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.domain.errors import DomainValidationError
from calcitrack.ui.photographs.attach_dialog import AttachPhotographsDialog
from tests.ui.photographs.images import drawn, write

ALT = Qt.KeyboardModifier.AltModifier
MAX_BYTES = 20_000_000
LESIONS = ("R hip", "L hip", "R thigh")


class Recorder:
    """The injected callables: ``check`` (Pillow must read it) and ``attach`` (recorded; raises
    what ``refuse`` gives for the n-th call)."""

    def __init__(self) -> None:
        self.checked: list[int] = []
        self.attached: list[tuple[str, bytes, str | None]] = []
        self.refuse: dict[int, Exception] = {}

    def check(self, data: bytes) -> str | None:
        self.checked.append(len(data))
        try:
            with Image.open(io.BytesIO(data)) as image:
                image.verify()
        except Exception:  # the test's own check, as the service's would refuse it
            return "not an image that can be read"
        return None

    def attach(self, label: str, data: bytes, caption: str | None) -> object:
        refusal = self.refuse.get(len(self.attached))
        if refusal is not None:
            raise refusal
        self.attached.append((label, data, caption))
        return None


@pytest.fixture
def recorder() -> Recorder:
    pillow_heif.register_heif_opener()
    return Recorder()


def heic(size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "#b07060").save(buffer, format="HEIF")
    return buffer.getvalue()


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as f:
        f.truncate(size)  # no real allocation
    return path


def make_dialog(
    qtbot: QtBot, recorder: Recorder, choose: Callable[[QWidget], list[str]] | None = None
) -> AttachPhotographsDialog:
    dialog = AttachPhotographsDialog(
        LESIONS,
        recorder.attach,
        recorder.check,
        MAX_BYTES,
        lesion_label="R thigh",
        visit_text="the visit of 2026-09-14",
        choose_files=choose or (lambda _parent: []),
    )
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
        dialog.activateWindow()
    return dialog


def drop(dialog: QWidget, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = dialog.rect().center()
    enter = QDragEnterEvent(
        centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(QPoint(centre)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(dialog, event)
    return event


def rows(dialog: AttachPhotographsDialog) -> list[str]:
    return [dialog.file_list.item(r).text() for r in range(dialog.file_list.count())]


def test_files_chosen_are_listed_and_enter_attaches_them_with_lesion_and_caption(
    qtbot: QtBot, recorder: Recorder, tmp_path: Path
) -> None:
    jpeg = write(tmp_path / "thigh.jpg", drawn(1600, 1200))
    png = write(tmp_path / "thigh-close.png", drawn(640, 480, fmt="PNG"))
    dialog = make_dialog(qtbot, recorder, lambda _parent: [str(jpeg), str(png)])
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)  # &Add files… (clicked a moment later)
        qtbot.waitUntil(lambda: len(rows(dialog)) == 2)
        kb = f"{jpeg.stat().st_size / 1000:.0f} KB"
        assert rows(dialog)[0] == f"thigh.jpg — {kb}"
        assert rows(dialog)[1].startswith("thigh-close.png — ")
        assert dialog.attach_button.text() == "A&ttach 2"

        qtbot.keyClick(dialog, Qt.Key.Key_L, ALT)  # &Lesion
        assert dialog.lesion_combo.hasFocus()
        qtbot.keyClick(dialog.lesion_combo, Qt.Key.Key_Up)  # R thigh → L hip
        qtbot.keyClick(dialog, Qt.Key.Key_C, ALT)  # &Caption
        assert dialog.caption_edit.hasFocus()
        qtbot.keyClicks(dialog.caption_edit, "after debridement")
        with qtbot.waitSignal(dialog.photographs_attached) as attached:
            qtbot.keyClick(dialog.caption_edit, Qt.Key.Key_Return)
    assert attached.args == [2]
    assert recorder.attached == [
        ("L hip", jpeg.read_bytes(), "after debridement"),
        ("L hip", png.read_bytes(), "after debridement"),
    ]
    assert not dialog.isVisible()


def test_dropped_files_are_listed_and_a_200_mb_file_is_refused_unread(
    qtbot: QtBot, recorder: Recorder, tmp_path: Path
) -> None:
    phone = write(tmp_path / "IMG_0042.HEIC", heic((800, 600)))
    jpeg = write(tmp_path / "hip.jpeg", drawn(800, 600))
    huge = sparse(tmp_path / "huge.jpg", 200 * 1024 * 1024)
    dialog = make_dialog(qtbot, recorder)

    tracemalloc.start()
    try:
        event = drop(dialog, [phone, huge, jpeg])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert event.isAccepted()
    assert peak < 20_000_000  # the 200 MB file was never read into memory
    listed = rows(dialog)
    assert listed[0].startswith("IMG_0042.HEIC — ") and "not attached" not in listed[0]
    assert listed[1] == (
        "huge.jpg — 209.7 MB — not attached: larger than the limit of 20.0 MB"
    )
    assert sorted(recorder.checked) == sorted([len(phone.read_bytes()), len(jpeg.read_bytes())])

    qtbot.keyClick(dialog.file_list, Qt.Key.Key_Return)  # Enter from the list attaches too
    assert [data for _, data, _ in recorder.attached] == [phone.read_bytes(), jpeg.read_bytes()]
    assert all(label == "R thigh" and caption is None for label, _, caption in recorder.attached)


def test_an_unreadable_file_is_listed_with_the_reason_and_nothing_is_attached(
    qtbot: QtBot, recorder: Recorder, tmp_path: Path
) -> None:
    broken = write(tmp_path / "broken.jpg", b"\xff\xd8\xff not really a JPEG")
    empty = write(tmp_path / "empty.png", b"")
    dialog = make_dialog(qtbot, recorder)
    drop(dialog, [broken, empty, tmp_path / "gone.jpg"])
    listed = rows(dialog)
    assert listed[0].endswith("not attached: not an image that can be read")
    assert listed[1].endswith("not attached: the file is empty")
    assert listed[2].startswith("gone.jpg — cannot be read")
    assert not dialog.attach_button.isEnabled()
    qtbot.keyClick(dialog.file_list, Qt.Key.Key_Return)
    assert recorder.attached == [] and dialog.isVisible()

    qtbot.keyClick(dialog.file_list, Qt.Key.Key_Delete)  # the refused ones can be taken away
    assert len(rows(dialog)) == 2


def test_a_refusal_is_said_naming_the_field_and_the_cursor_goes_back_there(
    qtbot: QtBot, recorder: Recorder, tmp_path: Path
) -> None:
    first = write(tmp_path / "a.jpg", drawn(400, 300))
    second = write(tmp_path / "b.jpg", drawn(400, 300, colour="#905050"))
    recorder.refuse[1] = DomainValidationError("caption", "at most 200 characters")
    dialog = make_dialog(qtbot, recorder)
    drop(dialog, [first, second])
    qtbot.keyClick(dialog, Qt.Key.Key_C, ALT)
    qtbot.keyClicks(dialog.caption_edit, "x" * 250)
    with qtbot.waitSignal(dialog.photographs_attached) as attached:
        qtbot.keyClick(dialog.caption_edit, Qt.Key.Key_Return)
    assert attached.args == [1]
    assert dialog.isVisible()
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == (
        "Caption: at most 200 characters — b.jpg was not attached. (1 attached before it.)"
    )
    assert dialog.caption_edit.hasFocus()
    assert [data for _, data, _ in recorder.attached] == [first.read_bytes()]
    assert rows(dialog) == [f"b.jpg — {second.stat().st_size / 1000:.0f} KB"]  # left to retry

    recorder.refuse.clear()
    dialog.caption_edit.selectAll()
    qtbot.keyClicks(dialog.caption_edit, "ulcer edge")
    qtbot.keyClick(dialog.caption_edit, Qt.Key.Key_Return)
    assert recorder.attached[-1] == ("R thigh", second.read_bytes(), "ulcer edge")
    assert not dialog.isVisible()


def test_every_field_and_button_has_its_own_access_key(
    qtbot: QtBot, recorder: Recorder
) -> None:
    dialog = make_dialog(qtbot, recorder)
    keys: list[str] = []
    for widget in dialog.findChildren(QWidget):
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or (isinstance(widget, QAbstractButton) and widget.text() != "Cancel"):
            keys.append(QKeySequence.mnemonic(widget.text()).toString())  # (Cancel: Esc)
    assert "" not in keys
    assert len(keys) == len(set(keys)) == 6  # files, add, remove, lesion, caption, attach
