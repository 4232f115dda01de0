"""Turns any text a person types into a safe FTS5 query: words become quoted prefix phrases."""

from __future__ import annotations

import re

from cqdesk.text.formatting import without_separators
from cqdesk.text.search_terms import CJK_RUN, MAX_GRAM

# Word characters as FTS5's unicode61 tokenizer sees them; everything else separates words, so
# no operator (AND, NEAR, *, -, quotes, parentheses) a person types can reach the FTS5 parser.
_WORD = re.compile(r"[^\W_]+")


def match_expression(text: str) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None when it holds no searchable word.

    Each whitespace-separated term becomes a quoted phrase of its words with a prefix star
    (``24.33`` -> ``"24 33"*``, ``巴南`` -> ``"巴南"*``), and all terms must match. The index
    holds every piece of up to four characters of the Chinese names, so a Chinese word of up to
    four characters matches inside a longer name; a longer one matches a whole name, or every
    four-character piece of it.
    """
    phrases = []
    for term in without_separators(text).split():
        words = _WORD.findall(term)
        if len(words) == 1 and len(words[0]) > MAX_GRAM and CJK_RUN.fullmatch(words[0]):
            phrases.append(_long_chinese(words[0]))
        elif words:
            phrases.append('"' + " ".join(words) + '"*')
    return " ".join(phrases) or None


def _long_chinese(word: str) -> str:
    pieces = [word[start : start + MAX_GRAM] for start in range(len(word) - MAX_GRAM + 1)]
    return f'("{word}"* OR (' + " AND ".join(f'"{piece}"' for piece in pieces) + "))"
