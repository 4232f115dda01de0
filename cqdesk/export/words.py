"""The framing words of copies, exports and printouts ("Formula:", "Source:", "Published by"), in
the caller's language: the formats know no Qt, so the window and the command line hand them in.

``words_in(translate)`` builds them from one list of English texts marked for lupdate (the empty
context); ``ENGLISH`` is what every format uses when it is given nothing. The data (labels,
quotes, titles of sources) is never translated here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from cqdesk.store.records import Source
from cqdesk.text.formatting import fill
from cqdesk.text.language import CHINESE
from cqdesk.text.language import ENGLISH as ENGLISH_CODE
from cqdesk.text.readings import READINGS, reading_label, reading_meaning, reading_name

Translate = Callable[[str], str]
KINDS = ("reported", "statement", "derived", "reference")


@dataclass(frozen=True)
class Words:
    """Every framing word the formats write; templates fill %1, %2 … (see ``formatting.fill``)."""

    field: str  # "%1: %2", a name and its text
    separator: str  # ", " between the parts of a citation
    aside: str  # "%1 (%2)", a text and a word about it
    formula: str
    inputs: str
    note: str
    reading: str
    source: str
    sources: str
    source_numbered: str  # "Source %1", one of several sources by its id
    source_of_inputs: str
    sources_of_inputs: str
    derived_mark: str
    reference_mark: str
    derived_provenance: str  # "%1; inputs: %2. %3", a derived record's citation in JSON
    reference_provenance: str  # "%1. %2"
    published_by: str  # "Published by %1."
    statement_by: str  # "Statement by %1; published by %2."
    statement_on: str  # "Statement by %1, %2; published by %3."
    fact_reference: str  # "cqdesk fact: %1"
    figures_from: str  # "Figures from %1", a Markdown table's first line
    licence_line: str  # "cqdesk's data (%1): CC BY 4.0, %2. %3 cqdesk's code: MIT licence."
    data_scope: str
    source_text_terms: str  # "The report's text and every quote from it remain %1's, …"
    its_publisher: str
    # What an export holds, for the status bar or the terminal.
    export_summary: str  # "%1 as %2%3, %4": "3 facts as CSV, no filters, in the report order"
    fact_count: str  # "%1 fact"
    facts_count: str  # "%1 facts"
    filtered_by: str  # ", filtered by %1"
    no_filters: str
    filter_category: str
    filter_place: str
    filter_organisation: str
    filter_search: str
    in_report_order: str
    sorted_by: str  # "sorted by %1"
    descending: str  # "%1, descending"
    # A printout's column and field names.
    label: str
    value: str
    unit: str
    change: str
    period: str
    place: str
    places: str
    category: str
    organisations: str
    kind: str
    fact_id: str
    kinds: Mapping[str, str]  # "derived" -> "Derived"
    without_quote: Mapping[str, str]  # "reference" -> "reference figure, no quote"
    reading_labels: Mapping[str, str]  # "exact" -> "exact"
    reading_names: Mapping[str, str]  # "exact" -> "exact arithmetic"
    reading_meanings: Mapping[str, str]
    # The language the words are in: a citation then names its publisher in that language
    # where the data has the name (the title stays as published).
    language: str = ENGLISH_CODE

    @property
    def chinese(self) -> bool:
        """Whether these are the Chinese words (names then take their Chinese forms)."""
        return self.language == CHINESE

    def publisher(self, source: Source) -> str:
        """The source's publisher in this language where the data has that form."""
        return (self.chinese and source.publisher_zh) or source.publisher

    def statement_giver(self, source: Source) -> str | None:
        """Who gave the source's figures, in this language where the data has that form."""
        return (self.chinese and source.statement_by_zh) or source.statement_by

    def labelled(self, name: str, text: str) -> str:
        """``name: text`` ("公式：…" in Chinese)."""
        return fill(self.field, name, text)

    def beside(self, text: str, aside: str) -> str:
        """``text (aside)`` ("…（推算）" in Chinese)."""
        return fill(self.aside, text, aside)

    def heading(self, name: str) -> str:
        """``name:`` heading a list ("输入数据：" in Chinese)."""
        return self.labelled(name, "").rstrip()

    def kind_name(self, kind: str) -> str:
        """A fact's kind in words ("Derived"), or the code itself for a kind unknown here."""
        return self.kinds.get(kind, kind)

    def reading_label(self, reading: str | None) -> str:
        """The reading in one word, or ""."""
        return self.reading_labels.get(reading or "", reading or "")

    def reading_name(self, reading: str | None) -> str:
        """The reading as a cell or field shows it ("exact arithmetic"), or ""."""
        return self.reading_names.get(reading or "", reading or "")

    def reading_meaning(self, reading: str | None) -> str:
        """What the reading means, in one sentence, or ""."""
        return self.reading_meanings.get(reading or "", "")


def _frozen(pairs: dict[str, str]) -> Mapping[str, str]:
    return MappingProxyType(pairs)


def words_in(_tr: Translate, language: str = ENGLISH_CODE) -> Words:
    """The words in ``language``, which ``_tr`` translates into (``str`` leaves them English)."""
    return Words(
        language=language,
        field=_tr("%1: %2"),
        separator=_tr(", "),
        aside=_tr("%1 (%2)"),
        formula=_tr("Formula"),
        inputs=_tr("Inputs"),
        note=_tr("Note"),
        reading=_tr("Reading"),
        source=_tr("Source"),
        sources=_tr("Sources"),
        source_numbered=_tr("Source %1"),
        source_of_inputs=_tr("Source of the inputs"),
        sources_of_inputs=_tr("Sources of the inputs"),
        derived_mark=_tr("derived by cqdesk, not stated in the source"),
        reference_mark=_tr("a reference figure from another publication, cited, not quoted"),
        derived_provenance=_tr("%1; inputs: %2. %3"),
        reference_provenance=_tr("%1. %2"),
        published_by=_tr("Published by %1."),
        statement_by=_tr("Statement by %1; published by %2."),
        statement_on=_tr("Statement by %1, %2; published by %3."),
        fact_reference=_tr("cqdesk fact: %1"),
        figures_from=_tr("Figures from %1"),
        licence_line=_tr("cqdesk's data (%1): CC BY 4.0, %2. %3 cqdesk's code: MIT licence."),
        data_scope=_tr(
            "labels, translations, derived figures, categories, places, links and structure"
        ),
        source_text_terms=_tr(
            "The report's text and every quote from it remain %1's, bundled unchanged with that "
            "attribution so that each figure can be cited in its own words."
        ),
        its_publisher=_tr("its publisher"),
        export_summary=_tr("%1 as %2%3, %4"),
        fact_count=_tr("%1 fact"),
        facts_count=_tr("%1 facts"),
        filtered_by=_tr(", filtered by %1"),
        no_filters=_tr(", no filters"),
        filter_category=_tr("category %1"),
        filter_place=_tr("place %1"),
        filter_organisation=_tr("organisation %1"),
        filter_search=_tr("search “%1”"),
        in_report_order=_tr("in the report order"),
        sorted_by=_tr("sorted by %1"),
        descending=_tr("%1, descending"),
        label=_tr("Label"),
        value=_tr("Value"),
        unit=_tr("Unit"),
        change=_tr("Change"),
        period=_tr("Period"),
        place=_tr("Place"),
        places=_tr("Places"),
        category=_tr("Category"),
        organisations=_tr("Organisations"),
        kind=_tr("Kind"),
        fact_id=_tr("Fact id"),
        kinds=_frozen(
            {
                "reported": _tr("Reported"),
                "statement": _tr("Statement"),
                "derived": _tr("Derived"),
                "reference": _tr("Reference"),
            }
        ),
        without_quote=_frozen(
            {
                "reported": _tr("reported, no quote"),
                "statement": _tr("statement, no quote"),
                "derived": _tr("derived, no quote"),
                "reference": _tr("reference, no quote"),
            }
        ),
        reading_labels=_frozen({code: reading_label(code, _tr) for code in READINGS}),
        reading_names=_frozen({code: reading_name(code, _tr) for code in READINGS}),
        reading_meanings=_frozen({code: reading_meaning(code, _tr) for code in READINGS}),
    )


ENGLISH = words_in(str)
