"""``cqdesk show FACT_ID``: one fact with its value, places, quote and citation, as text, TSV, CSV or JSON."""

from __future__ import annotations

import argparse

from cqdesk.cli.common import CommandError, add_db_option, guarded, open_catalog, suggestion
from cqdesk.cli.language import tr as _tr
from cqdesk.cli.language import translate as _translate
from cqdesk.cli.language import words
from cqdesk.cli.output import add_format_option, emit, exit_codes_help
from cqdesk.cli.terminal import pad, width
from cqdesk.export import as_printed, citation_text, csv_text, number, qualifier, tsv
from cqdesk.export.records import json_record_text
from cqdesk.export.values import detail_in_chinese
from cqdesk.export.words import ENGLISH, Words
from cqdesk.store.records import FactDetail, Place
from cqdesk.text.formatting import fill
from cqdesk.text.readings import reading_name


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Declare ``show`` and its options."""
    parser = commands.add_parser(
        "show",
        help=_tr("print one fact with its quote and citation"),
        description=_tr(
            "Print one fact (an id from `cqdesk search`) with its value, places, quote and "
            "citation."
        ),
        epilog=exit_codes_help(),
    )
    parser.add_argument("fact_id", metavar="FACT_ID", help=_tr("the fact's id"))
    add_format_option(parser)
    add_db_option(parser)
    parser.set_defaults(run=run)


def _place(place: Place, chinese: bool = False) -> str:
    if not place.name_zh:
        return place.name
    return f"{place.name_zh} ({place.name})" if chinese else f"{place.name} ({place.name_zh})"


# The printout's field names, in the command line's language.
FIELD_NAMES = {
    "id": _tr("id"),
    "kind": _tr("kind"),
    "reading": _tr("reading"),
    "value": _tr("value"),
    "number": _tr("number"),
    "qualifier": _tr("qualifier"),
    "unit": _tr("unit"),
    "change": _tr("change"),
    "period": _tr("period"),
    "category": _tr("category"),
    "places": _tr("places"),
    "entities": _tr("entities"),
    "describes": _tr("describes"),
    "described by": _tr("described by"),
    "used by": _tr("used by"),
    "note": _tr("note"),
}


def fields(detail: FactDetail, framing: Words = ENGLISH) -> list[tuple[str, str]]:
    """The fact's fields as (name, text) pairs, empty ones left out; in Chinese, the data's
    Chinese forms where it has them (the quote and the ids stay as they are)."""
    places = "; ".join(_place(place, framing.chinese) for place in detail.places)
    if framing.chinese:
        detail = detail_in_chinese(detail)
    row = detail.row
    pairs = [
        ("id", row.id),
        ("kind", framing.kind_name(row.kind) if framing.chinese else row.kind),
        ("reading", reading_name(row.reading, _tr)),
        ("value", as_printed(row)),
        ("number", number(row)),
        ("qualifier", qualifier(row)),
        ("unit", row.unit or ""),
        ("change", row.change or ""),
        ("period", row.period or ""),
        ("category", " > ".join(detail.category_path)),
        ("places", places),
        ("entities", "; ".join(entity.name for entity in detail.entities)),
        (
            "describes",
            f"{detail.describes.id} ({detail.describes.label})" if detail.describes else "",
        ),
        ("described by", ", ".join(other.id for other in detail.described_by)),
        ("used by", ", ".join(other.id for other in detail.used_by)),
    ]
    if row.kind not in ("derived", "reference"):  # their note is part of the citation below
        pairs.append(("note", detail.note or ""))
    return [(_field_name(name), text) for name, text in pairs if text]


def _field_name(name: str) -> str:
    if name == "number":
        # The figure as a plain number (数字), not a count like the charts' "number" (数量).
        return _translate("CommandLineShow", "number")
    return _tr(FIELD_NAMES[name])


def text(detail: FactDetail, citation: str, framing: Words = ENGLISH) -> str:
    """The whole printout: label, aligned fields, then the quote (or derivation) and citation."""
    pairs = fields(detail, framing)
    column = max(width(name) for name, _ in pairs) + 2
    body = "\n".join(f"  {pad(name, column)}{value}" for name, value in pairs)
    label = (detail.row.label_zh or detail.row.label) if framing.chinese else detail.row.label
    return f"{label}\n{body}\n\n{citation}\n"


@guarded("show")
def run(args: argparse.Namespace) -> int:
    """Print the fact, or say that no fact has that id."""
    with open_catalog(args) as catalog:
        detail = catalog.detail(args.fact_id)
        if detail is None:
            known = catalog.fact_ids()
            raise CommandError(
                fill(
                    _tr("no fact with id %1.%2"),
                    repr(args.fact_id),
                    suggestion(args.fact_id, known),
                )
            )
        cited = catalog.sources()
    framing = words()
    if args.format == "tsv":
        emit(tsv([detail.row], framing))
    elif args.format == "csv":
        emit(csv_text([detail.row], words=framing))
    elif args.format == "json":
        emit(json_record_text(detail, cited, framing))
    else:
        shown = detail_in_chinese(detail) if framing.chinese else detail
        emit(text(detail, citation_text(shown, cited, framing), framing))
    return 0
