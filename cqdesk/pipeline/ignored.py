"""Rows for the numerals of the report that are not figures, each with the reason."""

from __future__ import annotations

import re

from cqdesk.pipeline.anchoring import locate, occurrences
from cqdesk.pipeline.errors import BuildError
from cqdesk.pipeline.inputs import Resources


def _whole_word_starts(text: str, word: str) -> list[int]:
    pattern = re.compile(r"(?<![\w.,])" + re.escape(word) + r"(?![\w]|[.,]\d)")
    return [match.start() for match in pattern.finditer(text)]


def ignored_rows(res: Resources, source_id: str) -> list[dict]:
    """One row per ignored occurrence: those in ``context``, or every whole-word occurrence."""
    rows: dict[int, dict] = {}
    for entry in res.ignored_numbers:
        word, reason = str(entry.get("text", "")), entry.get("reason")
        what = f"ignored-numbers.yaml {word!r}"
        if not word or not reason:
            raise BuildError(f"{what}: needs text and reason")
        if entry.get("context"):
            context_start = locate(res.text, entry["context"], entry.get("occurrence"), what)
            inner = occurrences(entry["context"], word)
            if not inner:
                raise BuildError(f"{what}: not inside its context {entry['context']!r}")
            starts = [context_start + inner[0]]
        else:
            starts = _whole_word_starts(res.text, word)
            if not starts:
                raise BuildError(f"{what}: does not occur in the text")
        for start in starts:
            rows[start] = {
                "source_id": source_id,
                "text": word,
                "start": start,
                "end": start + len(word),
                "reason": reason,
            }
    return [rows[start] for start in sorted(rows)]
