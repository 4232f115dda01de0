"""The window's language: Qt translators for cqdesk and Qt's own dialogs, chosen and remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QTabWidget, QToolButton

from cqdesk import settings
from cqdesk.paths import TRANSLATIONS_DIR
from cqdesk.settings import Settings
from cqdesk.text import language

TRANSLATIONS = TRANSLATIONS_DIR
FOLLOW_SYSTEM = ""


def _locale(code: str) -> QLocale:
    """The default locale for ``code``: the system's, unless it speaks the other language."""
    if code == language.CHINESE:
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    if system_language() == language.CHINESE:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale.system()


def retranslate_tab_scrolling(tabs: QTabWidget) -> None:
    """Qt names a tab bar's scroll buttons once, when it makes them: name them again, in Qt's
    own translation (qtbase), after a switch of language."""
    names = {"ScrollLeftButton": "Scroll Left", "ScrollRightButton": "Scroll Right"}
    for button in tabs.tabBar().findChildren(QToolButton):
        if button.objectName() in names:
            text = names[button.objectName()]
            button.setAccessibleName(QCoreApplication.translate("QTabBar", text))


def system_language(locale: QLocale | None = None) -> str:
    """The language the system asks for: Chinese for any Chinese locale, English otherwise."""
    locale = locale or QLocale.system()
    return language.CHINESE if locale.language() == QLocale.Language.Chinese else language.ENGLISH


def chosen_language(store: Settings | None, locale: QLocale | None = None) -> str:
    """The saved choice, or the system's language when the person chose to follow it."""
    saved = store.get(settings.LANGUAGE) if store is not None else FOLLOW_SYSTEM
    return saved if saved in language.LANGUAGES else system_language(locale)


class LanguageSwitch(QObject):
    """Loads the translators of one language; switching sends every widget a LanguageChange."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []

    def apply(self, code: str) -> bool:
        """Show the interface and the data in ``code``; False (and English) when its translation
        cannot be loaded. Each translator installed or removed posts a LanguageChange to every
        window, whose widgets then translate themselves again."""
        app = QCoreApplication.instance()
        # Before the events: the models read the language, the map the default locale.
        language.set_current(code)
        QLocale.setDefault(_locale(language.current()))
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        if code == language.ENGLISH:
            return True
        translators = [self._load(f"cqdesk_{code}", TRANSLATIONS)]
        # Qt's own dialogs (file dialogs, message box buttons), as PySide6 ships them.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translators.append(self._load(f"qtbase_{code}", Path(qt_folder)))
        if translators[0] is None:
            language.set_current(language.ENGLISH)
            QLocale.setDefault(_locale(language.ENGLISH))
            return False
        for translator in filter(None, translators):
            app.installTranslator(translator)
            self._translators.append(translator)
        return True

    def _load(self, name: str, folder: Path) -> QTranslator | None:
        translator = QTranslator(self)
        return translator if translator.load(name, str(folder)) else None
