"""The framing words of copies, exports and printouts in the window's language (the formats know
no Qt: the window hands them its translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cqdesk.export.words import Words, words_in
from cqdesk.text import language


def _translate(text: str) -> str:
    # The words are marked in cqdesk/export/words.py, under the empty context.
    return QCoreApplication.translate("", text)


def window_words() -> Words:
    """The words as the window's translation gives them now (English without one)."""
    return words_in(_translate, language.current())
