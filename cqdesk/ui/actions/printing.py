"""Print and PDF: the current view as a table, or the current fact with its quote and citation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QObject
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from cqdesk.export.printout import fact_printout, view_printout
from cqdesk.export.values import detail_in_chinese, in_chinese
from cqdesk.safe_write import write_atomically
from cqdesk.store.records import Sources
from cqdesk.text import language
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import readable
from cqdesk.ui import messages
from cqdesk.ui.actions.export_folder import ExportFolder
from cqdesk.ui.actions.view_export import PathChooser, ask_path
from cqdesk.ui.messages import write_outcome, write_reason
from cqdesk.ui.words import window_words

# ask_printer(parent, printer) -> whether to print (the print dialog; tests answer themselves).
PrinterChooser = Callable[[QWidget, QPrinter], bool]


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


def _printer(page: Page) -> QPrinter:
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
    printer = _printer(page)
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


class PrintController(QObject):
    """Runs the Print and PDF actions for the current view and the current fact."""

    def __init__(
        self,
        browser,
        table,
        sources: Sources,
        actions,
        parent: QWidget,
        folder: ExportFolder | None = None,
        choose: PathChooser = ask_path,
        choose_printer: PrinterChooser = ask_printer,
    ) -> None:
        super().__init__(parent)
        self._browser, self._table, self._sources, self._window = browser, table, sources, parent
        self.folder = folder if folder is not None else ExportFolder()
        self.choose, self.choose_printer = choose, choose_printer
        actions.print_view.triggered.connect(lambda: self.print_(self.view_page()))
        actions.print_fact.triggered.connect(lambda: self.print_(self.fact_page()))
        actions.pdf_view.triggered.connect(lambda: self.save_pdf(self.view_page(), "view"))
        actions.pdf_fact.triggered.connect(lambda: self.save_pdf(self.fact_page(), "fact"))
        self._fact_actions = (actions.print_fact, actions.pdf_fact)
        browser.currentFactChanged.connect(self._enable_fact_actions)
        self._enable_fact_actions(browser.current_fact)

    def _enable_fact_actions(self, fact_id: str | None) -> None:
        for action in self._fact_actions:
            action.setEnabled(fact_id is not None)

    def _title(self) -> str:
        return fill(_tr("cqdesk — %1"), self._sources.report.title)

    def view_page(self) -> Page:
        """The current view (filters and sort as the table shows them) and its title."""
        model, browser = self._table.model_, self._browser
        rows = browser.catalog.rows(model.query, model.sort_order)
        view = browser.names.status(model.query, len(rows), browser.total)
        if language.chinese():  # the page reads as the table does
            rows = [in_chinese(row) for row in rows]
        html = view_printout(rows, self._sources, self._title(), view, window_words())
        return Page(html, self._title(), landscape=True)  # seven columns read better across

    def fact_page(self) -> Page | None:
        """The current fact's page and title, or None when no fact is chosen."""
        fact_id = self._browser.current_fact
        detail = self._browser.detail(fact_id) if fact_id else None
        if detail is None:
            return None
        if language.chinese():  # as the detail pane shows it; the quote as printed
            detail = detail_in_chinese(detail)
        html = fact_printout(detail, self._sources, self._title(), window_words())
        return Page(html, detail.row.label)

    def print_(self, page: Page | None) -> bool:
        """Ask for a printer and print ``page``; False when cancelled or there is nothing."""
        if page is None:
            return False
        printer = _printer(page)
        if not self.choose_printer(self._window, printer):
            return False
        print_page(page, printer)
        self._browser.message.emit(fill(_tr("Sent “%1” to the printer."), page.title))
        return True

    def save_pdf(self, page: Page | None, what: str) -> bool:
        """Ask for a file and write ``page`` to it as a PDF; False when cancelled or not written."""
        if page is None:
            return False
        suggested = "cqdesk-view.pdf" if what == "view" else "cqdesk-fact.pdf"
        chosen = self.choose(
            self._window,
            _tr("Save as PDF"),
            str(self.folder.path() / suggested),
            _tr("PDF files (*.pdf);;All files (*)"),
        )
        if not chosen:
            return False
        path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".pdf")
        try:
            write_pdf(page, path)
        except OSError as error:
            messages.warn(
                self._window,
                _tr("PDF not saved"),
                fill(
                    _tr("Could not write “%1”: %2.\n\nNothing was saved. %3"),
                    readable(str(path)),
                    write_reason(error),
                    write_outcome(error),
                ),
            )
            return False
        self.folder.remember(path)
        self._browser.message.emit(fill(_tr("Saved “%1” as a PDF, %2"), page.title, str(path)))
        return True
