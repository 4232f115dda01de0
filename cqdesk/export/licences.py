"""The licences, stated once: the code MIT, the project's data CC BY 4.0, the report's text its publisher's."""

from __future__ import annotations

from dataclasses import dataclass

from cqdesk.store.records import Source


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
DATA_SCOPE = "labels, translations, derived figures, categories, places, links and structure"


def source_text_terms(source: Source) -> str:
    """Whose the report's own words are, and why cqdesk carries them."""
    owner = source.publisher or "its publisher"
    return (
        f"The report's text and every quote from it remain {owner}'s, bundled unchanged with "
        "that attribution so that each figure can be cited in its own words."
    )


def licence_line(source: Source) -> str:
    """One line for an export or a box: what is under which licence."""
    return (
        f"cqdesk's data ({DATA_SCOPE}): CC BY 4.0, {DATA_LICENCE.url}. "
        f"{source_text_terms(source)} cqdesk's code: MIT licence."
    )
