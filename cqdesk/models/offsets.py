"""Converts text offsets between Python code points (the database) and UTF-16 units (Qt)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class TextOffsets:
    """Offset conversion for one text; cheap when the text has few characters beyond the BMP."""

    def __init__(self, text: str) -> None:
        # Code-point indices of characters that take two UTF-16 units (a surrogate pair).
        self._astral = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
        self._astral_u16 = [index + n for n, index in enumerate(self._astral)]
        self._astral_u16_set = set(self._astral_u16)
        self.length = len(text)

    def to_utf16(self, position: int) -> int:
        """The UTF-16 offset of code point ``position``."""
        return position + bisect_left(self._astral, position)

    def to_code_point(self, position: int) -> int:
        """The code point at UTF-16 offset ``position`` (inside a surrogate pair: that character)."""
        if position - 1 in self._astral_u16_set:
            position -= 1
        whole_pairs_before = bisect_right(self._astral_u16, position - 2)
        return position - whole_pairs_before
