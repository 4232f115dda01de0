"""Makes the bundled CJK font: a subset of Noto Sans CJK SC with every character cqdesk shows.

Run ``python -m cqdesk.pipeline.font_subset`` after the data or the translation changes (a test
fails until then). It needs fontTools (the test extra) and Debian's fonts-noto-cjk, or
``--font`` pointing at NotoSansCJK-Regular.ttc or NotoSansCJKsc-Regular.otf.
"""

from __future__ import annotations

import argparse
import importlib.util
import sqlite3
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from cqdesk.cli.qm import QmFile
from cqdesk.paths import FONT_FILE, PACKAGE_DIR
from cqdesk.pipeline.errors import BuildError
from cqdesk.text.language import ENGLISH, LANGUAGES

PACKAGE = PACKAGE_DIR
# A modified font may not keep the original's name: the subset is a family of its own.
FAMILY = "cqdesk CJK subset"
SYSTEM_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SC_INDEX = 2  # Noto Sans CJK SC inside the collection (JP, KR, SC, TC, HK, ...)
# Everything a window may show that is not data: ASCII and the code's own symbols (≥ × › …).
_BASE = {chr(code) for code in range(0x20, 0x7F)}


def _database_text(db_path: Path) -> set[str]:
    found: set[str] = set()
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        found.update(value)
    finally:
        connection.close()
    return found


def _translation_text(ts_files: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in ts_files:
        for element in ET.parse(path).getroot().iter():
            if element.tag in ("source", "translation") and element.text:
                found.update(element.text)
    return found


# The keys whose names Qt translates (QShortcut context of qtbase_*.qm): menus, the shortcuts
# list and the notes show a shortcut as Qt names it in the window's language ("Alt+左方向").
QT_KEY_NAMES = (
    "Left",
    "Right",
    "Up",
    "Down",
    "Return",
    "Enter",
    "Space",
    "Backspace",
    "Menu",
    "Esc",
    "Del",
    "Ins",
    "Tab",
    "Home",
    "End",
    "PgUp",
    "PgDown",
)


def qt_key_names(translations: Path | None = None) -> set[str]:
    """The characters of Qt's own names for the keys, in every language of the window."""
    if translations is None:
        spec = importlib.util.find_spec("PySide6")  # found, not imported: the pipeline has no Qt
        if spec is None or spec.origin is None:
            return set()
        translations = Path(spec.origin).parent / "Qt" / "translations"
    found: set[str] = set()
    for code in LANGUAGES:
        qm = QmFile.load(translations / f"qtbase_{code}.qm") if code != ENGLISH else None
        if qm is not None:
            found.update(
                char for key in QT_KEY_NAMES for char in qm.translate("QShortcut", key) or ""
            )
    return found


def _code_symbols(package: Path) -> set[str]:
    """The code's own non-ASCII characters, outside the pipeline: the window never runs the
    pipeline (tests/test_layers.py), whose text reaches it only through the database, read
    above; its maintenance tools' words (tile_layout's 高德 for Amap) are never shown."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        if path.relative_to(package).parts[0] == "pipeline":
            continue
        found.update(char for char in path.read_text(encoding="utf-8") if ord(char) > 0x7F)
    return found


def needed_characters(db_path: Path, ts_files: list[Path], package: Path = PACKAGE) -> set[str]:
    """Every character the window can show: the database's, the translations', the code's."""
    chars = _BASE | _database_text(db_path) | _translation_text(ts_files) | _code_symbols(package)
    chars |= qt_key_names()
    return {char for char in chars if char.isprintable() or char == " "}


def make_subset(source: Path, chars: set[str], out: Path = FONT_FILE) -> Path:
    """Write the subset of ``source`` (a .ttc's SC face, or an .otf) holding ``chars``."""
    from fontTools import subset  # type: ignore[import-untyped]
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    number = SC_INDEX if source.suffix.lower() == ".ttc" else -1
    # No new timestamp: the same inputs give the same bytes.
    font = TTFont(str(source), fontNumber=number, recalcTimestamp=False)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(chars)))
    subsetter.subset(font)
    _rename(font)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    return out


def _rename(font) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID in (3, 4, 6):
            record.string = FAMILY.replace(" ", "") if record.nameID == 6 else FAMILY
        elif record.nameID in (17,):
            record.string = "Regular"
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [FAMILY.replace(" ", "")]
        cff.topDictIndex[0].FamilyName = FAMILY
        cff.topDictIndex[0].FullName = FAMILY


def main(argv: list[str] | None = None) -> int:
    """Make the subset from the checkout's data.db and translations."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--font", type=Path, default=SYSTEM_FONT, help="Noto Sans CJK (.ttc/.otf)")
    args = parser.parse_args(argv)
    checkout = PACKAGE.parent
    ts_files = sorted((checkout / "resources" / "translations").glob("*.ts"))
    try:
        if not args.font.exists():
            raise BuildError(f"{args.font} not found: apt-get install fonts-noto-cjk, or --font")
        chars = needed_characters(checkout / "data.db", ts_files)
        written = make_subset(args.font, chars)
    except BuildError as exc:
        print(f"font_subset: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {written} ({len(chars)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
