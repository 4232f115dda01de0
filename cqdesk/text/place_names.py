"""Short place names for tight spaces (map tiles): "Wanzhou" and "万州" for Wanzhou District."""

from __future__ import annotations

_ENGLISH_SUFFIXES = (" District", " County")
_ETHNIC_GROUPS = ("土家族", "苗族")  # the peoples in Chongqing's autonomous counties' names
_CHINESE_SUFFIXES = ("区", "县")


def short_name(name: str) -> str:
    """The English name without its kind: "Nan'an District" → "Nan'an", "Shizhu Tujia …" → "Shizhu"."""
    if "Autonomous" in name:
        return name.split()[0]
    for suffix in _ENGLISH_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def short_name_zh(name_zh: str) -> str:
    """The Chinese name without its kind, kept whole when that leaves one character (忠县)."""
    if name_zh.endswith("自治县"):
        cuts = [name_zh.index(group) for group in _ETHNIC_GROUPS if group in name_zh]
        if cuts:
            return name_zh[: min(cuts)]
    if name_zh.endswith(_CHINESE_SUFFIXES) and len(name_zh) > 2:
        return name_zh[:-1]
    return name_zh
