"""The language the window shows its data in, and which form of a name that means."""

from __future__ import annotations

ENGLISH, CHINESE = "en", "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)


class _Shown:
    """The one language setting the models read when they draw (set by the window's Language)."""

    code = ENGLISH


def current() -> str:
    """The language the data is shown in: ``en`` or ``zh_CN``."""
    return _Shown.code


def set_current(code: str) -> None:
    """Show the data in ``code`` from now on (the window then asks its models to redraw)."""
    _Shown.code = code if code in LANGUAGES else ENGLISH


def chinese() -> bool:
    """Whether names and values are shown in their Chinese forms."""
    return _Shown.code == CHINESE


def shown(english: str | None, chinese_form: str | None) -> str:
    """The form to show: the Chinese one in Chinese mode when there is one, else the English."""
    if chinese() and chinese_form:
        return chinese_form
    return english or ""


def other(english: str | None, chinese_form: str | None) -> str:
    """The form a hover adds: the English when the Chinese is shown, else "" (nothing hidden)."""
    if chinese() and chinese_form and chinese_form != english:
        return english or ""
    return ""
