"""What a search index holds so that typed words match: Chinese n-grams, spellings, topic words."""

from __future__ import annotations

import re

from cqdesk.text.chinese_numbers import chinese_number

# FTS5's default tokenizer keeps a run of Chinese characters as one token (巴南区), so a part of
# it (巴南, 南区) finds nothing; the index also holds every piece of one to four characters.
CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
MAX_GRAM = 4
# Inside a name, an apostrophe, hyphen or full stop joins parts a person types as one (Nanan).
_JOINED = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)+")
_ENGLISH_ENDINGS = r"(?:s|es|ed|ing)?"


def cjk_grams(texts: list[str]) -> str:
    """Every piece of one to four characters of each Chinese run in ``texts``, once each."""
    found: dict[str, None] = {}
    for text in texts:
        for run in CJK_RUN.findall(text or ""):
            for size in range(1, MAX_GRAM + 1):
                for start in range(len(run) - size + 1):
                    found[run[start : start + size]] = None
    return " ".join(found)


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
