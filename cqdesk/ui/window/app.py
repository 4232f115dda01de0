"""Starts the window: the QApplication, the database, and the --screenshot command."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from cqdesk import native_memory
from cqdesk.paths import APP_ID
from cqdesk.safe_write import write_atomically
from cqdesk.settings import APPLICATION, ORGANIZATION, Settings
from cqdesk.store import Catalog, StoreError
from cqdesk.style.focus import readable_palette
from cqdesk.text.formatting import fill
from cqdesk.text.safe_text import readable
from cqdesk.ui import messages
from cqdesk.ui.window.fonts import register_bundled_font
from cqdesk.ui.window.icon import application_icon
from cqdesk.ui.window.language import LanguageSwitch, chosen_language

SCREENSHOT_SIZE = (1366, 768)  # a common laptop screen
# How long a screenshot waits for the reads still on the query worker (a large database).
SCREENSHOT_WAIT = 60.0


def qt_versions() -> tuple[str, str]:
    """The Qt library's run-time version and PySide6's (for ``cqdesk --version``)."""
    return qVersion(), PySide6.__version__


def _tr(text: str) -> str:
    # lupdate (-tr-function-alias tr+=_tr) files these calls under the empty context.
    return QCoreApplication.translate("", text)


def prepare_process() -> None:
    """What the process sets before any thread starts: its threads (Qt's, the query workers,
    the copy and export jobs) share a few C heaps rather than one each (see native_memory)."""
    native_memory.share_arenas()


def _application(offscreen: bool) -> QApplication:
    if offscreen:
        # --screenshot renders without a display, whatever the session has.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance()
    if app is None:
        # A 125 % or 150 % desktop scale stays that, rather than rounding to 100 % or 200 %.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
        # Only for an application of our own: a host (a test run) keeps its palette.
        respect_the_system(app)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("cqdesk")
    # The icon and the .desktop file's name let the desktop match the window to its menu entry.
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(APP_ID)
    register_bundled_font(app)
    return app


def respect_the_system(app: QApplication) -> None:
    """Keep the platform's font, scale and (high-contrast) palette; fix only what reads poorly.

    The font is never replaced, so the platform's font size applies everywhere (sizes in the
    panes are relative to it). Selections and placeholder text are brought to 4.5:1 where the
    palette falls short, and no widget animates: menus, lists and tooltips appear at once,
    which is what a reduced-motion setting asks for.
    """
    readable = readable_palette(app.palette())
    if readable != app.palette():  # a palette that already reads (high contrast) stays live
        app.setPalette(readable)
    for effect in (
        Qt.UIEffect.UI_AnimateMenu,
        Qt.UIEffect.UI_FadeMenu,
        Qt.UIEffect.UI_AnimateCombo,
        Qt.UIEffect.UI_AnimateTooltip,
        Qt.UIEffect.UI_FadeTooltip,
        Qt.UIEffect.UI_AnimateToolBox,
    ):
        app.setEffectEnabled(effect, False)


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
    from cqdesk.ui.charts.rendering import image_bytes
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
    if getattr(args, "charts", False):
        window.charts.show()
    _settle(window, app)
    target = Path(args.screenshot)
    try:
        write_atomically(target, image_bytes(window.grab().toImage()))
    except (OSError, ValueError) as error:
        print(f"cqdesk: the screenshot was not written. {error}", file=sys.stderr)
        return 1
    print(f"wrote {readable(str(target))}", file=sys.stderr)
    return 0


def _settle(window, app: QApplication) -> None:
    """Let the window draw, and wait for what it still reads off the GUI thread (on a large
    database the first pages and counts come from the query worker), so the picture is whole."""
    deadline = time.monotonic() + SCREENSHOT_WAIT
    app.processEvents()
    while window.pending_work() and time.monotonic() < deadline:
        time.sleep(0.01)
        app.processEvents()
    app.processEvents()


def release_clipboard(app: QApplication) -> None:
    """Give up the clipboard before Qt shuts down: the offscreen platform crashes at exit
    (SIGSEGV) while it still owns copied data; elsewhere the copy stays for other programs
    where the platform keeps it (a clipboard manager), as with any program that quits."""
    if app.platformName() == "offscreen":
        app.clipboard().clear()


def run(args: argparse.Namespace, db_path: Path) -> int:
    """Open the window on ``db_path`` (or render it to ``args.screenshot``); the exit code."""
    screenshot = getattr(args, "screenshot", None) is not None
    prepare_process()
    app = _application(screenshot)
    app.aboutToQuit.connect(lambda: release_clipboard(app))
    store = Settings()
    # Before anything is shown, so even "cannot open the database" reads in the chosen language.
    languages = LanguageSwitch(app)
    languages.apply(getattr(args, "lang", None) or chosen_language(store))
    try:
        catalog = Catalog.open(db_path)
    except StoreError as exc:
        _fail(messages.said(exc), screenshot)
        return 1
    from cqdesk.ui.window.main_window import MainWindow

    if screenshot:
        try:
            window = MainWindow(catalog, languages=languages)
            window.setWindowIcon(app.windowIcon())
            code = _screenshot(window, args, app)
            window.close()
            # Gone before its connection closes: nothing it still holds can query it later.
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            return code
        except StoreError as exc:
            _fail(messages.said(exc), screenshot)  # damage met while drawing (see below)
            return 1
        finally:
            catalog.close()
            release_clipboard(app)
    from cqdesk.ui.window.error_hook import ErrorHook
    from cqdesk.ui.window.session import Session

    hook = ErrorHook()
    hook.install()
    try:
        session = Session(catalog, db_path, store, hook, languages)
    except StoreError as exc:
        # Damage the open-time check does not read for (a big file's check reads its header
        # and schema, not every page), met while the window reads what it first shows.
        hook.uninstall()
        catalog.close()
        _fail(messages.said(exc), screenshot)
        return 1
    try:
        session.start()
        return app.exec()
    except StoreError as exc:
        _fail(messages.said(exc), screenshot)
        return 1
    finally:
        hook.uninstall()
        session.close()
