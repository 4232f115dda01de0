"""Reads and checks the hand-written resource files the build consumes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from cqdesk.pipeline.chinese import check_zh
from cqdesk.pipeline.entry_types import check_entries
from cqdesk.pipeline.errors import BuildError

SOURCE_STEM = "chongqing-ecommerce-2020"


@dataclass(frozen=True)
class Resources:
    """Everything under ``resources/``, parsed but not yet anchored."""

    source_meta: dict[str, Any]
    text: str
    divisions: list[dict[str, str]]
    zone_hosts: list[dict[str, str]]
    categories: list[dict[str, Any]]
    places: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    derived: list[dict[str, Any]]
    charts: list[dict[str, Any]]
    ignored_numbers: list[dict[str, Any]]
    map_tiles: list[dict[str, Any]]
    reference_sources: list[dict[str, Any]] = field(default_factory=list)
    reference_figures: list[dict[str, str]] = field(default_factory=list)
    zh: dict[str, Any] = field(default_factory=dict)  # the project's Chinese forms, by section


def _read_text(path: Path) -> str:
    """The file's text, or BuildError naming it and saying what is wrong with it."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BuildError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise BuildError(f"{path}: is a folder, not a file") from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise BuildError(
            f"{path}: not valid UTF-8 (byte {exc.object[exc.start]:#04x} on line {line}); "
            "save it as UTF-8"
        ) from None
    except OSError as exc:
        raise BuildError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _read_yaml(path: Path) -> list[dict[str, Any]]:
    try:
        data = yaml.safe_load(_read_text(path))
    except yaml.YAMLError as exc:
        raise BuildError(f"{path}: not valid YAML: {exc}") from None
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise BuildError(f"{path}: expected a list of entries")
    check_entries(path, data)
    return data


def _read_zh(path: Path) -> dict[str, Any]:
    """``zh.yaml``: a mapping of sections; a tree without one simply has no Chinese forms."""
    if not path.exists():
        return check_zh(None, str(path))
    try:
        return check_zh(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))
    except yaml.YAMLError as exc:
        raise BuildError(f"{path}: not valid YAML: {exc}") from None


def _read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_read_text(path), newline="")))


def read_source(folder: Path) -> tuple[dict[str, Any], str]:
    """The source metadata and text, after checking the text's sha256 against the metadata."""
    meta_path = folder / "source" / f"{SOURCE_STEM}.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        raw = (folder / "source" / meta["file"]).read_bytes()
    except (OSError, ValueError, KeyError) as exc:
        raise BuildError(
            f"cannot read the source document under {folder / 'source'}: {exc}"
        ) from None
    digest = hashlib.sha256(raw).hexdigest()
    if digest != meta.get("sha256"):
        raise BuildError(
            f"{meta['file']}: sha256 is {digest}, the metadata says {meta.get('sha256')}; "
            "the source text must never be edited"
        )
    return meta, raw.decode(meta.get("encoding", "utf-8"))


REFERENCE_FOLDER = "reference"
REFERENCE_FIGURES = "national-2020.csv"


def read_references(folder: Path) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """The reference sources and their figures; a resources folder without any has none."""
    reference = folder / REFERENCE_FOLDER
    if not reference.is_dir():
        return [], []
    return _read_yaml(reference / "sources.yaml"), _read_csv(reference / REFERENCE_FIGURES)


def read_resources(folder: Path) -> Resources:
    """Parse every resource file under ``folder``."""
    meta, text = read_source(folder)
    reference_sources, reference_figures = read_references(folder)
    return Resources(
        source_meta=meta,
        text=text,
        divisions=_read_csv(folder / "gazetteer" / "chongqing-divisions.csv"),
        zone_hosts=_read_csv(folder / "gazetteer" / "zone-hosts.csv"),
        categories=_read_yaml(folder / "categories.yaml"),
        places=_read_yaml(folder / "places.yaml"),
        entities=_read_yaml(folder / "entities.yaml"),
        facts=_read_yaml(folder / "facts.yaml"),
        derived=_read_yaml(folder / "derived.yaml"),
        charts=_read_yaml(folder / "charts.yaml"),
        ignored_numbers=_read_yaml(folder / "ignored-numbers.yaml"),
        map_tiles=_read_yaml(folder / "map-tiles.yaml"),
        reference_sources=reference_sources,
        reference_figures=reference_figures,
        zh=_read_zh(folder / "zh.yaml"),
    )
