"""Turns any text a person types into a safe FTS5 query: words become quoted prefix phrases."""

from __future__ import annotations

import re

from cqdesk.text.formatting import without_separators

# Word characters as FTS5's unicode61 tokenizer sees them; everything else separates words, so
# no operator (AND, NEAR, *, -, quotes, parentheses) a person types can reach the FTS5 parser.
_WORD = re.compile(r"[^\W_]+")


def match_expression(text: str) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None when it holds no searchable word.

    Each whitespace-separated term becomes a quoted phrase of its words with a prefix star
    (``24.33`` -> ``"24 33"*``, ``巴南`` -> ``"巴南"*``), and all terms must match. The index
    holds every piece of the Chinese texts as a token of its own (see
    ``cqdesk.text.search_terms.cjk_grams``), so a Chinese word of any length matches inside a
    longer name or sentence, here as in Datasette.
    """
    phrases = []
    for term in without_separators(text).split():
        words = _WORD.findall(term)
        if words:
            phrases.append('"' + " ".join(words) + '"*')
    return " ".join(phrases) or None
