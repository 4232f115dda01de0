"""The copy actions: what each copies from the table's selection or the current fact, and what it says."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from cqdesk.export import as_printed, number
from cqdesk.export.tables import HTML_DOCUMENT_END, HTML_DOCUMENT_START, TableText
from cqdesk.export.values import in_chinese
from cqdesk.store.records import FactRow, Sources
from cqdesk.text import language
from cqdesk.text.formatting import fill
from cqdesk.ui import messages
from cqdesk.ui.actions import clipboard
from cqdesk.ui.actions.background import BackgroundJob
from cqdesk.ui.actions.clipboard import Packed, PackedText
from cqdesk.ui.actions.window_actions import Actions
from cqdesk.ui.panes.fact_table import FactTable
from cqdesk.ui.window.browser import Browser
from cqdesk.ui.words import window_words

# A selection larger than this is copied off the GUI thread, with a progress bar and Cancel.
BACKGROUND_ROWS = 5_000
COPY_CHUNK = 2_000  # rows read, rendered and let go at a time (a step of the progress bar)


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def _facts(rows: list[FactRow]) -> str:
    """“Online sales” for one row, “3 facts” for several."""
    if len(rows) == 1:
        return f"\u201c{rows[0].label}\u201d"
    return fill(_tr("%1 facts"), str(len(rows)))


class CopyController(QObject):
    """Runs the copy actions over the table's selected rows and the browser's current fact.

    Each copy says in the status bar (the browser's ``message``) what it put on the clipboard.
    """

    def __init__(
        self, browser: Browser, table: FactTable, sources: Sources, actions: Actions, parent=None
    ) -> None:
        super().__init__(parent)
        self._browser, self._table, self._sources, self._actions = browser, table, sources, actions
        actions.copy.triggered.connect(self.copy_rows)
        actions.copy_number.triggered.connect(self.copy_numbers)
        actions.copy_as_printed.triggered.connect(self.copy_as_printed)
        actions.copy_citation.triggered.connect(self.copy_citation)
        actions.copy_markdown.triggered.connect(self.copy_markdown)
        table.selectionModel().selectionChanged.connect(self.update_actions)
        # A reset clears the selection without a selectionChanged signal.
        table.model_.modelReset.connect(self.update_actions)
        browser.currentFactChanged.connect(self.update_actions)
        self.update_actions()

    def update_actions(self, *_args) -> None:
        """Enable what the selection allows; a lone statement has no number to copy."""
        spans = self._table.selection_spans()
        selected = sum(count for _, count in spans)
        lone = self._table.model_.fact_row(spans[0][0]) if selected == 1 else None
        has_value = lone is None or lone.value is not None
        for action in (self._actions.copy, self._actions.copy_markdown):
            action.setEnabled(selected > 0)
        self._actions.copy_number.setEnabled(selected > 0 and has_value)
        self._actions.copy_as_printed.setEnabled(selected > 0 and has_value)
        self._actions.copy_citation.setEnabled(self._browser.current_fact is not None)

    def _say(self, text: str) -> None:
        self._browser.message.emit(text)

    def _selection(self) -> list[FactRow]:
        rows = self._table.selected_fact_rows()
        if not rows:
            self._say(_tr("Nothing copied: select facts in the table first."))
        return rows

    def copy_rows(self) -> None:
        """Copy: the selected rows as TSV and as an HTML table, each with a header row."""
        spans = self._table.selection_spans()
        selected = sum(count for _, count in spans)
        if selected > BACKGROUND_ROWS:
            self._copy_in_background(spans, selected)
            return
        rows = self._selection()
        if rows:
            clipboard.copy_rows(rows, self._sources)
            self._say(
                fill(_tr("Copied %1 as a table (TSV and HTML, with the citation)."), _facts(rows))
            )

    def _copy_in_background(self, spans: list[tuple[int, int]], selected: int) -> None:
        """A big selection: read and rendered on a thread of its own, with a progress bar."""
        model, sources = self._table.model_, self._sources
        query, sort, total = model.query, model.sort_order, model.total
        chinese = language.chinese()  # read here: the copy reads as the window does now
        words = window_words()  # and the translators belong to the GUI thread

        def work(catalog, progress) -> tuple[Packed, Packed, int]:
            # Rows are read, rendered and let go a chunk at a time, and their text packed as
            # it is made: memory stays at a few MB whatever the selection.
            table = TableText(sources, words)
            plain, html = PackedText(), PackedText()
            plain.add(table.tsv_start())
            html.add(HTML_DOCUMENT_START + table.html_start())
            copied = 0
            for first, count in spans:
                for offset in range(first, first + count, COPY_CHUNK):
                    limit = min(COPY_CHUNK, first + count - offset)
                    rows = catalog.rows(query, sort, offset, limit, total)
                    lines, cells = table.add([in_chinese(row) for row in rows] if chinese else rows)
                    plain.add(lines)
                    html.add(cells)
                    copied += len(rows)
                    progress(copied, selected)
            html.add(table.html_end() + HTML_DOCUMENT_END)
            return plain.finish(), html.finish(), copied

        def done(answer: tuple[Packed, Packed, int]) -> None:
            plain, html, count = answer
            clipboard.copy_packed(plain, html)
            self._say(
                fill(_tr("Copied %1 as a table (TSV and HTML, with the citation)."),
                     fill(_tr("%1 facts"), str(count)))
            )  # fmt: skip

        label = fill(_tr("Copying %1 facts…"), str(selected))
        self.job = BackgroundJob(self._browser.catalog, work, label, self._table.window())
        self.job.done.connect(done)
        self.job.failed.connect(lambda error: self._say(messages.said(error)))
        self.job.lost.connect(self._browser.databaseLost)
        self.job.cancelled.connect(
            lambda: self._say(_tr("Copy cancelled; the clipboard is as it was."))
        )
        self.job.start()

    def copy_markdown(self) -> None:
        """Copy as Markdown: the selected rows as a Markdown table with a citation footnote."""
        rows = self._selection()
        if rows:
            clipboard.copy_markdown(rows, self._sources)
            self._say(
                fill(_tr("Copied %1 as a Markdown table with a citation footnote."), _facts(rows))
            )

    def copy_numbers(self) -> None:
        """Copy number: each selected value alone, one per line (a statement's line is empty)."""
        rows = self._valued(self._selection())
        if rows:
            clipboard.copy_numbers(rows)
            self._say(self._copied(rows, number, _tr("the numbers of %1, one per line")))

    def copy_as_printed(self) -> None:
        """Copy as printed: each selected value with its qualifier and unit, one per line."""
        rows = self._valued(self._selection())
        if rows:
            clipboard.copy_as_printed(rows)
            self._say(self._copied(rows, as_printed, _tr("the values of %1 as printed")))

    def _valued(self, rows: list[FactRow]) -> list[FactRow]:
        """``rows`` unchanged when any has a value; else nothing, and a note saying why."""
        if not rows or any(row.value is not None for row in rows):
            return rows
        if len(rows) == 1:
            self._say(fill(_tr("Nothing copied: %1 is a statement with no number."), _facts(rows)))
        else:
            self._say(fill(_tr("Nothing copied: none of %1 has a number."), _facts(rows)))
        return []

    def _copied(self, rows: list[FactRow], text_of, several: str) -> str:
        if len(rows) == 1:
            return fill(_tr("Copied %1 (%2)."), text_of(rows[0]), _facts(rows))
        blank = sum(1 for row in rows if row.value is None)
        note = fill(_tr(", %1 left blank for statements"), str(blank)) if blank else ""
        return fill(_tr("Copied %1%2."), fill(several, _facts(rows)), note)

    def copy_citation(self) -> None:
        """Copy with citation: the current fact's quote (or derivation) and the source citation."""
        fact_id = self._browser.current_fact
        detail = self._browser.detail(fact_id) if fact_id else None
        if detail is None:
            self._say(_tr("Nothing copied: choose a fact in the table first."))
            return
        clipboard.copy_citation(detail, self._sources)
        if detail.row.kind == "derived":
            text = _tr("Copied %1 with its formula and the citations of its inputs (derived).")
        else:
            text = _tr("Copied the quote of %1 with its citation.")
        self._say(fill(text, _facts([detail.row])))
