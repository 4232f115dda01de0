"""Copy and export formats shared by the window and the command line (plain Python, no Qt)."""

from cqdesk.export.citation import (
    citation_html,
    citation_text,
    cited_fact_html,
    cited_fact_text,
    source_citation,
)
from cqdesk.export.records import json_text
from cqdesk.export.tables import COLUMNS, csv_text, html_document, html_table, markdown, tsv
from cqdesk.export.values import as_printed, number, plain, qualifier
from cqdesk.export.views import FORMATS, describe, render, write

__all__ = [
    "COLUMNS",
    "FORMATS",
    "as_printed",
    "citation_html",
    "citation_text",
    "cited_fact_html",
    "cited_fact_text",
    "csv_text",
    "describe",
    "html_document",
    "html_table",
    "json_text",
    "markdown",
    "number",
    "plain",
    "qualifier",
    "render",
    "source_citation",
    "tsv",
    "write",
]
