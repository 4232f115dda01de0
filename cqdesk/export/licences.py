"""The licences, stated once: the code MIT, the project's data CC BY 4.0, the report's text its publisher's."""

from __future__ import annotations

from dataclasses import dataclass

from cqdesk.export.words import ENGLISH, Words
from cqdesk.store.records import Source
from cqdesk.text.formatting import fill


@dataclass(frozen=True)
class Licence:
    """A licence as Frictionless, Datasette and SPDX name it."""

    spdx: str
    title: str
    url: str


CODE_LICENCE = Licence("MIT", "MIT License", "https://opensource.org/license/mit")
DATA_LICENCE = Licence(
    "CC-BY-4.0",
    "Creative Commons Attribution 4.0 International",
    "https://creativecommons.org/licenses/by/4.0/",
)
DATA_ATTRIBUTION = "cqdesk data, by the cqdesk authors, CC BY 4.0"
DATA_SCOPE = ENGLISH.data_scope


def source_text_terms(source: Source, words: Words = ENGLISH) -> str:
    """Whose the report's own words are, and why cqdesk carries them."""
    return fill(words.source_text_terms, words.publisher(source) or words.its_publisher)


def licence_line(source: Source, words: Words = ENGLISH) -> str:
    """One line for an export or a box: what is under which licence."""
    return fill(
        words.licence_line, words.data_scope, DATA_LICENCE.url, source_text_terms(source, words)
    )
