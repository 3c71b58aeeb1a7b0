"""Print a review pack (PDF bytes) on a QPrinter.

PySide6-Essentials has QtPrintSupport but not QtPdf, so Qt cannot draw a PDF page itself.
PDFium (pypdfium2: BSD-3-Clause / Apache-2.0, wheels for Windows, macOS and Linux) renders
each page to an image at the printer's resolution (capped at 300 dpi, which prints text
crisply), and the image is painted to fill the printer's page, keeping its proportions.
The PDF stays in memory: nothing is written to disk to print it.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300


class PrintFailed(RuntimeError):
    """The printer could not be opened; the message says so in plain words."""


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of `pdf` on `printer`; the number of pages printed."""
    document = pdfium.PdfDocument(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintFailed("The printer could not be opened.")
        dpi = min(MAX_DPI, max(72, printer.resolution()))
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        count = len(document)
        for index in range(count):
            if index:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()  # own the pixels before PDFium frees its buffer
            bitmap.close()
            page.close()
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
            painter.drawImage(target, image)
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()
