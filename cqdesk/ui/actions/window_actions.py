"""Every window action with its shortcut, and the menus that show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar


def _tr(text: str) -> str:
    # Marks a text for lupdate (-tr-function-alias tr+=_tr, the empty context) and keeps it in
    # English: an action keeps its English text and translates it whenever the language changes.
    return text


def translated(text: str) -> str:
    """``text`` in the window's language now."""
    return QCoreApplication.translate("", text)


# Where an action or menu keeps its English text and tip, to translate them again.
_TEXT, _TIP = "cqdeskText", "cqdeskTip"


def _retranslate(item: QAction | QMenu) -> None:
    text, tip = item.property(_TEXT), item.property(_TIP)
    if isinstance(item, QMenu):
        item.setTitle(translated(text))
        return
    item.setText(translated(text))
    if tip:
        item.setStatusTip(translated(tip))
        item.setToolTip(translated(tip))


def _action(
    parent: QObject, text: str, shortcut: str | QKeySequence.StandardKey = "", tip: str = ""
) -> QAction:
    action = QAction(parent)
    action.setProperty(_TEXT, text)
    action.setProperty(_TIP, tip)
    _retranslate(action)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


class Actions(QObject):
    """The window's actions; panes and the window connect to their ``triggered`` signals."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.quit = _action(parent, _tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.find = _action(parent, _tr("&Search facts"), "Ctrl+F")
        self.filter_places = _action(parent, _tr("Find a &place"), "Ctrl+L")
        self.clear_filters = _action(parent, _tr("&Clear all filters"), "Ctrl+Shift+X")
        self.focus_categories = _action(parent, _tr("&Categories"), "Ctrl+1")
        self.focus_places = _action(parent, _tr("&Places"), "Ctrl+2")
        self.focus_table = _action(parent, _tr("&Facts table"), "Ctrl+3")
        self.focus_detail = _action(parent, _tr("&Detail"), "Ctrl+4")
        self.focus_source = _action(parent, _tr("&Source text"), "Ctrl+5")
        self.focus_charts = _action(parent, _tr("C&harts"), "Ctrl+6")
        self.focus_map = _action(parent, _tr("&Map"), "Ctrl+7")
        self.back = _action(
            parent,
            _tr("&Back"),
            "Alt+Left",
            _tr("Back to the filters and fact you looked at before"),
        )
        self.forward = _action(parent, _tr("&Forward"), "Alt+Right", _tr("Forward again"))
        for action in (self.back, self.forward):
            action.setEnabled(False)  # until there is somewhere to go
        self.grow_pane = _action(
            parent, _tr("&Widen this pane"), "Ctrl+Alt+=", _tr("Give the focused pane more room")
        )
        self.shrink_pane = _action(
            parent, _tr("Narro&w this pane"), "Ctrl+Alt+-", _tr("Give the focused pane less room")
        )
        self.next_pane = _action(parent, _tr("&Next pane"), "F6")
        self.previous_pane = _action(parent, _tr("P&revious pane"), "Shift+F6")
        self._copy_actions(parent)
        self._export_actions(parent)
        self._chart_actions(parent)
        self._print_actions(parent)
        self.shortcuts = _action(parent, _tr("&Keyboard shortcuts"), "Ctrl+/")
        self.about = _action(parent, _tr("&About cqdesk"), "F1")
        self.reopen = _action(
            parent,
            _tr("&Reopen database"),
            "Ctrl+Shift+O",
            _tr("Read the database file again, as it is on disk now"),
        )
        self.check_database = _action(
            parent,
            _tr("&Check the database file…"),
            tip=_tr("Read every page of the database file to find any damage (slow on a big file)"),
        )

    def _copy_actions(self, parent: QObject) -> None:
        self.copy = _action(
            parent, _tr("&Copy"), "Ctrl+C", _tr("Copy the selected rows as a table with a header")
        )
        # Only while the table has the focus: elsewhere Ctrl+C copies the text selected there.
        self.copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_number = _action(
            parent, _tr("Copy &number"), "Ctrl+Shift+N", _tr("Copy the value alone, plain")
        )
        self.copy_as_printed = _action(
            parent,
            _tr("Copy as &printed"),
            "Ctrl+Alt+C",
            _tr("Copy the value as the report prints it, with qualifier and unit"),
        )
        self.copy_citation = _action(
            parent,
            _tr("Copy with c&itation"),
            "Ctrl+Shift+C",
            _tr("Copy the current fact's quote (or derivation) with the source citation"),
        )
        self.copy_markdown = _action(
            parent,
            _tr("Copy as &Markdown"),
            "Ctrl+Shift+M",
            _tr("Copy the selected rows as a Markdown table with a citation footnote"),
        )

    def _export_actions(self, parent: QObject) -> None:
        self.export_csv = _action(parent, _tr("Export view as &CSV…"), "Ctrl+E")
        self.export_csv_bom = _action(
            parent,
            _tr("Export view as CSV for &Excel…"),
            "Ctrl+Shift+E",
            _tr("CSV with a byte-order mark, so Excel reads Chinese text"),
        )
        self.export_json = _action(parent, _tr("Export view as &JSON…"), "Ctrl+Alt+J")
        self.export_markdown = _action(parent, _tr("Export view as &Markdown…"), "Ctrl+Alt+M")

    def _chart_actions(self, parent: QObject) -> None:
        self.save_chart_png = _action(
            parent,
            _tr("Save chart as P&NG…"),
            "Ctrl+Alt+P",
            _tr("Save the chart on the Charts tab as a PNG image, with its title and source"),
        )
        self.save_chart_svg = _action(
            parent,
            _tr("Save chart as S&VG…"),
            "Ctrl+Alt+S",
            _tr("Save the chart on the Charts tab as an SVG drawing, with its title and source"),
        )
        self.copy_chart = _action(
            parent,
            _tr("Copy c&hart image"),
            "Ctrl+Alt+I",
            _tr("Copy the chart on the Charts tab as an image"),
        )
        self.show_chart_table = _action(
            parent,
            _tr("Show chart as &table"),
            "Ctrl+T",
            _tr("List the bars of the chart on the Charts tab in a table, with values and kinds"),
        )
        self.export_chart_csv = _action(
            parent,
            _tr("Export chart &data as CSV…"),
            "Ctrl+Shift+D",
            _tr("Save the bars of the chart on the Charts tab as CSV, with its title and source"),
        )
        for action in self.chart_menu():
            action.setEnabled(False)  # until a chart is drawn
        self.save_map_png = _action(
            parent,
            _tr("Save &map as PNG…"),
            tip=_tr("Save the tile map as a PNG image, with its title, legend and what it shows"),
        )
        self.save_map_svg = _action(
            parent,
            _tr("Save map as SV&G…"),
            tip=_tr(
                "Save the tile map as an SVG drawing, with its title, legend and what it shows"
            ),
        )
        self._add_language_choices(parent)

    def _add_language_choices(self, parent: QObject) -> None:
        # English and Chinese are named in their own language, so either reader finds theirs.
        self.language_system = _action(parent, _tr("Follow the &system language"))
        self.language_english = _action(parent, _tr("&English"))
        self.language_chinese = _action(parent, _tr("中文（简体）(&Z)"))
        group = QActionGroup(self)
        for action, code in zip(self.language_actions(), ("", "en", "zh_CN"), strict=True):
            action.setCheckable(True)
            action.setData(code)
            group.addAction(action)

    def map_actions(self) -> list[QAction]:
        """Save the map, as the File menu and the map's own context menu list them."""
        return [self.save_map_png, self.save_map_svg]

    def _print_actions(self, parent: QObject) -> None:
        self.print_view = _action(
            parent, _tr("&Print view…"), "Ctrl+P", _tr("Print the facts of the current view")
        )
        self.print_fact = _action(
            parent,
            _tr("Print f&act…"),
            "Ctrl+Shift+P",
            _tr("Print the current fact with its quote and citation"),
        )
        self.pdf_view = _action(
            parent, _tr("Save view as P&DF…"), "", _tr("The facts of the current view as a PDF")
        )
        self.pdf_fact = _action(
            parent,
            _tr("Save fact as PD&F…"),
            "",
            _tr("The current fact with its quote and citation as a PDF"),
        )

    def print_actions(self) -> list[QAction]:
        """Print and save as PDF: the view, then the current fact."""
        return [self.print_view, self.print_fact, self.pdf_view, self.pdf_fact]

    def chart_actions(self) -> list[QAction]:
        """Save and copy the drawn chart, as the chart's own context menu lists them."""
        return [self.save_chart_png, self.save_chart_svg, self.copy_chart]

    def chart_data_actions(self) -> list[QAction]:
        """Read the drawn chart's bars as a table, and export them."""
        return [self.show_chart_table, self.export_chart_csv]

    def chart_menu(self) -> list[QAction]:
        """The chart's own context menu: its table first, then its image."""
        return [*self.chart_data_actions(), *self.chart_actions()]

    def copy_actions(self) -> list[QAction]:
        """The copy actions, as the Edit menu and the table's context menu list them."""
        return [
            self.copy,
            self.copy_number,
            self.copy_as_printed,
            self.copy_citation,
            self.copy_markdown,
        ]

    def export_actions(self) -> list[QAction]:
        """The actions that write the current view to a file."""
        return [self.export_csv, self.export_csv_bom, self.export_json, self.export_markdown]

    def table_menu(self) -> list[QAction | None]:
        """The facts table's context menu; None is a separator."""
        return [*self.copy_actions(), None, *self.export_actions()]

    def fact_menu(self) -> list[QAction]:
        """What the detail pane adds to its menu: the copies of one fact (Ctrl+C copies text there)."""
        return [action for action in self.copy_actions() if action is not self.copy]

    def pane_actions(self) -> list[QAction]:
        """The actions that move the focus to one pane, in pane order."""
        return [
            self.focus_categories,
            self.focus_places,
            self.focus_table,
            self.focus_detail,
            self.focus_source,
            self.focus_map,
            self.focus_charts,
        ]

    def all_actions(self) -> list[QAction]:
        """Every action made here, the language choices included."""
        return [
            action
            for action in self.parent().findChildren(QAction)
            if action.property(_TEXT) is not None
        ]

    def retranslate(self, menus: list[QMenu]) -> None:
        """Put every action's text and tip, and the menus' titles, in the language now loaded."""
        for item in [*self.all_actions(), *menus]:
            _retranslate(item)

    def _menu(self, bar: QMenuBar, title: str) -> QMenu:
        menu = bar.addMenu("")
        menu.setProperty(_TEXT, title)
        _retranslate(menu)
        return menu

    def build_menus(self, bar: QMenuBar) -> list[QMenu]:
        """Fill the menu bar, so every action and its shortcut is listed; the menus, in order."""
        file_menu = self._menu(bar, _tr("&File"))
        file_menu.addActions(self.export_actions())
        file_menu.addSeparator()
        file_menu.addActions([self.save_chart_png, self.save_chart_svg, self.export_chart_csv])
        file_menu.addActions(self.map_actions())
        file_menu.addSeparator()
        file_menu.addActions(self.print_actions())
        file_menu.addSeparator()
        file_menu.addAction(self.reopen)
        file_menu.addAction(self.quit)
        edit_menu = self._menu(bar, _tr("&Edit"))
        edit_menu.addActions(self.copy_actions())
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy_chart)
        find_menu = self._menu(bar, _tr("&Find"))
        for action in (self.find, self.filter_places, self.clear_filters):
            find_menu.addAction(action)
        view_menu = self._menu(bar, _tr("&Go"))
        view_menu.addActions([self.back, self.forward])
        view_menu.addSeparator()
        for action in self.pane_actions():
            view_menu.addAction(action)
        view_menu.addAction(self.show_chart_table)
        view_menu.addSeparator()
        view_menu.addAction(self.next_pane)
        view_menu.addAction(self.previous_pane)
        view_menu.addSeparator()
        view_menu.addActions([self.grow_pane, self.shrink_pane])
        language_menu = self._menu(bar, _tr("&Language 语言"))
        language_menu.addActions(self.language_actions())
        help_menu = self._menu(bar, _tr("&Help"))
        help_menu.addActions([self.shortcuts, self.check_database, self.about])
        return [file_menu, edit_menu, find_menu, view_menu, language_menu, help_menu]

    def language_actions(self) -> list[QAction]:
        """The choices of the Language menu, each named in its own language."""
        return [self.language_system, self.language_english, self.language_chinese]
