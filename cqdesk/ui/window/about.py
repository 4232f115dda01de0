"""The Help menu's boxes: what cqdesk is and which data it shows, and every keyboard shortcut."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenuBar, QMessageBox, QWidget

from cqdesk import __version__
from cqdesk.export import source_citation
from cqdesk.export.licences import DATA_LICENCE
from cqdesk.export.words import Words
from cqdesk.store.records import REFERENCE, Source, Sources
from cqdesk.text.formatting import fill
from cqdesk.ui.words import window_words


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def about_text(sources: Sources, counts: dict[str, int], path: str) -> str:
    """Plain text for the About box: version, the data's counts and file, and the citation."""
    words = window_words()
    lines = [
        fill(_tr("cqdesk %1"), __version__),
        _tr(
            "An offline reference for Chongqing's 2020 e-commerce figures: every figure is traced "
            "to the words of its source."
        ),
        "",
        _tr(", ").join(
            _counted(counts.get(kind, 0), one, many)
            for kind, one, many in (
                ("reported", _tr("reported fact"), _tr("reported facts")),
                ("statement", _tr("statement"), _tr("statements")),
                ("derived", _tr("derived fact"), _tr("derived facts")),
                ("reference", _tr("reference figure"), _tr("reference figures")),
            )
            if kind != "reference" or counts.get(kind)
        ),
        fill(_tr("Database (read-only): %1"), path),
        "",
        fill(_tr("Source: %1"), source_citation(sources.report, words)),
        "",
        *licence_lines(sources.report, words),
    ]
    references = [s for s in sources.all if s.kind == REFERENCE]
    if references:
        lines += ["", _tr("Reference figures (cited, not quoted) from:")]
        lines += [f"- {source_citation(source, words)}" for source in references]
    return "\n".join(lines)


def licence_lines(source: Source, words: Words) -> list[str]:
    """The licences: the code, the project's data, and the report's text (its publisher's)."""
    return [
        _tr("Code: MIT licence."),
        fill(
            _tr("cqdesk's data (labels, translations, derived figures, structure): %1, %2"),
            "CC BY 4.0",
            DATA_LICENCE.url,
        ),
        fill(
            _tr("The report's text and its quotes remain %1's, bundled unchanged for citation."),
            words.publisher(source) or _tr("its publisher"),
        ),
    ]


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def shortcut_groups(bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each menu with a shortcut, and its actions' (name, keys) in menu order."""
    groups = []
    for menu_action in bar.actions():
        menu = menu_action.menu()
        keyed = [
            (_plain(action), action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            for action in (menu.actions() if menu else [])
            if not action.isSeparator() and not action.shortcut().isEmpty()
        ]
        if keyed:
            groups.append((_plain(menu_action), keyed))
    return groups


def shortcut_lines(bar: QMenuBar) -> list[str]:
    """One line per menu action that has a shortcut: "Menu › Action: keys"."""
    return [
        f"{menu} › {name}: {keys}" for menu, keyed in shortcut_groups(bar) for name, keys in keyed
    ]


def shortcuts_html(groups: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """The shortcuts as one table: a heading row per menu, then action and keys, aligned."""
    rows = []
    for menu, keyed in groups:
        rows.append(f"<tr><td colspan='2' style='padding-top:8px'><b>{escape(menu)}</b></td></tr>")
        rows.extend(
            f"<tr><td style='padding-right:24px'>{escape(name)}</td><td>{escape(keys)}</td></tr>"
            for name, keys in keyed
        )
    return f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>"


def _plain(action: QAction) -> str:
    # A Chinese text carries its shortcut key apart ("文件(&F)"): the list shows "文件".
    text = re.sub(r"\(&\w\)", "", action.text())
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _box(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Close, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the citation comes from the data
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def web_link(url: str) -> str | None:
    """An escaped link to ``url`` when it is a plain web address (http or https), else None."""
    parsed = QUrl(url, QUrl.ParsingMode.StrictMode)
    if not parsed.isValid() or parsed.scheme() not in ("http", "https") or not parsed.host():
        return None
    href = escape(parsed.toString(QUrl.ComponentFormattingOption.FullyEncoded), quote=True)
    return f'<a href="{href}">{escape(url)}</a>'


def about_html(text: str, url: str) -> str:
    """The About text as escaped rich text, the source's web address a link (and nothing else)."""
    link = web_link(url)
    lines = []
    for line in text.split("\n"):
        escaped = escape(line)
        if link is not None and url and url in line:
            escaped = escaped.replace(escape(url), link)
        lines.append(escaped)
    return "<br>".join(lines)


def about_box(parent: QWidget, sources: Sources, counts: dict[str, int], path: str) -> QMessageBox:
    """The About box (not yet shown); its link to the report opens in the web browser."""
    text = about_text(sources, counts, path)
    box = _box(parent, _tr("About cqdesk"), about_html(text, sources.report.url))
    box.setTextFormat(Qt.TextFormat.RichText)  # every piece of data escaped by about_html
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        label.setOpenExternalLinks(True)
    return box


def shortcuts_box(parent: QWidget, bar: QMenuBar) -> QMessageBox:
    """The keyboard shortcuts, grouped by menu in an aligned table (not yet shown)."""
    box = _box(parent, _tr("Keyboard shortcuts"), shortcuts_html(shortcut_groups(bar)))
    box.setTextFormat(Qt.TextFormat.RichText)  # the table; every name in it escaped
    return box
