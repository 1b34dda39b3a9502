"""Printing a visit summary through the system's print dialog.

Qt's own PDF module is not part of PySide6-Essentials, so the summary's pages are rendered with
PDFium (pypdfium2) at the printer's resolution (at most 300 dpi) and painted on the QPrinter, each
page scaled to the printable area without distortion. Rendering is done off the GUI thread
(:func:`render_pages`: QImage, unlike QPixmap, may be made on any thread); painting on the printer
happens on the GUI thread (:func:`print_pages`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

MAX_DPI = 300


def render_pages(pdf: bytes, dpi: int, pages: range | None = None) -> list[QImage]:
    """The PDF's pages (0-based ``pages``; default all) as RGB images at ``dpi``."""
    import pypdfium2  # 60 ms: loaded when the first summary is printed, not at start-up

    dpi = max(72, min(dpi, MAX_DPI))
    document = pypdfium2.PdfDocument(pdf)
    try:
        chosen = pages if pages is not None else range(len(document))
        images = []
        for index in chosen:
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()  # own the pixels before PDFium frees its bitmap
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            images.append(image)
            bitmap.close()
            page.close()
        return images
    finally:
        document.close()


def page_count(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def chosen_pages(printer: QPrinter, total: int) -> range:
    """The pages the user chose in the print dialog (0-based), all of them by default."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(total)
    return range(min(first, total) - 1, min(last, total))


def print_pages(printer: QPrinter, images: list[QImage]) -> None:
    """Paint each image on its own sheet, centred and scaled to the printable area."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            QCoreApplication.translate("SummaryPrinting", "the printer could not be started")
        )
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                area.x() + (area.width() - size.width()) // 2,
                area.y() + (area.height() - size.height()) // 2,
                size.width(),
                size.height(),
            )
            painter.drawImage(target, image)
    finally:
        painter.end()


def ask_printer(printer: QPrinter, parent: QWidget, pages: int) -> bool:
    """The system print dialog; True when the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("SummaryPrinting", "Print visit summary"))
    dialog.setMinMax(1, max(1, pages))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def printer_dpi(printer: QPrinter) -> int:
    return min(printer.resolution(), MAX_DPI)


