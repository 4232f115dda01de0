"""Starts the window: the QApplication, the database, and the --screenshot command."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from cqdesk.settings import APPLICATION, ORGANIZATION, Settings
from cqdesk.store import Catalog, StoreError
from cqdesk.text.formatting import fill
from cqdesk.ui import messages

SCREENSHOT_SIZE = (1366, 768)  # a common laptop screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def _application(offscreen: bool) -> QApplication:
    if offscreen:
        # --screenshot renders without a display, whatever the session has.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("cqdesk")
    return app


def _fail(message: str, screenshot: bool) -> None:
    if screenshot:
        print(f"cqdesk: {message}", file=sys.stderr)
    else:
        messages.fail(None, _tr("cqdesk cannot open the database"), message)


def _unknown_message(unknown: list[tuple[str, str]]) -> str:
    names = {"category": _tr("category"), "place": _tr("place"), "fact": _tr("fact")}
    return "; ".join(
        fill(_tr("there is no %1 with id “%2” in this database"), names[kind], item_id)
        for kind, item_id in unknown
    )


_OPTIONS = {"category_id": "--category", "place_id": "--place", "search": "--search"}


def _hidden_message(fact_id: str, hiding: tuple[str, ...]) -> str:
    options = " ".join(_OPTIONS.get(name, name) for name in hiding)
    return fill(
        _tr("the fact “%1” is not among the facts these filters show; leave out --fact or %2"),
        fact_id,
        options,
    )


def _screenshot(window, args: argparse.Namespace, app: QApplication) -> int:
    from cqdesk.ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    unknown = window.browser.catalog.unknown_ids(args.category, args.place, args.fact)
    if unknown:
        print(f"cqdesk: {_unknown_message(unknown)}", file=sys.stderr)
        return 2
    window.resize(*SCREENSHOT_SIZE)
    window.apply_state(args.category, args.place, args.search or "", None)
    if args.fact:
        hiding = window.browser.catalog.filters_hiding(window.browser.query, args.fact)
        if hiding:
            # Showing the fact would drop filters asked for: say so rather than draw another view.
            print(f"cqdesk: {_hidden_message(args.fact, hiding)}", file=sys.stderr)
            return 2
        window.browser.reveal_fact(args.fact)
    window.show()
    window.charts.load()
    app.processEvents()
    target = Path(args.screenshot)
    if not window.grab().save(str(target)):
        print(f"cqdesk: could not write the screenshot to {target}", file=sys.stderr)
        return 1
    print(f"wrote {target}")
    return 0


def run(args: argparse.Namespace, db_path: Path) -> int:
    """Open the window on ``db_path`` (or render it to ``args.screenshot``); the exit code."""
    screenshot = getattr(args, "screenshot", None) is not None
    app = _application(screenshot)
    try:
        catalog = Catalog.open(db_path)
    except StoreError as exc:
        _fail(str(exc), screenshot)
        return 1
    from cqdesk.ui.window.main_window import MainWindow

    try:
        if screenshot:
            window = MainWindow(catalog)
            code = _screenshot(window, args, app)
            window.close()
            return code
        window = MainWindow(catalog, Settings())
        window.start()
        return app.exec()
    except StoreError as exc:
        # Damage the open-time check does not read for (it reads the header and the schema,
        # not every page), met while the window reads what it first shows.
        _fail(str(exc), screenshot)
        return 1
    finally:
        catalog.close()
