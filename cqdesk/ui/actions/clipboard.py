"""The clipboard: puts fact rows on it as TSV and an HTML table at once, and turns selections into rows."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelection, QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

from cqdesk.export import (
    as_printed,
    cited_fact_html,
    cited_fact_text,
    html_document,
    html_table,
    markdown,
    number,
    tsv,
)
from cqdesk.export.values import detail_in_chinese, in_chinese
from cqdesk.store.records import FactDetail, FactRow, Sources
from cqdesk.text import language
from cqdesk.ui.words import window_words


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


# fetch(offset, limit) -> the view's rows offset..offset+limit-1, e.g. store.facts.fact_rows.
RowFetch = Callable[[int, int], list[FactRow]]


def text_mime(plain: str, html: str | None = None) -> QMimeData:
    """Mime data holding ``plain`` as text/plain and, when given, ``html`` as text/html."""
    mime = QMimeData()
    mime.setText(plain)
    if html is not None:
        mime.setHtml(html_document(html))
    return mime


def in_window_language(rows: list[FactRow]) -> list[FactRow]:
    """Copies read as the window does: in Chinese mode, the rows' Chinese forms."""
    return [in_chinese(row) for row in rows] if language.chinese() else rows


def rows_mime(rows: list[FactRow], sources: Sources) -> QMimeData:
    """Rows as text/plain (TSV with a header) and text/html (a table with a citation line); the
    value column is the plain number in either language."""
    rows, words = in_window_language(rows), window_words()
    return text_mime(tsv(rows, words), html_table(rows, sources, words))


@dataclass(frozen=True)
class Packed:
    """Text packed by ``PackedText``: the pieces it was packed in, and its size as UTF-8."""

    parts: tuple[bytes, ...]
    size: int


class PackedText:
    """Text compressed as it is made, a piece at a time (zlib's fastest level): the text of
    a copy of 100,000 rows is 64 MB as UTF-8 and a few MB packed."""

    def __init__(self) -> None:
        self._packer = zlib.compressobj(1)
        self._parts: list[bytes] = []
        self._size = 0

    def add(self, text: str) -> None:
        data = text.encode("utf-8")
        self._size += len(data)
        self._parts.append(self._packer.compress(data))

    def finish(self) -> Packed:
        """The packed text (in its pieces: joining them would hold it twice); nothing may be
        added after."""
        self._parts.append(self._packer.flush())
        packed, self._parts = Packed(tuple(self._parts), self._size), []
        return packed


def unpacked(packed: Packed) -> QByteArray:
    """The text ``PackedText`` packed, as UTF-8, unpacked a piece at a time straight into the
    one buffer Qt hands to the program that pastes: no whole copy of it in Python besides (a
    paste of 100,000 rows would otherwise hold 40 MB twice over and copy it twice more)."""
    data = QByteArray()
    data.reserve(packed.size)
    unpacker = zlib.decompressobj()
    for part in packed.parts:
        data.append(unpacker.decompress(part))
    data.append(unpacker.flush())
    return data


class PackedMime(QMimeData):
    """Mime data whose formats are kept packed (``PackedText``) and unpacked when a program
    asks for one (a paste): a big copy holds a tenth of its text while it waits on the
    clipboard, as spreadsheets keep big copies until they are pasted. Only the format asked
    for is unpacked, and only then: a paste takes one of them."""

    def __init__(self, packed: dict[str, Packed]) -> None:
        super().__init__()
        self._packed = dict(packed)

    def formats(self) -> list[str]:
        return list(self._packed)

    def hasFormat(self, mimetype: str) -> bool:  # noqa: N802 - Qt override
        return mimetype in self._packed

    def retrieveData(self, mimetype: str, preferred_type) -> QByteArray | None:  # noqa: N802
        packed = self._packed.get(mimetype)
        return unpacked(packed) if packed is not None else None


def _clipboard(clipboard: QClipboard | None) -> QClipboard:
    return clipboard if clipboard is not None else QGuiApplication.clipboard()


def copy_text(plain: str, html: str | None = None, clipboard: QClipboard | None = None) -> None:
    """Put ``plain`` (and ``html``, an escaped fragment) on the clipboard."""
    _clipboard(clipboard).setMimeData(text_mime(plain, html))


def copy_packed(plain: Packed, html: Packed, clipboard: QClipboard | None = None) -> None:
    """Put packed text (``PackedText``) and a packed UTF-8 HTML document on the clipboard."""
    _clipboard(clipboard).setMimeData(PackedMime({"text/plain": plain, "text/html": html}))


def copy_rows(rows: list[FactRow], sources: Sources, clipboard: QClipboard | None = None) -> None:
    """Put ``rows`` on the clipboard in every tabular format at once (Ctrl+C on the table)."""
    _clipboard(clipboard).setMimeData(rows_mime(rows, sources))


def copy_numbers(rows: list[FactRow], clipboard: QClipboard | None = None) -> None:
    """Copy number: each value alone and plain (``135050000000``), one per line."""
    copy_text("\n".join(number(row) for row in rows), clipboard=clipboard)


def copy_as_printed(rows: list[FactRow], clipboard: QClipboard | None = None) -> None:
    """Copy as printed: ``135.05 billion yuan``, ``over 650,000 merchants``, one per line."""
    copy_text("\n".join(as_printed(row) for row in in_window_language(rows)), clipboard=clipboard)


def copy_citation(
    detail: FactDetail, sources: Sources, clipboard: QClipboard | None = None
) -> None:
    """Copy with citation: label and figure, the quote and citation (or a derived fact's
    derivation) and the fact's id, as text and HTML."""
    if language.chinese():  # the label, value, note and inputs in Chinese; quotes as printed
        detail = detail_in_chinese(detail)
    words = window_words()
    copy_text(
        cited_fact_text(detail, sources, words), cited_fact_html(detail, sources, words), clipboard
    )


def copy_markdown(
    rows: list[FactRow], sources: Sources, clipboard: QClipboard | None = None
) -> None:
    """Copy as Markdown: the rows as a Markdown table with a citation footnote."""
    copy_text(markdown(in_window_language(rows), sources, window_words()), clipboard=clipboard)


def row_spans(selection: QItemSelection | Iterable) -> list[tuple[int, int]]:
    """The selected rows as sorted, merged ``(first, count)`` spans, read from the ranges only.

    A selection of 100,000 rows is a handful of ranges; walking its indexes would take seconds.
    """
    spans: list[list[int]] = []
    for first, last in sorted((r.top(), r.bottom()) for r in selection if r.isValid()):
        if spans and first <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], last)
        else:
            spans.append([first, last])
    return [(first, last - first + 1) for first, last in spans]


def selected_rows(selection: QItemSelection | Iterable, fetch: RowFetch) -> list[FactRow]:
    """The selected rows in view order, fetched span by span (one store query per span)."""
    rows: list[FactRow] = []
    for first, count in row_spans(selection):
        rows.extend(fetch(first, count))
    return rows
