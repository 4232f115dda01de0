"""Pages on paper and in PDFs: HTML laid out by Qt's text document, printed or written whole.

Imported when a page is printed or saved, not at start-up: Qt's print support and PDF writer
take PySide some 20 ms to set up, and nobody prints before the window has painted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from cqdesk.safe_write import write_atomically


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The standard print dialog: the person chooses a printer (or a PDF file) and pages."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class Page:
    """What to print: the HTML, the document's title, and whether it reads across (a table)."""

    html: str
    title: str
    landscape: bool = False


def printer_for(page: Page) -> QPrinter:
    """A high-resolution A4 printer for ``page``, across for a table, without Qt's margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if page.landscape else QPageLayout.Orientation.Portrait
    )
    # Qt's text layout keeps a margin of 2 cm on every side of its own.
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    printer.setCreator("cqdesk")
    return printer


def _document(page: Page) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(page.html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, page.title)
    return document


def print_page(page: Page, printer: QPrinter) -> None:
    """Lay out the page's HTML in pages and send it to ``printer``."""
    document = _document(page)
    printer.setDocName(page.title)
    document.print_(printer)


def pdf_bytes(page: Page) -> bytes:
    """``page`` as a PDF document, laid out as the printer would lay it out."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    printer = printer_for(page)
    writer.setPageLayout(printer.pageLayout())
    writer.setResolution(printer.resolution())
    writer.setCreator("cqdesk")
    writer.setTitle(page.title)
    _document(page).print_(writer)
    del writer  # the PDF is finished when its writer goes
    return buffer.data().data()


def write_pdf(page: Page, path: Path) -> None:
    """Write ``page`` as a PDF at ``path``, whole or not at all (OSError says why not): the
    same writer as every export, so a full disk leaves an older file of that name as it was
    (Qt's PDF printer reports no write errors: it would have left a truncated file)."""
    data = pdf_bytes(page)
    if not data.startswith(b"%PDF"):
        raise OSError(_tr("the PDF could not be made"))
    write_atomically(path, data)
