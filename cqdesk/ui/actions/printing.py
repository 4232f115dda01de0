"""Print and PDF: the current view as a table, or the current fact with its quote and citation.

The pages are made and printed by ``print_pages``, imported at the first print or PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from cqdesk.export.printout import fact_printout, view_printout
from cqdesk.export.values import detail_in_chinese, in_chinese
from cqdesk.store.records import Sources
from cqdesk.text import language
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import readable
from cqdesk.ui import messages
from cqdesk.ui.actions.export_folder import ExportFolder
from cqdesk.ui.actions.view_export import PathChooser, ask_path
from cqdesk.ui.messages import write_outcome, write_reason
from cqdesk.ui.words import window_words

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from cqdesk.ui.actions.print_pages import Page

# ask_printer(parent, printer) -> whether to print (the print dialog; tests answer themselves).
PrinterChooser = Callable[[QWidget, "QPrinter"], bool]


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The standard print dialog: the person chooses a printer (or a PDF file) and pages."""
    from cqdesk.ui.actions import print_pages

    return print_pages.ask_printer(parent, printer)


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


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
        from cqdesk.ui.actions.print_pages import Page

        model, browser = self._table.model_, self._browser
        rows = browser.catalog.rows(model.query, model.sort_order)
        view = browser.names.status(model.query, len(rows), browser.total)
        if language.chinese():  # the page reads as the table does
            rows = [in_chinese(row) for row in rows]
        html = view_printout(rows, self._sources, self._title(), view, window_words())
        return Page(html, self._title(), landscape=True)  # seven columns read better across

    def fact_page(self) -> Page | None:
        """The current fact's page and title, or None when no fact is chosen."""
        from cqdesk.ui.actions.print_pages import Page

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
        from cqdesk.ui.actions.print_pages import print_page, printer_for

        printer = printer_for(page)
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
        from cqdesk.ui.actions.print_pages import write_pdf

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
