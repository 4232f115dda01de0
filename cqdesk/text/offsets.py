"""Converts text offsets between Python code points (the database) and positions in a Qt document."""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each
_CRLF = re.compile("\r\n")


class TextOffsets:
    """Offset conversion for one text shown with ``QTextDocument.setPlainText``.

    Two things make the positions differ: a character beyond the BMP takes two UTF-16 units, and
    the document keeps one separator for each "\\r\\n" line end (the "\\n" has no position).
    Both are rare, so only their indices are kept and each conversion is a binary search.
    """

    def __init__(self, text: str) -> None:
        # Found by regular expressions (in C): a Python loop over a report's characters took
        # milliseconds each time the source view turned to another report.
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self._dropped = [match.start() + 1 for match in _CRLF.finditer(text)]
        self.length = len(text)

    def to_utf16(self, position: int) -> int:
        """The document position of code point ``position``."""
        return position + bisect_left(self._astral, position) - bisect_left(self._dropped, position)

    def to_code_point(self, position: int) -> int:
        """The code point at document ``position`` (inside a surrogate pair: that character)."""
        low, high = 0, self.length  # the last code point whose document position is <= position
        while low < high:
            middle = (low + high + 1) // 2
            if self.to_utf16(middle) <= position:
                low = middle
            else:
                high = middle - 1
        return low
