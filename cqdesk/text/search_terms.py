"""What a search index holds so that typed words match: Chinese n-grams, spellings, topic words."""

from __future__ import annotations

import re

from cqdesk.text.chinese_numbers import chinese_number

# FTS5's unicode61 tokenizer keeps a run of Chinese characters (with any digits or letters
# touching it) as one token: 巴南区, 14个重点区县农村网络零售额. A search, in the window or as
# Datasette and sqlite-utils quote it ("村网络零售"), is one token too, and matches only a token
# equal to it (or, as a prefix, one starting with it). So the index holds every piece of each such
# token, of every length, that holds a Chinese character: any part of a Chinese text is a token.
# (The trigram tokenizer would find pieces of three characters or more, never 巴南.)
CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_TOKEN = re.compile(r"[^\W_]+")  # a token as unicode61 sees it: letters and digits
# Inside a name, an apostrophe, hyphen or full stop joins parts a person types as one (Nanan).
_JOINED = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)+")
_ENGLISH_ENDINGS = r"(?:s|es|ed|ing)?"


def cjk_grams(texts: list[str]) -> str:
    """Each text of ``texts`` that holds Chinese as it is written, so that a phrase of whole
    words matches (集群、基地和园区); then every piece, of any length, of each of its tokens that
    holds a Chinese character, if the piece holds one too, once each: 巴南区 gives 巴南区 巴南 巴
    南区 南 区; 14个 gives 14个 4个 个 but not 14 (a number matches as a number, not inside every
    Chinese word)."""
    chinese = [text for text in texts if text and CJK_RUN.search(text)]
    found: dict[str, None] = {}
    for text in chinese:
        for token in _TOKEN.findall(text):
            if not CJK_RUN.search(token):
                continue
            for start in range(len(token)):
                for end in range(len(token), start, -1):
                    piece = token[start:end]
                    if not CJK_RUN.search(piece):
                        break  # shorter pieces from this start hold no Chinese either
                    found[piece] = None
    return " ".join([*dict.fromkeys(chinese), *found])


def spelling_variants(texts: list[str]) -> str:
    """Names with their apostrophes, hyphens and dots taken out: Nan'an -> ``Nanan``,
    Yu’ou -> ``Yuou``, e-commerce -> ``ecommerce``."""
    found: dict[str, None] = {}
    for text in texts:
        for word in _JOINED.findall(text or ""):
            if not word.replace(".", "").isdigit():  # 135.05 is a number, not a name
                found[re.sub(r"['’\-.]", "", word)] = None
    return " ".join(found)


def _says(text: str, term: str) -> bool:
    if CJK_RUN.fullmatch(term):
        return term in text
    words = r"[\s\-]*".join(re.escape(part) for part in re.split(r"[\s\-]+", term))
    return re.search(rf"(?<![^\W_]){words}{_ENGLISH_ENDINGS}(?![^\W_])", text, re.I) is not None


def topic_words(texts: list[str], groups: list[list[str]]) -> str:
    """Every word of each topic group (parcel, package, 快递) that one of ``texts`` speaks of."""
    joined = "\n".join(filter(None, texts))
    found: dict[str, None] = {}
    for group in groups:
        if any(_says(joined, str(term)) for term in group):
            found.update(dict.fromkeys(str(term) for term in group))
    return " ".join(found)


def chinese_figures(value: float | None, unit_zh: str, written: list[str]) -> str:
    """A value the way Chinese writes it, alone and with its unit (``1350.5亿 1350.5亿元``), and
    the Chinese forms the data already shows (``超过4000万只``, ``增长13.05%``)."""
    forms = [text for text in written if text]
    if value is not None:
        number = chinese_number(value)
        if number.endswith(("万", "亿")):
            forms.append(number)
            if unit_zh:
                forms.append(number + unit_zh)
    return " ".join(dict.fromkeys(forms))
